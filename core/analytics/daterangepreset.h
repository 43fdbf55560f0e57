#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace pinstripe {

/** An inclusive range of UTC calendar days, the unit Pinterest's analytics count in. */
struct DateRange
{
    QDate start;
    QDate end;

    bool isValid() const { return start.isValid() && end.isValid() && start <= end; }
    /** Number of days in the range, both ends included (0 when invalid). */
    int days() const { return isValid() ? int(start.daysTo(end)) + 1 : 0; }
    friend bool operator==(const DateRange &, const DateRange &) = default;
};

/**
 * The date presets of every analytics view ("Last 7 days", "Last month", …) turned into UTC
 * date ranges, their check against Pinterest's windows, and the period to compare with.
 *
 * "Last N days" ends yesterday: today's numbers are still growing, and comparing a partial
 * day with a full one would show a drop that is not real.
 */
class DateRangePreset
{
public:
    enum class Preset {
        Yesterday,
        Last7Days,
        Last14Days,
        Last30Days,
        Last90Days,
        ThisMonth,
        LastMonth,
        Custom,
    };

    /** Every preset in menu order, Custom last. */
    static QList<Preset> all();
    /** The menu text of @p preset, translated. */
    static QString label(Preset preset);
    /** A stable key for settings ("last7days"). */
    static QString key(Preset preset);
    static Preset fromKey(const QString &key, Preset fallback = Preset::Last7Days);

    /** The range @p preset means on @p todayUtc; invalid for Custom. */
    static DateRange range(Preset preset, const QDate &todayUtc);

    /** The range of the same length that ends the day before @p range starts. */
    static DateRange previousPeriod(const DateRange &range);

    /**
     * Pinterest's window rules for @p range at @p granularity, as a plain sentence for the
     * date picker; empty when the API accepts the range (see AnalyticsQuery::checkDateWindow).
     */
    static QString check(const DateRange &range, const QString &granularity, const QDate &todayUtc);

    /**
     * True when the API no longer serves @p range (it starts more than 90 days back), so
     * only the metrics archive can show it.
     */
    static bool isBeyondApiWindow(const DateRange &range, const QDate &todayUtc);
};

} // namespace pinstripe
