#include "core/analytics/axisscale.h"

#include <QtGlobal>

#include <cmath>

namespace pinstripe {

AxisScale AxisScale::forValues(double largest, bool wholeNumbers, double headroom, int maxTicks)
{
    maxTicks = qMax(2, maxTicks);
    const double top = qMax(0.0, largest) * (1.0 + qMax(0.0, headroom));
    if (!(top > 0.0) || !std::isfinite(top))
        return {1.0, 2}; // nothing to show: 0 and 1 only
    // The smallest step of 1, 2 or 5 times a power of ten that reaches top in maxTicks - 1 steps.
    const double rough = top / (maxTicks - 1);
    double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= rough)
            break;
    }
    if (wholeNumbers)
        step = qMax(1.0, std::round(step));
    const double steps = std::ceil(top / step - 1e-9);
    const int intervals = qMax(1, int(steps));
    return {intervals * step, intervals + 1};
}

} // namespace pinstripe
