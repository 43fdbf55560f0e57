#pragma once

#include "core/api/apirequest.h"
#include "core/model/adgroupbatchresult.h"

#include <QJsonObject>
#include <QList>

namespace pinstripe {

/**
 * `PATCH /ad_accounts/{id}/ad_groups`: updates 1–30 ad groups in one call, each body
 * carrying its id and only the fields that change (see AdGroup::updateBody()).
 * The result is per item. Safe to retry: sending the same values again changes nothing more.
 */
class UpdateAdGroupsRequest final : public ApiRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdateAdGroupsRequest)

public:
    UpdateAdGroupsRequest(ApiClient *client, QString adAccountId, QList<QJsonObject> bodies);
    QString operationName() const override;

Q_SIGNALS:
    void finished(const pinstripe::AdGroupBatchResult &result);

protected:
    QString validate() const override;
    QString path() const override;
    QByteArray body() const override;
    QString handleSuccess(const QByteArray &body) override;

private:
    QString m_adAccountId;
    QList<QJsonObject> m_bodies;
};

} // namespace pinstripe
