#include "ui/analytics/chartseriesbuilder.h"

#include "core/analytics/metriccatalog.h"

#include <QDateTime>
#include <QLocale>
#include <QMap>

namespace pinstripe {

qint64 ChartSeriesBuilder::xOf(const AnalyticsRow &row)
{
    if (row.dateTime.isValid())
        return row.dateTime.toMSecsSinceEpoch();
    int hour = 0;
    const QJsonValue h = row.value(QStringLiteral("HOUR"));
    if (h.isDouble())
        hour = h.toInt();
    return QDateTime(row.date, QTime(hour, 0), Qt::UTC).toMSecsSinceEpoch();
}

ChartSeriesData ChartSeriesBuilder::build(const AnalyticsReport &report, const QString &adGroupId, const QString &column,
                                          const QString &granularity, const DateRange &range, const Currency &currency,
                                          qint64 shiftMs)
{
    ChartSeriesData data;
    data.adGroupId = adGroupId;
    data.column = column;
    const QLocale locale;
    QMap<qint64, std::pair<double, QString>> byX;
    if (granularity == QLatin1String("DAY") && range.isValid() && MetricCatalog::isAdditive(column)) {
        const QString zero = MetricCatalog::formatInteger(0, column, currency, locale);
        for (QDate d = range.start; d <= range.end; d = d.addDays(1))
            byX.insert(QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(), {0.0, zero});
    }
    for (const AnalyticsRow &row : report.rows) {
        if (row.adGroupId != adGroupId || !row.date.isValid())
            continue;
        const auto value = MetricCatalog::chartValue(row, column, currency);
        if (!value)
            continue;
        byX.insert(xOf(row), {*value, MetricCatalog::format(row, column, currency, locale)});
    }
    data.points.reserve(byX.size());
    data.texts.reserve(byX.size());
    for (auto it = byX.cbegin(); it != byX.cend(); ++it) {
        data.points << QPointF(double(it.key() + shiftMs), it.value().first);
        data.texts << it.value().second;
    }
    return data;
}

} // namespace pinstripe
