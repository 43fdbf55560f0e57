#include "core/api/ratelimiter.h"

#include "core/logging.h"

#include <QTimer>

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
    : QObject(parent)
{
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
        b.refilledAt = Clock::now();
        b.timer = new QTimer(this);
        b.timer->setSingleShot(true);
        connect(b.timer, &QTimer::timeout, this, [this, category] { drain(category); });
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

void RateLimiter::refill(Bucket &b, Clock::time_point now) const
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
    const Clock::time_point now = Clock::now();
    refill(b, now);

    while (!b.queue.empty()) {
        if (!b.queue.front().context) { // its owner is gone; nothing to start
            b.queue.pop_front();
            continue;
        }
        if (now < b.pausedUntil) {
            b.timer->start(duration_cast<milliseconds>(b.pausedUntil - now) + milliseconds(1));
            return;
        }
        if (b.tokens < 1.0) {
            const double perMs = static_cast<double>(b.budget.requests) / static_cast<double>(b.budget.window.count());
            const auto wait = milliseconds(static_cast<qint64>((1.0 - b.tokens) / perMs) + 1);
            b.timer->start(wait);
            return;
        }
        b.tokens -= 1.0;
        Waiter waiter = std::move(b.queue.front());
        b.queue.pop_front();
        // Run from the event loop, never inside acquire(): callers may still be setting up.
        QMetaObject::invokeMethod(waiter.context.data(), std::move(waiter.go), Qt::QueuedConnection);
    }
}

void RateLimiter::noteResponse(RateCategory category, int httpStatus, std::optional<int> remaining,
                               std::optional<seconds> resetIn, std::optional<seconds> retryAfter)
{
    Bucket &b = bucket(category);
    std::optional<milliseconds> pause;
    if (httpStatus == 429) {
        // Back off for what the server asked, or a cautious default when it said nothing.
        pause = duration_cast<milliseconds>(retryAfter.value_or(resetIn.value_or(seconds(2))));
        b.tokens = 0;
    } else if (remaining && *remaining <= 0 && resetIn) {
        pause = duration_cast<milliseconds>(*resetIn);
        b.tokens = 0;
    }
    if (!pause)
        return;
    const Clock::time_point until = Clock::now() + *pause;
    if (until > b.pausedUntil) {
        b.pausedUntil = until;
        qCInfo(lcApi) << rateCategoryName(category) << "paused for" << pause->count() << "ms";
        Q_EMIT paused(category, *pause);
    }
    drain(category);
}

int RateLimiter::waiting(RateCategory category) const
{
    const auto it = m_buckets.constFind(static_cast<int>(category));
    return it == m_buckets.cend() ? 0 : static_cast<int>(it->queue.size());
}

} // namespace pinstripe
