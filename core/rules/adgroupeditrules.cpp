#include "core/rules/adgroupeditrules.h"

#include "core/model/adgroupnullability.h"
#include "core/rules/rulechecks.h"

#include <QDateTime>
#include <QLocale>

#include <initializer_list>

namespace pinstripe {

namespace {

QString when(qint64 seconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(seconds).toLocalTime(), QLocale::ShortFormat);
}

std::optional<qint64> optionalOf(const Field<qint64> &field)
{
    return field.hasValue() ? std::optional<qint64>(field.value()) : std::nullopt;
}

} // namespace

RuleViolations checkAdGroupEdit(const AdGroup &after, const AdGroup *before, const Campaign *campaign)
{
    using R = AdGroupRule;
    RuleViolations out;
    // On an edit a rule only speaks up when one of its fields changed: a state that is already
    // on Pinterest is not this edit's fault and must not block an unrelated change.
    const QStringList changed = before ? AdGroup::differingKeys(*before, after) : QStringList();
    auto touched = [&](std::initializer_list<const char *> keys) {
        if (!before)
            return true;
        for (const char *key : keys) {
            if (changed.contains(QLatin1String(key)))
                return true;
        }
        return false;
    };
    auto add = [&out](R rule, const char *field, const QStringList &args = {}) {
        out << RuleViolation::at(rule, QString::fromLatin1(field), args);
    };

    if (touched({"name"}))
        rulechecks::checkName(after.name.valueOr({}), out);
    if (touched({"campaign_id"}))
        rulechecks::checkCampaignId(after.campaignId.valueOr({}), out);

    // DRAFT-only fields (the form disables them, but a stale form must not slip through).
    if (before && before->status.valueOr({}) != QLatin1String("DRAFT")) {
        if (touched({"budget_type"}))
            add(R::DraftOnlyBudgetType, "budget_type");
        if (touched({"billable_event"}))
            add(R::DraftOnlyBillableEvent, "billable_event");
    }

    // Money.
    if (after.budgetInMicroCurrency.hasValue() && after.budgetInMicroCurrency.value() < 0 && touched({"budget_in_micro_currency"}))
        add(R::BudgetNegative, "budget_in_micro_currency");
    // A zero budget delivers nothing; Pinterest's own minimum is higher still. A CBO ad group's
    // budget comes from its campaign.
    if (after.budgetInMicroCurrency.hasValue() && after.budgetInMicroCurrency.value() == 0
        && after.budgetType.valueOr({}) != QLatin1String("CBO_ADGROUP") && touched({"budget_in_micro_currency", "budget_type"}))
        add(R::BudgetZero, "budget_in_micro_currency");
    if (after.bidInMicroCurrency.hasValue() && after.bidInMicroCurrency.value() < 0 && touched({"bid_in_micro_currency"}))
        add(R::BidNegative, "bid_in_micro_currency");
    const bool automaticBid = after.bidStrategyType.valueOr({}) == QLatin1String("AUTOMATIC_BID");
    if (!automaticBid && !after.bidInMicroCurrency.hasValue() && touched({"bid_in_micro_currency", "bid_strategy_type"}))
        add(R::BidRequired, "bid_in_micro_currency");

    // Schedule and budget type.
    const QString budgetType = after.budgetType.valueOr({});
    // Said where the person acted: at the budget type when it was chosen (or on a new ad group),
    // at the end when an existing LIFETIME ad group's end was removed.
    if (budgetType == QLatin1String("LIFETIME") && !after.endTime.hasValue() && touched({"budget_type", "end_time"}))
        add(R::LifetimeBudgetNeedsEnd, !before || touched({"budget_type"}) ? "budget_type" : "end_time");
    if (touched({"start_time", "end_time"}))
        rulechecks::checkEndAfterStart(optionalOf(after.startTime), optionalOf(after.endTime), out);

    // Frequency cap.
    const bool capped = after.lifetimeFrequencyCap.hasValue() && after.lifetimeFrequencyCap.value() > 0;
    if (capped && !after.endTime.hasValue() && touched({"lifetime_frequency_cap", "end_time"}))
        add(R::FrequencyCapNeedsEnd, "lifetime_frequency_cap");
    if (capped && after.billableEvent.valueOr({}) != QLatin1String("IMPRESSION") && touched({"lifetime_frequency_cap", "billable_event"}))
        add(R::FrequencyCapNeedsImpression, "lifetime_frequency_cap");

    // Bid multiplier.
    if (after.bidMultiplier.hasValue() && touched({"bid_multiplier", "bid_strategy_type"})) {
        const double m = after.bidMultiplier.value();
        if (rulechecks::checkBidMultiplierRange(m, out) && m > 0 && !automaticBid)
            add(R::BidMultiplierNeedsAutomaticBid, "bid_multiplier");
    }

    // Promotion.
    if (after.promotionId.hasValue() && !rulechecks::isDigits(after.promotionId.value()) && touched({"promotion_id"}))
        add(R::PromotionIdDigits, "promotion_id");

    // Optimization goal.
    if (after.optimizationGoalMetadata.hasValue() && touched({"optimization_goal_metadata", "bid_strategy_type"})) {
        const OptimizationGoalMetadata &goal = after.optimizationGoalMetadata.value();
        if (goal.conversionTagV3GoalMetadata.hasValue()) {
            const ConversionTagGoalMetadata &conversion = goal.conversionTagV3GoalMetadata.value();
            if (!rulechecks::isDigits(conversion.conversionTagId.valueOr({})))
                add(R::ConversionTagIdDigits, "optimization_goal_metadata");
            if (!conversion.conversionEvent.hasValue())
                add(R::ConversionEventRequired, "optimization_goal_metadata");
            if (conversion.isRoasOptimized.valueOr(false)
                && (conversion.conversionEvent.valueOr({}) != QLatin1String("CHECKOUT") || !automaticBid))
                add(R::RoasNeedsCheckoutAndAutomaticBid, "optimization_goal_metadata");
        }
        if (goal.frequencyGoalMetadata.hasValue()) {
            const int frequency = goal.frequencyGoalMetadata.value().frequency.valueOr(0);
            if (frequency < 2 || frequency > 20)
                add(R::FrequencyGoalRange, "optimization_goal_metadata");
        }
    }

    // Tracking URLs.
    if (after.trackingUrls.hasValue() && touched({"tracking_urls"}))
        rulechecks::checkTrackingUrls(after.trackingUrls.value().toJson(), out);

    // A member the update schema does not let be null cannot be cleared once set (e.g. the
    // frequency cap): the update would leave it out, so the person must keep a value.
    if (before) {
        QStringList cleared = changed;
        cleared.sort(); // one order, whichever member comes first in the struct
        for (const QString &key : std::as_const(cleared)) {
            if (!before->holdsValue(key) || after.holdsValue(key) || AdGroup::isReadOnlyKey(key)
                || adgroupnullability::allowsNull(key, AdGroupRequestKind::Update))
                continue;
            out << RuleViolation::at(R::NotClearable, key);
        }
    }

    // Rules that depend on the campaign.
    if (campaign) {
        if (campaign->isCbo()) {
            if (budgetType != QLatin1String("CBO_ADGROUP") && touched({"budget_type", "campaign_id"}))
                add(R::CboNeedsCboBudgetType, "budget_type");
            if (after.pacingDeliveryType.valueOr({}) == QLatin1String("ACCELERATED") && touched({"pacing_delivery_type", "campaign_id"}))
                add(R::CboNeedsStandardPacing, "pacing_delivery_type");
        } else {
            if (budgetType == QLatin1String("CBO_ADGROUP") && touched({"budget_type", "campaign_id"}))
                add(R::CboBudgetTypeNeedsCboCampaign, "budget_type");
            if (!after.budgetInMicroCurrency.hasValue() && touched({"budget_in_micro_currency", "campaign_id"}))
                add(R::BudgetRequired, "budget_in_micro_currency");
        }
        if (campaign->objectiveType.valueOr({}) == QLatin1String("WEB_CONVERSION") && !after.optimizationGoalMetadata.hasValue()
            && touched({"optimization_goal_metadata", "campaign_id"}))
            add(R::ConversionCampaignNeedsGoal, "optimization_goal_metadata");
        if (campaign->startTime.hasValue() && after.startTime.hasValue() && after.startTime.value() < campaign->startTime.value()
            && touched({"start_time", "campaign_id"}))
            add(R::StartBeforeCampaignStart, "start_time", {when(campaign->startTime.value())});
        if (campaign->endTime.hasValue() && after.endTime.hasValue() && after.endTime.value() > campaign->endTime.value()
            && touched({"end_time", "campaign_id"}))
            add(R::EndAfterCampaignEnd, "end_time", {when(campaign->endTime.value())});
    }
    return out;
}

} // namespace pinstripe
