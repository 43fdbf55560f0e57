#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/**
 * @file
 * The enumerations of Pinterest's API (5.23) as lists of known values.
 *
 * The models keep enum-typed members as QString rather than C++ enums: Pinterest adds values
 * (new statuses, objectives, columns) without a version bump, and a value Pinstripe does not know
 * must still be shown and sent back unchanged. These lists say which values are known, e.g. to
 * offer them in a combo box or to flag an unexpected one.
 *
 * The lists are generated from the OpenAPI description (see tools/generate_spec_enums.py), in the
 * spec's order.
 */

namespace pinstripe::enums {

/// `EntityStatus`: ACTIVE, PAUSED, ARCHIVED, DRAFT, DELETED_DRAFT.
const QStringList &entityStatuses();
bool isEntityStatus(const QString &value);

/// `AdGroupSummaryStatus`: RUNNING, PAUSED, NOT_STARTED, COMPLETED, … (read-only, computed).
const QStringList &adGroupSummaryStatuses();
bool isAdGroupSummaryStatus(const QString &value);

/// `CampaignSummaryStatus`.
const QStringList &campaignSummaryStatuses();
bool isCampaignSummaryStatus(const QString &value);

/// `BudgetType`: DAILY, LIFETIME, CBO_ADGROUP.
const QStringList &budgetTypes();
bool isBudgetType(const QString &value);

/// Ad group `bid_strategy_type`: AUTOMATIC_BID, MAX_BID, TARGET_AVG.
const QStringList &bidStrategyTypes();
bool isBidStrategyType(const QString &value);

/// `ActionType`, the ad group's `billable_event`: CLICKTHROUGH, IMPRESSION, VIDEO_V_50_MRC.
const QStringList &actionTypes();
bool isActionType(const QString &value);

/// `PacingDeliveryType`: STANDARD, ACCELERATED.
const QStringList &pacingDeliveryTypes();
bool isPacingDeliveryType(const QString &value);

/// `PlacementGroupType`: ALL, SEARCH, BROWSE, OTHER.
const QStringList &placementGroupTypes();
bool isPlacementGroupType(const QString &value);

/// Ad group `promotion_application_level`: NONE, ITEM, AD_GROUP.
const QStringList &promotionApplicationLevels();
bool isPromotionApplicationLevel(const QString &value);

/// `ObjectiveType`: AWARENESS, CONSIDERATION, WEB_CONVERSION, CATALOG_SALES, VIDEO_COMPLETION.
const QStringList &objectiveTypes();
bool isObjectiveType(const QString &value);

/// `CreativeType`: REGULAR, VIDEO, SHOPPING, …
const QStringList &creativeTypes();
bool isCreativeType(const QString &value);

/// The `creative_types` audience sizing accepts: REGULAR, VIDEO, SHOPPING, CAROUSEL, MAX_VIDEO,
/// SHOP_THE_PIN, COLLECTION, IDEA (8 of the 13 CreativeType values).
const QStringList &audienceSizingCreativeTypes();
bool isAudienceSizingCreativeType(const QString &value);

/// `Currency`: the 27 ISO 4217 codes Pinterest documents (including UNK).
const QStringList &currencyCodes();
bool isCurrencyCode(const QString &value);

/// `Country`: the 248 ISO 3166-1 alpha-2 codes of the spec.
const QStringList &countries();
bool isCountry(const QString &value);
/**
 * The English name of a country code ("DE" → "Germany") from QLocale's territory table, or an
 * empty string when QLocale has no territory for the code.
 */
QString countryName(const QString &code);

/// `BusinessAccessRole`, the ad account's `permissions`.
const QStringList &businessAccessRoles();
bool isBusinessAccessRole(const QString &value);

/// TargetingSpec `AGE_BUCKET` values ("18-24", …, "65+"); legacy in favour of MINIMUM/MAXIMUM_AGE.
const QStringList &ageBuckets();
bool isAgeBucket(const QString &value);

/// TargetingSpec `APPTYPE` values (lower case: iphone, ipad, web, …).
const QStringList &appTypes();
bool isAppType(const QString &value);

/// TargetingSpec `GENDER` values: unknown, male, female.
const QStringList &genders();
bool isGender(const QString &value);

/// TargetingSpec `TARGETING_STRATEGY` values.
const QStringList &targetingStrategies();
bool isTargetingStrategy(const QString &value);

/// Analytics `Granularity`: TOTAL, DAY, HOUR, WEEK, MONTH (not WEEKLY/MONTHLY).
const QStringList &granularities();
bool isGranularity(const QString &value);

/// `AdsAnalyticsAdGroupTargetingType`, the targeting-analytics breakdowns.
const QStringList &adGroupTargetingTypes();
bool isAdGroupTargetingType(const QString &value);

/// `ConversionReportAttributionType`: INDIVIDUAL, HOUSEHOLD.
const QStringList &conversionReportAttributionTypes();
bool isConversionReportAttributionType(const QString &value);

/// Analytics `conversion_report_time`: TIME_OF_AD_ACTION, TIME_OF_CONVERSION.
const QStringList &conversionReportTimes();
bool isConversionReportTime(const QString &value);

/// The attribution windows the analytics endpoints accept, in days: 0, 1, 7, 14, 30, 60.
const QList<int> &attributionWindowDays();
bool isAttributionWindowDays(int days);

/// OptimizationGoalMetadata `conversion_event`: PAGE_VISIT, SIGNUP, CHECKOUT, …
const QStringList &conversionEvents();
bool isConversionEvent(const QString &value);

/// OptimizationGoalMetadata `frequency_goal_metadata.timerange`.
const QStringList &frequencyTimeranges();
bool isFrequencyTimerange(const QString &value);

/// Ad group `conversion_learning_mode_type`: NOT_ACTIVE, ACTIVE.
const QStringList &conversionLearningModeTypes();
bool isConversionLearningModeType(const QString &value);

/// `MatchTypeResponse` (audience-sizing keywords): BROAD, PHRASE, EXACT, …
const QStringList &matchTypes();
bool isMatchType(const QString &value);

/// The 175 analytics `columns`; see AnalyticsColumn for their classification.
const QStringList &analyticsColumns();
bool isAnalyticsColumn(const QString &value);

} // namespace pinstripe::enums
