#include "sandbox/analyticsapi.h"

#include "sandbox/analyticscolumns.h"
#include "sandbox/datastore.h"
#include "sandbox/metricsengine.h"
#include "sandbox/queryparams.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/specenums.h"
#include "sandbox/targetingbreakdown.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace pinstripe::sandbox {

namespace {

// Unix seconds of 00:00 UTC on @p date; plain arithmetic keeps time-zone APIs out of it.
qint64 startOf(const QDate &date)
{
    static const qint64 epochDay = QDate(1970, 1, 1).toJulianDay();
    return (date.toJulianDay() - epochDay) * 86400;
}

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

} // namespace

AnalyticsApi::AnalyticsApi(SandboxContext &context)
    : m_context(context)
{
}

std::optional<AnalyticsApi::Report> AnalyticsApi::parse(const HttpRequest &request, bool targeting,
                                                        HttpResponse *error) const
{
    const char *what = targeting ? "ad group targeting analytics" : "ad account group analytics";
    QueryParams p(request);
    Report r;
    r.start = p.date("start_date");
    r.end = p.date("end_date");
    r.adGroupIds = p.ids("ad_group_ids", true);
    if (targeting) {
        static const QSet<QString> types = toSet(specenums::adGroupTargetingTypes());
        r.targetingTypes = p.csvEnum("targeting_types", types, true, 14);
    }
    r.columns = p.csvEnum("columns", specenums::analyticsColumns(), true, 0);
    r.granularity = p.enumValue("granularity", specenums::granularities(), QString(), true);
    const QList<int> windows{0, 1, 7, 14, 30, 60};
    p.integerOneOf("click_window_days", 30, windows);
    p.integerOneOf("engagement_window_days", 30, windows);
    p.integerOneOf("view_window_days", 1, windows);
    p.enumValue("conversion_report_time", specenums::conversionReportTimes(), QStringLiteral("TIME_OF_AD_ACTION"));
    p.enumValue("reporting_timezone", specenums::reportingTimeZones(), QString());
    if (targeting) {
        static const QSet<QString> attribution = toSet(specenums::attributionTypes());
        p.csvEnum("attribution_types", attribution, false, 2);
    } else {
        r.aggregate = p.boolean("aggregate_report_rows", false);
    }
    if (!p.ok()) {
        *error = HttpResponse::error(400, 400, errors::invalid(what, p.error()));
        return std::nullopt;
    }
    const QDate today = m_context.clock.today();
    const bool hourly = r.granularity == QLatin1String("HOUR");
    const int maxBack = hourly ? 8 : 90;
    const int maxSpan = hourly ? 3 : 90;
    QString problem;
    if (r.end < r.start)
        problem = QStringLiteral("end_date %1 is before start_date %2").arg(r.end.toString(Qt::ISODate), r.start.toString(Qt::ISODate));
    else if (r.start.daysTo(today) > maxBack)
        problem = hourly ? QStringLiteral("with granularity HOUR start_date cannot be more than 8 days back from today")
                         : QStringLiteral("start_date cannot be more than 90 days back from today");
    else if (r.start.daysTo(r.end) > maxSpan)
        problem = hourly ? QStringLiteral("with granularity HOUR end_date cannot be more than 3 days past start_date")
                         : QStringLiteral("end_date cannot be more than 90 days past start_date");
    if (!problem.isEmpty()) {
        *error = HttpResponse::error(400, 400, errors::invalid(what, problem));
        return std::nullopt;
    }
    return r;
}

QList<AnalyticsApi::Bucket> AnalyticsApi::buckets(const Report &r)
{
    QList<Bucket> out;
    const qint64 rangeEnd = startOf(r.end.addDays(1));
    if (r.granularity == QLatin1String("TOTAL")) {
        out.append({r.start, -1, startOf(r.start), rangeEnd});
    } else if (r.granularity == QLatin1String("HOUR")) {
        for (QDate d = r.start; d <= r.end; d = d.addDays(1)) {
            for (int h = 0; h < 24; ++h)
                out.append({d, h, startOf(d) + h * 3600, startOf(d) + (h + 1) * 3600});
        }
    } else {
        QDate d = r.start;
        while (d <= r.end) {
            QDate next = d.addDays(1);
            if (r.granularity == QLatin1String("WEEK"))
                next = d.addDays(8 - d.dayOfWeek()); // the following Monday
            else if (r.granularity == QLatin1String("MONTH"))
                next = QDate(d.year(), d.month(), 1).addMonths(1);
            out.append({d, -1, startOf(d), qMin(startOf(next), rangeEnd)});
            d = next;
        }
    }
    return out;
}

