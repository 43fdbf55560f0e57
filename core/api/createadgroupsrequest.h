#pragma once

#include "core/api/adgroupwriterequest.h"

namespace pinstripe {

/**
 * `POST /ad_accounts/{id}/ad_groups`: creates 1–30 ad groups in one call.
 *
 * The result is per item: some may fail (their exceptions say why) while others are created.
 * Never retried after a lost answer — that could create duplicates; it fails with
 * ApiError::Kind::OutcomeUnknown instead and the caller reconciles by listing. A 429 (which
 * proves nothing was created) is retried after the server's wait.
 */
class CreateAdGroupsRequest final : public AdGroupWriteRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateAdGroupsRequest)

public:
    /** @p bodies as made by AdGroup::createBody(); checked before sending. */
    CreateAdGroupsRequest(ApiClient *client, QString adAccountId, QList<QJsonObject> bodies);
    QString operationName() const override;

protected:
    bool outcomeUnknownWhenAnswerLost() const override { return true; }
};

} // namespace pinstripe
