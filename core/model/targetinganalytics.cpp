#include "core/model/targetinganalytics.h"

#include "core/model/jsonfields.h"

namespace pinstripe {

namespace {
constexpr QLatin1String kTargetingType("targeting_type");
constexpr QLatin1String kTargetingValue("targeting_value");
constexpr QLatin1String kMetrics("metrics");
constexpr QLatin1String kData("data");
} // namespace

std::optional<Money> TargetingAnalyticsEntry::money(const QString &column,
                                                    const Currency &accountCurrency) const
{
    return metrics.hasValue() ? metrics.value().money(column, accountCurrency) : std::nullopt;
}

std::optional<double> TargetingAnalyticsEntry::number(const QString &column) const
{
    return metrics.hasValue() ? metrics.value().number(column) : std::nullopt;
}

qint64 TargetingAnalyticsEntry::count(const QString &column) const
{
    return metrics.hasValue() ? metrics.value().count(column) : 0;
}

TargetingAnalyticsEntry TargetingAnalyticsEntry::fromJson(const QJsonObject &json)
{
    TargetingAnalyticsEntry e;
    json::ObjectReader r(json);
    r.read(kTargetingType, e.targetingType);
    e.rawTargetingValue = r.take(kTargetingValue);
    e.targetingValue = AnalyticsRow::idToString(e.rawTargetingValue);
    r.read(kMetrics, e.metrics);
    e.unknownFields = r.unknownFields();
    return e;
}

QJsonObject TargetingAnalyticsEntry::toJson() const
{
    QJsonObject o = unknownFields;
    json::write(o, kTargetingType, targetingType);
    if (!rawTargetingValue.isUndefined())
        o.insert(kTargetingValue, rawTargetingValue);
    else if (!targetingValue.isEmpty())
        o.insert(kTargetingValue, targetingValue);
    json::write(o, kMetrics, metrics);
    return o;
}

TargetingAnalytics TargetingAnalytics::fromJson(const QJsonObject &json)
{
    TargetingAnalytics t;
    json::ObjectReader r(json);
    r.read(kData, t.data);
    t.unknownFields = r.unknownFields();
    return t;
}

QJsonObject TargetingAnalytics::toJson() const
{
    QJsonObject o = unknownFields;
    json::write(o, kData, data);
    return o;
}

} // namespace pinstripe
