#pragma once

#include "sandbox/sandboxoptions.h"

#include <QMutex>
#include <QString>

#include <array>

namespace pinstripe::sandbox {

class SandboxClock;

/** Pinterest's rate-limit categories (the spec's x-ratelimit-category) that the sandbox serves. */
enum class RateCategory { AdsRead, AdsWrite, AdsAnalytics, None };

/**
 * Fixed-window request budgets per category, like Pinterest's per-minute limits. A window
 * starts with the first request after the previous one ended.
 */
class RateLimiter final
{
public:
    /** @p clock (not owned) times the windows. */
    RateLimiter(const RateLimitOptions &options, const SandboxClock &clock);

    /** Outcome of counting one request. */
    struct Result
    {
        bool allowed = true;
        int limit = 0;        ///< budget of the window (0 = unlimited)
        int remaining = 0;    ///< requests left in the window after this one
        int resetSeconds = 0; ///< seconds until the window ends
    };

    /** Counts a request in @p category and says whether it is within budget. */
    Result take(RateCategory category);

    void setOptions(const RateLimitOptions &options);
    RateLimitOptions options() const;

private:
    struct Window
    {
        qint64 startMs = -1;
        int used = 0;
    };
    int limitOf(RateCategory category) const;

    mutable QMutex m_mutex;
    RateLimitOptions m_options;
    std::array<Window, 3> m_windows;
    const SandboxClock &m_clock;
};

} // namespace pinstripe::sandbox
