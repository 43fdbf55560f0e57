#pragma once

#include "core/api/analyticsquery.h"
#include "core/api/apirequest.h"
#include "core/model/targetinganalytics.h"

namespace pinstripe {

/**
 * `GET /ad_accounts/{id}/ad_groups/targeting_analytics`: metrics broken down by targeting
 * type (age, gender, location, app type, interest, keyword, …) for up to 250 ad groups.
 */
class TargetingAnalyticsRequest final : public ApiRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetingAnalyticsRequest)

public:
    TargetingAnalyticsRequest(ApiClient *client, QString adAccountId, AnalyticsQuery query);
    QString operationName() const override;

Q_SIGNALS:
    void finished(const pinstripe::TargetingAnalytics &breakdown);

protected:
    QString validate() const override;
    QString path() const override;
    QUrlQuery query() const override;
    QString handleSuccess(const QByteArray &body) override;

private:
    QString m_adAccountId;
    AnalyticsQuery m_query;
};

} // namespace pinstripe
