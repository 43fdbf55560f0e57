#include "core/api/listadgroupsrequest.h"

#include "core/api/listquery.h"
#include "core/api/paramcheck.h"
#include "core/model/enums.h"

namespace pinstripe {

QStringList AdGroupListParams::allStatuses()
{
    return {QStringLiteral("ACTIVE"), QStringLiteral("PAUSED"), QStringLiteral("ARCHIVED"), QStringLiteral("DRAFT")};
}

ListAdGroupsRequest::ListAdGroupsRequest(ApiClient *client, QString adAccountId, AdGroupListParams params)
    : ApiRequest(client, Method::Get, RateCategory::AdsRead, RetryPolicy::standard())
    , m_adAccountId(std::move(adAccountId))
    , m_params(std::move(params))
{
}

QString ListAdGroupsRequest::operationName() const
{
    return tr("Listing ad groups");
}

QString ListAdGroupsRequest::validate() const
{
    using namespace paramcheck;
    return firstProblem({
        checkId(QStringLiteral("ad_account_id"), m_adAccountId),
        (!m_params.campaignIds.isEmpty() && !m_params.adGroupIds.isEmpty())
            ? tr("Filter by campaign_ids or by ad_group_ids, not both.") : QString(),
        checkIds(QStringLiteral("campaign_ids"), m_params.campaignIds, 250),
        checkIds(QStringLiteral("ad_group_ids"), m_params.adGroupIds, 250),
        checkEnums(QStringLiteral("entity_statuses"), m_params.entityStatuses, enums::entityStatuses()),
        checkPaging(m_params.pageSize, m_params.order),
    });
}

QString ListAdGroupsRequest::path() const
{
    return QStringLiteral("/ad_accounts/%1/ad_groups").arg(m_adAccountId);
}

QUrlQuery ListAdGroupsRequest::query() const
{
    QUrlQuery query;
    listquery::addRepeated(query, QStringLiteral("campaign_ids"), m_params.campaignIds);
    listquery::addRepeated(query, QStringLiteral("ad_group_ids"), m_params.adGroupIds);
    listquery::addRepeated(query, QStringLiteral("entity_statuses"), m_params.entityStatuses);
    listquery::addPaging(query, m_params.pageSize, m_params.order, m_params.bookmark);
    if (m_params.translateInterestsToNames)
        query.addQueryItem(QStringLiteral("translate_interests_to_names"), QStringLiteral("true"));
    return query;
}

ApiRequest::WorkerReader ListAdGroupsRequest::workerReader()
{
    // A page of 250 ad groups with targeting specs takes milliseconds to read: on a worker,
    // so the UI thread stays free and parallel chains read on both cores.
    return [this](const QByteArray &body) -> Delivery {
        AdGroupPage page;
        const QString problem = parsePage(body, page);
        // The cache keeps each ad group as the server wrote it: writing every parsed ad group
        // out again was the cache writer's biggest cost on big accounts.
        if (problem.isEmpty())
            page.keepItemText(body);
        return [this, page, problem] {
            if (problem.isEmpty())
                Q_EMIT finished(page);
            return problem;
        };
    };
}

QString ListAdGroupsRequest::handleSuccess(const QByteArray &body)
{
    AdGroupPage page;
    const QString problem = parsePage(body, page);
    if (problem.isEmpty()) {
        page.keepItemText(body);
        Q_EMIT finished(page);
    }
    return problem;
}

} // namespace pinstripe
