#pragma once

#include <QDate>
#include <QList>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace pinstripe {

class Clock;

/**
 * Parameters of the ad group analytics and targeting analytics calls, with Pinterest's
 * date-window rules: data at most 90 days back and a range of at most 90 days; with HOUR
 * granularity at most 8 days back and 3 days long. Dates are UTC calendar days.
 */
struct AnalyticsQuery
{
    static constexpr int kMaxIdsPerCall = 250;
    static constexpr int kMaxDaysBack = 90;
    static constexpr int kMaxSpanDays = 90;
    static constexpr int kMaxHourDaysBack = 8;
    static constexpr int kMaxHourSpanDays = 3;

    QStringList adGroupIds;
    QDate startDate;
    QDate endDate;
    QStringList columns;
    QString granularity = QStringLiteral("DAY");
    std::optional<int> clickWindowDays;
    std::optional<int> engagementWindowDays;
    std::optional<int> viewWindowDays;
    QString conversionReportTime; ///< empty = server default (TIME_OF_AD_ACTION)

    // Targeting analytics only.
    QStringList targetingTypes;
    QStringList attributionTypes;

    /** Problems with the date window alone, for the date picker (empty = fine). */
    static QString checkDateWindow(const QDate &start, const QDate &end, const QString &granularity,
                                   const QDate &todayUtc);

    /** Everything ad group analytics checks; empty when the query can be sent. */
    QString validate(const QDate &todayUtc) const;
    /** validate() plus the targeting-type rules of targeting analytics. */
    QString validateForTargeting(const QDate &todayUtc) const;

    /** Query parameters: ids repeated, columns / targeting_types / attribution_types comma-separated. */
    QUrlQuery toUrlQuery(bool forTargeting) const;

    /** The same query split so that no part has more than 250 ad group ids. */
    QList<AnalyticsQuery> chunked(int maxIds = kMaxIdsPerCall) const;

    /**
     * Today's date in UTC, the calendar Pinterest's windows count in, on @p clock
     * (nullptr = Clock::system()).
     */
    static QDate todayUtc(const Clock *clock = nullptr);
};

} // namespace pinstripe
