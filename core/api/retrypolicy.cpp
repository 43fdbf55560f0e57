#include "core/api/retrypolicy.h"

#include "core/api/apierror.h"

#include <algorithm>

namespace pinstripe {

using std::chrono::milliseconds;

RetryPolicy RetryPolicy::never()
{
    RetryPolicy policy;
    policy.maxAttempts = 1;
    return policy;
}

RetryPolicy RetryPolicy::standard()
{
    RetryPolicy policy;
    policy.maxAttempts = 5;
    return policy;
}

RetryPolicy RetryPolicy::rateLimitedOnly()
{
    RetryPolicy policy;
    policy.maxAttempts = 4;
    policy.onlyWhenRateLimited = true;
    return policy;
}

std::optional<milliseconds> RetryPolicy::delayBefore(int nextAttempt, const ApiError &error,
                                                     milliseconds elapsed, double random01) const
{
    if (nextAttempt > maxAttempts || !error.isTransient())
        return std::nullopt;
    if (onlyWhenRateLimited && !error.isRateLimited())
        return std::nullopt;

    milliseconds delay;
    if (error.retryAfter) {
        // The server said when; waiting less would only earn another 429.
        delay = std::chrono::duration_cast<milliseconds>(*error.retryAfter);
    } else {
        // Full jitter: uniform in [0, base * 2^(n-2)], capped, so many clients spread out.
        const int doublings = std::clamp(nextAttempt - 2, 0, 20);
        const auto ceiling = std::min(maxDelay, milliseconds(baseDelay.count() << doublings));
        delay = milliseconds(static_cast<qint64>(static_cast<double>(ceiling.count()) * std::clamp(random01, 0.0, 1.0)));
        delay = std::max(delay, milliseconds(50));
    }
    if (elapsed + delay > maxTotal)
        return std::nullopt;
    return delay;
}

} // namespace pinstripe
