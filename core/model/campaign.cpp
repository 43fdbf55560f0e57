#include "core/model/campaign.h"

#include "core/model/jsonfields.h"

namespace pinstripe {

namespace {
constexpr QLatin1String kId("id");
constexpr QLatin1String kAdAccountId("ad_account_id");
constexpr QLatin1String kName("name");
constexpr QLatin1String kStatus("status");
constexpr QLatin1String kDailySpendCap("daily_spend_cap");
constexpr QLatin1String kLifetimeSpendCap("lifetime_spend_cap");
constexpr QLatin1String kStartTime("start_time");
constexpr QLatin1String kEndTime("end_time");
constexpr QLatin1String kIsAutomatedCampaign("is_automated_campaign");
constexpr QLatin1String kIsFlexibleDailyBudgets("is_flexible_daily_budgets");
constexpr QLatin1String kOrderLineId("order_line_id");
constexpr QLatin1String kTrackingUrls("tracking_urls");
constexpr QLatin1String kBidOptions("bid_options");
constexpr QLatin1String kCreatedTime("created_time");
constexpr QLatin1String kIsCbo("is_campaign_budget_optimization");
constexpr QLatin1String kIsPerformancePlus("is_performance_plus");
constexpr QLatin1String kObjectiveType("objective_type");
constexpr QLatin1String kSummaryStatus("summary_status");
constexpr QLatin1String kType("type");
constexpr QLatin1String kUpdatedTime("updated_time");

std::optional<Money> moneyOf(const Field<qint64> &micros, const Currency &currency)
{
    if (!micros.hasValue())
        return std::nullopt;
    return Money(micros.value(), currency);
}
} // namespace

std::optional<Money> Campaign::dailySpendCapMoney(const Currency &accountCurrency) const
{
    return moneyOf(dailySpendCap, accountCurrency);
}

std::optional<Money> Campaign::lifetimeSpendCapMoney(const Currency &accountCurrency) const
{
    return moneyOf(lifetimeSpendCap, accountCurrency);
}

Campaign Campaign::fromJson(const QJsonObject &json)
{
    Campaign c;
    json::ObjectReader r(json);
    r.read(kId, c.id);
    r.read(kAdAccountId, c.adAccountId);
    r.read(kName, c.name);
    r.read(kStatus, c.status);
    r.read(kDailySpendCap, c.dailySpendCap);
    r.read(kLifetimeSpendCap, c.lifetimeSpendCap);
    r.read(kStartTime, c.startTime);
    r.read(kEndTime, c.endTime);
    r.read(kIsAutomatedCampaign, c.isAutomatedCampaign);
    r.read(kIsFlexibleDailyBudgets, c.isFlexibleDailyBudgets);
    r.read(kOrderLineId, c.orderLineId);
    r.read(kTrackingUrls, c.trackingUrls);
    r.read(kBidOptions, c.bidOptions);
    r.read(kCreatedTime, c.createdTime);
    r.read(kIsCbo, c.isCampaignBudgetOptimization);
    r.read(kIsPerformancePlus, c.isPerformancePlus);
    r.read(kObjectiveType, c.objectiveType);
    r.read(kSummaryStatus, c.summaryStatus);
    r.read(kType, c.type);
    r.read(kUpdatedTime, c.updatedTime);
    c.unknownFields = r.unknownFields();
    return c;
}

QJsonObject Campaign::toJson() const
{
    QJsonObject o = unknownFields;
    json::write(o, kId, id);
    json::write(o, kAdAccountId, adAccountId);
    json::write(o, kName, name);
    json::write(o, kStatus, status);
    json::write(o, kDailySpendCap, dailySpendCap);
    json::write(o, kLifetimeSpendCap, lifetimeSpendCap);
    json::write(o, kStartTime, startTime);
    json::write(o, kEndTime, endTime);
    json::write(o, kIsAutomatedCampaign, isAutomatedCampaign);
    json::write(o, kIsFlexibleDailyBudgets, isFlexibleDailyBudgets);
    json::write(o, kOrderLineId, orderLineId);
    json::write(o, kTrackingUrls, trackingUrls);
    json::write(o, kBidOptions, bidOptions);
    json::write(o, kCreatedTime, createdTime);
    json::write(o, kIsCbo, isCampaignBudgetOptimization);
    json::write(o, kIsPerformancePlus, isPerformancePlus);
    json::write(o, kObjectiveType, objectiveType);
    json::write(o, kSummaryStatus, summaryStatus);
    json::write(o, kType, type);
    json::write(o, kUpdatedTime, updatedTime);
    return o;
}

} // namespace pinstripe
