#include "core/time/clocktimer.h"

#include "core/time/clock.h"

#include <QTimer>

#include <algorithm>

namespace pinstripe {

ClockTimer::ClockTimer(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
{
    if (!m_clock->drivesTimers()) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        m_timer->setTimerType(Qt::PreciseTimer);
        connect(m_timer, &QTimer::timeout, this, &ClockTimer::fire);
    }
}

ClockTimer::~ClockTimer()
{
    if (m_active && !m_timer)
        m_clock->unschedule(this);
}

void ClockTimer::start(std::chrono::milliseconds delay)
{
    delay = std::max(delay, std::chrono::milliseconds(0));
    m_deadline = m_clock->elapsed() + delay;
    m_active = true;
    if (m_timer) {
        m_timer->start(delay);
        return;
    }
    m_clock->unschedule(this);
    m_clock->schedule(this, m_deadline);
    if (delay.count() == 0) {
        // Due now: like a real zero timer it runs from the event loop, not at the next advance().
        QMetaObject::invokeMethod(this, [this, deadline = m_deadline] {
            if (m_active && m_deadline == deadline && m_clock->elapsed() >= deadline) {
                m_clock->unschedule(this);
                fire();
            }
        }, Qt::QueuedConnection);
    }
}

void ClockTimer::stop()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_timer)
        m_timer->stop();
    else
        m_clock->unschedule(this);
}

std::chrono::milliseconds ClockTimer::remaining() const
{
    if (!m_active)
        return std::chrono::milliseconds(0);
    return std::max(std::chrono::milliseconds(0), m_deadline - m_clock->elapsed());
}

void ClockTimer::fire()
{
    if (!m_active)
        return;
    m_active = false;
    Q_EMIT timeout();
}

} // namespace pinstripe
