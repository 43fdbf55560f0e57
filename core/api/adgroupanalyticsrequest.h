#pragma once

#include "core/api/analyticsquery.h"
#include "core/api/apirequest.h"
#include "core/model/analyticsreport.h"

namespace pinstripe {

/**
 * `GET /ad_accounts/{id}/ad_groups/analytics`: metrics per ad group and day (or hour, week,
 * month, or total) for up to 250 ad groups; split larger selections with AnalyticsQuery::chunked().
 */
class AdGroupAnalyticsRequest final : public ApiRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdGroupAnalyticsRequest)

public:
    AdGroupAnalyticsRequest(ApiClient *client, QString adAccountId, AnalyticsQuery query);
    QString operationName() const override;

Q_SIGNALS:
    void finished(const pinstripe::AnalyticsReport &report);

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
