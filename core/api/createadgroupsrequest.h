#pragma once

#include "core/api/apirequest.h"
#include "core/model/adgroupbatchresult.h"

#include <QJsonObject>
#include <QList>

namespace pinstripe {

/**
 * `POST /ad_accounts/{id}/ad_groups`: creates 1–30 ad groups in one call.
 *
 * The result is per item: some may fail (their exceptions say why) while others are created.
 * Never retried after a lost answer — that could create duplicates; it fails with
 * ApiError::Kind::OutcomeUnknown instead and the caller reconciles by listing. A 429 (which
 * proves nothing was created) is retried after the server's wait.
 */
class CreateAdGroupsRequest final : public ApiRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateAdGroupsRequest)

public:
    /** @p bodies as made by AdGroup::createBody(); checked before sending. */
    CreateAdGroupsRequest(ApiClient *client, QString adAccountId, QList<QJsonObject> bodies);
    QString operationName() const override;

Q_SIGNALS:
    void finished(const pinstripe::AdGroupBatchResult &result);

protected:
    QString validate() const override;
    QString path() const override;
    QByteArray body() const override;
    QString handleSuccess(const QByteArray &body) override;
    bool outcomeUnknownWhenAnswerLost() const override { return true; }

private:
    QString m_adAccountId;
    QList<QJsonObject> m_bodies;
};

} // namespace pinstripe
