#pragma once

#include "core/api/apierror.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace pinstripe {

/**
 * The strip above the ad group table: "as of <time>" for cached data, a progress bar counting
 * loaded ad groups with Cancel, and an inline error with Retry when a page failed (the rows
 * already loaded stay). Beside the count it says why loading stands still when that is known:
 * a wait for Pinterest's rate limit, counting down, or a slow answer.
 */
class LoadStatusBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadStatusBar)

public:
    explicit LoadStatusBar(QWidget *parent = nullptr);

    void setLoading(bool loading);
    void setLoadedCount(int count);
    /** When the shown data was fetched; invalid clears the note. @p cached marks data from the cache. */
    void setAsOf(const QDateTime &when, bool cached);
    void showError(const ApiError &error);
    void clearError();
    /** Loading waits @p waitMs for Pinterest's rate limit: shown, counting down, until it passes or loading ends. */
    void showRateLimitWait(int waitMs);
    /** A page has been on its way for long; cleared when loading ends. */
    void setAnsweringSlowly(bool slow);

    QString asOfText() const;
    QString errorText() const;
    bool isErrorVisible() const;
    QProgressBar *progressBar() const { return m_progress; }
    QString loadedText() const;
    /** The rate-limit or slow-answer notice; empty when none is shown. */
    QString noticeText() const;

Q_SIGNALS:
    void cancelRequested();
    void retryRequested();

private:
    void updateAsOf();
    void updateNotice();

    QLabel *m_asOf;
    QLabel *m_notice;
    QTimer *m_countdown;
    QDeadlineTimer m_waitEnds{QDeadlineTimer::Forever};
    QDateTime m_asOfWhen;
    bool m_asOfCached = false;
    bool m_loading = false;
    bool m_waiting = false;
    bool m_slow = false;
    QProgressBar *m_progress;
    QLabel *m_count; ///< a busy bar cannot show text, so the count sits beside it
    QPushButton *m_cancel;
    QLabel *m_error;
    QPushButton *m_retry;
};

} // namespace pinstripe
