#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pinstripe {

/**
 * Every rule Pinstripe checks an ad group against, before it is recorded (form, bulk edit) and
 * again before it is sent (request body). Each rule has one message, so the same mistake reads
 * the same wherever it is caught.
 */
enum class AdGroupRule {
    NameRequired,
    NameTooLong,
    CampaignRequired,
    BillableEventRequired,
    ReadOnlyOnCreate,
    IdInvalid,
    DraftOnlyBudgetType,
    DraftOnlyBillableEvent,
    BudgetNegative,
    BudgetZero,
    BudgetRequired,
    BidNegative,
    BidRequired,
    MicrosNotWhole,
    LifetimeBudgetNeedsEnd,
    EndAfterStart,
    FrequencyCapNeedsEnd,
    FrequencyCapNeedsImpression,
    BidMultiplierRange,
    BidMultiplierNeedsAutomaticBid,
    PromotionIdDigits,
    ConversionTagIdDigits,
    ConversionEventRequired,
    RoasNeedsCheckoutAndAutomaticBid,
    FrequencyGoalRange,
    TrackingUrlCount,
    TrackingUrlInvalid,
    NotClearable,
    NullOnCreate,
    CboNeedsCboBudgetType,
    CboNeedsStandardPacing,
    CboBudgetTypeNeedsCboCampaign,
    ConversionCampaignNeedsGoal,
    StartBeforeCampaignStart,
    EndAfterCampaignEnd,
    EnumValue,
    TargetingAgePair,
    TargetingMinimumAge,
    TargetingMaximumAge,
    TargetingAgeBothForms,
    TargetingValue,
    BulkMixedBudgetTypes,
    BulkCboBudget,
    BulkResultTooLarge,
};

/** How a violation weighs: an error keeps the change from being recorded or sent. */
enum class RuleSeverity {
    Error,
    Warning,
};

/** One entry of the catalogue. */
struct AdGroupRuleInfo
{
    AdGroupRule rule;
    /** A stable name for logs and tests ("end_after_start"). */
    QString id;
    /** The wire fields the rule concerns; the first is where the form shows it by default. */
    QStringList fields;
    RuleSeverity severity;
    /** The untranslated message with %1… placeholders; see adGroupRuleMessage(). */
    const char *message;
};

/**
 * Ad group names have no documented limit at Pinterest; Pinstripe refuses names over 255
 * characters, a common limit of Pinterest's text fields, so an over-long paste is caught early.
 */
constexpr int kMaxAdGroupNameLength = 255;

/** The whole catalogue, one entry per AdGroupRule, in declaration order. */
const QList<AdGroupRuleInfo> &adGroupRuleCatalogue();

/** The catalogue entry of @p rule. */
const AdGroupRuleInfo &adGroupRuleInfo(AdGroupRule rule);

/** The translated message of @p rule with @p args filled into its placeholders in order. */
QString adGroupRuleMessage(AdGroupRule rule, const QStringList &args = {});

} // namespace pinstripe
