#pragma once

#include "core/time/clock.h"

#include <QList>
#include <QMutex>

namespace pinstripe {

/**
 * A clock that stands still until told to move; for tests and previews. advance() moves
 * wall and monotonic time together and fires the ClockTimers that fall due, earliest first,
 * each seeing the clock at its own deadline.
 *
 * now() and elapsed() may be read from any thread (a sandbox on its own thread can share the
 * test's clock). ClockTimers of a ManualClock fire on the thread that calls advance(), so
 * they must live on that thread.
 */
class ManualClock final : public Clock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualClock)

public:
    explicit ManualClock(const QDateTime &start = QDateTime::currentDateTimeUtc(), QObject *parent = nullptr);
    ~ManualClock() override;

    QDateTime now() const override;
    std::chrono::milliseconds elapsed() const override;

    /** Moves time forward by @p by (negative = nothing), firing the timers that fall due. */
    void advance(std::chrono::milliseconds by);
    /**
     * Sets the wall time. Forward moves are an advance(); a move back changes only the wall
     * time, since monotonic time never goes back.
     */
    void setNow(const QDateTime &now);
    /**
     * Moves time on to the earliest waiting timer and fires it (and any due with it).
     * Returns false if no timer is waiting. Lets a test run everything that waits on the
     * clock at once, e.g. from a queued connection to timerScheduled().
     */
    bool advanceToNextTimer();
    /** Timers waiting on this clock. */
    int pendingTimers() const;

Q_SIGNALS:
    /** A ClockTimer started waiting on this clock (emitted on the thread that started it). */
    void timerScheduled();

private:
    struct Entry
    {
        std::chrono::milliseconds deadline;
        quint64 order;
        ClockTimer *timer;
    };
    bool drivesTimers() const override { return true; }
    void schedule(ClockTimer *timer, std::chrono::milliseconds deadline) override;
    void unschedule(ClockTimer *timer) override;

    mutable QMutex m_mutex;
    QDateTime m_now;
    std::chrono::milliseconds m_elapsed{0};
    QList<Entry> m_timers;
    quint64 m_nextOrder = 0;
};

} // namespace pinstripe
