#include "sandbox/sandboxclock.h"

namespace pinstripe::sandbox {

SandboxClock::SandboxClock(const QDateTime &pinned)
    : m_pinned(pinned.isValid() ? pinned.toUTC() : QDateTime())
{
    m_elapsed.start();
}

QDateTime SandboxClock::now() const
{
    if (!m_pinned.isValid())
        return QDateTime::currentDateTimeUtc();
    return m_pinned.addMSecs(m_elapsed.elapsed());
}

} // namespace pinstripe::sandbox
