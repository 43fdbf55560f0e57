#include "core/api/targetinganalyticsrequest.h"

#include "core/api/apiclient.h"
#include "core/api/page.h"
#include "core/api/paramcheck.h"
#include "core/api/ratelimiter.h"

namespace pinstripe {

TargetingAnalyticsRequest::TargetingAnalyticsRequest(ApiClient *client, QString adAccountId, AnalyticsQuery query)
    : ApiRequest(client, Method::Get, RateCategory::AdsAnalytics, RetryPolicy::standard())
    , m_adAccountId(std::move(adAccountId))
    , m_query(std::move(query))
{
}

QString TargetingAnalyticsRequest::operationName() const
{
    return tr("Loading targeting analytics");
}

QString TargetingAnalyticsRequest::validate() const
{
    return paramcheck::firstProblem({paramcheck::checkId(QStringLiteral("ad_account_id"), m_adAccountId),
                                     m_query.validateForTargeting(AnalyticsQuery::todayUtc(client() ? client()->rateLimiter()->clock() : nullptr))});
}

QString TargetingAnalyticsRequest::path() const
{
    return QStringLiteral("/ad_accounts/%1/ad_groups/targeting_analytics").arg(m_adAccountId);
}

QUrlQuery TargetingAnalyticsRequest::query() const
{
    return m_query.toUrlQuery(true);
}

QString TargetingAnalyticsRequest::handleSuccess(const QByteArray &body)
{
    QJsonObject object;
    QString problem = parseObject(body, object);
    if (problem.isEmpty())
        problem = answercheck::problemInTargetingAnalytics(object);
    if (problem.isEmpty())
        Q_EMIT finished(TargetingAnalytics::fromJson(object));
    return problem;
}

} // namespace pinstripe
