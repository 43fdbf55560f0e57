#pragma once

#include "core/api/apirequest.h"
#include "core/model/audiencesizing.h"

namespace pinstripe {

/**
 * `POST /ad_accounts/{id}/ad_groups/audience_sizing`: how many people a targeting spec can
 * reach per month. Read-only despite the POST, so it is retried like a GET.
 */
class EstimateAudienceSizeRequest final : public ApiRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EstimateAudienceSizeRequest)

public:
    EstimateAudienceSizeRequest(ApiClient *client, QString adAccountId, AudienceSizingRequest request);
    QString operationName() const override;

Q_SIGNALS:
    void finished(const pinstripe::AudienceSizing &size);

protected:
    QString validate() const override;
    QString path() const override;
    QByteArray body() const override;
    QString handleSuccess(const QByteArray &body) override;

private:
    QString m_adAccountId;
    AudienceSizingRequest m_request;
};

} // namespace pinstripe
