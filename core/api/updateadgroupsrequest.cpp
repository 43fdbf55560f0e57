#include "core/api/updateadgroupsrequest.h"

namespace pinstripe {

UpdateAdGroupsRequest::UpdateAdGroupsRequest(ApiClient *client, QString adAccountId, QList<QJsonObject> bodies)
    : AdGroupWriteRequest(client, Method::Patch, RetryPolicy::standard(), std::move(adAccountId),
                          std::move(bodies), false)
{
}

QString UpdateAdGroupsRequest::operationName() const
{
    return tr("Updating ad groups");
}

} // namespace pinstripe
