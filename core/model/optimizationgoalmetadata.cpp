#include "core/model/optimizationgoalmetadata.h"

#include "core/model/jsonfields.h"

namespace pinstripe {

namespace {
constexpr QLatin1String kClickWindowDays("click_window_days");
constexpr QLatin1String kEngagementWindowDays("engagement_window_days");
constexpr QLatin1String kViewWindowDays("view_window_days");

constexpr QLatin1String kAttributionWindows("attribution_windows");
constexpr QLatin1String kConversionEvent("conversion_event");
constexpr QLatin1String kConversionTagId("conversion_tag_id");
constexpr QLatin1String kCpaGoal("cpa_goal_value_in_micro_currency");
constexpr QLatin1String kIsRoasOptimized("is_roas_optimized");
constexpr QLatin1String kLearningModeType("learning_mode_type");
constexpr QLatin1String kReportingEvent("reporting_event");

constexpr QLatin1String kFrequency("frequency");
constexpr QLatin1String kTimerange("timerange");

constexpr QLatin1String kScrollupGoal("scrollup_goal_value_in_micro_currency");

constexpr QLatin1String kConversionTagV3("conversion_tag_v3_goal_metadata");
constexpr QLatin1String kFrequencyGoal("frequency_goal_metadata");
constexpr QLatin1String kScrollupGoalMetadata("scrollup_goal_metadata");

std::optional<qint64> microsOf(const Field<QString> &field)
{
    return field.hasValue() ? json::digitsToMicros(field.value()) : std::nullopt;
}
} // namespace

AttributionWindows AttributionWindows::fromJson(const QJsonObject &json)
{
    AttributionWindows a;
    json::ObjectReader r(json);
    r.read(kClickWindowDays, a.clickWindowDays);
    r.read(kEngagementWindowDays, a.engagementWindowDays);
    r.read(kViewWindowDays, a.viewWindowDays);
    a.unknownFields = r.unknownFields();
    return a;
}

QJsonObject AttributionWindows::toJson() const
{
    QJsonObject o = unknownFields;
    json::write(o, kClickWindowDays, clickWindowDays);
    json::write(o, kEngagementWindowDays, engagementWindowDays);
    json::write(o, kViewWindowDays, viewWindowDays);
    return o;
}

std::optional<qint64> ConversionTagGoalMetadata::cpaGoalMicros() const
{
    return microsOf(cpaGoalValueInMicroCurrency);
}

void ConversionTagGoalMetadata::setCpaGoalMicros(qint64 micros)
{
    Q_ASSERT(micros >= 0);
    cpaGoalValueInMicroCurrency = QString::number(micros);
}

ConversionTagGoalMetadata ConversionTagGoalMetadata::fromJson(const QJsonObject &json)
{
    ConversionTagGoalMetadata c;
    json::ObjectReader r(json);
    r.read(kAttributionWindows, c.attributionWindows);
    r.read(kConversionEvent, c.conversionEvent);
    r.read(kConversionTagId, c.conversionTagId);
    r.read(kCpaGoal, c.cpaGoalValueInMicroCurrency);
    r.read(kIsRoasOptimized, c.isRoasOptimized);
    r.read(kLearningModeType, c.learningModeType);
    r.read(kReportingEvent, c.reportingEvent);
    c.unknownFields = r.unknownFields();
    return c;
}

QJsonObject ConversionTagGoalMetadata::toJson() const
{
    QJsonObject o = unknownFields;
    json::write(o, kAttributionWindows, attributionWindows);
    json::write(o, kConversionEvent, conversionEvent);
    json::write(o, kConversionTagId, conversionTagId);
    json::write(o, kCpaGoal, cpaGoalValueInMicroCurrency);
    json::write(o, kIsRoasOptimized, isRoasOptimized);
    json::write(o, kLearningModeType, learningModeType);
    json::write(o, kReportingEvent, reportingEvent);
    return o;
}

FrequencyGoalMetadata FrequencyGoalMetadata::fromJson(const QJsonObject &json)
{
    FrequencyGoalMetadata f;
    json::ObjectReader r(json);
    r.read(kFrequency, f.frequency);
    r.read(kTimerange, f.timerange);
    f.unknownFields = r.unknownFields();
    return f;
}

QJsonObject FrequencyGoalMetadata::toJson() const
{
    QJsonObject o = unknownFields;
    json::write(o, kFrequency, frequency);
    json::write(o, kTimerange, timerange);
    return o;
}

std::optional<qint64> ScrollupGoalMetadata::scrollupGoalMicros() const
{
    return microsOf(scrollupGoalValueInMicroCurrency);
}

void ScrollupGoalMetadata::setScrollupGoalMicros(qint64 micros)
{
    Q_ASSERT(micros >= 0);
    scrollupGoalValueInMicroCurrency = QString::number(micros);
}

ScrollupGoalMetadata ScrollupGoalMetadata::fromJson(const QJsonObject &json)
{
    ScrollupGoalMetadata s;
    json::ObjectReader r(json);
    r.read(kScrollupGoal, s.scrollupGoalValueInMicroCurrency);
    s.unknownFields = r.unknownFields();
    return s;
}

QJsonObject ScrollupGoalMetadata::toJson() const
{
    QJsonObject o = unknownFields;
    json::write(o, kScrollupGoal, scrollupGoalValueInMicroCurrency);
    return o;
}

std::optional<qint64> OptimizationGoalMetadata::cpaGoalMicros() const
{
    return conversionTagV3GoalMetadata.hasValue()
        ? conversionTagV3GoalMetadata.value().cpaGoalMicros()
        : std::nullopt;
}

std::optional<qint64> OptimizationGoalMetadata::scrollupGoalMicros() const
{
    return scrollupGoalMetadata.hasValue() ? scrollupGoalMetadata.value().scrollupGoalMicros()
                                           : std::nullopt;
}

OptimizationGoalMetadata OptimizationGoalMetadata::fromJson(const QJsonObject &json)
{
    OptimizationGoalMetadata m;
    json::ObjectReader r(json);
    r.read(kConversionTagV3, m.conversionTagV3GoalMetadata);
    r.read(kFrequencyGoal, m.frequencyGoalMetadata);
    r.read(kScrollupGoalMetadata, m.scrollupGoalMetadata);
    m.unknownFields = r.unknownFields();
    return m;
}

QJsonObject OptimizationGoalMetadata::toJson() const
{
    QJsonObject o = unknownFields;
    json::write(o, kConversionTagV3, conversionTagV3GoalMetadata);
    json::write(o, kFrequencyGoal, frequencyGoalMetadata);
    json::write(o, kScrollupGoalMetadata, scrollupGoalMetadata);
    return o;
}

} // namespace pinstripe
