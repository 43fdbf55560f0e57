#pragma once

#include <QObject>
#include <QPointer>

#include <chrono>

class QTimer;

namespace pinstripe {

class Clock;

/**
 * A single-shot timer that runs on a Clock: a real QTimer on the system clock, and due when a
 * ManualClock is advanced past its deadline (no real waiting in tests). Use it wherever code
 * waits for time to pass (a Retry-After, a rate-limit pause, a token renewal). A timer started
 * with no delay runs from the event loop on either clock.
 */
class ClockTimer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClockTimer)

public:
    /** @p clock is not owned (nullptr = Clock::system()) and must outlive the timer. */
    explicit ClockTimer(Clock *clock, QObject *parent = nullptr);
    ~ClockTimer() override;

    /** (Re)starts the timer: timeout() once @p delay has passed on the clock. */
    void start(std::chrono::milliseconds delay);
    void stop();
    bool isActive() const { return m_active; }
    /** Time left until timeout() (zero if due or not running). */
    std::chrono::milliseconds remaining() const;
    Clock *clock() const { return m_clock; }

Q_SIGNALS:
    void timeout();

private:
    friend class ManualClock;
    /** Called by a ManualClock when the deadline is reached. */
    void fire();

    Clock *m_clock;
    QTimer *m_timer = nullptr; ///< only on clocks that do not drive timers themselves
    std::chrono::milliseconds m_deadline{0};
    bool m_active = false;
};

} // namespace pinstripe
