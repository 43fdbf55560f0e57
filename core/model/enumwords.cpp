#include "core/model/enumwords.h"

#include "core/model/enums.h"

#include <QCoreApplication>
#include <QHash>


namespace pinstripe::enumwords {

namespace {

// The context every enum word is translated in, so translators find them together.
constexpr const char *kContext = "EnumWords";

struct Word
{
    Kind kind;
    const char *value;
    const char *text; ///< source text; translated at lookup
};

// One line per value. Words follow Pinterest's Ads Manager where it names the thing.
constexpr Word kWords[] = {
    {Kind::EntityStatus, "ACTIVE", QT_TRANSLATE_NOOP("EnumWords", "Active")},
    {Kind::EntityStatus, "PAUSED", QT_TRANSLATE_NOOP("EnumWords", "Paused")},
    {Kind::EntityStatus, "ARCHIVED", QT_TRANSLATE_NOOP("EnumWords", "Archived")},
    {Kind::EntityStatus, "DRAFT", QT_TRANSLATE_NOOP("EnumWords", "Draft")},
    {Kind::EntityStatus, "DELETED_DRAFT", QT_TRANSLATE_NOOP("EnumWords", "Deleted draft")},

    {Kind::SummaryStatus, "RUNNING", QT_TRANSLATE_NOOP("EnumWords", "Running")},
    {Kind::SummaryStatus, "PAUSED", QT_TRANSLATE_NOOP("EnumWords", "Paused")},
    {Kind::SummaryStatus, "NOT_STARTED", QT_TRANSLATE_NOOP("EnumWords", "Not started")},
    {Kind::SummaryStatus, "COMPLETED", QT_TRANSLATE_NOOP("EnumWords", "Completed")},
    {Kind::SummaryStatus, "ADVERTISER_DISABLED", QT_TRANSLATE_NOOP("EnumWords", "Disabled by advertiser")},
    {Kind::SummaryStatus, "ARCHIVED", QT_TRANSLATE_NOOP("EnumWords", "Archived")},
    {Kind::SummaryStatus, "DRAFT", QT_TRANSLATE_NOOP("EnumWords", "Draft")},
    {Kind::SummaryStatus, "DELETED_DRAFT", QT_TRANSLATE_NOOP("EnumWords", "Deleted draft")},

    {Kind::BudgetType, "DAILY", QT_TRANSLATE_NOOP("EnumWords", "Daily")},
    {Kind::BudgetType, "LIFETIME", QT_TRANSLATE_NOOP("EnumWords", "Lifetime")},
    {Kind::BudgetType, "CBO_ADGROUP", QT_TRANSLATE_NOOP("EnumWords", "Campaign budget")},

    {Kind::BidStrategy, "AUTOMATIC_BID", QT_TRANSLATE_NOOP("EnumWords", "Automatic bid")},
    {Kind::BidStrategy, "MAX_BID", QT_TRANSLATE_NOOP("EnumWords", "Maximum bid")},
    {Kind::BidStrategy, "TARGET_AVG", QT_TRANSLATE_NOOP("EnumWords", "Target average cost")},

    {Kind::BillableEvent, "CLICKTHROUGH", QT_TRANSLATE_NOOP("EnumWords", "Click (CPC)")},
    {Kind::BillableEvent, "IMPRESSION", QT_TRANSLATE_NOOP("EnumWords", "Impression (CPM)")},
    {Kind::BillableEvent, "VIDEO_V_50_MRC", QT_TRANSLATE_NOOP("EnumWords", "Video view (CPV)")},

    {Kind::Pacing, "STANDARD", QT_TRANSLATE_NOOP("EnumWords", "Standard")},
    {Kind::Pacing, "ACCELERATED", QT_TRANSLATE_NOOP("EnumWords", "Accelerated")},

    {Kind::Placement, "ALL", QT_TRANSLATE_NOOP("EnumWords", "All placements")},
    {Kind::Placement, "SEARCH", QT_TRANSLATE_NOOP("EnumWords", "Search")},
    {Kind::Placement, "BROWSE", QT_TRANSLATE_NOOP("EnumWords", "Browse (home feed)")},
    {Kind::Placement, "OTHER", QT_TRANSLATE_NOOP("EnumWords", "Other")},

    {Kind::PromotionLevel, "NONE", QT_TRANSLATE_NOOP("EnumWords", "None")},
    {Kind::PromotionLevel, "ITEM", QT_TRANSLATE_NOOP("EnumWords", "Item")},
    {Kind::PromotionLevel, "AD_GROUP", QT_TRANSLATE_NOOP("EnumWords", "Ad group")},

    {Kind::Objective, "AWARENESS", QT_TRANSLATE_NOOP("EnumWords", "Brand awareness")},
    {Kind::Objective, "CONSIDERATION", QT_TRANSLATE_NOOP("EnumWords", "Consideration")},
    {Kind::Objective, "WEB_CONVERSION", QT_TRANSLATE_NOOP("EnumWords", "Conversions")},
    {Kind::Objective, "CATALOG_SALES", QT_TRANSLATE_NOOP("EnumWords", "Catalog sales")},
    {Kind::Objective, "VIDEO_COMPLETION", QT_TRANSLATE_NOOP("EnumWords", "Video completion")},

    {Kind::CreativeType, "REGULAR", QT_TRANSLATE_NOOP("EnumWords", "Standard")},
    {Kind::CreativeType, "VIDEO", QT_TRANSLATE_NOOP("EnumWords", "Video")},
    {Kind::CreativeType, "SHOPPING", QT_TRANSLATE_NOOP("EnumWords", "Shopping")},
    {Kind::CreativeType, "CAROUSEL", QT_TRANSLATE_NOOP("EnumWords", "Carousel")},
    {Kind::CreativeType, "MAX_VIDEO", QT_TRANSLATE_NOOP("EnumWords", "Max. width video")},
    {Kind::CreativeType, "SHOP_THE_PIN", QT_TRANSLATE_NOOP("EnumWords", "Shop the Pin")},
    {Kind::CreativeType, "COLLECTION", QT_TRANSLATE_NOOP("EnumWords", "Collection")},
    {Kind::CreativeType, "IDEA", QT_TRANSLATE_NOOP("EnumWords", "Idea")},
    {Kind::CreativeType, "SHOWCASE", QT_TRANSLATE_NOOP("EnumWords", "Showcase")},
    {Kind::CreativeType, "QUIZ", QT_TRANSLATE_NOOP("EnumWords", "Quiz")},
    {Kind::CreativeType, "COLLAGE", QT_TRANSLATE_NOOP("EnumWords", "Collage")},
    {Kind::CreativeType, "MAX_WIDTH_REGULAR_COLLECTION", QT_TRANSLATE_NOOP("EnumWords", "Max. width collection")},
    {Kind::CreativeType, "MAX_WIDTH_VIDEO_COLLECTION", QT_TRANSLATE_NOOP("EnumWords", "Max. width video collection")},

    {Kind::ConversionEvent, "PAGE_VISIT", QT_TRANSLATE_NOOP("EnumWords", "Page visit")},
    {Kind::ConversionEvent, "SIGNUP", QT_TRANSLATE_NOOP("EnumWords", "Sign-up")},
    {Kind::ConversionEvent, "CHECKOUT", QT_TRANSLATE_NOOP("EnumWords", "Checkout")},
    {Kind::ConversionEvent, "CUSTOM", QT_TRANSLATE_NOOP("EnumWords", "Custom event")},
    {Kind::ConversionEvent, "VIEW_CATEGORY", QT_TRANSLATE_NOOP("EnumWords", "View category")},
    {Kind::ConversionEvent, "SEARCH", QT_TRANSLATE_NOOP("EnumWords", "Search")},
    {Kind::ConversionEvent, "ADD_TO_CART", QT_TRANSLATE_NOOP("EnumWords", "Add to cart")},
    {Kind::ConversionEvent, "WATCH_VIDEO", QT_TRANSLATE_NOOP("EnumWords", "Watch video")},
    {Kind::ConversionEvent, "LEAD", QT_TRANSLATE_NOOP("EnumWords", "Lead")},
    {Kind::ConversionEvent, "APP_INSTALL", QT_TRANSLATE_NOOP("EnumWords", "App install")},

    {Kind::FrequencyTimerange, "THIRTY_DAY", QT_TRANSLATE_NOOP("EnumWords", "30 days")},
    {Kind::FrequencyTimerange, "DAY", QT_TRANSLATE_NOOP("EnumWords", "1 day")},
    {Kind::FrequencyTimerange, "SEVEN_DAY", QT_TRANSLATE_NOOP("EnumWords", "7 days")},
    {Kind::FrequencyTimerange, "TWENTY_MINUTE", QT_TRANSLATE_NOOP("EnumWords", "20 minutes")},
    {Kind::FrequencyTimerange, "TEN_MINUTE", QT_TRANSLATE_NOOP("EnumWords", "10 minutes")},
    {Kind::FrequencyTimerange, "TWENTY_FOUR_HOUR", QT_TRANSLATE_NOOP("EnumWords", "24 hours")},

    {Kind::ConversionLearningMode, "NOT_ACTIVE", QT_TRANSLATE_NOOP("EnumWords", "Off")},
    {Kind::ConversionLearningMode, "ACTIVE", QT_TRANSLATE_NOOP("EnumWords", "On")},

    {Kind::TargetingStrategy, "CHOOSE_YOUR_OWN", QT_TRANSLATE_NOOP("EnumWords", "Choose your own")},
    {Kind::TargetingStrategy, "FIND_NEW_CUSTOMERS", QT_TRANSLATE_NOOP("EnumWords", "Find new customers")},
    {Kind::TargetingStrategy, "RECONNECT_WITH_USERS", QT_TRANSLATE_NOOP("EnumWords", "Reconnect with users")},

    {Kind::TargetingType, "KEYWORD", QT_TRANSLATE_NOOP("EnumWords", "Keyword")},
    {Kind::TargetingType, "APPTYPE", QT_TRANSLATE_NOOP("EnumWords", "Device")},
    {Kind::TargetingType, "GENDER", QT_TRANSLATE_NOOP("EnumWords", "Gender")},
    {Kind::TargetingType, "LOCATION", QT_TRANSLATE_NOOP("EnumWords", "Location")},
    {Kind::TargetingType, "PLACEMENT", QT_TRANSLATE_NOOP("EnumWords", "Placement")},
    {Kind::TargetingType, "COUNTRY", QT_TRANSLATE_NOOP("EnumWords", "Country")},
    {Kind::TargetingType, "TARGETED_INTEREST", QT_TRANSLATE_NOOP("EnumWords", "Targeted interest")},
    {Kind::TargetingType, "PINNER_INTEREST", QT_TRANSLATE_NOOP("EnumWords", "Pinner interest")},
    {Kind::TargetingType, "AUDIENCE_INCLUDE", QT_TRANSLATE_NOOP("EnumWords", "Audience")},
    {Kind::TargetingType, "GEO", QT_TRANSLATE_NOOP("EnumWords", "Geography")},
    {Kind::TargetingType, "AGE_BUCKET", QT_TRANSLATE_NOOP("EnumWords", "Age")},
    {Kind::TargetingType, "REGION", QT_TRANSLATE_NOOP("EnumWords", "Region")},
    {Kind::TargetingType, "AGE_BUCKET_AND_GENDER", QT_TRANSLATE_NOOP("EnumWords", "Age and gender")},
    {Kind::TargetingType, "CREATIVE_ENHANCEMENTS", QT_TRANSLATE_NOOP("EnumWords", "Creative enhancements")},

    {Kind::Gender, "unknown", QT_TRANSLATE_NOOP("EnumWords", "Gender not known")},
    {Kind::Gender, "male", QT_TRANSLATE_NOOP("EnumWords", "Men")},
    {Kind::Gender, "female", QT_TRANSLATE_NOOP("EnumWords", "Women")},

    {Kind::AppType, "android_mobile", QT_TRANSLATE_NOOP("EnumWords", "Android phones")},
    {Kind::AppType, "android_tablet", QT_TRANSLATE_NOOP("EnumWords", "Android tablets")},
    {Kind::AppType, "ipad", QT_TRANSLATE_NOOP("EnumWords", "iPad")},
    {Kind::AppType, "iphone", QT_TRANSLATE_NOOP("EnumWords", "iPhone")},
    {Kind::AppType, "web", QT_TRANSLATE_NOOP("EnumWords", "Web (desktop)")},
    {Kind::AppType, "web_mobile", QT_TRANSLATE_NOOP("EnumWords", "Mobile web")},

    {Kind::MatchType, "BROAD", QT_TRANSLATE_NOOP("EnumWords", "Broad")},
    {Kind::MatchType, "PHRASE", QT_TRANSLATE_NOOP("EnumWords", "Phrase")},
    {Kind::MatchType, "EXACT", QT_TRANSLATE_NOOP("EnumWords", "Exact")},
    {Kind::MatchType, "EXACT_NEGATIVE", QT_TRANSLATE_NOOP("EnumWords", "Negative exact")},
    {Kind::MatchType, "PHRASE_NEGATIVE", QT_TRANSLATE_NOOP("EnumWords", "Negative phrase")},

    {Kind::Granularity, "TOTAL", QT_TRANSLATE_NOOP("EnumWords", "Total")},
    {Kind::Granularity, "DAY", QT_TRANSLATE_NOOP("EnumWords", "Day")},
    {Kind::Granularity, "HOUR", QT_TRANSLATE_NOOP("EnumWords", "Hour")},
    {Kind::Granularity, "WEEK", QT_TRANSLATE_NOOP("EnumWords", "Week")},
    {Kind::Granularity, "MONTH", QT_TRANSLATE_NOOP("EnumWords", "Month")},

    // The row's optimization goal: a conversion event (below through ConversionEvent), or these.
    {Kind::OptimizationGoal, "CONVERSION", QT_TRANSLATE_NOOP("EnumWords", "Conversions")},
    {Kind::OptimizationGoal, "FREQUENCY", QT_TRANSLATE_NOOP("EnumWords", "Reach and frequency")},
    {Kind::OptimizationGoal, "SCROLLUP", QT_TRANSLATE_NOOP("EnumWords", "Scroll-ups")},
};

const Word *find(Kind kind, const QString &value)
{
    for (const Word &word : kWords) {
        if (word.kind == kind && value == QLatin1String(word.value))
            return &word;
    }
    if (kind == Kind::OptimizationGoal)
        return find(Kind::ConversionEvent, value);
    return nullptr;
}

} // namespace

QString readable(const QString &value)
{
    if (value.isEmpty())
        return value;
    QString text = value.toLower();
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    text[0] = text.at(0).toUpper();
    return text;
}

QString englishText(Kind kind, const QString &value)
{
    if (const Word *word = find(kind, value))
        return QString::fromLatin1(word->text);
    return readable(value);
}

bool isKnown(Kind kind, const QString &value)
{
    return find(kind, value) != nullptr;
}

QString text(Kind kind, const QString &value)
{
    if (const Word *word = find(kind, value))
        return QCoreApplication::translate(kContext, word->text);
    return readable(value);
}

QStringList specValues(Kind kind)
{
    switch (kind) {
    case Kind::EntityStatus: return enums::entityStatuses();
    case Kind::SummaryStatus: return enums::adGroupSummaryStatuses() + enums::campaignSummaryStatuses();
    case Kind::BudgetType: return enums::budgetTypes();
    case Kind::BidStrategy: return enums::bidStrategyTypes();
    case Kind::BillableEvent: return enums::actionTypes();
    case Kind::Pacing: return enums::pacingDeliveryTypes();
    case Kind::Placement: return enums::placementGroupTypes();
    case Kind::PromotionLevel: return enums::promotionApplicationLevels();
    case Kind::Objective: return enums::objectiveTypes();
    case Kind::CreativeType: return enums::creativeTypes();
    case Kind::OptimizationGoal:
        return enums::conversionEvents() + QStringList{QStringLiteral("CONVERSION"), QStringLiteral("FREQUENCY"), QStringLiteral("SCROLLUP")};
    case Kind::ConversionEvent: return enums::conversionEvents();
    case Kind::FrequencyTimerange: return enums::frequencyTimeranges();
    case Kind::ConversionLearningMode: return enums::conversionLearningModeTypes();
    case Kind::TargetingStrategy: return enums::targetingStrategies();
    case Kind::TargetingType: return enums::adGroupTargetingTypes();
    case Kind::Gender: return enums::genders();
    case Kind::AppType: return enums::appTypes();
    case Kind::MatchType: return enums::matchTypes();
    case Kind::Granularity: return enums::granularities();
    }
    return {};
}

QList<Kind> allKinds()
{
    QList<Kind> kinds;
    for (int k = static_cast<int>(Kind::EntityStatus); k <= static_cast<int>(Kind::Granularity); ++k)
        kinds << static_cast<Kind>(k);
    return kinds;
}

QString forField(const QString &wireField, const QString &value)
{
    static const QHash<QString, Kind> kinds = {
        {QStringLiteral("status"), Kind::EntityStatus},
        {QStringLiteral("summary_status"), Kind::SummaryStatus},
        {QStringLiteral("budget_type"), Kind::BudgetType},
        {QStringLiteral("bid_strategy_type"), Kind::BidStrategy},
        {QStringLiteral("billable_event"), Kind::BillableEvent},
        {QStringLiteral("pacing_delivery_type"), Kind::Pacing},
        {QStringLiteral("placement_group"), Kind::Placement},
        {QStringLiteral("promotion_application_level"), Kind::PromotionLevel},
        {QStringLiteral("objective_type"), Kind::Objective},
        {QStringLiteral("conversion_learning_mode_type"), Kind::ConversionLearningMode},
        {QStringLiteral("targeting_strategy"), Kind::TargetingStrategy},
    };
    const auto it = kinds.constFind(wireField);
    return it == kinds.cend() ? value : text(*it, value);
}

} // namespace pinstripe::enumwords
