#pragma once

#include "core/api/apirequest.h"
#include "core/api/page.h"
#include "core/model/adaccount.h"

namespace pinstripe {

using AdAccountPage = Page<AdAccount>;

/** `GET /ad_accounts`: the ad accounts the token's user owns or has been given access to. */
class ListAdAccountsRequest final : public ApiRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListAdAccountsRequest)

public:
    struct Params
    {
        bool includeSharedAccounts = true;
        int pageSize = 250;
        QString bookmark;
    };

    ListAdAccountsRequest(ApiClient *client, Params params);
    QString operationName() const override;

Q_SIGNALS:
    void finished(const pinstripe::AdAccountPage &page);

protected:
    QString validate() const override;
    QString path() const override;
    QUrlQuery query() const override;
    QString handleSuccess(const QByteArray &body) override;

private:
    Params m_params;
};

} // namespace pinstripe
