#pragma once

#include "core/api/apirequest.h"
#include "core/model/bidfloor.h"

namespace pinstripe {

/**
 * `POST /ad_accounts/{id}/bid_floor`: the lowest bids Pinterest delivers for each spec
 * (countries, currency, objective, billable event, creative type), all specs in one call.
 * Read-only despite the POST, so it is retried like a GET.
 */
class FetchBidFloorsRequest final : public ApiRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FetchBidFloorsRequest)

public:
    FetchBidFloorsRequest(ApiClient *client, QString adAccountId, BidFloorRequest request);
    QString operationName() const override;

Q_SIGNALS:
    void finished(const pinstripe::BidFloor &floors);

protected:
    QString validate() const override;
    QString path() const override;
    QByteArray body() const override;
    QString handleSuccess(const QByteArray &body) override;

private:
    QString m_adAccountId;
    BidFloorRequest m_request;
};

} // namespace pinstripe
