// The client's rate limiter on a ManualClock: pacing, pauses and budgets end when the clock
// is advanced past them, with no real waiting.
#include "core/api/ratelimiter.h"
#include "core/time/manualclock.h"

#include <QSignalSpy>
#include <QTest>

using namespace pinstripe;
using namespace std::chrono;
using namespace std::chrono_literals;

namespace {

/** Runs what the limiter queued (it starts requests from the event loop). */
void runQueued()
{
    QCoreApplication::processEvents();
}

} // namespace

class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void burstThenPaced();
    void categoriesAreIndependent();
    void pauseOn429();
    void pauseEndsWhenTheClockIsAdvanced();
    void cancelledTicketNeverRuns();
    void destroyedContextNeverRuns();
    void learnsBudgetFromHeaders();
    void requestsInFlightCountAgainstWhatIsLeft();
    void stormHeadersDoNotShrinkTheBudget();
    void pauseAfter429EndsWithRetryAfter();
    void movingToAnotherClockKeepsThePause();
    void systemClockPauseEnds();
};

void TestRateLimiter::burstThenPaced()
{
    ManualClock clock;
    RateLimiter limiter(&clock);
    // 20 per second with a burst of 5: 5 at once, then one every 50 ms.
    limiter.setBudget(RateCategory::AdsRead, {20, milliseconds(1000), 5});
    QList<milliseconds> startedAt;
    for (int i = 0; i < 10; ++i)
        limiter.acquire(RateCategory::AdsRead, this, [&] { startedAt << clock.elapsed(); });
    runQueued();
    QCOMPARE(startedAt.size(), 5);
    QCOMPARE(limiter.waiting(RateCategory::AdsRead), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(startedAt.at(i), 0ms);
    // Millisecond by millisecond, to see when each of the others starts.
    for (int ms = 0; ms < 400 && startedAt.size() < 10; ++ms) {
        clock.advance(1ms);
        runQueued();
    }
    QCOMPARE(startedAt.size(), 10);
    // Token 10 needs 5 refills of 50 ms each; each started as soon as its token was there.
    for (int i = 5; i < 10; ++i) {
        QVERIFY2(startedAt.at(i) >= milliseconds(50 * (i - 4)), qPrintable(QString::number(startedAt.at(i).count())));
        QVERIFY2(startedAt.at(i) <= milliseconds(50 * (i - 4) + 10), qPrintable(QString::number(startedAt.at(i).count())));
    }
    QCOMPARE(limiter.waiting(RateCategory::AdsRead), 0);
}

void TestRateLimiter::categoriesAreIndependent()
{
    ManualClock clock;
    RateLimiter limiter(&clock);
    limiter.setBudget(RateCategory::AdsWrite, {1, milliseconds(60'000), 1});
    int writes = 0;
    int reads = 0;
    limiter.acquire(RateCategory::AdsWrite, this, [&] { ++writes; });
    limiter.acquire(RateCategory::AdsWrite, this, [&] { ++writes; }); // must wait a minute
    for (int i = 0; i < 3; ++i)
        limiter.acquire(RateCategory::AdsRead, this, [&] { ++reads; });
    runQueued();
    QCOMPARE(reads, 3);
    QCOMPARE(writes, 1);
    QCOMPARE(limiter.waiting(RateCategory::AdsWrite), 1);
    clock.advance(59s);
    runQueued();
    QCOMPARE(writes, 1);
    clock.advance(1s + 1ms); // the minute and the limiter's millisecond of rounding margin
    runQueued();
    QCOMPARE(writes, 2);
}

void TestRateLimiter::pauseOn429()
{
    ManualClock clock;
    RateLimiter limiter(&clock);
    QSignalSpy paused(&limiter, &RateLimiter::paused);
    limiter.noteResponse(RateCategory::AdsAnalytics, 429, 0, std::nullopt, seconds(1));
    QCOMPARE(paused.size(), 1);
    QCOMPARE(paused.first().at(1).value<milliseconds>(), 1000ms);
    milliseconds ranAt{-1};
    limiter.acquire(RateCategory::AdsAnalytics, this, [&] { ranAt = clock.elapsed(); });
    clock.advance(999ms);
    runQueued();
    QCOMPARE(ranAt, -1ms);
    clock.advance(1ms);
    runQueued();
    QCOMPARE(ranAt, 1000ms); // the moment the pause ended
    // Other categories are not paused.
    bool readRan = false;
    limiter.noteResponse(RateCategory::AdsAnalytics, 429, 0, std::nullopt, seconds(30));
    limiter.acquire(RateCategory::AdsRead, this, [&] { readRan = true; });
    runQueued();
    QVERIFY(readRan);
    // An exhausted X-RateLimit-Remaining pauses until the reset, too.
    limiter.noteResponse(RateCategory::AdsWrite, 200, 0, seconds(5), std::nullopt);
    bool writeRan = false;
    limiter.acquire(RateCategory::AdsWrite, this, [&] { writeRan = true; });
    clock.advance(4900ms);
    runQueued();
    QVERIFY(!writeRan);
    clock.advance(100ms);
    runQueued();
    QVERIFY(writeRan);
}

void TestRateLimiter::pauseEndsWhenTheClockIsAdvanced()
{
    ManualClock clock;
    RateLimiter limiter(&clock);
    limiter.noteResponse(RateCategory::AdsRead, 429, 0, std::nullopt, seconds(30));
    QCOMPARE(limiter.pauseRemaining(RateCategory::AdsRead), 30s);
    int ran = 0;
    for (int i = 0; i < 3; ++i)
        limiter.acquire(RateCategory::AdsRead, this, [&] { ++ran; });
    clock.advance(29'999ms);
    runQueued();
    QCOMPARE(ran, 0);
    QCOMPARE(limiter.pauseRemaining(RateCategory::AdsRead), 1ms);
    QCOMPARE(limiter.waiting(RateCategory::AdsRead), 3);
    clock.advance(1ms); // half a minute of pause, and not a millisecond of real waiting
    runQueued();
    QCOMPARE(ran, 3);
    QCOMPARE(limiter.pauseRemaining(RateCategory::AdsRead), 0ms);
}

void TestRateLimiter::cancelledTicketNeverRuns()
{
    ManualClock clock;
    RateLimiter limiter(&clock);
    limiter.setBudget(RateCategory::AdsRead, {10, milliseconds(1000), 1});
    int ran = 0;
    limiter.acquire(RateCategory::AdsRead, this, [&] { ++ran; });
    const quint64 second = limiter.acquire(RateCategory::AdsRead, this, [&] { ran += 100; });
    limiter.cancel(second);
    clock.advance(10s);
    runQueued();
    QCOMPARE(ran, 1);
}

void TestRateLimiter::destroyedContextNeverRuns()
{
    ManualClock clock;
    RateLimiter limiter(&clock);
    limiter.setBudget(RateCategory::AdsRead, {10, milliseconds(1000), 1});
    int ran = 0;
    limiter.acquire(RateCategory::AdsRead, this, [&] { ++ran; });
    auto *context = new QObject;
    limiter.acquire(RateCategory::AdsRead, context, [&] { ran += 100; });
    delete context;
    clock.advance(10s);
    runQueued();
    QCOMPARE(ran, 1);
    QCOMPARE(limiter.waiting(RateCategory::AdsRead), 0);
}

void TestRateLimiter::learnsBudgetFromHeaders()
{
    RateLimiter limiter;
    QCOMPARE(limiter.budget(RateCategory::AdsRead).requests, 1000); // Pinterest's published default …
    limiter.noteResponse(RateCategory::AdsRead, 200, 59, seconds(60), std::nullopt, 60);
    // … until the server says otherwise.
    QCOMPARE(limiter.budget(RateCategory::AdsRead).requests, 60);
    QCOMPARE(limiter.budget(RateCategory::AdsRead).window, milliseconds(60'000));
    QVERIFY(limiter.budget(RateCategory::AdsRead).burst <= 60);
    // A smaller window shows in a smaller reset once the limit changes.
    limiter.noteResponse(RateCategory::AdsRead, 200, 4, seconds(2), std::nullopt, 5);
    QCOMPARE(limiter.budget(RateCategory::AdsRead).requests, 5);
    QCOMPARE(limiter.budget(RateCategory::AdsRead).window, milliseconds(2'000));
    QCOMPARE(limiter.budget(RateCategory::AdsWrite).requests, RateLimiter::defaultBudget(RateCategory::AdsWrite).requests);
}

void TestRateLimiter::requestsInFlightCountAgainstWhatIsLeft()
{
    ManualClock clock;
    RateLimiter limiter(&clock);
    QList<quint64> tickets;
    int started = 0;
    for (int i = 0; i < 4; ++i)
        tickets << limiter.acquire(RateCategory::AdsRead, this, [&] { ++started; });
    runQueued();
    QCOMPARE(started, 4);
    QCOMPARE(limiter.inFlight(RateCategory::AdsRead), 4);

    // The first answer says 3 are left; the other 3 requests are still on their way and use them up.
    QSignalSpy paused(&limiter, &RateLimiter::paused);
    limiter.cancel(tickets.takeFirst());
    limiter.noteResponse(RateCategory::AdsRead, 200, 3, seconds(1), std::nullopt, 10);
    QCOMPARE(limiter.inFlight(RateCategory::AdsRead), 3);
    milliseconds fifthAt{-1};
    limiter.acquire(RateCategory::AdsRead, this, [&] { fifthAt = clock.elapsed(); });
    // Held back until the reset, not sent into a 429, and the wait is announced.
    QCOMPARE(paused.size(), 1);
    QCOMPARE(paused.constFirst().at(1).value<milliseconds>(), 1000ms);
    QCOMPARE(limiter.waiting(RateCategory::AdsRead), 1);
    QCOMPARE(limiter.pauseRemaining(RateCategory::AdsRead), 1000ms);
    clock.advance(999ms);
    runQueued();
    QCOMPARE(fifthAt, -1ms);
    clock.advance(1ms);
    runQueued();
    QCOMPARE(fifthAt, 1000ms);
    for (quint64 ticket : std::as_const(tickets))
        limiter.cancel(ticket);
    QCOMPARE(limiter.inFlight(RateCategory::AdsRead), 1);
}

void TestRateLimiter::stormHeadersDoNotShrinkTheBudget()
{
    RateLimiter limiter;
    // A 429 pauses, but its X-RateLimit-Limit is not taken as the budget.
    limiter.noteResponse(RateCategory::AdsRead, 429, 0, seconds(1), seconds(1), 1);
    QCOMPARE(limiter.budget(RateCategory::AdsRead).requests, 1000);
    QVERIFY(limiter.pauseRemaining(RateCategory::AdsRead) > milliseconds(0));
}

void TestRateLimiter::pauseAfter429EndsWithRetryAfter()
{
    ManualClock clock;
    RateLimiter limiter(&clock);
    // An answer of a long window with plenty left, then a 429 (a storm) asking for one second:
    // the wait is that second, not the rest of the window.
    limiter.noteResponse(RateCategory::AdsRead, 200, 990, seconds(60), std::nullopt, 1000);
    limiter.noteResponse(RateCategory::AdsRead, 429, 0, seconds(1), seconds(1), 1);
    milliseconds ranAt{-1};
    limiter.acquire(RateCategory::AdsRead, this, [&] { ranAt = clock.elapsed(); });
    QCOMPARE(limiter.pauseRemaining(RateCategory::AdsRead), 1000ms);
    clock.advance(999ms);
    runQueued();
    QCOMPARE(ranAt, -1ms);
    clock.advance(1ms);
    runQueued();
    QCOMPARE(ranAt, 1000ms);
}

void TestRateLimiter::movingToAnotherClockKeepsThePause()
{
    ManualClock first;
    first.advance(1h);
    RateLimiter limiter(&first);
    limiter.noteResponse(RateCategory::AdsRead, 429, 0, std::nullopt, seconds(10));
    first.advance(4s);
    ManualClock second;
    limiter.setClock(&second);
    QCOMPARE(limiter.clock(), &second);
    QCOMPARE(limiter.pauseRemaining(RateCategory::AdsRead), 6s);
    bool ran = false;
    limiter.acquire(RateCategory::AdsRead, this, [&] { ran = true; });
    first.advance(1h); // the old clock no longer counts
    runQueued();
    QVERIFY(!ran);
    second.advance(6s);
    runQueued();
    QVERIFY(ran);
}

void TestRateLimiter::systemClockPauseEnds()
{
    // On the real clock the pause is a real timer: it ends by itself.
    RateLimiter limiter;
    QCOMPARE(limiter.clock(), Clock::system());
    limiter.noteResponse(RateCategory::AdsRead, 429, 0, std::nullopt, seconds(1));
    bool ran = false;
    limiter.acquire(RateCategory::AdsRead, this, [&] { ran = true; });
    QVERIFY(limiter.pauseRemaining(RateCategory::AdsRead) > 0ms);
    QTRY_VERIFY_WITH_TIMEOUT(ran, 5000);
    QCOMPARE(limiter.pauseRemaining(RateCategory::AdsRead), 0ms);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
