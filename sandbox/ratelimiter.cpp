#include "sandbox/ratelimiter.h"

#include "sandbox/sandboxclock.h"

#include <QMutexLocker>

namespace pinstripe::sandbox {

RateLimiter::RateLimiter(const RateLimitOptions &options, const SandboxClock &clock)
    : m_options(options)
    , m_clock(clock)
{
}

void RateLimiter::setOptions(const RateLimitOptions &options)
{
    QMutexLocker lock(&m_mutex);
    m_options = options;
    m_windows = {};
}

RateLimitOptions RateLimiter::options() const
{
    QMutexLocker lock(&m_mutex);
    return m_options;
}

int RateLimiter::limitOf(RateCategory category) const
{
    switch (category) {
    case RateCategory::AdsRead: return m_options.adsRead;
    case RateCategory::AdsWrite: return m_options.adsWrite;
    case RateCategory::AdsAnalytics: return m_options.adsAnalytics;
    case RateCategory::None: return 0;
    }
    return 0;
}

RateLimiter::Result RateLimiter::take(RateCategory category)
{
    QMutexLocker lock(&m_mutex);
    Result r;
    r.limit = limitOf(category);
    if (category == RateCategory::None || r.limit <= 0)
        return r;
    Window &w = m_windows[size_t(category)];
    const qint64 now = m_clock.elapsed().count();
    const qint64 windowMs = qint64(qMax(1, m_options.windowSeconds)) * 1000;
    if (w.startMs < 0 || now - w.startMs >= windowMs) {
        w.startMs = now;
        w.used = 0;
    }
    r.resetSeconds = int((w.startMs + windowMs - now + 999) / 1000);
    if (w.used >= r.limit) {
        r.allowed = false;
        r.remaining = 0;
        return r;
    }
    ++w.used;
    r.remaining = r.limit - w.used;
    return r;
}

} // namespace pinstripe::sandbox
