#include "core/model/adgroup.h"

#include "core/model/adgroupnullability.h"
#include "core/model/jsonfields.h"

#include <array>

namespace pinstripe {

namespace {
constexpr QLatin1String kId("id");
constexpr QLatin1String kAdAccountId("ad_account_id");
constexpr QLatin1String kCampaignId("campaign_id");
constexpr QLatin1String kName("name");
constexpr QLatin1String kStatus("status");
constexpr QLatin1String kSummaryStatus("summary_status");
constexpr QLatin1String kBudget("budget_in_micro_currency");
constexpr QLatin1String kBid("bid_in_micro_currency");
constexpr QLatin1String kBidMultiplier("bid_multiplier");
constexpr QLatin1String kBudgetType("budget_type");
constexpr QLatin1String kStartTime("start_time");
constexpr QLatin1String kEndTime("end_time");
constexpr QLatin1String kTargetingSpec("targeting_spec");
constexpr QLatin1String kLifetimeFrequencyCap("lifetime_frequency_cap");
constexpr QLatin1String kTrackingUrls("tracking_urls");
constexpr QLatin1String kAutoTargetingEnabled("auto_targeting_enabled");
constexpr QLatin1String kPlacementGroup("placement_group");
constexpr QLatin1String kPacingDeliveryType("pacing_delivery_type");
constexpr QLatin1String kBillableEvent("billable_event");
constexpr QLatin1String kBidStrategyType("bid_strategy_type");
constexpr QLatin1String kOptimizationGoalMetadata("optimization_goal_metadata");
constexpr QLatin1String kConversionLearningModeType("conversion_learning_mode_type");
constexpr QLatin1String kIsCreativeOptimization("is_creative_optimization");
constexpr QLatin1String kPromotionId("promotion_id");
constexpr QLatin1String kPromotionApplicationLevel("promotion_application_level");
constexpr QLatin1String kTargetingTemplateIds("targeting_template_ids");
constexpr QLatin1String kCreatedTime("created_time");
constexpr QLatin1String kUpdatedTime("updated_time");
constexpr QLatin1String kType("type");
constexpr QLatin1String kFeedProfileId("feed_profile_id");
constexpr QLatin1String kDcaAssets("dca_assets");

// Members of AdGroupResponse that are not in AdGroupCreateRequest / AdGroupUpdateRequest: the
// server computes or owns them, and echoing them back in a request could be refused.
constexpr std::array<QLatin1String, 9> kReadOnlyKeys{
    kId, kAdAccountId, kSummaryStatus, kCreatedTime, kUpdatedTime, kType,
    kConversionLearningModeType, kFeedProfileId, kDcaAssets,
};

std::optional<Money> moneyOf(const Field<qint64> &micros, const Currency &currency)
{
    if (!micros.hasValue())
        return std::nullopt;
    return Money(micros.value(), currency);
}

QDateTime dateTimeOf(const Field<qint64> &seconds)
{
    return seconds.hasValue() ? QDateTime::fromSecsSinceEpoch(seconds.value(), Qt::UTC)
                              : QDateTime();
}
} // namespace

std::optional<Money> AdGroup::budget(const Currency &accountCurrency) const
{
    return moneyOf(budgetInMicroCurrency, accountCurrency);
}

std::optional<Money> AdGroup::bid(const Currency &accountCurrency) const
{
    return moneyOf(bidInMicroCurrency, accountCurrency);
}

QDateTime AdGroup::startDateTime() const
{
    return dateTimeOf(startTime);
}

QDateTime AdGroup::endDateTime() const
{
    return dateTimeOf(endTime);
}

AdGroup AdGroup::fromJson(const QJsonObject &json)
{
    AdGroup a;
    json::ObjectReader r(json);
    r.read(kId, a.id);
    r.read(kAdAccountId, a.adAccountId);
    r.read(kCampaignId, a.campaignId);
    r.read(kName, a.name);
    r.read(kStatus, a.status);
    r.read(kSummaryStatus, a.summaryStatus);
    r.read(kBudget, a.budgetInMicroCurrency);
    r.read(kBid, a.bidInMicroCurrency);
    r.read(kBidMultiplier, a.bidMultiplier);
    r.read(kBudgetType, a.budgetType);
    r.read(kStartTime, a.startTime);
    r.read(kEndTime, a.endTime);
    r.read(kTargetingSpec, a.targetingSpec);
    r.read(kLifetimeFrequencyCap, a.lifetimeFrequencyCap);
    r.read(kTrackingUrls, a.trackingUrls);
    r.read(kAutoTargetingEnabled, a.autoTargetingEnabled);
    r.read(kPlacementGroup, a.placementGroup);
    r.read(kPacingDeliveryType, a.pacingDeliveryType);
    r.read(kBillableEvent, a.billableEvent);
    r.read(kBidStrategyType, a.bidStrategyType);
    r.read(kOptimizationGoalMetadata, a.optimizationGoalMetadata);
    r.read(kConversionLearningModeType, a.conversionLearningModeType);
    r.read(kIsCreativeOptimization, a.isCreativeOptimization);
    r.read(kPromotionId, a.promotionId);
    r.read(kPromotionApplicationLevel, a.promotionApplicationLevel);
    r.read(kTargetingTemplateIds, a.targetingTemplateIds);
    r.read(kCreatedTime, a.createdTime);
    r.read(kUpdatedTime, a.updatedTime);
    r.read(kType, a.type);
    r.read(kFeedProfileId, a.feedProfileId);
    r.read(kDcaAssets, a.dcaAssets);
    a.unknownFields = r.unknownFields();
    return a;
}

namespace {
void writeWritable(const AdGroup &a, QJsonObject &o)
{
    json::write(o, kCampaignId, a.campaignId);
    json::write(o, kName, a.name);
    json::write(o, kStatus, a.status);
    json::write(o, kBudget, a.budgetInMicroCurrency);
    json::write(o, kBid, a.bidInMicroCurrency);
    json::write(o, kBidMultiplier, a.bidMultiplier);
    json::write(o, kBudgetType, a.budgetType);
    json::write(o, kStartTime, a.startTime);
    json::write(o, kEndTime, a.endTime);
    json::write(o, kTargetingSpec, a.targetingSpec);
    json::write(o, kLifetimeFrequencyCap, a.lifetimeFrequencyCap);
    json::write(o, kTrackingUrls, a.trackingUrls);
    json::write(o, kAutoTargetingEnabled, a.autoTargetingEnabled);
    json::write(o, kPlacementGroup, a.placementGroup);
    json::write(o, kPacingDeliveryType, a.pacingDeliveryType);
    json::write(o, kBillableEvent, a.billableEvent);
    json::write(o, kBidStrategyType, a.bidStrategyType);
    json::write(o, kOptimizationGoalMetadata, a.optimizationGoalMetadata);
    json::write(o, kIsCreativeOptimization, a.isCreativeOptimization);
    json::write(o, kPromotionId, a.promotionId);
    json::write(o, kPromotionApplicationLevel, a.promotionApplicationLevel);
    json::write(o, kTargetingTemplateIds, a.targetingTemplateIds);
}
} // namespace

namespace {
/** One member: its wire key, whether two ad groups differ in it, whether one holds a value in it. */
struct MemberInfo
{
    QLatin1String key;
    bool (*differ)(const AdGroup &, const AdGroup &);
    bool (*holdsValue)(const AdGroup &);
};

#define PINSTRIPE_ADGROUP_MEMBER(key, member)                                                                      \
    MemberInfo                                                                                                     \
    {                                                                                                              \
        key, [](const AdGroup &a, const AdGroup &b) { return a.member != b.member; },                             \
            [](const AdGroup &a) { return a.member.hasValue(); }                                                  \
    }

// Every known member (31), in fromJson()'s order.
const std::array<MemberInfo, 31> kMembers{{
    PINSTRIPE_ADGROUP_MEMBER(kId, id),
    PINSTRIPE_ADGROUP_MEMBER(kAdAccountId, adAccountId),
    PINSTRIPE_ADGROUP_MEMBER(kCampaignId, campaignId),
    PINSTRIPE_ADGROUP_MEMBER(kName, name),
    PINSTRIPE_ADGROUP_MEMBER(kStatus, status),
    PINSTRIPE_ADGROUP_MEMBER(kSummaryStatus, summaryStatus),
    PINSTRIPE_ADGROUP_MEMBER(kBudget, budgetInMicroCurrency),
    PINSTRIPE_ADGROUP_MEMBER(kBid, bidInMicroCurrency),
    PINSTRIPE_ADGROUP_MEMBER(kBidMultiplier, bidMultiplier),
    PINSTRIPE_ADGROUP_MEMBER(kBudgetType, budgetType),
    PINSTRIPE_ADGROUP_MEMBER(kStartTime, startTime),
    PINSTRIPE_ADGROUP_MEMBER(kEndTime, endTime),
    PINSTRIPE_ADGROUP_MEMBER(kTargetingSpec, targetingSpec),
    PINSTRIPE_ADGROUP_MEMBER(kLifetimeFrequencyCap, lifetimeFrequencyCap),
    PINSTRIPE_ADGROUP_MEMBER(kTrackingUrls, trackingUrls),
    PINSTRIPE_ADGROUP_MEMBER(kAutoTargetingEnabled, autoTargetingEnabled),
    PINSTRIPE_ADGROUP_MEMBER(kPlacementGroup, placementGroup),
    PINSTRIPE_ADGROUP_MEMBER(kPacingDeliveryType, pacingDeliveryType),
    PINSTRIPE_ADGROUP_MEMBER(kBillableEvent, billableEvent),
    PINSTRIPE_ADGROUP_MEMBER(kBidStrategyType, bidStrategyType),
    PINSTRIPE_ADGROUP_MEMBER(kOptimizationGoalMetadata, optimizationGoalMetadata),
    PINSTRIPE_ADGROUP_MEMBER(kConversionLearningModeType, conversionLearningModeType),
    PINSTRIPE_ADGROUP_MEMBER(kIsCreativeOptimization, isCreativeOptimization),
    PINSTRIPE_ADGROUP_MEMBER(kPromotionId, promotionId),
    PINSTRIPE_ADGROUP_MEMBER(kPromotionApplicationLevel, promotionApplicationLevel),
    PINSTRIPE_ADGROUP_MEMBER(kTargetingTemplateIds, targetingTemplateIds),
    PINSTRIPE_ADGROUP_MEMBER(kCreatedTime, createdTime),
    PINSTRIPE_ADGROUP_MEMBER(kUpdatedTime, updatedTime),
    PINSTRIPE_ADGROUP_MEMBER(kType, type),
    PINSTRIPE_ADGROUP_MEMBER(kFeedProfileId, feedProfileId),
    PINSTRIPE_ADGROUP_MEMBER(kDcaAssets, dcaAssets),
}};
#undef PINSTRIPE_ADGROUP_MEMBER

const MemberInfo *memberOf(const QString &key)
{
    for (const MemberInfo &member : kMembers) {
        if (key == member.key)
            return &member;
    }
    return nullptr;
}
} // namespace

QStringList AdGroup::differingKeys(const AdGroup &a, const AdGroup &b)
{
    QStringList keys;
    for (const MemberInfo &member : kMembers) {
        if (member.differ(a, b))
            keys << QString(member.key);
    }
    if (a.unknownFields != b.unknownFields) {
        for (const QJsonObject *side : {&a.unknownFields, &b.unknownFields}) {
            for (auto it = side->constBegin(); it != side->constEnd(); ++it) {
                if (a.unknownFields.value(it.key()) != b.unknownFields.value(it.key()) && !keys.contains(it.key()))
                    keys << it.key();
            }
        }
    }
    return keys;
}

bool AdGroup::holdsValue(const QString &key) const
{
    if (const MemberInfo *member = memberOf(key))
        return member->holdsValue(*this);
    const QJsonValue value = unknownFields.value(key);
    return !value.isNull() && !value.isUndefined();
}

QJsonObject AdGroup::toJson() const
{
    QJsonObject o = unknownFields;
    writeWritable(*this, o);
    json::write(o, kId, id);
    json::write(o, kAdAccountId, adAccountId);
    json::write(o, kSummaryStatus, summaryStatus);
    json::write(o, kConversionLearningModeType, conversionLearningModeType);
    json::write(o, kCreatedTime, createdTime);
    json::write(o, kUpdatedTime, updatedTime);
    json::write(o, kType, type);
    json::write(o, kFeedProfileId, feedProfileId);
    json::write(o, kDcaAssets, dcaAssets);
    return o;
}

namespace {
/** Every writable member as it would be written, nulls included: what create and update build on. */
QJsonObject writableBody(const AdGroup &a)
{
    QJsonObject o = a.unknownFields;
    // A read-only key that did not parse (wrong type) sits in unknownFields; it must not leak
    // into a request either.
    for (const QLatin1String &key : kReadOnlyKeys)
        o.remove(key);
    writeWritable(a, o);
    // Nulls inside the targeting spec or tracking URLs mean "none" and some are refused in requests.
    return adgroupnullability::withoutNullsInside(o);
}
} // namespace

QJsonObject AdGroup::createBody() const
{
    // An ad group read from Pinterest may hold null where a create may not (bid_multiplier,
    // auto_targeting_enabled, …); leaving such a member out asks for the server's default,
    // which is what the null meant.
    return adgroupnullability::withoutForbiddenNulls(writableBody(*this), AdGroupRequestKind::Create);
}

QJsonObject AdGroup::updateBody(const AdGroup &before, const AdGroup &after)
{
    // Diff the request bodies rather than the members: that covers unknown members too, and
    // "differs" then means exactly "would be sent differently".
    const QJsonObject oldBody = writableBody(before);
    const QJsonObject newBody = writableBody(after);
    QJsonObject body;
    for (auto it = newBody.constBegin(); it != newBody.constEnd(); ++it) {
        const auto old = oldBody.constFind(it.key());
        if (old == oldBody.constEnd() || QJsonValue(old.value()) != QJsonValue(it.value()))
            body.insert(it.key(), it.value());
    }
    for (auto it = oldBody.constBegin(); it != oldBody.constEnd(); ++it) {
        if (!it.value().isNull() && !newBody.contains(it.key()))
            body.insert(it.key(), QJsonValue(QJsonValue::Null));
    }
    // A null the update schema refuses (lifetime_frequency_cap, bid_multiplier, …) cannot clear
    // anything: Pinterest would refuse the whole item. The form says so at the field instead.
    body = adgroupnullability::withoutForbiddenNulls(body, AdGroupRequestKind::Update);
    const Field<QString> &idField = after.id.hasValue() ? after.id : before.id;
    json::write(body, kId, idField);
    return body;
}

bool AdGroup::isReadOnlyKey(const QString &key)
{
    for (const QLatin1String &readOnly : kReadOnlyKeys) {
        if (key == readOnly)
            return true;
    }
    return false;
}

} // namespace pinstripe
