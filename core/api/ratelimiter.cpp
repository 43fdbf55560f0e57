#include "core/api/ratelimiter.h"

#include "core/logging.h"
#include "core/time/clock.h"
#include "core/time/clocktimer.h"

#include <algorithm>

namespace pinstripe {

using namespace std::chrono;

QString rateCategoryName(RateCategory category)
{
    switch (category) {
    case RateCategory::AdsRead:
        return QStringLiteral("ads_read");
    case RateCategory::AdsWrite:
        return QStringLiteral("ads_write");
    case RateCategory::AdsAnalytics:
        return QStringLiteral("ads_analytics");
    }
    return {};
}

RateLimiter::Budget RateLimiter::defaultBudget(RateCategory category)
{
    switch (category) {
    case RateCategory::AdsRead:
        return {1000, milliseconds(60'000), 100};
    case RateCategory::AdsAnalytics:
        return {300, milliseconds(60'000), 30};
    case RateCategory::AdsWrite:
        // Pinterest does not publish a write budget; stay well under the read one.
        return {300, milliseconds(60'000), 30};
    }
    return {};
}

RateLimiter::RateLimiter(QObject *parent)
    : RateLimiter(nullptr, parent)
{
}

RateLimiter::RateLimiter(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
{
}

void RateLimiter::setClock(Clock *clock)
{
    clock = clock ? clock : Clock::system();
    if (clock == m_clock)
        return;
    // Carry every time point over to the new time line, so what is left of a pause stays.
    const TimePoint shift = clock->elapsed() - m_clock->elapsed();
    m_clock = clock;
    QList<int> keys;
    for (auto it = m_buckets.begin(); it != m_buckets.end(); ++it) {
        Bucket &b = *it;
        b.refilledAt += shift;
        b.pausedUntil += shift;
        b.serverResetAt += shift;
        delete b.timer;
        b.timer = makeTimer(static_cast<RateCategory>(it.key()));
        keys << it.key();
    }
    for (int key : std::as_const(keys))
        drain(static_cast<RateCategory>(key));
}

ClockTimer *RateLimiter::makeTimer(RateCategory category)
{
    auto *timer = new ClockTimer(m_clock, this);
    connect(timer, &ClockTimer::timeout, this, [this, category] { drain(category); });
    return timer;
}

RateLimiter::~RateLimiter() = default;

RateLimiter::Bucket &RateLimiter::bucket(RateCategory category)
{
    const int key = static_cast<int>(category);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        Bucket b;
        b.budget = defaultBudget(category);
        b.tokens = b.budget.burst;
        b.refilledAt = m_clock->elapsed();
        b.pausedUntil = b.refilledAt;
        b.serverResetAt = b.refilledAt;
        b.timer = makeTimer(category);
        it = m_buckets.insert(key, std::move(b));
    }
    return *it;
}

void RateLimiter::setBudget(RateCategory category, const Budget &budget)
{
    Bucket &b = bucket(category);
    b.budget = budget;
    b.budget.requests = std::max(1, budget.requests);
    b.budget.burst = std::max(1, budget.burst);
    b.tokens = std::min<double>(b.tokens, b.budget.burst);
    drain(category);
}

RateLimiter::Budget RateLimiter::budget(RateCategory category) const
{
    const auto it = m_buckets.constFind(static_cast<int>(category));
    return it == m_buckets.cend() ? defaultBudget(category) : it->budget;
}

void RateLimiter::refill(Bucket &b, TimePoint now) const
{
    const double perMs = static_cast<double>(b.budget.requests) / static_cast<double>(b.budget.window.count());
    const double elapsedMs = static_cast<double>(duration_cast<microseconds>(now - b.refilledAt).count()) / 1000.0;
    b.tokens = std::min<double>(b.budget.burst, b.tokens + elapsedMs * perMs);
    b.refilledAt = now;
}

quint64 RateLimiter::acquire(RateCategory category, QObject *context, std::function<void()> go)
{
    const quint64 ticket = m_nextTicket++;
    bucket(category).queue.push_back({ticket, QPointer<QObject>(context), std::move(go)});
    drain(category);
    return ticket;
}

void RateLimiter::cancel(quint64 ticket)
{
    for (Bucket &b : m_buckets) {
        if (b.started.removeOne(ticket))
            return;
        auto it = std::find_if(b.queue.begin(), b.queue.end(), [ticket](const Waiter &w) { return w.ticket == ticket; });
        if (it != b.queue.end()) {
            b.queue.erase(it);
            return;
        }
    }
}

void RateLimiter::drain(RateCategory category)
{
    Bucket &b = bucket(category);
    const TimePoint now = m_clock->elapsed();
    refill(b, now);

    while (!b.queue.empty()) {
        if (!b.queue.front().context) { // its owner is gone; nothing to start
            b.queue.pop_front();
            continue;
        }
        if (b.serverRemaining && now >= b.serverResetAt)
            b.serverRemaining.reset(); // a new window: the next answer tells what is left
        if (b.serverRemaining && *b.serverRemaining <= 0)
            pauseUntil(category, b, b.serverResetAt);
        if (now < b.pausedUntil) {
            b.timer->start(b.pausedUntil - now);
            return;
        }
        if (b.tokens < 1.0) {
            const double perMs = static_cast<double>(b.budget.requests) / static_cast<double>(b.budget.window.count());
            const auto wait = milliseconds(static_cast<qint64>((1.0 - b.tokens) / perMs) + 1);
            b.timer->start(wait);
            return;
        }
        b.tokens -= 1.0;
        if (b.serverRemaining)
            --*b.serverRemaining;
        Waiter waiter = std::move(b.queue.front());
        b.queue.pop_front();
        b.started.append(waiter.ticket);
        // Run from the event loop, never inside acquire(): callers may still be setting up.
        QMetaObject::invokeMethod(waiter.context.data(), std::move(waiter.go), Qt::QueuedConnection);
    }
}

void RateLimiter::noteResponse(RateCategory category, int httpStatus, std::optional<int> remaining,
                               std::optional<seconds> resetIn, std::optional<seconds> retryAfter,
                               std::optional<int> limit)
{
    Bucket &b = bucket(category);
    const TimePoint now = m_clock->elapsed();
    if (httpStatus == 429) {
        // Back off for what the server asked, or a cautious default when it said nothing.
        const auto pause = duration_cast<milliseconds>(retryAfter.value_or(resetIn.value_or(seconds(2))));
        b.tokens = 0;
        // Nothing is left until then; what is left afterwards, the next answer tells.
        b.serverRemaining = 0;
        b.serverResetAt = now + pause;
        pauseUntil(category, b, now + pause);
    } else if (remaining) {
        // Only a real answer tells the budget: a 429's headers may describe a storm, not it.
        if (limit && *limit > 0)
            learnBudget(category, b, *limit, resetIn);
        // Requests still in flight were sent after this one was counted, or will be counted
        // soon: they use up what is left, too.
        const int left = *remaining - static_cast<int>(b.started.size());
        const TimePoint resetAt = now + (resetIn ? duration_cast<milliseconds>(*resetIn) : b.budget.window);
        // Both are safe bounds; the lower one wins until the window ends. drain() pauses the
        // category once it is spent and someone is waiting.
        if (!b.serverRemaining || now >= b.serverResetAt || left < *b.serverRemaining) {
            b.serverRemaining = left;
            b.serverResetAt = resetAt;
        }
    }
    drain(category);
}

void RateLimiter::learnBudget(RateCategory category, Bucket &b, int limit, std::optional<seconds> resetIn)
{
    // Fixed windows: the reset is at most one window away, so the longest reset seen under
    // this limit is the best guess of the window.
    if (limit != b.learnedLimit) {
        b.learnedLimit = limit;
        if (resetIn && *resetIn > seconds(0))
            b.budget.window = duration_cast<milliseconds>(*resetIn);
    } else if (resetIn && duration_cast<milliseconds>(*resetIn) > b.budget.window) {
        b.budget.window = duration_cast<milliseconds>(*resetIn);
    }
    b.budget.requests = limit;
    b.budget.burst = std::clamp(defaultBudget(category).burst, 1, limit);
    b.tokens = std::min<double>(b.tokens, b.budget.burst);
}

void RateLimiter::pauseUntil(RateCategory category, Bucket &b, TimePoint until)
{
    if (until <= b.pausedUntil)
        return;
    b.pausedUntil = until;
    const auto pause = duration_cast<milliseconds>(until - m_clock->elapsed());
    qCInfo(lcApi) << rateCategoryName(category) << "paused for" << pause.count() << "ms";
    Q_EMIT paused(category, pause);
}

int RateLimiter::waiting(RateCategory category) const
{
    const auto it = m_buckets.constFind(static_cast<int>(category));
    return it == m_buckets.cend() ? 0 : static_cast<int>(it->queue.size());
}

int RateLimiter::inFlight(RateCategory category) const
{
    const auto it = m_buckets.constFind(static_cast<int>(category));
    return it == m_buckets.cend() ? 0 : static_cast<int>(it->started.size());
}

milliseconds RateLimiter::pauseRemaining(RateCategory category) const
{
    const auto it = m_buckets.constFind(static_cast<int>(category));
    if (it == m_buckets.cend())
        return milliseconds(0);
    return std::max(milliseconds(0), duration_cast<milliseconds>(it->pausedUntil - m_clock->elapsed()));
}

} // namespace pinstripe

