#include "core/api/createadgroupsrequest.h"

#include "core/api/adgroupbodycheck.h"
#include "core/api/page.h"
#include "core/api/paramcheck.h"

#include <QJsonArray>

namespace pinstripe {

CreateAdGroupsRequest::CreateAdGroupsRequest(ApiClient *client, QString adAccountId, QList<QJsonObject> bodies)
    : ApiRequest(client, Method::Post, RateCategory::AdsWrite, RetryPolicy::rateLimitedOnly())
    , m_adAccountId(std::move(adAccountId))
    , m_bodies(std::move(bodies))
{
}

QString CreateAdGroupsRequest::operationName() const
{
    return tr("Creating ad groups");
}

QString CreateAdGroupsRequest::validate() const
{
    return paramcheck::firstProblem({paramcheck::checkId(QStringLiteral("ad_account_id"), m_adAccountId),
                                     checkAdGroupBatch(m_bodies, true)});
}

QString CreateAdGroupsRequest::path() const
{
    return QStringLiteral("/ad_accounts/%1/ad_groups").arg(m_adAccountId);
}

QByteArray CreateAdGroupsRequest::body() const
{
    QJsonArray array;
    for (const QJsonObject &item : m_bodies)
        array.append(item);
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QString CreateAdGroupsRequest::handleSuccess(const QByteArray &body)
{
    QJsonObject object;
    const QString problem = parseObject(body, object);
    if (!problem.isEmpty())
        return problem;
    const AdGroupBatchResult result = AdGroupBatchResult::fromJson(object);
    if (result.items.size() != m_bodies.size())
        return QStringLiteral("%1 results for %2 ad groups").arg(result.items.size()).arg(m_bodies.size());
    Q_EMIT finished(result);
    return {};
}

} // namespace pinstripe
