#include "core/api/getadgrouprequest.h"

#include "core/api/page.h"
#include "core/api/paramcheck.h"

namespace pinstripe {

GetAdGroupRequest::GetAdGroupRequest(ApiClient *client, QString adAccountId, QString adGroupId)
    : ApiRequest(client, Method::Get, RateCategory::AdsRead, RetryPolicy::standard())
    , m_adAccountId(std::move(adAccountId))
    , m_adGroupId(std::move(adGroupId))
{
}

QString GetAdGroupRequest::operationName() const
{
    return tr("Loading ad group %1").arg(m_adGroupId);
}

QString GetAdGroupRequest::validate() const
{
    using namespace paramcheck;
    return firstProblem({checkId(QStringLiteral("ad_account_id"), m_adAccountId),
                         checkId(QStringLiteral("ad_group_id"), m_adGroupId)});
}

QString GetAdGroupRequest::path() const
{
    return QStringLiteral("/ad_accounts/%1/ad_groups/%2").arg(m_adAccountId, m_adGroupId);
}

QString GetAdGroupRequest::handleSuccess(const QByteArray &body)
{
    QJsonObject object;
    QString problem = parseObject(body, object);
    if (problem.isEmpty())
        problem = answercheck::problemIn(object, AnswerKind::AdGroup);
    if (problem.isEmpty())
        Q_EMIT finished(AdGroup::fromJson(object));
    return problem;
}

} // namespace pinstripe
