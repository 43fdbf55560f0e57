#pragma once

#include "core/model/field.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace pinstripe {

/** Conversion attribution windows in days (`attribution_windows`). */
struct AttributionWindows
{
    Field<int> clickWindowDays;      ///< `click_window_days`
    Field<int> engagementWindowDays; ///< `engagement_window_days`
    Field<int> viewWindowDays;       ///< `view_window_days`
    QJsonObject unknownFields;

    static AttributionWindows fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const AttributionWindows &, const AttributionWindows &) = default;
};

/** `conversion_tag_v3_goal_metadata`: the conversion goal of a WEB_CONVERSION ad group. */
struct ConversionTagGoalMetadata
{
    Field<AttributionWindows> attributionWindows; ///< `attribution_windows`
    Field<QString> conversionEvent;               ///< enums::conversionEvents()
    Field<QString> conversionTagId;               ///< digits
    /**
     * `cpa_goal_value_in_micro_currency`: a **string** of digits on the wire (unlike the integer
     * bids and budgets); see cpaGoalMicros() for the number.
     */
    Field<QString> cpaGoalValueInMicroCurrency;
    Field<bool> isRoasOptimized;     ///< `is_roas_optimized`, nullable
    Field<QString> learningModeType; ///< NOT_ACTIVE / ACTIVE, nullable
    Field<QString> reportingEvent;   ///< e.g. "INITIATE_CHECKOUT"
    QJsonObject unknownFields;

    /** The CPA goal in micro-currency; nullopt when absent, null or not all digits. */
    std::optional<qint64> cpaGoalMicros() const;
    /** Sets the CPA goal as the digit string the API expects. @p micros must not be negative. */
    void setCpaGoalMicros(qint64 micros);

    static ConversionTagGoalMetadata fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const ConversionTagGoalMetadata &, const ConversionTagGoalMetadata &) = default;
};

/** `frequency_goal_metadata`: target impressions per person per time range. */
struct FrequencyGoalMetadata
{
    Field<int> frequency;       ///< 2…20
    Field<QString> timerange;   ///< enums::frequencyTimeranges()
    QJsonObject unknownFields;

    static FrequencyGoalMetadata fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const FrequencyGoalMetadata &, const FrequencyGoalMetadata &) = default;
};

/** `scrollup_goal_metadata`. */
struct ScrollupGoalMetadata
{
    /** `scrollup_goal_value_in_micro_currency`: a nullable **string** of digits. */
    Field<QString> scrollupGoalValueInMicroCurrency;
    QJsonObject unknownFields;

    /** The goal in micro-currency; nullopt when absent, null or not all digits. */
    std::optional<qint64> scrollupGoalMicros() const;
    void setScrollupGoalMicros(qint64 micros);

    static ScrollupGoalMetadata fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const ScrollupGoalMetadata &, const ScrollupGoalMetadata &) = default;
};

/**
 * `OptimizationGoalMetadata` of an ad group or bid-floor spec: conversion, frequency and
 * scroll-up goals. Required for WEB_CONVERSION campaigns; may be `null` elsewhere.
 */
struct OptimizationGoalMetadata
{
    Field<ConversionTagGoalMetadata> conversionTagV3GoalMetadata; ///< `conversion_tag_v3_goal_metadata`
    Field<FrequencyGoalMetadata> frequencyGoalMetadata;           ///< `frequency_goal_metadata`
    Field<ScrollupGoalMetadata> scrollupGoalMetadata;             ///< `scrollup_goal_metadata`
    QJsonObject unknownFields;

    /** The conversion CPA goal in micros, if set (shortcut into conversionTagV3GoalMetadata). */
    std::optional<qint64> cpaGoalMicros() const;
    /** The scroll-up goal in micros, if set (shortcut into scrollupGoalMetadata). */
    std::optional<qint64> scrollupGoalMicros() const;

    static OptimizationGoalMetadata fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const OptimizationGoalMetadata &, const OptimizationGoalMetadata &) = default;
};

} // namespace pinstripe
