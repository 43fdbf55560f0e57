#include "core/api/analyticsquery.h"

#include "core/api/paramcheck.h"
#include "core/model/enums.h"
#include "core/time/clock.h"

#include <QCoreApplication>
#include <QDateTime>

namespace pinstripe {

namespace {

// A class, not a free function, so that lupdate files these messages under
// the context they are looked up in.
struct QueryText
{
    Q_DECLARE_TR_FUNCTIONS(pinstripe::AnalyticsQuery)
};

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString checkWindowDays(const QString &name, const std::optional<int> &days)
{
    static const QList<int> allowed{0, 1, 7, 14, 30, 60};
    if (!days || allowed.contains(*days))
        return {};
    return QueryText::tr("%1 must be one of 0, 1, 7, 14, 30 or 60 days (got %2).").arg(name).arg(*days);
}

} // namespace

QDate AnalyticsQuery::todayUtc(const Clock *clock)
{
    return (clock ? clock : Clock::system())->todayUtc();
}

QString AnalyticsQuery::checkDateWindow(const QDate &start, const QDate &end, const QString &granularity,
                                        const QDate &today)
{
    if (!start.isValid() || !end.isValid())
        return QueryText::tr("Choose a start and an end date.");
    if (end < start)
        return QueryText::tr("The end date (%1) is before the start date (%2).").arg(isoDate(end), isoDate(start));
    const bool hourly = granularity == QLatin1String("HOUR");
    const int maxBack = hourly ? kMaxHourDaysBack : kMaxDaysBack;
    const int maxSpan = hourly ? kMaxHourSpanDays : kMaxSpanDays;
    if (start < today.addDays(-maxBack)) {
        return hourly
            ? QueryText::tr("Hourly data goes back at most %n day(s) (to %1, UTC).", nullptr, maxBack).arg(isoDate(today.addDays(-maxBack)))
            : QueryText::tr("Pinterest keeps analytics for %n day(s): the start date can be %1 (UTC) at the earliest.", nullptr, maxBack)
                  .arg(isoDate(today.addDays(-maxBack)));
    }
    if (start.daysTo(end) > maxSpan) {
        return hourly ? QueryText::tr("An hourly report can span at most %n day(s).", nullptr, maxSpan)
                      : QueryText::tr("A report can span at most %n day(s) (this range has %1).", nullptr, maxSpan)
                            .arg(QueryText::tr("%n day(s)", nullptr, int(start.daysTo(end))));
    }
    return {};
}

QString AnalyticsQuery::validate(const QDate &today) const
{
    using namespace paramcheck;
    return firstProblem({
        checkIds(QStringLiteral("ad_group_ids"), adGroupIds, kMaxIdsPerCall, true),
        checkDateWindow(startDate, endDate, granularity, today),
        columns.isEmpty() ? QueryText::tr("Choose at least one metric (columns).") : QString(),
        checkEnums(QStringLiteral("columns"), columns, enums::analyticsColumns()),
        checkEnum(QStringLiteral("granularity"), granularity, enums::granularities()),
        checkWindowDays(QStringLiteral("click_window_days"), clickWindowDays),
        checkWindowDays(QStringLiteral("engagement_window_days"), engagementWindowDays),
        checkWindowDays(QStringLiteral("view_window_days"), viewWindowDays),
        conversionReportTime.isEmpty() ? QString()
            : checkEnum(QStringLiteral("conversion_report_time"), conversionReportTime, enums::conversionReportTimes()),
    });
}

QString AnalyticsQuery::validateForTargeting(const QDate &today) const
{
    using namespace paramcheck;
    return firstProblem({
        validate(today),
        targetingTypes.isEmpty() ? QueryText::tr("Choose at least one targeting type.") : QString(),
        checkEnums(QStringLiteral("targeting_types"), targetingTypes, enums::adGroupTargetingTypes(), 14),
        checkEnums(QStringLiteral("attribution_types"), attributionTypes, enums::conversionReportAttributionTypes(), 2),
    });
}

QUrlQuery AnalyticsQuery::toUrlQuery(bool forTargeting) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("start_date"), isoDate(startDate));
    query.addQueryItem(QStringLiteral("end_date"), isoDate(endDate));
    for (const QString &id : adGroupIds)
        query.addQueryItem(QStringLiteral("ad_group_ids"), id);
    query.addQueryItem(QStringLiteral("columns"), columns.join(QLatin1Char(',')));
    query.addQueryItem(QStringLiteral("granularity"), granularity);
    if (clickWindowDays)
        query.addQueryItem(QStringLiteral("click_window_days"), QString::number(*clickWindowDays));
    if (engagementWindowDays)
        query.addQueryItem(QStringLiteral("engagement_window_days"), QString::number(*engagementWindowDays));
    if (viewWindowDays)
        query.addQueryItem(QStringLiteral("view_window_days"), QString::number(*viewWindowDays));
    if (!conversionReportTime.isEmpty())
        query.addQueryItem(QStringLiteral("conversion_report_time"), conversionReportTime);
    if (forTargeting) {
        query.addQueryItem(QStringLiteral("targeting_types"), targetingTypes.join(QLatin1Char(',')));
        if (!attributionTypes.isEmpty())
            query.addQueryItem(QStringLiteral("attribution_types"), attributionTypes.join(QLatin1Char(',')));
    }
    return query;
}

QList<AnalyticsQuery> AnalyticsQuery::chunked(int maxIds) const
{
    QList<AnalyticsQuery> parts;
    for (qsizetype at = 0; at < adGroupIds.size() || (at == 0 && adGroupIds.isEmpty()); at += maxIds) {
        AnalyticsQuery part = *this;
        part.adGroupIds = adGroupIds.mid(at, maxIds);
        parts << part;
        if (adGroupIds.isEmpty())
            break;
    }
    return parts;
}

} // namespace pinstripe
