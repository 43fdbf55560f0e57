#pragma once

#include "core/api/adgroupwriterequest.h"

namespace pinstripe {

/**
 * `PATCH /ad_accounts/{id}/ad_groups`: updates 1–30 ad groups in one call, each body
 * carrying its id and only the fields that change (see AdGroup::updateBody()).
 * The result is per item. Safe to retry: sending the same values again changes nothing more.
 */
class UpdateAdGroupsRequest final : public AdGroupWriteRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdateAdGroupsRequest)

public:
    UpdateAdGroupsRequest(ApiClient *client, QString adAccountId, QList<QJsonObject> bodies);
    QString operationName() const override;
};

} // namespace pinstripe
