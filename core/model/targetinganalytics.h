#pragma once

#include "core/model/analyticsrow.h"
#include "core/model/field.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace pinstripe {

/**
 * One entry of a targeting breakdown: the metrics of one targeting value (an age bucket, a
 * device, a location, …) of one ad group.
 */
struct TargetingAnalyticsEntry
{
    Field<QString> targetingType; ///< `targeting_type`; enums::adGroupTargetingTypes()
    /**
     * `targeting_value` as text. Pinterest sends numbers for some types (a DMA code such as 500
     * for LOCATION, audience IDs); they are converted exactly.
     */
    QString targetingValue;
    /** `targeting_value` exactly as sent (Undefined when absent). */
    QJsonValue rawTargetingValue = QJsonValue(QJsonValue::Undefined);
    /** `metrics`, with AD_GROUP_ID (often a JSON number here) and DATE parsed. */
    Field<AnalyticsRow> metrics;
    QJsonObject unknownFields;

    /** The ad group the metrics belong to ("" when not reported). */
    QString adGroupId() const { return metrics.hasValue() ? metrics.value().adGroupId : QString(); }
    /** Shortcuts to the metric helpers of AnalyticsRow; empty/0 when there are no metrics. */
    std::optional<Money> money(const QString &column, const Currency &accountCurrency) const;
    std::optional<double> number(const QString &column) const;
    qint64 count(const QString &column) const;

    static TargetingAnalyticsEntry fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const TargetingAnalyticsEntry &, const TargetingAnalyticsEntry &) = default;
};

/** The targeting-analytics answer (`MetricsResponse`): `{data: [entry, …]}`. */
struct TargetingAnalytics
{
    Field<QList<TargetingAnalyticsEntry>> data;
    QJsonObject unknownFields;

    /** The entries; empty when `data` is absent or null. */
    QList<TargetingAnalyticsEntry> entries() const { return data.valueOr({}); }

    static TargetingAnalytics fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const TargetingAnalytics &, const TargetingAnalytics &) = default;
};

} // namespace pinstripe
