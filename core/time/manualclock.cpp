#include "core/time/manualclock.h"

#include "core/time/clocktimer.h"

#include <QMutexLocker>

#include <algorithm>

namespace pinstripe {

ManualClock::ManualClock(const QDateTime &start, QObject *parent)
    : Clock(parent)
    , m_now(start.toUTC())
{
}

ManualClock::~ManualClock() = default;

QDateTime ManualClock::now() const
{
    QMutexLocker lock(&m_mutex);
    return m_now;
}

std::chrono::milliseconds ManualClock::elapsed() const
{
    QMutexLocker lock(&m_mutex);
    return m_elapsed;
}

void ManualClock::advance(std::chrono::milliseconds by)
{
    if (by.count() <= 0)
        return;
    std::chrono::milliseconds target;
    {
        QMutexLocker lock(&m_mutex);
        target = m_elapsed + by;
    }
    // One timer at a time: a timer's slot may start or stop others, which then count too.
    for (;;) {
        ClockTimer *due = nullptr;
        {
            QMutexLocker lock(&m_mutex);
            const auto earliest = std::min_element(m_timers.begin(), m_timers.end(), [](const Entry &a, const Entry &b) {
                return a.deadline != b.deadline ? a.deadline < b.deadline : a.order < b.order;
            });
            if (earliest == m_timers.end() || earliest->deadline > target)
                break;
            due = earliest->timer;
            const std::chrono::milliseconds step = std::max(earliest->deadline, m_elapsed) - m_elapsed;
            m_now = m_now.addMSecs(step.count());
            m_elapsed += step;
            m_timers.erase(earliest);
        }
        due->fire();
    }
    {
        QMutexLocker lock(&m_mutex);
        m_now = m_now.addMSecs((target - m_elapsed).count());
        m_elapsed = target;
    }
    Q_EMIT moved();
}

void ManualClock::setNow(const QDateTime &now)
{
    const qint64 forward = this->now().msecsTo(now);
    if (forward > 0) {
        advance(std::chrono::milliseconds(forward));
        return;
    }
    {
        QMutexLocker lock(&m_mutex);
        m_now = now.toUTC();
    }
    Q_EMIT moved();
}

bool ManualClock::advanceToNextTimer()
{
    std::chrono::milliseconds by{0};
    {
        QMutexLocker lock(&m_mutex);
        if (m_timers.isEmpty())
            return false;
        const auto earliest = std::min_element(m_timers.cbegin(), m_timers.cend(), [](const Entry &a, const Entry &b) {
            return a.deadline < b.deadline;
        });
        by = std::max(earliest->deadline - m_elapsed, std::chrono::milliseconds(0));
    }
    if (by.count() > 0) {
        advance(by);
        return true;
    }
    // Already due (a zero delay): fire what is due without moving time.
    for (;;) {
        ClockTimer *due = nullptr;
        {
            QMutexLocker lock(&m_mutex);
            const auto it = std::find_if(m_timers.begin(), m_timers.end(), [this](const Entry &e) { return e.deadline <= m_elapsed; });
            if (it == m_timers.end())
                break;
            due = it->timer;
            m_timers.erase(it);
        }
        due->fire();
    }
    return true;
}

int ManualClock::pendingTimers() const
{
    QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_timers.size());
}

void ManualClock::schedule(ClockTimer *timer, std::chrono::milliseconds deadline)
{
    {
        QMutexLocker lock(&m_mutex);
        m_timers.append({deadline, m_nextOrder++, timer});
    }
    Q_EMIT timerScheduled();
}

void ManualClock::unschedule(ClockTimer *timer)
{
    QMutexLocker lock(&m_mutex);
    m_timers.removeIf([timer](const Entry &e) { return e.timer == timer; });
}

} // namespace pinstripe
