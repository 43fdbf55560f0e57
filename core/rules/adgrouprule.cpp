#include "core/rules/adgrouprule.h"

#include <QCoreApplication>

namespace pinstripe {

namespace {

QList<AdGroupRuleInfo> buildCatalogue()
{
    using R = AdGroupRule;
    const RuleSeverity error = RuleSeverity::Error;
    auto f = [](std::initializer_list<const char *> keys) {
        QStringList list;
        for (const char *key : keys)
            list << QString::fromLatin1(key);
        return list;
    };
    // Declaration order of AdGroupRule; adGroupRuleInfo() relies on it (checked at start-up).
    // QT_TRANSLATE_NOOP written out (not behind a macro) so lupdate finds every message.
    return {
        {R::NameRequired, QStringLiteral("name_required"), f({"name"}), error, QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "Enter a name.")},
        {R::NameTooLong, QStringLiteral("name_too_long"), f({"name"}), error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "The name has %1 characters; at most %2 are allowed.")},
        {R::CampaignRequired, QStringLiteral("campaign_required"), f({"campaign_id"}), error, QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "Choose a campaign.")},
        {R::BillableEventRequired, QStringLiteral("billable_event_required"), f({"billable_event"}), error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "Choose a billable event.")},
        {R::ReadOnlyOnCreate, QStringLiteral("read_only_on_create"), f({"id", "created_time", "updated_time", "summary_status"}),
         error, QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "%1 is read-only and cannot be sent when creating.")},
        {R::IdInvalid, QStringLiteral("id_invalid"), f({"id"}), error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "\"%1\" is not a valid Pinterest id (up to 18 digits).")},
        {R::DraftOnlyBudgetType, QStringLiteral("draft_only_budget_type"), f({"budget_type"}), error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "Only DRAFT ad groups can change their budget type.")},
        {R::DraftOnlyBillableEvent, QStringLiteral("draft_only_billable_event"), f({"billable_event"}), error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "Only DRAFT ad groups can change their billable event.")},
        {R::BudgetNegative, QStringLiteral("budget_negative"), f({"budget_in_micro_currency"}), error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "The budget cannot be negative.")},
        {R::BudgetZero, QStringLiteral("budget_zero"), f({"budget_in_micro_currency", "budget_type"}), error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "The budget must be more than zero.")},
        {R::BudgetRequired, QStringLiteral("budget_required"), f({"budget_in_micro_currency", "campaign_id"}), error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "Enter a budget: the campaign does not optimize budgets (CBO).")},
        {R::BidNegative, QStringLiteral("bid_negative"), f({"bid_in_micro_currency"}), error, QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "The bid cannot be negative.")},
        {R::BidRequired, QStringLiteral("bid_required"), f({"bid_in_micro_currency", "bid_strategy_type"}), error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "Enter a bid: only the automatic bid strategy works without one.")},
        {R::MicrosNotWhole, QStringLiteral("micros_not_whole"), f({"budget_in_micro_currency", "bid_in_micro_currency"}), error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "The amount must be a whole number of micro-units.")},
        {R::LifetimeBudgetNeedsEnd, QStringLiteral("lifetime_budget_needs_end"), f({"budget_type", "end_time"}), error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "A LIFETIME budget needs an end time.")},
        {R::EndAfterStart, QStringLiteral("end_after_start"), f({"end_time", "start_time"}), error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "The end must be after the start.")},
        {R::FrequencyCapNeedsEnd, QStringLiteral("frequency_cap_needs_end"), f({"lifetime_frequency_cap", "end_time"}), error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "A lifetime frequency cap needs an end time.")},
        {R::FrequencyCapNeedsImpression, QStringLiteral("frequency_cap_needs_impression"),
         f({"lifetime_frequency_cap", "billable_event"}), error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "A lifetime frequency cap works only with the IMPRESSION billable event (CPM).")},
        {R::BidMultiplierRange, QStringLiteral("bid_multiplier_range"), f({"bid_multiplier"}), error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "The bid multiplier must be between 0 and 10.")},
        {R::BidMultiplierNeedsAutomaticBid, QStringLiteral("bid_multiplier_needs_automatic_bid"),
         f({"bid_multiplier", "bid_strategy_type"}), error, QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "A bid multiplier needs the automatic bid strategy.")},
        {R::PromotionIdDigits, QStringLiteral("promotion_id_digits"), f({"promotion_id"}), error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "A promotion id is digits only.")},
        {R::ConversionTagIdDigits, QStringLiteral("conversion_tag_id_digits"), f({"optimization_goal_metadata"}), error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "Conversion goal: enter the conversion tag id (digits).")},
        {R::ConversionEventRequired, QStringLiteral("conversion_event_required"), f({"optimization_goal_metadata"}), error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "Conversion goal: choose a conversion event.")},
        {R::RoasNeedsCheckoutAndAutomaticBid, QStringLiteral("roas_needs_checkout_and_automatic_bid"),
         f({"optimization_goal_metadata", "bid_strategy_type"}), error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "Conversion goal: ROAS optimization needs the CHECKOUT event and the automatic bid strategy.")},
        {R::FrequencyGoalRange, QStringLiteral("frequency_goal_range"), f({"optimization_goal_metadata"}), error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "Frequency goal: the frequency must be between 2 and 20.")},
        {R::TrackingUrlCount, QStringLiteral("tracking_url_count"), f({"tracking_urls"}), error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "%1: at most 3 URLs (%2 given).")},
        {R::TrackingUrlInvalid, QStringLiteral("tracking_url_invalid"), f({"tracking_urls"}), error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "%1: \"%2\" is not a valid http(s) URL of at most 2,000 characters.")},
        {R::NotClearable, QStringLiteral("not_clearable"), {}, error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "Pinterest cannot remove this from an existing ad group; keep a value.")},
        {R::NullOnCreate, QStringLiteral("null_on_create"), {}, error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "This cannot be empty (null) when creating an ad group; leave it out for Pinterest's default.")},
        {R::CboNeedsCboBudgetType, QStringLiteral("cbo_needs_cbo_budget_type"), f({"budget_type", "campaign_id"}), error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "The campaign optimizes its budget (CBO): the budget type must be CBO_ADGROUP.")},
        {R::CboNeedsStandardPacing, QStringLiteral("cbo_needs_standard_pacing"), f({"pacing_delivery_type", "campaign_id"}), error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "CBO campaigns allow only STANDARD pacing.")},
        {R::CboBudgetTypeNeedsCboCampaign, QStringLiteral("cbo_budget_type_needs_cbo_campaign"), f({"budget_type", "campaign_id"}),
         error, QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "CBO_ADGROUP needs a campaign with campaign budget optimization.")},
        {R::ConversionCampaignNeedsGoal, QStringLiteral("conversion_campaign_needs_goal"),
         f({"optimization_goal_metadata", "campaign_id"}), error, QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "Conversion campaigns need an optimization goal.")},
        {R::StartBeforeCampaignStart, QStringLiteral("start_before_campaign_start"), f({"start_time", "campaign_id"}), error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "The start is before the campaign's start (%1).")},
        {R::EndAfterCampaignEnd, QStringLiteral("end_after_campaign_end"), f({"end_time", "campaign_id"}), error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "The end is after the campaign's end (%1).")},
        {R::EnumValue, QStringLiteral("enum_value"), {}, error, QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "\"%1\" is not one of: %2.")},
        {R::TargetingAgePair, QStringLiteral("targeting_age_pair"), f({"targeting_spec"}), error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "Targeting: MINIMUM_AGE and MAXIMUM_AGE must be given together.")},
        {R::TargetingMinimumAge, QStringLiteral("targeting_minimum_age"), f({"targeting_spec"}), error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "Targeting: MINIMUM_AGE must be a number such as \"18\".")},
        {R::TargetingMaximumAge, QStringLiteral("targeting_maximum_age"), f({"targeting_spec"}), error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "Targeting: MAXIMUM_AGE must be a number such as \"54\" or \"65+\".")},
        {R::TargetingAgeBothForms, QStringLiteral("targeting_age_both_forms"), f({"targeting_spec"}), error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "Targeting: use either age buckets or a minimum/maximum age, not both.")},
        {R::TargetingValue, QStringLiteral("targeting_value"), f({"targeting_spec"}), error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "Targeting %1: \"%2\" is not one of: %3.")},
        {R::BulkMixedBudgetTypes, QStringLiteral("bulk_mixed_budget_types"), f({"budget_in_micro_currency", "budget_type"}), error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "The selection mixes budget types (%1): a budget edit would mean different things for them. Select ad "
                      "groups of one budget type.")},
        {R::BulkCboBudget, QStringLiteral("bulk_cbo_budget"), f({"budget_in_micro_currency", "budget_type"}), error,
         QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "These ad groups get their budget from the campaign (CBO_ADGROUP); change the campaign's budget instead.")},
        {R::BulkResultTooLarge, QStringLiteral("bulk_result_too_large"), f({"budget_in_micro_currency", "bid_in_micro_currency"}),
         error, QT_TRANSLATE_NOOP("pinstripe::AdGroupRules", "The result would be too large.")},
    };
}

} // namespace

const QList<AdGroupRuleInfo> &adGroupRuleCatalogue()
{
    static const QList<AdGroupRuleInfo> catalogue = [] {
        QList<AdGroupRuleInfo> list = buildCatalogue();
        for (qsizetype i = 0; i < list.size(); ++i)
            Q_ASSERT(static_cast<qsizetype>(list.at(i).rule) == i);
        return list;
    }();
    return catalogue;
}

const AdGroupRuleInfo &adGroupRuleInfo(AdGroupRule rule)
{
    return adGroupRuleCatalogue().at(static_cast<qsizetype>(rule));
}

QString adGroupRuleMessage(AdGroupRule rule, const QStringList &args)
{
    const QString message = QCoreApplication::translate("pinstripe::AdGroupRules", adGroupRuleInfo(rule).message);
    // One pass over the placeholders, so a value such as a URL with "%20" in it stays as given.
    switch (args.size()) {
    case 0:
        return message;
    case 1:
        return message.arg(args.at(0));
    case 2:
        return message.arg(args.at(0), args.at(1));
    default:
        return message.arg(args.at(0), args.at(1), args.at(2));
    }
}

} // namespace pinstripe
