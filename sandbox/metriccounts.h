#pragma once

#include <QtGlobal>

#include <array>

namespace pinstripe::sandbox {

/**
 * The integer base counts the sandbox generates per ad group and hour. Every reported
 * column is either one of these, a sum of them or a ratio of sums, so DAY rows add up to
 * TOTAL and breakdowns add up to the ad group exactly.
 */
enum class Metric : int {
    Impression1, Impression2, Click1, Click2, Outbound1, Outbound2, Engagement1, Engagement2,
    Repin1, Repin2, SpendMicros,
    Video3s1, Video3s2, VideoMrc1, VideoMrc2, VideoP0, VideoP25, VideoP50, VideoP75, VideoP95, VideoP100,
    PageVisit, AddToCart, Signup, SignupValueMicros, Checkout, CheckoutValueMicros, Lead, Custom,
    CustomValueMicros, WebSessions1, WebSessions2,
    Count
};

/** One value per Metric. */
struct MetricCounts
{
    std::array<qint64, size_t(Metric::Count)> values{};

    qint64 operator[](Metric m) const { return values[size_t(m)]; }
    qint64 &operator[](Metric m) { return values[size_t(m)]; }
    MetricCounts &operator+=(const MetricCounts &other)
    {
        for (size_t i = 0; i < values.size(); ++i)
            values[i] += other.values[i];
        return *this;
    }
    bool isZero() const
    {
        for (qint64 v : values) {
            if (v != 0)
                return false;
        }
        return true;
    }
    /** True for the conversion counts HOUR granularity does not report. */
    static bool isConversion(Metric m) { return m >= Metric::PageVisit; }
};

} // namespace pinstripe::sandbox
