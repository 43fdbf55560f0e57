#pragma once

#include "core/model/currency.h"
#include "core/model/field.h"
#include "core/model/money.h"
#include "core/model/trackingurls.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace pinstripe {

/**
 * A campaign (`CampaignResponse`, API 5.23). Pinstripe reads campaigns to know the rules for
 * their ad groups: the objective (which bids are required), budget optimization (CBO) and the
 * schedule that ad-group times must lie within.
 */
struct Campaign
{
    Field<QString> id;
    Field<QString> adAccountId;                  ///< `ad_account_id`
    Field<QString> name;
    Field<QString> status;                       ///< enums::entityStatuses()
    Field<qint64> dailySpendCap;                 ///< `daily_spend_cap`, micro-currency, nullable
    Field<qint64> lifetimeSpendCap;              ///< `lifetime_spend_cap`, micro-currency, nullable
    Field<qint64> startTime;                     ///< `start_time`, Unix seconds, nullable
    Field<qint64> endTime;                       ///< `end_time`, Unix seconds, nullable
    Field<bool> isAutomatedCampaign;             ///< `is_automated_campaign`, nullable
    Field<bool> isFlexibleDailyBudgets;          ///< `is_flexible_daily_budgets`, nullable
    Field<QString> orderLineId;                  ///< `order_line_id`, nullable
    Field<TrackingUrls> trackingUrls;            ///< `tracking_urls`, nullable
    /** `bid_options` (`CampaignBidOptions`: app type, audience, placement multipliers), kept as JSON. */
    Field<QJsonObject> bidOptions;
    Field<qint64> createdTime;                   ///< `created_time`
    Field<bool> isCampaignBudgetOptimization;    ///< `is_campaign_budget_optimization`, nullable
    Field<bool> isPerformancePlus;               ///< `is_performance_plus`
    Field<QString> objectiveType;                ///< `objective_type`; enums::objectiveTypes()
    Field<QString> summaryStatus;                ///< `summary_status`; enums::campaignSummaryStatuses()
    Field<QString> type;                         ///< always "campaign"
    Field<qint64> updatedTime;                   ///< `updated_time`
    QJsonObject unknownFields;

    /** daily_spend_cap in @p accountCurrency, or nullopt when absent or null. */
    std::optional<Money> dailySpendCapMoney(const Currency &accountCurrency) const;
    /** lifetime_spend_cap in @p accountCurrency, or nullopt when absent or null. */
    std::optional<Money> lifetimeSpendCapMoney(const Currency &accountCurrency) const;
    /** True when the campaign uses campaign budget optimization (null counts as false). */
    bool isCbo() const { return isCampaignBudgetOptimization.valueOr(false); }

    static Campaign fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const Campaign &, const Campaign &) = default;
};

} // namespace pinstripe
