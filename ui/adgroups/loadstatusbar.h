#pragma once

#include "core/api/apierror.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace pinstripe {

/**
 * The strip above the ad group table: "as of <time>" for cached data, a progress bar counting
 * loaded ad groups with Cancel, and an inline error with Retry when a page failed (the rows
 * already loaded stay).
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

    QString asOfText() const;
    QString errorText() const;
    bool isErrorVisible() const;
    QProgressBar *progressBar() const { return m_progress; }
    QString loadedText() const;

Q_SIGNALS:
    void cancelRequested();
    void retryRequested();

private:
    QLabel *m_asOf;
    QProgressBar *m_progress;
    QLabel *m_count; ///< a busy bar cannot show text, so the count sits beside it
    QPushButton *m_cancel;
    QLabel *m_error;
    QPushButton *m_retry;
};

} // namespace pinstripe
