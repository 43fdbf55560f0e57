#include "core/api/adgroupanalyticsrequest.h"

#include "core/api/answercheck.h"
#include "core/api/apiclient.h"
#include "core/api/paramcheck.h"
#include "core/api/ratelimiter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pinstripe {

AdGroupAnalyticsRequest::AdGroupAnalyticsRequest(ApiClient *client, QString adAccountId, AnalyticsQuery query)
    : ApiRequest(client, Method::Get, RateCategory::AdsAnalytics, RetryPolicy::standard())
    , m_adAccountId(std::move(adAccountId))
    , m_query(std::move(query))
{
}

QString AdGroupAnalyticsRequest::operationName() const
{
    return tr("Loading ad group analytics");
}

QString AdGroupAnalyticsRequest::validate() const
{
    return paramcheck::firstProblem({paramcheck::checkId(QStringLiteral("ad_account_id"), m_adAccountId),
                                     m_query.validate(AnalyticsQuery::todayUtc(client() ? client()->rateLimiter()->clock() : nullptr))});
}

QString AdGroupAnalyticsRequest::path() const
{
    return QStringLiteral("/ad_accounts/%1/ad_groups/analytics").arg(m_adAccountId);
}

QUrlQuery AdGroupAnalyticsRequest::query() const
{
    return m_query.toUrlQuery(false);
}

QString AdGroupAnalyticsRequest::handleSuccess(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return QStringLiteral("not JSON: %1").arg(error.errorString());
    if (!document.isArray())
        return QStringLiteral("expected an array of rows");
    const QJsonArray rows = document.array();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!rows.at(i).isObject())
            return QStringLiteral("row %1 is not an object").arg(i + 1);
        const QString problem = answercheck::problemInAnalyticsRow(rows.at(i).toObject());
        if (!problem.isEmpty())
            return problem;
    }
    Q_EMIT finished(AnalyticsReport::fromJson(document.array()));
    return {};
}

} // namespace pinstripe
