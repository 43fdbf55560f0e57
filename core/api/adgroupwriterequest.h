#pragma once

#include "core/api/apirequest.h"
#include "core/model/adgroupbatchresult.h"

#include <QJsonObject>
#include <QList>

namespace pinstripe {

/**
 * What ad group create and update share: a JSON array of 1–30 bodies to
 * `/ad_accounts/{id}/ad_groups`, checked before sending, answered per item
 * (some items may fail while others are applied).
 */
class AdGroupWriteRequest : public ApiRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdGroupWriteRequest)

Q_SIGNALS:
    /** One result item per body, in the order sent. */
    void finished(const pinstripe::AdGroupBatchResult &result);

protected:
    AdGroupWriteRequest(ApiClient *client, Method method, RetryPolicy retryPolicy, QString adAccountId,
                        QList<QJsonObject> bodies, bool forCreate);

    QString validate() const override;
    QString path() const override;
    QByteArray body() const override;
    QString handleSuccess(const QByteArray &body) override;

private:
    QString m_adAccountId;
    QList<QJsonObject> m_bodies;
    bool m_forCreate;
};

} // namespace pinstripe
