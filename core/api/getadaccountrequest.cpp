#include "core/api/getadaccountrequest.h"

#include "core/api/page.h"
#include "core/api/paramcheck.h"

namespace pinstripe {

GetAdAccountRequest::GetAdAccountRequest(ApiClient *client, QString adAccountId)
    : ApiRequest(client, Method::Get, RateCategory::AdsRead, RetryPolicy::standard())
    , m_adAccountId(std::move(adAccountId))
{
}

QString GetAdAccountRequest::operationName() const
{
    return tr("Loading ad account %1").arg(m_adAccountId);
}

QString GetAdAccountRequest::validate() const
{
    return paramcheck::checkId(QStringLiteral("ad_account_id"), m_adAccountId);
}

QString GetAdAccountRequest::path() const
{
    return QStringLiteral("/ad_accounts/") + m_adAccountId;
}

QString GetAdAccountRequest::handleSuccess(const QByteArray &body)
{
    QJsonObject object;
    QString problem = parseObject(body, object);
    if (problem.isEmpty())
        problem = answercheck::problemIn(object, AnswerKind::AdAccount);
    if (problem.isEmpty())
        Q_EMIT finished(AdAccount::fromJson(object));
    return problem;
}

} // namespace pinstripe
