#pragma once

namespace pinstripe {

/**
 * The value axis of a chart: from 0 to max with tickCount ticks (both ends included) on
 * round steps. For counts every tick is a whole number, so a chart of 0 to 3 clicks reads
 * "0, 1, 2, 3" rather than "0, 0, 1, 1, 1" as an axis of fractions shown without decimals does.
 */
struct AxisScale
{
    double max = 1.0;
    int tickCount = 2;
    /** The step between two ticks. */
    double step() const { return tickCount > 1 ? max / (tickCount - 1) : max; }

    /**
     * A scale that holds @p largest with @p headroom to spare (0.1: 10 % above the largest
     * value, room for bar labels), with at most @p maxTicks ticks. @p wholeNumbers keeps steps
     * at 1 or more (counts); otherwise steps may be fractions (money, rates).
     */
    static AxisScale forValues(double largest, bool wholeNumbers, double headroom = 0.0, int maxTicks = 6);
};

} // namespace pinstripe
