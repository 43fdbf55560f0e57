#include "core/api/listadaccountsrequest.h"

#include "core/api/listquery.h"
#include "core/api/paramcheck.h"

namespace pinstripe {

ListAdAccountsRequest::ListAdAccountsRequest(ApiClient *client, Params params)
    : ApiRequest(client, Method::Get, RateCategory::AdsRead, RetryPolicy::standard())
    , m_params(std::move(params))
{
}

QString ListAdAccountsRequest::operationName() const
{
    return tr("Listing ad accounts");
}

QString ListAdAccountsRequest::validate() const
{
    return paramcheck::checkPageSize(m_params.pageSize);
}

QString ListAdAccountsRequest::path() const
{
    return QStringLiteral("/ad_accounts");
}

QUrlQuery ListAdAccountsRequest::query() const
{
    QUrlQuery query;
    if (!m_params.includeSharedAccounts)
        query.addQueryItem(QStringLiteral("include_shared_accounts"), QStringLiteral("false"));
    listquery::addPaging(query, m_params.pageSize, {}, m_params.bookmark);
    return query;
}

QString ListAdAccountsRequest::handleSuccess(const QByteArray &body)
{
    AdAccountPage page;
    const QString problem = parsePage(body, page);
    if (problem.isEmpty())
        Q_EMIT finished(page);
    return problem;
}

} // namespace pinstripe
