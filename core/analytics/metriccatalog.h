#pragma once

#include "core/model/analyticscolumn.h"
#include "core/model/analyticsrow.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace pinstripe {

/** One metric as people choose it: the report column, a label, its kind and its group. */
struct MetricInfo
{
    enum class Group { Delivery, Engagement, Cost, Conversions, Video };

    QString column;
    QString label;
    AnalyticsColumn::Kind kind = AnalyticsColumn::Kind::Count;
    Group group = Group::Delivery;
    /** The English label, translated again by MetricCatalog::label() at each call. */
    const char *labelSource = nullptr;
};

/**
 * The metrics the analytics views offer, grouped by meaning (delivery, engagement, cost,
 * conversions, video) with human labels, and how to read and show their values.
 *
 * Only a curated subset of Pinterest's 175 columns is offered: the ones marketers chart,
 * and only those whose unit the API documents.
 */
class MetricCatalog
{
public:
    /** Every offered metric, grouped, in menu order. */
    static const QList<MetricInfo> &metrics();
    /** The groups in menu order. */
    static QList<MetricInfo::Group> groups();
    static QString groupLabel(MetricInfo::Group group);
    static QList<MetricInfo> metricsIn(MetricInfo::Group group);
    /** The metric of @p column, or nothing when it is not offered. */
    static std::optional<MetricInfo> find(const QString &column);
    /**
     * The label of @p column in the language of the installed catalogues at the time of the call
     * (an export with English column names installs English for a moment); the column name itself
     * when it is not offered.
     */
    static QString label(const QString &column);

    /**
     * True when values of @p column add up over days, ad groups and targeting values
     * (counts and money). Rates and ratios do not; they are recomputed from sums instead.
     */
    static bool isAdditive(const QString &column);
    /** True for money columns (micro or whole units), shown in the account currency. */
    static bool isMoney(const QString &column);

    /**
     * The exact integer of an additive column in @p row: micro-units for money, the count
     * otherwise; nothing when absent or not additive.
     */
    static std::optional<qint64> integerValue(const AnalyticsRow &row, const QString &column,
                                              const Currency &currency);
    /**
     * The value to plot for @p column: counts as they are, money in whole currency units,
     * rates as fractions; nothing when the row has no value.
     */
    static std::optional<double> chartValue(const AnalyticsRow &row, const QString &column,
                                            const Currency &currency);
    /** @p column's value in @p row for people ("$1,234.50", "12,345", "1.23 %", "2.41×"); "—" when absent. */
    static QString format(const AnalyticsRow &row, const QString &column, const Currency &currency,
                          const QLocale &locale = QLocale());
    /** An additive column's integer (micros for money) for people. */
    static QString formatInteger(qint64 value, const QString &column, const Currency &currency,
                                 const QLocale &locale = QLocale());
    /** A rate (0.0123) as "1.23 %". */
    static QString formatRate(double fraction, const QLocale &locale = QLocale());
};

} // namespace pinstripe
