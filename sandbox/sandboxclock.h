#pragma once

#include <QDateTime>

#include <chrono>

namespace pinstripe {
class Clock;
}

namespace pinstripe::sandbox {

/**
 * The sandbox's idea of "now", on top of the app's Clock (the real one, or a test's
 * ManualClock so token expiry, rate-limit windows and 429 storms move without sleeping).
 * With a pinned start it runs forward from that instant, so tests get a fixed "today" while
 * updated_time still moves. Thread-safe as far as the underlying clock is.
 */
class SandboxClock final
{
public:
    /** @p pinned invalid = the clock's own wall time; @p clock is not owned (nullptr = Clock::system()). */
    explicit SandboxClock(const QDateTime &pinned = {}, const Clock *clock = nullptr);

    QDateTime now() const;
    qint64 nowSeconds() const { return now().toSecsSinceEpoch(); }
    /** Today's UTC date. */
    QDate today() const { return now().date(); }
    /** Monotonic time (rate-limit windows, storms). */
    std::chrono::milliseconds elapsed() const;
    const Clock *clock() const { return m_clock; }

private:
    const Clock *m_clock;
    QDateTime m_pinned;
    std::chrono::milliseconds m_start;
};

} // namespace pinstripe::sandbox
