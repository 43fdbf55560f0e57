#pragma once

#include <chrono>
#include <optional>

namespace pinstripe {

class ApiError;

/**
 * When to try a failed call again: exponential backoff with full jitter, honouring the
 * server's Retry-After / X-RateLimit-Reset, capped in attempts and in total time.
 * Only transient errors (network, timeout, 5xx, 429, unreadable body) are retried.
 */
class RetryPolicy
{
public:
    /** Never retry: creates, whose repetition could duplicate an ad group. */
    static RetryPolicy never();
    /** For safe and idempotent calls (GETs, bid floors, audience sizing, updates). */
    static RetryPolicy standard();
    /**
     * For creates: retried only after a 429, which proves nothing was applied. Any other
     * failure after sending is reported as an unknown outcome instead (see ApiError).
     */
    static RetryPolicy rateLimitedOnly();

    int maxAttempts = 1; ///< including the first
    std::chrono::milliseconds baseDelay{500};
    std::chrono::milliseconds maxDelay{20'000};
    /** No retry starts later than this after the first attempt began. */
    std::chrono::milliseconds maxTotal{60'000};
    /** Retry only 429 answers (see rateLimitedOnly()). */
    bool onlyWhenRateLimited = false;

    /**
     * The wait before attempt number @p nextAttempt (2 for the first retry), or nothing if
     * the call should fail now. @p elapsed is the time since the first attempt started.
     * @p random01 is a number in [0, 1) for the jitter (a parameter so tests are exact).
     */
    std::optional<std::chrono::milliseconds> delayBefore(int nextAttempt, const ApiError &error,
                                                         std::chrono::milliseconds elapsed,
                                                         double random01) const;
};

} // namespace pinstripe
