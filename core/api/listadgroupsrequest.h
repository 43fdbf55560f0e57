#pragma once

#include "core/api/apirequest.h"
#include "core/api/page.h"
#include "core/model/adgroup.h"

namespace pinstripe {

using AdGroupPage = Page<AdGroup>;

/** Filters and paging of `GET /ad_accounts/{id}/ad_groups`. */
struct AdGroupListParams
{
    QStringList campaignIds;   ///< at most 250; not together with adGroupIds
    QStringList adGroupIds;    ///< at most 250; not together with campaignIds
    /** Empty = the server default, which hides ARCHIVED and DRAFT ad groups. */
    QStringList entityStatuses;
    int pageSize = 250;
    QString order;             ///< "ASCENDING", "DESCENDING" (by id) or empty
    QString bookmark;
    /** Interests as names instead of ids: for display only — never PATCH such a spec back. */
    bool translateInterestsToNames = false;

    /** Every status, so ARCHIVED and DRAFT ad groups are listed too. */
    static QStringList allStatuses();
};

/** `GET /ad_accounts/{id}/ad_groups`: one page of ad groups. Use AdGroupPager for all of them. */
class ListAdGroupsRequest final : public ApiRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListAdGroupsRequest)

public:
    ListAdGroupsRequest(ApiClient *client, QString adAccountId, AdGroupListParams params);
    QString operationName() const override;

Q_SIGNALS:
    void finished(const pinstripe::AdGroupPage &page);

protected:
    QString validate() const override;
    QString path() const override;
    QUrlQuery query() const override;
    QString handleSuccess(const QByteArray &body) override;
    WorkerReader workerReader() override;

private:
    QString m_adAccountId;
    AdGroupListParams m_params;
};

} // namespace pinstripe
