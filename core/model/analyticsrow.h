#pragma once

#include "core/model/currency.h"
#include "core/model/money.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace pinstripe {

/**
 * One row of metrics: a row of the ad-group analytics report, or the `metrics` object of a
 * targeting-analytics entry.
 *
 * `AD_GROUP_ID` and `DATE` are parsed into adGroupId and date; every other key is a metric in
 * `metrics`, kept as the raw JSON value because the spec gives no type per column and any column
 * may be missing ("if a column has no value, it may not be returned"). Use money(), number() and
 * count() to read them with the right units (see AnalyticsColumn).
 */
struct AnalyticsRow
{
    /**
     * `AD_GROUP_ID` as a decimal string. Pinterest sends a string here but a JSON number in
     * targeting analytics; numbers are converted from the integer, never through a double.
     * Empty when the row has none (aggregated rows).
     */
    QString adGroupId;
    /** `DATE` (UTC); invalid for TOTAL granularity. For HOUR rows, the day of dateTime. */
    QDate date;
    /** `DATE` when it carries a time of day (HOUR granularity); invalid otherwise. */
    QDateTime dateTime;
    /** Every other key of the row: column name → raw JSON value. */
    QHash<QString, QJsonValue> metrics;
    /** `AD_GROUP_ID` exactly as sent (Undefined when absent), so toJson() gives it back unchanged. */
    QJsonValue rawAdGroupId = QJsonValue(QJsonValue::Undefined);
    /** `DATE` exactly as sent (Undefined when absent). */
    QJsonValue rawDate = QJsonValue(QJsonValue::Undefined);

    /** True when @p column is present (even as null). */
    bool contains(const QString &column) const { return metrics.contains(column); }
    /** The raw value of @p column (Undefined when absent). */
    QJsonValue value(const QString &column) const
    {
        return metrics.value(column, QJsonValue(QJsonValue::Undefined));
    }

    /**
     * The amount of a money column in @p accountCurrency. MicroMoney columns are micro-units; a
     * fractional micro value (costs are averages, e.g. 301967.21) is rounded to the nearest micro,
     * halves away from zero. MajorMoney (`*_IN_DOLLAR`) columns are whole units and are converted
     * through their shortest decimal text, so 18.42 becomes exactly 18,420,000 micros.
     * nullopt when the column is absent, not a number, or not a money column.
     */
    std::optional<Money> money(const QString &column, const Currency &accountCurrency) const;
    /** The value of @p column as a double (numbers, or strings holding a number); nullopt otherwise. */
    std::optional<double> number(const QString &column) const;
    /** The value of @p column as a whole count (rounded if fractional); 0 when absent or not a number. */
    qint64 count(const QString &column) const;

    static AnalyticsRow fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const AnalyticsRow &, const AnalyticsRow &) = default;

    /** Converts an ID sent as a string or a JSON integer to its exact decimal text. */
    static QString idToString(const QJsonValue &value);
};

} // namespace pinstripe
