#include "core/api/adgrouppager.h"

#include <algorithm>

namespace pinstripe {

AdGroupPager::AdGroupPager(ApiClient *client, QString adAccountId, AdGroupListParams params, int maxChains,
                           QObject *parent)
    : Pager(client, static_cast<int>(split(params.campaignIds, maxChains).size()), parent)
    , m_adAccountId(std::move(adAccountId))
    , m_params(std::move(params))
    , m_chainCampaigns(split(m_params.campaignIds, maxChains))
{
}

QList<QStringList> AdGroupPager::split(const QStringList &campaignIds, int maxChains)
{
    if (campaignIds.isEmpty())
        return {QStringList()};
    const int chains = std::clamp(maxChains, 1, static_cast<int>(campaignIds.size()));
    QList<QStringList> groups(chains);
    // Round robin, so campaigns of similar age (similar ids) spread over the chains.
    for (qsizetype i = 0; i < campaignIds.size(); ++i)
        groups[i % chains].append(campaignIds.at(i));
    return groups;
}

ApiRequest *AdGroupPager::createRequest(int chain, const QString &bookmark)
{
    AdGroupListParams params = m_params;
    params.campaignIds = m_chainCampaigns.at(chain);
    params.bookmark = bookmark;
    auto *request = new ListAdGroupsRequest(client(), m_adAccountId, params);
    connect(request, &ListAdGroupsRequest::finished, this, [this, chain](const AdGroupPage &page) {
        Q_EMIT pageReceived(page);
        pageDone(chain, static_cast<int>(page.items.size()), page.bookmark);
    });
    return request;
}

} // namespace pinstripe
