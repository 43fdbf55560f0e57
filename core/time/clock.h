#pragma once

#include <QDateTime>
#include <QObject>

#include <chrono>
#include <functional>

namespace pinstripe {

class ClockTimer;

/**
 * Where the app reads "now" and waits. Wall time (token expiry, sent/posted stamps, today's
 * date) and monotonic time (rate-limit windows, Retry-After waits, renewal timers) come from
 * one place, so tests move a ManualClock forward instead of sleeping.
 *
 * Waits go through ClockTimer (or callAfter()): real QTimers on the system clock, due as soon
 * as a ManualClock is advanced past their deadline.
 */
class Clock : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Clock)

public:
    ~Clock() override;

    /** The current wall time, in UTC. */
    virtual QDateTime now() const = 0;
    /** Monotonic time since an arbitrary origin; never goes back, not moved by wall-clock changes. */
    virtual std::chrono::milliseconds elapsed() const = 0;
    /** Today's date in UTC (Pinterest's analytics dates are UTC). */
    QDate todayUtc() const { return now().date(); }

    /**
     * Calls @p fn on @p context's thread once @p delay has passed on this clock. Nothing is
     * called if @p context is destroyed first.
     */
    void callAfter(std::chrono::milliseconds delay, QObject *context, std::function<void()> fn);

    /** The process-wide real clock. */
    static Clock *system();

Q_SIGNALS:
    /** The clock was moved by hand (ManualClock); the system clock never emits it. */
    void moved();

protected:
    explicit Clock(QObject *parent = nullptr);

private:
    friend class ClockTimer;
    /** True if this clock fires its timers itself (ManualClock); false = real QTimers. */
    virtual bool drivesTimers() const { return false; }
    /** @p timer is due at elapsed() == @p deadline (only called if drivesTimers()). */
    virtual void schedule(ClockTimer *timer, std::chrono::milliseconds deadline);
    virtual void unschedule(ClockTimer *timer);
};

} // namespace pinstripe
