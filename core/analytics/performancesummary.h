#pragma once

#include "core/model/analyticsreport.h"
#include "core/model/money.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace pinstripe {

/**
 * One ad group's performance over a date range, from integer sums only: spend and
 * conversion value in micros, impressions, clicks and conversions as counts. CTR, CPC, CPM
 * and ROAS are computed from those sums, so they are right for any granularity (a mean of
 * daily CTRs would not be).
 */
struct PerformanceTotals
{
    Money spend;
    qint64 impressions = 0;  ///< IMPRESSION_1 (paid)
    qint64 clicks = 0;       ///< CLICKTHROUGH_1 (paid pin clicks), the base of Pinterest's CTR and CPC
    qint64 conversions = 0;  ///< TOTAL_CONVERSIONS
    Money conversionValue;   ///< TOTAL_CHECKOUT_VALUE_IN_MICRO_DOLLAR, the base of checkout ROAS
    bool hasData = false;    ///< at least one row was reported

    /** clicks / impressions; nothing without impressions. */
    std::optional<double> ctr() const;
    /** spend / clicks rounded to the micro, halves away from zero; nothing without clicks. */
    std::optional<Money> cpc() const;
    /** spend × 1000 / impressions, rounded to the micro; nothing without impressions. */
    std::optional<Money> cpm() const;
    /** conversion value / spend; nothing without spend. */
    std::optional<double> roas() const;

    PerformanceTotals &operator+=(const PerformanceTotals &other);
};

/** Per ad group totals of a report, plus the total over all of them. */
class PerformanceSummary
{
public:
    /** The columns a report needs for the summary (the performance columns of the ad group table). */
    static QStringList columns();

    /** Sums @p report's rows (any granularity) per ad group, money in @p currency. */
    static PerformanceSummary fromReport(const AnalyticsReport &report, const Currency &currency);

    bool contains(const QString &adGroupId) const { return m_byAdGroup.contains(adGroupId); }
    /** The totals of @p adGroupId (empty totals in the currency when it had no rows). */
    PerformanceTotals forAdGroup(const QString &adGroupId) const;
    /** All ad groups together. */
    PerformanceTotals overall() const { return m_overall; }
    QStringList adGroupIds() const { return m_order; }
    Currency currency() const { return m_currency; }

    /** Merges @p other (e.g. another chunk) into this summary. */
    void merge(const PerformanceSummary &other);
    /**
     * The ad groups of @p fresh take its totals, whatever they had (kept values of an earlier
     * fetch, or a chunk received before a retry); the others stay as they are.
     */
    void replaceWith(const PerformanceSummary &fresh);

    /** Integer division rounded to nearest, halves away from zero; @p denominator > 0. */
    static qint64 divideRounded(qint64 numerator, qint64 denominator);

private:
    Currency m_currency;
    QHash<QString, PerformanceTotals> m_byAdGroup;
    QStringList m_order;
    PerformanceTotals m_overall;
};

} // namespace pinstripe
