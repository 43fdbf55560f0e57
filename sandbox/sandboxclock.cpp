#include "sandbox/sandboxclock.h"

#include "core/time/clock.h"

namespace pinstripe::sandbox {

SandboxClock::SandboxClock(const QDateTime &pinned, const Clock *clock)
    : m_clock(clock ? clock : Clock::system())
    , m_pinned(pinned.isValid() ? pinned.toUTC() : QDateTime())
    , m_start(m_clock->elapsed())
{
}

QDateTime SandboxClock::now() const
{
    if (!m_pinned.isValid())
        return m_clock->now();
    return m_pinned.addMSecs((m_clock->elapsed() - m_start).count());
}

std::chrono::milliseconds SandboxClock::elapsed() const
{
    return m_clock->elapsed();
}

} // namespace pinstripe::sandbox
