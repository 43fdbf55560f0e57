#include "core/api/listcampaignsrequest.h"

#include "core/api/listquery.h"
#include "core/api/paramcheck.h"
#include "core/model/enums.h"

namespace pinstripe {

ListCampaignsRequest::ListCampaignsRequest(ApiClient *client, QString adAccountId, Params params)
    : ApiRequest(client, Method::Get, RateCategory::AdsRead, RetryPolicy::standard())
    , m_adAccountId(std::move(adAccountId))
    , m_params(std::move(params))
{
}

QString ListCampaignsRequest::operationName() const
{
    return tr("Listing campaigns");
}

QString ListCampaignsRequest::validate() const
{
    using namespace paramcheck;
    return firstProblem({
        checkId(QStringLiteral("ad_account_id"), m_adAccountId),
        checkIds(QStringLiteral("campaign_ids"), m_params.campaignIds, 250),
        checkEnums(QStringLiteral("entity_statuses"), m_params.entityStatuses, enums::entityStatuses()),
        checkPaging(m_params.pageSize, m_params.order),
    });
}

QString ListCampaignsRequest::path() const
{
    return QStringLiteral("/ad_accounts/%1/campaigns").arg(m_adAccountId);
}

QUrlQuery ListCampaignsRequest::query() const
{
    QUrlQuery query;
    listquery::addRepeated(query, QStringLiteral("campaign_ids"), m_params.campaignIds);
    listquery::addRepeated(query, QStringLiteral("entity_statuses"), m_params.entityStatuses);
    listquery::addPaging(query, m_params.pageSize, m_params.order, m_params.bookmark);
    return query;
}

QString ListCampaignsRequest::handleSuccess(const QByteArray &body)
{
    CampaignPage page;
    const QString problem = parsePage(body, page);
    if (problem.isEmpty())
        Q_EMIT finished(page);
    return problem;
}

} // namespace pinstripe
