#include "core/model/enums.h"

#include <QLocale>
#include <QSet>

#include <cstddef>

namespace pinstripe::enums {

namespace {
#include "core/model/specenums.inc"

template<std::size_t N>
QStringList toList(const char16_t *const (&values)[N])
{
    QStringList list;
    list.reserve(qsizetype(N));
    for (const char16_t *value : values)
        list.append(QString::fromUtf16(value));
    return list;
}

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}
} // namespace

// Each list is built once on first use; the membership test uses a hash set so that checking
// every cell of a large table stays cheap.
#define PINSTRIPE_DEFINE_ENUM(listFunction, testFunction, array)                                   \
    const QStringList &listFunction()                                                              \
    {                                                                                              \
        static const QStringList list = toList(array);                                             \
        return list;                                                                               \
    }                                                                                              \
    bool testFunction(const QString &value)                                                        \
    {                                                                                              \
        static const QSet<QString> set = toSet(listFunction());                                    \
        return set.contains(value);                                                                \
    }

PINSTRIPE_DEFINE_ENUM(entityStatuses, isEntityStatus, kEntityStatus)
PINSTRIPE_DEFINE_ENUM(adGroupSummaryStatuses, isAdGroupSummaryStatus, kAdGroupSummaryStatus)
PINSTRIPE_DEFINE_ENUM(campaignSummaryStatuses, isCampaignSummaryStatus, kCampaignSummaryStatus)
PINSTRIPE_DEFINE_ENUM(budgetTypes, isBudgetType, kBudgetType)
PINSTRIPE_DEFINE_ENUM(bidStrategyTypes, isBidStrategyType, kBidStrategyType)
PINSTRIPE_DEFINE_ENUM(actionTypes, isActionType, kActionType)
PINSTRIPE_DEFINE_ENUM(pacingDeliveryTypes, isPacingDeliveryType, kPacingDeliveryType)
PINSTRIPE_DEFINE_ENUM(placementGroupTypes, isPlacementGroupType, kPlacementGroupType)
PINSTRIPE_DEFINE_ENUM(promotionApplicationLevels, isPromotionApplicationLevel,
                      kPromotionApplicationLevel)
PINSTRIPE_DEFINE_ENUM(objectiveTypes, isObjectiveType, kObjectiveType)
PINSTRIPE_DEFINE_ENUM(creativeTypes, isCreativeType, kCreativeType)
PINSTRIPE_DEFINE_ENUM(audienceSizingCreativeTypes, isAudienceSizingCreativeType, kAudienceSizingCreativeType)
PINSTRIPE_DEFINE_ENUM(currencyCodes, isCurrencyCode, kCurrency)
PINSTRIPE_DEFINE_ENUM(countries, isCountry, kCountry)
PINSTRIPE_DEFINE_ENUM(businessAccessRoles, isBusinessAccessRole, kBusinessAccessRole)
PINSTRIPE_DEFINE_ENUM(ageBuckets, isAgeBucket, kAgeBucket)
PINSTRIPE_DEFINE_ENUM(appTypes, isAppType, kAppType)
PINSTRIPE_DEFINE_ENUM(genders, isGender, kGender)
PINSTRIPE_DEFINE_ENUM(targetingStrategies, isTargetingStrategy, kTargetingStrategy)
PINSTRIPE_DEFINE_ENUM(granularities, isGranularity, kGranularity)
PINSTRIPE_DEFINE_ENUM(adGroupTargetingTypes, isAdGroupTargetingType, kAdGroupTargetingType)
PINSTRIPE_DEFINE_ENUM(conversionReportAttributionTypes, isConversionReportAttributionType,
                      kAttributionType)
PINSTRIPE_DEFINE_ENUM(conversionReportTimes, isConversionReportTime, kConversionReportTime)
PINSTRIPE_DEFINE_ENUM(conversionEvents, isConversionEvent, kConversionEvent)
PINSTRIPE_DEFINE_ENUM(frequencyTimeranges, isFrequencyTimerange, kFrequencyTimerange)
PINSTRIPE_DEFINE_ENUM(conversionLearningModeTypes, isConversionLearningModeType,
                      kConversionLearningModeType)
PINSTRIPE_DEFINE_ENUM(matchTypes, isMatchType, kMatchType)
PINSTRIPE_DEFINE_ENUM(analyticsColumns, isAnalyticsColumn, kAnalyticsColumn)

#undef PINSTRIPE_DEFINE_ENUM

QString countryName(const QString &code)
{
    if (code.size() != 2)
        return {};
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory)
        return {};
    return QLocale::territoryToString(territory);
}

const QList<int> &attributionWindowDays()
{
    static const QList<int> days(std::begin(kAttributionWindowDays),
                                 std::end(kAttributionWindowDays));
    return days;
}

bool isAttributionWindowDays(int days)
{
    return attributionWindowDays().contains(days);
}

} // namespace pinstripe::enums
