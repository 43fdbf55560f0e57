#pragma once

#include "core/model/currency.h"
#include "core/model/targetinganalytics.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace pinstripe {

/** The sums of one targeting value ("25-34", "female", "US") over ad groups and dates. */
struct TargetingBreakdownRow
{
    QString value;
    /** Additive column → exact integer sum (micros for money, counts otherwise). */
    QHash<QString, qint64> sums;

    qint64 sum(const QString &column) const { return sums.value(column, 0); }
    /** numerator / denominator of two sums, e.g. a conversion rate per age group; nothing over 0. */
    std::optional<double> ratio(const QString &numerator, const QString &denominator) const;
};

/**
 * A targeting-analytics answer summed per targeting type and value, ready for a bar chart and
 * a table per type. Only additive columns (counts and money) are summed; rates are recomputed
 * from the sums by ratio(), because Pinterest's per-entry rates cannot be averaged.
 *
 * Every type slices the same delivery, so each type's total equals the ad groups' total.
 */
class TargetingBreakdown
{
public:
    /** Sums @p analytics for the additive ones of @p columns (money in @p currency). */
    static TargetingBreakdown fromAnalytics(const TargetingAnalytics &analytics, const QStringList &columns,
                                            const Currency &currency);

    /** The targeting types present, in the order of enums::adGroupTargetingTypes(). */
    QStringList types() const;
    /** The summed columns. */
    QStringList columns() const { return m_columns; }
    Currency currency() const { return m_currency; }

    /**
     * The values of @p type sorted by @p sortColumn, largest first (@p descending) or
     * smallest first; ties by value text so the order is stable.
     */
    QList<TargetingBreakdownRow> rows(const QString &type, const QString &sortColumn = {}, bool descending = true) const;
    /** The sum over all values of @p type. */
    TargetingBreakdownRow total(const QString &type) const;

    /** A people-friendly name of a targeting type ("Age", "Device / app type"). */
    static QString typeLabel(const QString &type);

private:
    Currency m_currency;
    QStringList m_columns;
    QHash<QString, QList<TargetingBreakdownRow>> m_rowsByType;
};

} // namespace pinstripe
