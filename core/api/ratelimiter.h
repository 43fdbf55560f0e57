#pragma once

#include "core/api/ratecategory.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <deque>
#include <functional>
#include <optional>

class QTimer;

namespace pinstripe {

/**
 * Keeps the app inside Pinterest's published budgets, one token bucket per rate-limit
 * category, so bulk work is paced instead of hammered into 429s.
 *
 * A request asks acquire() and is started when a token is free. Responses are reported with
 * noteResponse(): a 429 or an exhausted X-RateLimit-Remaining pauses the whole category until
 * the server's Retry-After / X-RateLimit-Reset, so the rest of the queue waits too.
 */
class RateLimiter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RateLimiter)

public:
    using Clock = std::chrono::steady_clock;

    struct Budget
    {
        int requests = 1000;                    ///< requests allowed per window
        std::chrono::milliseconds window{60'000};
        int burst = 100;                        ///< how many may go at once after a quiet spell
    };

    /** Pinterest's Standard-access budgets (ads_read 1000/min, ads_analytics 300/min; writes 300/min). */
    static Budget defaultBudget(RateCategory category);

    explicit RateLimiter(QObject *parent = nullptr);
    ~RateLimiter() override;

    void setBudget(RateCategory category, const Budget &budget);
    Budget budget(RateCategory category) const;

    /**
     * Calls @p go on @p context's thread as soon as a request of @p category may be sent
     * (at once if a token is free). Returns a ticket for cancel(). Nothing is called if
     * @p context is destroyed first.
     */
    quint64 acquire(RateCategory category, QObject *context, std::function<void()> go);
    /** Forgets a waiting ticket; harmless if it already ran. */
    void cancel(quint64 ticket);

    /**
     * Tells the limiter what the server said about its budget. @p remaining and @p resetIn
     * come from X-RateLimit-Remaining / X-RateLimit-Reset, @p retryAfter from Retry-After.
     */
    void noteResponse(RateCategory category, int httpStatus, std::optional<int> remaining,
                      std::optional<std::chrono::seconds> resetIn,
                      std::optional<std::chrono::seconds> retryAfter);

    /** Requests waiting in @p category. */
    int waiting(RateCategory category) const;

Q_SIGNALS:
    /** The category is paused for @p wait because the server asked for it. */
    void paused(pinstripe::RateCategory category, std::chrono::milliseconds wait);

private:
    struct Waiter
    {
        quint64 ticket;
        QPointer<QObject> context;
        std::function<void()> go;
    };
    struct Bucket
    {
        Budget budget;
        double tokens = 0;
        Clock::time_point refilledAt;
        Clock::time_point pausedUntil;
        std::deque<Waiter> queue;
        QTimer *timer = nullptr;
    };

    Bucket &bucket(RateCategory category);
    void refill(Bucket &b, Clock::time_point now) const;
    void drain(RateCategory category);

    QHash<int, Bucket> m_buckets;
    quint64 m_nextTicket = 1;
};

} // namespace pinstripe
