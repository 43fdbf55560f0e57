#include "core/analytics/targetingbreakdown.h"

#include "core/analytics/metriccatalog.h"
#include "core/model/enums.h"

#include <QCoreApplication>

#include <algorithm>

namespace pinstripe {

std::optional<double> TargetingBreakdownRow::ratio(const QString &numerator, const QString &denominator) const
{
    const qint64 below = sum(denominator);
    if (below <= 0)
        return std::nullopt;
    return double(sum(numerator)) / double(below);
}

TargetingBreakdown TargetingBreakdown::fromAnalytics(const TargetingAnalytics &analytics, const QStringList &columns,
                                                     const Currency &currency)
{
    TargetingBreakdown out;
    out.m_currency = currency;
    for (const QString &column : columns) {
        if (MetricCatalog::isAdditive(column))
            out.m_columns << column;
    }
    // type → value → index into the type's rows, so rows keep their first-seen order.
    QHash<QString, QHash<QString, qsizetype>> index;
    for (const TargetingAnalyticsEntry &entry : analytics.entries()) {
        if (!entry.metrics.hasValue() || entry.targetingType.valueOr({}).isEmpty())
            continue;
        const QString type = entry.targetingType.value();
        QList<TargetingBreakdownRow> &rows = out.m_rowsByType[type];
        QHash<QString, qsizetype> &positions = index[type];
        auto at = positions.constFind(entry.targetingValue);
        if (at == positions.cend()) {
            at = positions.insert(entry.targetingValue, rows.size());
            rows.append(TargetingBreakdownRow{entry.targetingValue, {}});
        }
        TargetingBreakdownRow &row = rows[*at];
        for (const QString &column : std::as_const(out.m_columns)) {
            if (const auto value = MetricCatalog::integerValue(entry.metrics.value(), column, currency))
                row.sums[column] += *value;
        }
    }
    return out;
}

QStringList TargetingBreakdown::types() const
{
    QStringList out;
    for (const QString &type : enums::adGroupTargetingTypes()) {
        if (m_rowsByType.contains(type))
            out << type;
    }
    for (auto it = m_rowsByType.cbegin(); it != m_rowsByType.cend(); ++it) {
        if (!out.contains(it.key()))
            out << it.key(); // a type Pinterest added later
    }
    return out;
}

QList<TargetingBreakdownRow> TargetingBreakdown::rows(const QString &type, const QString &sortColumn, bool descending) const
{
    QList<TargetingBreakdownRow> rows = m_rowsByType.value(type);
    if (sortColumn.isEmpty())
        return rows;
    std::stable_sort(rows.begin(), rows.end(), [&](const TargetingBreakdownRow &a, const TargetingBreakdownRow &b) {
        const qint64 x = a.sum(sortColumn);
        const qint64 y = b.sum(sortColumn);
        if (x != y)
            return descending ? x > y : x < y;
        return a.value < b.value;
    });
    return rows;
}

TargetingBreakdownRow TargetingBreakdown::total(const QString &type) const
{
    TargetingBreakdownRow total{QCoreApplication::translate("pinstripe::TargetingBreakdown", "Total"), {}};
    for (const TargetingBreakdownRow &row : m_rowsByType.value(type)) {
        for (auto it = row.sums.cbegin(); it != row.sums.cend(); ++it)
            total.sums[it.key()] += it.value();
    }
    return total;
}

QString TargetingBreakdown::typeLabel(const QString &type)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("pinstripe::TargetingBreakdown", text); };
    static const QHash<QString, const char *> labels{
        {QStringLiteral("AGE_BUCKET"), QT_TRANSLATE_NOOP("pinstripe::TargetingBreakdown", "Age")},
        {QStringLiteral("GENDER"), QT_TRANSLATE_NOOP("pinstripe::TargetingBreakdown", "Gender")},
        {QStringLiteral("AGE_BUCKET_AND_GENDER"), QT_TRANSLATE_NOOP("pinstripe::TargetingBreakdown", "Age and gender")},
        {QStringLiteral("LOCATION"), QT_TRANSLATE_NOOP("pinstripe::TargetingBreakdown", "Metro area (DMA)")},
        {QStringLiteral("COUNTRY"), QT_TRANSLATE_NOOP("pinstripe::TargetingBreakdown", "Country")},
        {QStringLiteral("REGION"), QT_TRANSLATE_NOOP("pinstripe::TargetingBreakdown", "Region")},
        {QStringLiteral("GEO"), QT_TRANSLATE_NOOP("pinstripe::TargetingBreakdown", "Postal code")},
        {QStringLiteral("APPTYPE"), QT_TRANSLATE_NOOP("pinstripe::TargetingBreakdown", "Device / app type")},
        {QStringLiteral("PLACEMENT"), QT_TRANSLATE_NOOP("pinstripe::TargetingBreakdown", "Placement")},
        {QStringLiteral("TARGETED_INTEREST"), QT_TRANSLATE_NOOP("pinstripe::TargetingBreakdown", "Targeted interest")},
        {QStringLiteral("PINNER_INTEREST"), QT_TRANSLATE_NOOP("pinstripe::TargetingBreakdown", "Pinner interest")},
        {QStringLiteral("KEYWORD"), QT_TRANSLATE_NOOP("pinstripe::TargetingBreakdown", "Keyword")},
        {QStringLiteral("AUDIENCE_INCLUDE"), QT_TRANSLATE_NOOP("pinstripe::TargetingBreakdown", "Audience")},
        {QStringLiteral("CREATIVE_ENHANCEMENTS"), QT_TRANSLATE_NOOP("pinstripe::TargetingBreakdown", "Creative enhancements")},
    };
    const char *label = labels.value(type, nullptr);
    return label ? tr(label) : type;
}

} // namespace pinstripe
