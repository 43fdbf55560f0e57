// The clock seam: a ManualClock moves wall and monotonic time together and fires the timers
// that fall due, in deadline order, without real waiting; the system clock uses real timers.
#include "core/time/clocktimer.h"
#include "core/time/manualclock.h"
#include "core/time/systemclock.h"

#include <QSignalSpy>
#include <QTest>

using namespace pinstripe;
using namespace std::chrono_literals;

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void advanceMovesWallAndMonotonicTime();
    void advanceFiresDueTimersInOrder();
    void timerSeesItsOwnDeadline();
    void timerStartedFromATimerFiresInTheSameAdvance();
    void stoppedAndDestroyedTimersNeverFire();
    void restartMovesTheDeadline();
    void callAfterRunsOnceAndNotAfterItsContextIsGone();
    void zeroDelayRunsFromTheEventLoop();
    void setNowBackwardsLeavesMonotonicTime();
    void advanceToNextTimerJumpsToTheEarliest();
    void systemClockTimerFires();
};

void TestClock::advanceMovesWallAndMonotonicTime()
{
    const QDateTime start(QDate(2026, 3, 1), QTime(23, 59, 30), Qt::UTC);
    ManualClock clock(start);
    QSignalSpy moved(&clock, &Clock::moved);
    QCOMPARE(clock.now(), start);
    QCOMPARE(clock.elapsed(), 0ms);
    QCOMPARE(clock.todayUtc(), QDate(2026, 3, 1));
    clock.advance(45s);
    QCOMPARE(clock.now(), start.addSecs(45));
    QCOMPARE(clock.elapsed(), 45'000ms);
    QCOMPARE(clock.todayUtc(), QDate(2026, 3, 2));
    QCOMPARE(moved.size(), 1);
    clock.advance(-5s); // time never runs back
    QCOMPARE(clock.elapsed(), 45'000ms);
}

void TestClock::advanceFiresDueTimersInOrder()
{
    ManualClock clock;
    QStringList fired;
    ClockTimer late(&clock);
    ClockTimer early(&clock);
    ClockTimer tie(&clock);
    ClockTimer never(&clock);
    connect(&late, &ClockTimer::timeout, this, [&] { fired << QStringLiteral("late"); });
    connect(&early, &ClockTimer::timeout, this, [&] { fired << QStringLiteral("early"); });
    connect(&tie, &ClockTimer::timeout, this, [&] { fired << QStringLiteral("tie"); });
    connect(&never, &ClockTimer::timeout, this, [&] { fired << QStringLiteral("never"); });
    late.start(3s);
    early.start(1s);
    tie.start(3s); // same deadline as late, started after it
    never.start(10s);
    QCOMPARE(clock.pendingTimers(), 4);
    clock.advance(999ms);
    QVERIFY(fired.isEmpty());
    QVERIFY(early.isActive());
    QCOMPARE(early.remaining(), 1ms);
    clock.advance(2001ms);
    QCOMPARE(fired, (QStringList{QStringLiteral("early"), QStringLiteral("late"), QStringLiteral("tie")}));
    QVERIFY(!early.isActive());
    QVERIFY(never.isActive());
    QCOMPARE(never.remaining(), 7s);
    QCOMPARE(clock.pendingTimers(), 1);
    // Nothing runs through the event loop: a real wait adds nothing.
    QCoreApplication::processEvents();
    QCOMPARE(fired.size(), 3);
}

void TestClock::timerSeesItsOwnDeadline()
{
    const QDateTime start = QDateTime::currentDateTimeUtc();
    ManualClock clock(start);
    ClockTimer timer(&clock);
    QDateTime seen;
    std::chrono::milliseconds seenElapsed{-1};
    connect(&timer, &ClockTimer::timeout, this, [&] {
        seen = clock.now();
        seenElapsed = clock.elapsed();
    });
    timer.start(1500ms);
    clock.advance(1h);
    QCOMPARE(seenElapsed, 1500ms);
    QCOMPARE(seen, start.addMSecs(1500));
    QCOMPARE(clock.now(), start.addSecs(3600));
}

void TestClock::timerStartedFromATimerFiresInTheSameAdvance()
{
    ManualClock clock;
    ClockTimer first(&clock);
    ClockTimer second(&clock);
    QList<std::chrono::milliseconds> at;
    connect(&first, &ClockTimer::timeout, this, [&] {
        at << clock.elapsed();
        second.start(2s);
    });
    connect(&second, &ClockTimer::timeout, this, [&] { at << clock.elapsed(); });
    first.start(1s);
    clock.advance(5s);
    QCOMPARE(at, (QList<std::chrono::milliseconds>{1s, 3s}));
}

void TestClock::stoppedAndDestroyedTimersNeverFire()
{
    ManualClock clock;
    int fired = 0;
    ClockTimer stopped(&clock);
    connect(&stopped, &ClockTimer::timeout, this, [&] { ++fired; });
    stopped.start(1s);
    stopped.stop();
    QVERIFY(!stopped.isActive());
    {
        ClockTimer gone(&clock);
        connect(&gone, &ClockTimer::timeout, this, [&] { ++fired; });
        gone.start(1s);
        QCOMPARE(clock.pendingTimers(), 1);
    }
    QCOMPARE(clock.pendingTimers(), 0);
    clock.advance(10s);
    QCOMPARE(fired, 0);
}

void TestClock::restartMovesTheDeadline()
{
    ManualClock clock;
    ClockTimer timer(&clock);
    QSignalSpy timeout(&timer, &ClockTimer::timeout);
    timer.start(1s);
    clock.advance(800ms);
    timer.start(1s); // restarted: due 1 s from now, once
    QCOMPARE(clock.pendingTimers(), 1);
    clock.advance(800ms);
    QCOMPARE(timeout.size(), 0);
    clock.advance(200ms);
    QCOMPARE(timeout.size(), 1);
    clock.advance(10s);
    QCOMPARE(timeout.size(), 1); // single shot
}

void TestClock::callAfterRunsOnceAndNotAfterItsContextIsGone()
{
    ManualClock clock;
    int ran = 0;
    QObject context;
    clock.callAfter(2s, &context, [&] { ++ran; });
    auto *doomed = new QObject;
    clock.callAfter(1s, doomed, [&] { ran += 100; });
    delete doomed;
    clock.advance(1999ms);
    QCOMPARE(ran, 0);
    clock.advance(1ms);
    QCOMPARE(ran, 1);
    clock.advance(1min);
    QCOMPARE(ran, 1);
}

void TestClock::zeroDelayRunsFromTheEventLoop()
{
    ManualClock clock;
    ClockTimer timer(&clock);
    QSignalSpy timeout(&timer, &ClockTimer::timeout);
    timer.start(std::chrono::milliseconds(0));
    QCOMPARE(timeout.size(), 0); // never inside start()
    QCoreApplication::processEvents();
    QCOMPARE(timeout.size(), 1);
    QCOMPARE(clock.pendingTimers(), 0);
    clock.advance(1s);
    QCOMPARE(timeout.size(), 1);
    // Stopped before the event loop ran: nothing.
    timer.start(std::chrono::milliseconds(0));
    timer.stop();
    QCoreApplication::processEvents();
    QCOMPARE(timeout.size(), 1);
}

void TestClock::setNowBackwardsLeavesMonotonicTime()
{
    const QDateTime start = QDateTime::currentDateTimeUtc();
    ManualClock clock(start);
    ClockTimer timer(&clock);
    QSignalSpy timeout(&timer, &ClockTimer::timeout);
    timer.start(10s);
    clock.setNow(start.addSecs(-3600)); // the wall clock is set back
    QCOMPARE(clock.now(), start.addSecs(-3600));
    QCOMPARE(clock.elapsed(), 0ms);
    QCOMPARE(timeout.size(), 0);
    clock.setNow(start.addSecs(-3590)); // forward again: an advance
    QCOMPARE(clock.elapsed(), 10s);
    QCOMPARE(timeout.size(), 1);
}

void TestClock::advanceToNextTimerJumpsToTheEarliest()
{
    ManualClock clock;
    QVERIFY(!clock.advanceToNextTimer()); // nothing waits: time stands
    QCOMPARE(clock.elapsed(), 0ms);
    ClockTimer a(&clock);
    ClockTimer b(&clock);
    QSignalSpy scheduled(&clock, &ManualClock::timerScheduled);
    QSignalSpy aFired(&a, &ClockTimer::timeout);
    QSignalSpy bFired(&b, &ClockTimer::timeout);
    b.start(90s);
    a.start(30s);
    QCOMPARE(scheduled.size(), 2);
    QVERIFY(clock.advanceToNextTimer());
    QCOMPARE(clock.elapsed(), 30s);
    QCOMPARE(aFired.size(), 1);
    QCOMPARE(bFired.size(), 0);
    QVERIFY(clock.advanceToNextTimer());
    QCOMPARE(clock.elapsed(), 90s);
    QCOMPARE(bFired.size(), 1);
    QVERIFY(!clock.advanceToNextTimer());
}

void TestClock::systemClockTimerFires()
{
    Clock *clock = Clock::system();
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(qAbs(clock->now().msecsTo(before)) < 5000);
    ClockTimer timer(clock);
    QSignalSpy timeout(&timer, &ClockTimer::timeout);
    const auto startedAt = clock->elapsed();
    timer.start(20ms);
    QVERIFY(timeout.wait(5000));
    QVERIFY(clock->elapsed() - startedAt >= 19ms);
    QVERIFY(!timer.isActive());
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
