#pragma once

#include "core/api/apirequest.h"
#include "core/model/adaccount.h"

namespace pinstripe {

/** `GET /ad_accounts/{id}`: one ad account, with the currency of all its amounts. */
class GetAdAccountRequest final : public ApiRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GetAdAccountRequest)

public:
    GetAdAccountRequest(ApiClient *client, QString adAccountId);
    QString operationName() const override;

Q_SIGNALS:
    void finished(const pinstripe::AdAccount &account);

protected:
    QString validate() const override;
    QString path() const override;
    QString handleSuccess(const QByteArray &body) override;

private:
    QString m_adAccountId;
};

} // namespace pinstripe
