#include "core/auth/clock.h"

namespace pinstripe {

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}

} // namespace pinstripe
