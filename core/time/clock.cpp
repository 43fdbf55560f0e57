#include "core/time/clock.h"

#include "core/time/clocktimer.h"
#include "core/time/systemclock.h"

#include <QPointer>

namespace pinstripe {

Clock::Clock(QObject *parent)
    : QObject(parent)
{
}

Clock::~Clock() = default;

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}

void Clock::callAfter(std::chrono::milliseconds delay, QObject *context, std::function<void()> fn)
{
    // The timer is a child of the context: if the context goes first, so does the call.
    auto *timer = new ClockTimer(this, context);
    connect(timer, &ClockTimer::timeout, context, [timer, fn = std::move(fn)] {
        timer->deleteLater();
        fn();
    });
    timer->start(delay);
}

void Clock::schedule(ClockTimer *, std::chrono::milliseconds)
{
}

void Clock::unschedule(ClockTimer *)
{
}

} // namespace pinstripe
