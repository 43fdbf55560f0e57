#include "core/api/campaignpager.h"

namespace pinstripe {

CampaignPager::CampaignPager(ApiClient *client, QString adAccountId, ListCampaignsRequest::Params params,
                             QObject *parent)
    : Pager(client, 1, parent)
    , m_adAccountId(std::move(adAccountId))
    , m_params(std::move(params))
{
}

ApiRequest *CampaignPager::createRequest(int chain, const QString &bookmark)
{
    ListCampaignsRequest::Params params = m_params;
    params.bookmark = bookmark;
    auto *request = new ListCampaignsRequest(client(), m_adAccountId, params);
    connect(request, &ListCampaignsRequest::finished, this, [this, chain](const CampaignPage &page) {
        Q_EMIT pageReceived(page);
        pageDone(chain, static_cast<int>(page.items.size()), page.bookmark);
    });
    return request;
}

AdAccountPager::AdAccountPager(ApiClient *client, QObject *parent)
    : Pager(client, 1, parent)
{
}

ApiRequest *AdAccountPager::createRequest(int chain, const QString &bookmark)
{
    ListAdAccountsRequest::Params params;
    params.bookmark = bookmark;
    auto *request = new ListAdAccountsRequest(client(), params);
    connect(request, &ListAdAccountsRequest::finished, this, [this, chain](const AdAccountPage &page) {
        Q_EMIT pageReceived(page);
        pageDone(chain, static_cast<int>(page.items.size()), page.bookmark);
    });
    return request;
}

} // namespace pinstripe
