#include "core/api/ratelimiter.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace pinstripe;
using namespace std::chrono;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void burstThenPaced();
    void categoriesAreIndependent();
    void pauseOn429();
    void cancelledTicketNeverRuns();
    void destroyedContextNeverRuns();
    void learnsBudgetFromHeaders();
    void requestsInFlightCountAgainstWhatIsLeft();
    void stormHeadersDoNotShrinkTheBudget();
    void pauseAfter429EndsWithRetryAfter();
};

void TestRateLimiter::burstThenPaced()
{
    RateLimiter limiter;
    // 20 per second with a burst of 5: 5 at once, the next 5 over ~250 ms.
    limiter.setBudget(RateCategory::AdsRead, {20, milliseconds(1000), 5});
    QList<qint64> startedAt;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 10; ++i)
        limiter.acquire(RateCategory::AdsRead, this, [&] { startedAt << clock.elapsed(); });
    QTRY_COMPARE_WITH_TIMEOUT(startedAt.size(), 10, 5000);
    for (int i = 0; i < 5; ++i)
        QVERIFY2(startedAt.at(i) < 40, qPrintable(QString::number(startedAt.at(i))));
    // Token 10 needs 5 refills of 50 ms each.
    QVERIFY2(startedAt.at(9) >= 230, qPrintable(QString::number(startedAt.at(9))));
    QVERIFY2(startedAt.at(9) < 1500, qPrintable(QString::number(startedAt.at(9))));
    QCOMPARE(limiter.waiting(RateCategory::AdsRead), 0);
}

void TestRateLimiter::categoriesAreIndependent()
{
    RateLimiter limiter;
    limiter.setBudget(RateCategory::AdsWrite, {1, milliseconds(60'000), 1});
    int writes = 0;
    int reads = 0;
    limiter.acquire(RateCategory::AdsWrite, this, [&] { ++writes; });
    limiter.acquire(RateCategory::AdsWrite, this, [&] { ++writes; }); // must wait a minute
    for (int i = 0; i < 3; ++i)
        limiter.acquire(RateCategory::AdsRead, this, [&] { ++reads; });
    QTRY_COMPARE(reads, 3);
    QCOMPARE(writes, 1);
    QCOMPARE(limiter.waiting(RateCategory::AdsWrite), 1);
}

void TestRateLimiter::pauseOn429()
{
    RateLimiter limiter;
    QSignalSpy paused(&limiter, &RateLimiter::paused);
    limiter.noteResponse(RateCategory::AdsAnalytics, 429, 0, std::nullopt, seconds(1));
    QCOMPARE(paused.size(), 1);
    QElapsedTimer clock;
    clock.start();
    qint64 ranAt = -1;
    limiter.acquire(RateCategory::AdsAnalytics, this, [&] { ranAt = clock.elapsed(); });
    QTRY_VERIFY_WITH_TIMEOUT(ranAt >= 0, 5000);
    QVERIFY2(ranAt >= 950, qPrintable(QString::number(ranAt)));
    // Other categories are not paused.
    bool readRan = false;
    limiter.noteResponse(RateCategory::AdsAnalytics, 429, 0, std::nullopt, seconds(30));
    limiter.acquire(RateCategory::AdsRead, this, [&] { readRan = true; });
    QTRY_VERIFY(readRan);
    // An exhausted X-RateLimit-Remaining pauses until the reset, too.
    limiter.noteResponse(RateCategory::AdsWrite, 200, 0, seconds(5), std::nullopt);
    bool writeRan = false;
    limiter.acquire(RateCategory::AdsWrite, this, [&] { writeRan = true; });
    QTest::qWait(200);
    QVERIFY(!writeRan);
}

void TestRateLimiter::cancelledTicketNeverRuns()
{
    RateLimiter limiter;
    limiter.setBudget(RateCategory::AdsRead, {10, milliseconds(1000), 1});
    int ran = 0;
    limiter.acquire(RateCategory::AdsRead, this, [&] { ++ran; });
    const quint64 second = limiter.acquire(RateCategory::AdsRead, this, [&] { ran += 100; });
    limiter.cancel(second);
    QTest::qWait(300);
    QCOMPARE(ran, 1);
}

void TestRateLimiter::destroyedContextNeverRuns()
{
    RateLimiter limiter;
    limiter.setBudget(RateCategory::AdsRead, {10, milliseconds(1000), 1});
    int ran = 0;
    limiter.acquire(RateCategory::AdsRead, this, [&] { ++ran; });
    auto *context = new QObject;
    limiter.acquire(RateCategory::AdsRead, context, [&] { ran += 100; });
    delete context;
    QTest::qWait(300);
    QCOMPARE(ran, 1);
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
    RateLimiter limiter;
    QList<quint64> tickets;
    int started = 0;
    for (int i = 0; i < 4; ++i)
        tickets << limiter.acquire(RateCategory::AdsRead, this, [&] { ++started; });
    QTRY_COMPARE(started, 4);
    QCOMPARE(limiter.inFlight(RateCategory::AdsRead), 4);

    // The first answer says 3 are left; the other 3 requests are still on their way and use them up.
    QSignalSpy paused(&limiter, &RateLimiter::paused);
    limiter.cancel(tickets.takeFirst());
    limiter.noteResponse(RateCategory::AdsRead, 200, 3, seconds(1), std::nullopt, 10);
    QCOMPARE(limiter.inFlight(RateCategory::AdsRead), 3);
    QElapsedTimer clock;
    clock.start();
    qint64 fifthAt = -1;
    limiter.acquire(RateCategory::AdsRead, this, [&] { fifthAt = clock.elapsed(); });
    // Held back until the reset, not sent into a 429, and the wait is announced.
    QCOMPARE(paused.size(), 1);
    QVERIFY(paused.constFirst().at(1).value<milliseconds>() > milliseconds(800));
    QCOMPARE(limiter.waiting(RateCategory::AdsRead), 1);
    QVERIFY(limiter.pauseRemaining(RateCategory::AdsRead) > milliseconds(800));
    QTRY_VERIFY_WITH_TIMEOUT(fifthAt >= 0, 5000);
    QVERIFY2(fifthAt >= 900, qPrintable(QString::number(fifthAt)));
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
    RateLimiter limiter;
    // An answer of a long window with plenty left, then a 429 (a storm) asking for one second:
    // the wait is that second, not the rest of the window.
    limiter.noteResponse(RateCategory::AdsRead, 200, 990, seconds(60), std::nullopt, 1000);
    limiter.noteResponse(RateCategory::AdsRead, 429, 0, seconds(1), seconds(1), 1);
    QElapsedTimer clock;
    clock.start();
    qint64 ranAt = -1;
    limiter.acquire(RateCategory::AdsRead, this, [&] { ranAt = clock.elapsed(); });
    QVERIFY(limiter.pauseRemaining(RateCategory::AdsRead) <= milliseconds(1000));
    QTRY_VERIFY_WITH_TIMEOUT(ranAt >= 0, 5000);
    QVERIFY2(ranAt < 2000, qPrintable(QString::number(ranAt)));
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
