#pragma once

#include "core/api/listadaccountsrequest.h"
#include "core/api/listcampaignsrequest.h"
#include "core/api/pager.h"

namespace pinstripe {

/** All campaigns of an account matching the filter, page by page. */
class CampaignPager final : public Pager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignPager)

public:
    CampaignPager(ApiClient *client, QString adAccountId, ListCampaignsRequest::Params params,
                  QObject *parent = nullptr);

Q_SIGNALS:
    void pageReceived(const pinstripe::CampaignPage &page);

protected:
    ApiRequest *createRequest(int chain, const QString &bookmark) override;

private:
    QString m_adAccountId;
    ListCampaignsRequest::Params m_params;
};

/** All ad accounts the token can see, page by page. */
class AdAccountPager final : public Pager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdAccountPager)

public:
    explicit AdAccountPager(ApiClient *client, QObject *parent = nullptr);

Q_SIGNALS:
    void pageReceived(const pinstripe::AdAccountPage &page);

protected:
    ApiRequest *createRequest(int chain, const QString &bookmark) override;
};

} // namespace pinstripe
