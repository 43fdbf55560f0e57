#pragma once

#include <QString>
#include <QStringList>

namespace pinstripe::enumwords {

/** The API enumerations people read in the app. */
enum class Kind {
    EntityStatus,
    SummaryStatus, ///< ad group and campaign summary statuses (the same values)
    BudgetType,
    BidStrategy,
    BillableEvent, ///< `ActionType`
    Pacing,
    Placement,
    PromotionLevel,
    Objective,
    CreativeType,
    OptimizationGoal, ///< conversion events, plus the frequency and scroll-up goals
    ConversionEvent,
    FrequencyTimerange,
    ConversionLearningMode,
    TargetingStrategy,
    TargetingType,
    Gender,
    AppType,
    MatchType,
    Granularity,
};

/**
 * @p value of enumeration @p kind in the words of the UI language ("CBO_ADGROUP" → "Campaign
 * budget", "VIDEO_V_50_MRC" → "Video view (CPV)"). All words come from this one table, translated
 * like every other text. A value Pinterest added after this release is shown readable
 * ("NEW_THING" → "New thing") rather than hidden; an empty value stays empty.
 */
QString text(Kind kind, const QString &value);

/** @p value of @p kind in English, whatever the UI language (for sheets read in either). */
QString englishText(Kind kind, const QString &value);

/** True when the table has words for @p value of @p kind (not the readable fallback). */
bool isKnown(Kind kind, const QString &value);

/** The values of the API's enumeration behind @p kind, in the spec's order. */
QStringList specValues(Kind kind);

/** Every kind, for tests and for lists. */
QList<Kind> allKinds();

/**
 * @p value of the ad group field @p wireField ("budget_type", "billable_event" …) in words;
 * @p value unchanged when the field is no enumeration.
 */
QString forField(const QString &wireField, const QString &value);

/** An unknown API value made readable: "MAX_BID" → "Max bid". */
QString readable(const QString &value);

} // namespace pinstripe::enumwords
