#include "core/api/createadgroupsrequest.h"

namespace pinstripe {

CreateAdGroupsRequest::CreateAdGroupsRequest(ApiClient *client, QString adAccountId, QList<QJsonObject> bodies)
    : AdGroupWriteRequest(client, Method::Post, RetryPolicy::rateLimitedOnly(), std::move(adAccountId),
                          std::move(bodies), true)
{
}

QString CreateAdGroupsRequest::operationName() const
{
    return tr("Creating ad groups");
}

} // namespace pinstripe
