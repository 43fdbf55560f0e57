#pragma once

#include "sandbox/httpmessage.h"
#include "sandbox/sandboxcontext.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace pinstripe::sandbox {

struct AccountRecord;

/**
 * GET …/ad_groups/analytics (a bare JSON array of rows) and GET …/ad_groups/targeting_analytics
 * (MetricsResponse). Both enforce the spec's date windows: at most 90 days back and 90 days
 * long, or for HOUR 8 days back and 3 days long.
 */
class AnalyticsApi final
{
public:
    explicit AnalyticsApi(SandboxContext &context);

    HttpResponse adGroupAnalytics(const AccountRecord &account, const HttpRequest &request);
    HttpResponse targetingAnalytics(const AccountRecord &account, const HttpRequest &request);

private:
    struct Report
    {
        QStringList adGroupIds;
        QStringList columns;
        QStringList targetingTypes;
        QString granularity;
        QDate start;
        QDate end;
        bool aggregate = false;
    };
    /** A time slice of the report: [from, to) in Unix seconds, labelled by date (and hour). */
    struct Bucket
    {
        QDate date;
        int hour = -1;
        qint64 from = 0;
        qint64 to = 0;
    };
    std::optional<Report> parse(const HttpRequest &request, bool targeting, HttpResponse *error) const;
    static QList<Bucket> buckets(const Report &report);

    SandboxContext &m_context;
};

} // namespace pinstripe::sandbox
