#pragma once

#include "core/api/apirequest.h"
#include "core/model/adgroup.h"

namespace pinstripe {

/** `GET /ad_accounts/{id}/ad_groups/{ad_group_id}`: one ad group, fresh from the server. */
class GetAdGroupRequest final : public ApiRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GetAdGroupRequest)

public:
    GetAdGroupRequest(ApiClient *client, QString adAccountId, QString adGroupId);
    QString operationName() const override;

Q_SIGNALS:
    void finished(const pinstripe::AdGroup &adGroup);

protected:
    QString validate() const override;
    QString path() const override;
    QString handleSuccess(const QByteArray &body) override;

private:
    QString m_adAccountId;
    QString m_adGroupId;
};

} // namespace pinstripe
