#pragma once

#include "core/api/ratecategory.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <deque>
#include <functional>
#include <optional>

namespace pinstripe {

class Clock;
class ClockTimer;

/**
 * Keeps the app inside Pinterest's published budgets, one token bucket per rate-limit
 * category, so bulk work is paced instead of hammered into 429s.
 *
 * A request asks acquire() and is started when a token is free. Responses are reported with
 * noteResponse(): a 429 or an exhausted X-RateLimit-Remaining pauses the whole category until
 * the server's Retry-After / X-RateLimit-Reset, so the rest of the queue waits too.
 *
 * The budget is learned from the answers rather than assumed: X-RateLimit-Limit replaces the
 * default number of requests per window, and X-RateLimit-Remaining, less the requests still
 * in flight (a started ticket stays in flight until cancel() ends it), is how many more may be
 * sent before the reset. Once that estimate is spent the category pauses until the reset
 * instead of sending requests the server would answer with 429.
 *
 * Time comes from a Clock: pauses and pacing end when a ManualClock is advanced past them.
 */
class RateLimiter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RateLimiter)

public:
    struct Budget
    {
        int requests = 1000;                    ///< requests allowed per window
        std::chrono::milliseconds window{60'000};
        int burst = 100;                        ///< how many may go at once after a quiet spell
    };

    /** Pinterest's Standard-access budgets (ads_read 1000/min, ads_analytics 300/min; writes 300/min). */
    static Budget defaultBudget(RateCategory category);

    /** On the system clock. */
    explicit RateLimiter(QObject *parent = nullptr);
    /** @p clock is not owned and must outlive the limiter (nullptr = Clock::system()). */
    explicit RateLimiter(Clock *clock, QObject *parent = nullptr);
    ~RateLimiter() override;

    Clock *clock() const { return m_clock; }
    /**
     * Moves the limiter onto @p clock (nullptr = Clock::system()), keeping the pauses and
     * budgets it has learned (their remaining times carry over).
     */
    void setClock(Clock *clock);

    void setBudget(RateCategory category, const Budget &budget);
    Budget budget(RateCategory category) const;

    /**
     * Calls @p go on @p context's thread as soon as a request of @p category may be sent
     * (at once if a token is free). Returns a ticket for cancel(). Nothing is called if
     * @p context is destroyed first.
     */
    quint64 acquire(RateCategory category, QObject *context, std::function<void()> go);
    /**
     * Forgets a waiting ticket, or ends one that was started: its request got its answer, gave
     * up or was dropped, so it no longer counts as in flight. Harmless if already done.
     */
    void cancel(quint64 ticket);

    /**
     * Tells the limiter what the server said about its budget. @p remaining, @p resetIn and
     * @p limit come from X-RateLimit-Remaining / X-RateLimit-Reset / X-RateLimit-Limit,
     * @p retryAfter from Retry-After. End the request's ticket (cancel()) first, so it is no
     * longer counted as in flight.
     */
    void noteResponse(RateCategory category, int httpStatus, std::optional<int> remaining,
                      std::optional<std::chrono::seconds> resetIn,
                      std::optional<std::chrono::seconds> retryAfter,
                      std::optional<int> limit = std::nullopt);

    /** Requests waiting in @p category. */
    int waiting(RateCategory category) const;
    /** Requests of @p category started and not yet ended. */
    int inFlight(RateCategory category) const;
    /** How long @p category stays paused from now (zero if it is not paused). */
    std::chrono::milliseconds pauseRemaining(RateCategory category) const;

Q_SIGNALS:
    /**
     * The category is paused for @p wait: the server asked for it (429, exhausted budget), or
     * what it said is left is spent on requests in flight. Requests wait until then.
     */
    void paused(pinstripe::RateCategory category, std::chrono::milliseconds wait);

private:
    struct Waiter
    {
        quint64 ticket;
        QPointer<QObject> context;
        std::function<void()> go;
    };
    /** A point on the clock's monotonic time line (Clock::elapsed()). */
    using TimePoint = std::chrono::milliseconds;
    struct Bucket
    {
        Budget budget;
        double tokens = 0;
        TimePoint refilledAt{0};
        TimePoint pausedUntil{0};
        std::deque<Waiter> queue;
        QList<quint64> started; ///< tickets in flight
        /** Requests the server still allows before serverResetAt (learned from its headers). */
        std::optional<int> serverRemaining;
        TimePoint serverResetAt{0};
        int learnedLimit = 0;
        ClockTimer *timer = nullptr;
    };

    Bucket &bucket(RateCategory category);
    ClockTimer *makeTimer(RateCategory category);
    void refill(Bucket &b, TimePoint now) const;
    void drain(RateCategory category);
    void learnBudget(RateCategory category, Bucket &b, int limit, std::optional<std::chrono::seconds> resetIn);
    void pauseUntil(RateCategory category, Bucket &b, TimePoint until);

    Clock *m_clock;
    QHash<int, Bucket> m_buckets;
    quint64 m_nextTicket = 1;
};

} // namespace pinstripe
