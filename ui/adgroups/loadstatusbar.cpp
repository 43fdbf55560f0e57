#include "ui/adgroups/loadstatusbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

namespace pinstripe {

LoadStatusBar::LoadStatusBar(QWidget *parent)
    : QWidget(parent)
    , m_asOf(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_countdown(new QTimer(this))
    , m_progress(new QProgressBar(this))
    , m_count(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_error(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
{
    setObjectName(QStringLiteral("loadStatusBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_asOf->setObjectName(QStringLiteral("asOfLabel"));
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setAccessibleName(tr("Ad groups loaded"));
    m_progress->setRange(0, 0); // the total is unknown until the last page
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(m_progress->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12);
    m_count->setObjectName(QStringLiteral("loadedCount"));
    m_notice->setObjectName(QStringLiteral("loadNotice"));
    m_notice->setWordWrap(true);
    // Ticks often enough that the seconds shown never lag a whole second behind.
    m_countdown->setInterval(250);
    connect(m_countdown, &QTimer::timeout, this, &LoadStatusBar::updateNotice);
    m_cancel->setObjectName(QStringLiteral("loadCancel"));
    m_cancel->setAccessibleName(tr("Cancel loading"));
    m_error->setObjectName(QStringLiteral("loadError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A red that stays readable on the system's light or dark window colour.
    QPalette errorPalette = m_error->palette();
    const bool dark = errorPalette.color(QPalette::Window).lightness() < 128;
    errorPalette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb0, 0x1c, 0x28));
    m_error->setPalette(errorPalette);
    m_retry->setObjectName(QStringLiteral("loadRetry"));
    m_retry->setAccessibleName(tr("Retry loading"));
    layout->addWidget(m_asOf);
    layout->addWidget(m_progress);
    layout->addWidget(m_count);
    layout->addWidget(m_notice, 1);
    layout->addWidget(m_cancel);
    layout->addWidget(m_error, 1);
    layout->addWidget(m_retry);
    layout->addStretch();
    connect(m_cancel, &QPushButton::clicked, this, &LoadStatusBar::cancelRequested);
    connect(m_retry, &QPushButton::clicked, this, &LoadStatusBar::retryRequested);
    setLoading(false);
    clearError();
}

void LoadStatusBar::setLoading(bool loading)
{
    m_loading = loading;
    m_progress->setVisible(loading);
    m_count->setVisible(loading);
    m_cancel->setVisible(loading);
    if (!loading) {
        // Nothing is waiting or slow once nothing loads.
        m_waiting = false;
        m_slow = false;
    }
    updateNotice();
    updateAsOf();
}

void LoadStatusBar::showRateLimitWait(int waitMs)
{
    if (!m_loading || waitMs <= 0)
        return;
    m_waiting = true;
    m_waitEnds.setRemainingTime(waitMs);
    updateNotice();
}

void LoadStatusBar::setAnsweringSlowly(bool slow)
{
    m_slow = slow && m_loading;
    updateNotice();
}

void LoadStatusBar::updateNotice()
{
    if (m_waiting && m_waitEnds.hasExpired())
        m_waiting = false;
    QString text;
    if (m_waiting) {
        const int seconds = static_cast<int>((m_waitEnds.remainingTime() + 999) / 1000);
        text = tr("Waiting for Pinterest's rate limit — resumes in %n s", nullptr, seconds);
    } else if (m_slow) {
        text = tr("Pinterest is answering slowly…");
    }
    if (m_waiting && !m_countdown->isActive())
        m_countdown->start();
    else if (!m_waiting)
        m_countdown->stop();
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    m_progress->setAccessibleDescription(text.isEmpty() ? m_count->text() : m_count->text() + QLatin1Char(' ') + text);
}

void LoadStatusBar::setLoadedCount(int count)
{
    m_count->setText(tr("%Ln ad group(s) loaded", nullptr, int(count)));
    m_progress->setAccessibleDescription(m_count->text());
}

void LoadStatusBar::setAsOf(const QDateTime &when, bool cached)
{
    m_asOfWhen = when;
    m_asOfCached = cached;
    updateAsOf();
}

void LoadStatusBar::updateAsOf()
{
    if (!m_asOfWhen.isValid()) {
        m_asOf->clear();
        return;
    }
    const QString time = QLocale().toString(m_asOfWhen.toLocalTime(), QLocale::ShortFormat);
    // "refreshing" only while a listing runs: one that failed, was cancelled or never started
    // (no token) leaves the cached rows as they were.
    if (!m_asOfCached)
        m_asOf->setText(tr("As of %1").arg(time));
    else if (m_loading)
        m_asOf->setText(tr("As of %1 (cached, refreshing)").arg(time));
    else
        m_asOf->setText(tr("As of %1 (cached)").arg(time));
}

void LoadStatusBar::showError(const ApiError &error)
{
    m_error->setText(tr("%1 The rows already loaded stay; Retry continues where loading stopped.")
                         .arg(error.userMessage()));
    m_error->setToolTip(error.toString());
    m_error->setVisible(true);
    m_retry->setVisible(true);
}

void LoadStatusBar::clearError()
{
    m_error->clear();
    m_error->setVisible(false);
    m_retry->setVisible(false);
}

QString LoadStatusBar::asOfText() const
{
    return m_asOf->text();
}

QString LoadStatusBar::loadedText() const
{
    return m_count->text();
}

QString LoadStatusBar::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

QString LoadStatusBar::errorText() const
{
    return m_error->text();
}

bool LoadStatusBar::isErrorVisible() const
{
    return !m_error->isHidden();
}

} // namespace pinstripe