HttpResponse AnalyticsApi::adGroupAnalytics(const AccountRecord &account, const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<Report> report = parse(request, false, &error);
    if (!report)
        return error;
    const MetricsEngine engine(m_context.options.seed, m_context.clock.nowSeconds());
    const QList<Bucket> slices = buckets(*report);
    const bool hourly = report->granularity == QLatin1String("HOUR");
    const bool total = report->granularity == QLatin1String("TOTAL");

    QJsonArray rows;
    QList<MetricCounts> aggregated(report->aggregate ? slices.size() : 0);
    for (const QString &id : report->adGroupIds) {
        const AdGroupRecord *record = DataStore::adGroup(account, id);
        if (!record)
            continue; // ids of other accounts or unknown ids yield no rows
        RowAttributes attributes;
        attributes.adGroup = record->object();
        if (const CampaignRecord *c = DataStore::campaign(account, record->campaignId))
            attributes.campaign = c->object;
        attributes.accountId = account.id;
        const MetricsEngine::Profile profile = engine.profile(attributes.adGroup, attributes.campaign, account.currency);
        for (qsizetype b = 0; b < slices.size(); ++b) {
            const Bucket &bucket = slices.at(b);
            const MetricCounts counts = engine.range(profile, bucket.from, bucket.to);
            if (report->aggregate) {
                aggregated[b] += counts;
                continue;
            }
            if (!total && counts.isZero())
                continue;
            QJsonObject row{{QStringLiteral("AD_GROUP_ID"), id}};
            if (!total)
                row.insert(QStringLiteral("DATE"), bucket.date.toString(Qt::ISODate));
            if (hourly)
                row.insert(QStringLiteral("HOUR"), bucket.hour);
            AnalyticsColumns::fill(row, report->columns, counts, &attributes, hourly);
            rows.append(row);
        }
    }
    if (report->aggregate) {
        for (qsizetype b = 0; b < slices.size(); ++b) {
            QJsonObject row;
            if (!total)
                row.insert(QStringLiteral("DATE"), slices.at(b).date.toString(Qt::ISODate));
            if (hourly)
                row.insert(QStringLiteral("HOUR"), slices.at(b).hour);
            AnalyticsColumns::fill(row, report->columns, aggregated.at(b), nullptr, hourly);
            rows.append(row);
        }
    }
    return HttpResponse::json(200, rows);
}

HttpResponse AnalyticsApi::targetingAnalytics(const AccountRecord &account, const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<Report> report = parse(request, true, &error);
    if (!report)
        return error;
    const MetricsEngine engine(m_context.options.seed, m_context.clock.nowSeconds());
    const QList<Bucket> slices = buckets(*report);
    const bool hourly = report->granularity == QLatin1String("HOUR");
    const bool total = report->granularity == QLatin1String("TOTAL");

    QJsonArray data;
    for (const QString &id : report->adGroupIds) {
        const AdGroupRecord *record = DataStore::adGroup(account, id);
        if (!record)
            continue;
        RowAttributes attributes;
        attributes.adGroup = record->object();
        if (const CampaignRecord *c = DataStore::campaign(account, record->campaignId))
            attributes.campaign = c->object;
        attributes.accountId = account.id;
        const MetricsEngine::Profile profile = engine.profile(attributes.adGroup, attributes.campaign, account.currency);
        for (const Bucket &bucket : slices) {
            const MetricCounts counts = engine.range(profile, bucket.from, bucket.to);
            if (counts.isZero())
                continue;
            for (const QString &type : report->targetingTypes) {
                const auto values = TargetingBreakdown::slices(type, attributes.adGroup, account.country, profile.seed);
                const QList<MetricCounts> parts = TargetingBreakdown::split(counts, values);
                for (qsizetype i = 0; i < values.size(); ++i) {
                    if (parts.at(i).isZero())
                        continue;
                    // A number here, as in Pinterest's example (the ad group report sends a string).
                    QJsonObject metrics{{QStringLiteral("AD_GROUP_ID"), id.toLongLong()}};
                    if (!total)
                        metrics.insert(QStringLiteral("DATE"), bucket.date.toString(Qt::ISODate));
                    if (hourly)
                        metrics.insert(QStringLiteral("HOUR"), bucket.hour);
                    AnalyticsColumns::fill(metrics, report->columns, parts.at(i), &attributes, hourly);
                    data.append(QJsonObject{{QStringLiteral("targeting_type"), type},
                                            {QStringLiteral("targeting_value"), values.at(i).value},
                                            {QStringLiteral("metrics"), metrics}});
                }
            }
        }
    }
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("data"), data}});
}

} // namespace pinstripe::sandbox
