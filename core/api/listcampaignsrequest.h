#pragma once

#include "core/api/apirequest.h"
#include "core/api/page.h"
#include "core/model/campaign.h"

namespace pinstripe {

using CampaignPage = Page<Campaign>;

/** `GET /ad_accounts/{id}/campaigns`. */
class ListCampaignsRequest final : public ApiRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListCampaignsRequest)

public:
    struct Params
    {
        QStringList campaignIds;    ///< at most 250
        /** Empty = the server default (ACTIVE and PAUSED only). */
        QStringList entityStatuses;
        int pageSize = 250;
        QString order;              ///< "ASCENDING", "DESCENDING" or empty
        QString bookmark;
    };

    ListCampaignsRequest(ApiClient *client, QString adAccountId, Params params);
    QString operationName() const override;

Q_SIGNALS:
    void finished(const pinstripe::CampaignPage &page);

protected:
    QString validate() const override;
    QString path() const override;
    QUrlQuery query() const override;
    QString handleSuccess(const QByteArray &body) override;

private:
    QString m_adAccountId;
    Params m_params;
};

} // namespace pinstripe
