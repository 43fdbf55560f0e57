#pragma once

#include "core/model/currency.h"
#include "core/model/field.h"
#include "core/model/money.h"
#include "core/model/optimizationgoalmetadata.h"
#include "core/model/targetingspec.h"
#include "core/model/trackingurls.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace pinstripe {

/**
 * An ad group as Pinterest returns it (`AdGroupResponse`, API 5.23), also used to build create
 * and update requests.
 *
 * Every member is a Field so that absent, `null` and a value stay distinct: toJson(fromJson(x))
 * equals x for every valid x, members this version does not know included (unknownFields).
 *
 * - IDs are strings (18 digits do not fit a double).
 * - Times are integer Unix **seconds**.
 * - Money (`*_in_micro_currency`) is integer micro-units of the ad account's currency, which the
 *   ad group does not carry: pass the account's Currency to budget() / bid().
 * - Enum-typed members are QString so values Pinstripe does not know survive; the known values
 *   are in core/model/enums.h.
 */
struct AdGroup
{
    Field<QString> id;                        ///< read-only
    Field<QString> adAccountId;               ///< `ad_account_id`, read-only
    Field<QString> campaignId;                ///< `campaign_id`, required on create
    Field<QString> name;                      ///< required on create
    Field<QString> status;                    ///< enums::entityStatuses()
    Field<QString> summaryStatus;             ///< `summary_status`, read-only; enums::adGroupSummaryStatuses()
    Field<qint64> budgetInMicroCurrency;      ///< `budget_in_micro_currency`, nullable
    Field<qint64> bidInMicroCurrency;         ///< `bid_in_micro_currency`, nullable
    Field<double> bidMultiplier;              ///< `bid_multiplier`, 0…10 (a factor, not money); null in responses only
    Field<QString> budgetType;                ///< `budget_type`; enums::budgetTypes()
    Field<qint64> startTime;                  ///< `start_time`, Unix seconds, nullable
    Field<qint64> endTime;                    ///< `end_time`, Unix seconds, nullable
    Field<TargetingSpec> targetingSpec;       ///< `targeting_spec`
    Field<qint64> lifetimeFrequencyCap;       ///< `lifetime_frequency_cap`
    Field<TrackingUrls> trackingUrls;         ///< `tracking_urls`, nullable
    Field<bool> autoTargetingEnabled;         ///< `auto_targeting_enabled`; null in responses and updates, not creates
    Field<QString> placementGroup;            ///< `placement_group`; enums::placementGroupTypes()
    Field<QString> pacingDeliveryType;        ///< `pacing_delivery_type`; enums::pacingDeliveryTypes()
    Field<QString> billableEvent;             ///< `billable_event`, required on create; enums::actionTypes()
    Field<QString> bidStrategyType;           ///< `bid_strategy_type`, nullable; enums::bidStrategyTypes()
    Field<OptimizationGoalMetadata> optimizationGoalMetadata; ///< nullable
    Field<QString> conversionLearningModeType; ///< `conversion_learning_mode_type`, read-only, nullable
    Field<bool> isCreativeOptimization;       ///< `is_creative_optimization`, nullable
    Field<QString> promotionId;               ///< `promotion_id`, nullable; null clears
    Field<QString> promotionApplicationLevel; ///< `promotion_application_level`, nullable
    Field<QStringList> targetingTemplateIds;  ///< `targeting_template_ids`, at most one, nullable
    Field<qint64> createdTime;                ///< `created_time`, read-only
    Field<qint64> updatedTime;                ///< `updated_time`, read-only
    Field<QString> type;                      ///< always "adgroup", read-only
    Field<QString> feedProfileId;             ///< `feed_profile_id`, read-only
    Field<QJsonValue> dcaAssets;              ///< `dca_assets`, untyped in the spec (any JSON), read-only
    /** Members this version does not know, sent back unchanged. */
    QJsonObject unknownFields;

    /** The budget in @p accountCurrency, or nullopt when absent or null. */
    std::optional<Money> budget(const Currency &accountCurrency) const;
    /** The bid in @p accountCurrency, or nullopt when absent or null. */
    std::optional<Money> bid(const Currency &accountCurrency) const;
    /** Sets the budget from @p money (micros; the currency is the account's and not sent). */
    void setBudget(const Money &money) { budgetInMicroCurrency = money.micros(); }
    /** Sets the bid from @p money. */
    void setBid(const Money &money) { bidInMicroCurrency = money.micros(); }

    /** start_time as a UTC date-time; invalid when absent or null. */
    QDateTime startDateTime() const;
    /** end_time as a UTC date-time; invalid when absent or null. */
    QDateTime endDateTime() const;

    /** Parses an `AdGroupResponse` (or a create/update request item). */
    static AdGroup fromJson(const QJsonObject &json);
    /** Every present member, unknown ones included. */
    QJsonObject toJson() const;

    /**
     * The body of an `AdGroupCreateRequest`: only the members a client may write (no `id`,
     * `ad_account_id`, `summary_status`, `created_time`, `updated_time`, `type`,
     * `conversion_learning_mode_type`, `feed_profile_id`, `dca_assets`), and no `null` the create
     * schema forbids (adgroupnullability: e.g. `bid_multiplier`, `auto_targeting_enabled`), which
     * Pinterest returns but refuses in a create. Unknown members are included, since a newer
     * server may accept them.
     */
    QJsonObject createBody() const;

    /**
     * The body of one `AdGroupUpdateRequest` item that turns @p before into @p after:
     * `{"id": …}` plus only the writable members whose JSON differs. A member present in
     * @p before but absent or null in @p after is sent as `null`, which clears it on the server.
     * The id is taken from @p after, or from @p before when @p after has none.
     * Nested objects (targeting_spec, tracking_urls, optimization_goal_metadata) are sent whole
     * when anything in them changed, because Pinterest replaces rather than merges them.
     * A `null` the update schema forbids (e.g. `lifetime_frequency_cap`) is left out: Pinterest
     * cannot clear such a member, and callers that let a person clear one must say so.
     */
    static QJsonObject updateBody(const AdGroup &before, const AdGroup &after);

    /**
     * The wire keys of the members in which @p a and @p b differ, unknown members included:
     * what a diff of their JSON would find, without building it (rules run on every row of a
     * pasted block or an imported sheet).
     */
    static QStringList differingKeys(const AdGroup &a, const AdGroup &b);
    /** True when the member behind wire key @p key holds a value (is neither absent nor null). */
    bool holdsValue(const QString &key) const;

    /** True if @p key (a wire name such as "summary_status") is never sent in a request. */
    static bool isReadOnlyKey(const QString &key);

    friend bool operator==(const AdGroup &, const AdGroup &) = default;
};

} // namespace pinstripe
