#include "core/analytics/performancesummary.h"

#include <limits>

namespace pinstripe {

namespace {

const QString kSpend = QStringLiteral("SPEND_IN_MICRO_DOLLAR");
const QString kImpressions = QStringLiteral("IMPRESSION_1");
const QString kClicks = QStringLiteral("CLICKTHROUGH_1");
const QString kConversions = QStringLiteral("TOTAL_CONVERSIONS");
const QString kValue = QStringLiteral("TOTAL_CHECKOUT_VALUE_IN_MICRO_DOLLAR");

qint64 micros(const AnalyticsRow &row, const QString &column, const Currency &currency)
{
    return row.money(column, currency).value_or(Money()).micros();
}

} // namespace

qint64 PerformanceSummary::divideRounded(qint64 numerator, qint64 denominator)
{
    const qint64 quotient = numerator / denominator;
    const qint64 remainder = numerator % denominator;
    // Compare 2·|remainder| with the denominator without overflowing.
    const qint64 absRemainder = remainder < 0 ? -remainder : remainder;
    if (absRemainder >= denominator - absRemainder)
        return numerator < 0 ? quotient - 1 : quotient + 1;
    return quotient;
}

std::optional<double> PerformanceTotals::ctr() const
{
    if (impressions <= 0)
        return std::nullopt;
    return double(clicks) / double(impressions);
}

std::optional<Money> PerformanceTotals::cpc() const
{
    if (clicks <= 0)
        return std::nullopt;
    return Money(PerformanceSummary::divideRounded(spend.micros(), clicks), spend.currency());
}

std::optional<Money> PerformanceTotals::cpm() const
{
    if (impressions <= 0)
        return std::nullopt;
    // Spend up to 9.2e15 micros (billions of dollars) times 1000 still fits in 64 bits.
    if (spend.micros() > std::numeric_limits<qint64>::max() / 1000)
        return Money(PerformanceSummary::divideRounded(spend.micros(), impressions) * 1000, spend.currency());
    return Money(PerformanceSummary::divideRounded(spend.micros() * 1000, impressions), spend.currency());
}

std::optional<double> PerformanceTotals::roas() const
{
    if (spend.micros() <= 0)
        return std::nullopt;
    return double(conversionValue.micros()) / double(spend.micros());
}

PerformanceTotals &PerformanceTotals::operator+=(const PerformanceTotals &other)
{
    spend = Money(spend.micros() + other.spend.micros(), other.hasData ? other.spend.currency() : spend.currency());
    conversionValue = Money(conversionValue.micros() + other.conversionValue.micros(), spend.currency());
    impressions += other.impressions;
    clicks += other.clicks;
    conversions += other.conversions;
    hasData = hasData || other.hasData;
    return *this;
}

QStringList PerformanceSummary::columns()
{
    return {kSpend, kImpressions, kClicks, kConversions, kValue};
}

PerformanceSummary PerformanceSummary::fromReport(const AnalyticsReport &report, const Currency &currency)
{
    PerformanceSummary summary;
    summary.m_currency = currency;
    summary.m_overall.spend = Money(0, currency);
    summary.m_overall.conversionValue = Money(0, currency);
    for (const AnalyticsRow &row : report.rows) {
        PerformanceTotals part;
        part.spend = Money(micros(row, kSpend, currency), currency);
        part.conversionValue = Money(micros(row, kValue, currency), currency);
        part.impressions = row.count(kImpressions);
        part.clicks = row.count(kClicks);
        part.conversions = row.count(kConversions);
        part.hasData = true;
        auto it = summary.m_byAdGroup.find(row.adGroupId);
        if (it == summary.m_byAdGroup.end()) {
            PerformanceTotals empty;
            empty.spend = Money(0, currency);
            empty.conversionValue = Money(0, currency);
            it = summary.m_byAdGroup.insert(row.adGroupId, empty);
            summary.m_order << row.adGroupId;
        }
        *it += part;
        summary.m_overall += part;
    }
    return summary;
}

void PerformanceSummary::replaceWith(const PerformanceSummary &fresh)
{
    for (const QString &id : fresh.m_order) {
        const PerformanceTotals now = fresh.m_byAdGroup.value(id);
        auto it = m_byAdGroup.find(id);
        if (it == m_byAdGroup.end()) {
            m_byAdGroup.insert(id, now);
            m_order << id;
        } else {
            // Out of the overall total with what it had, in again with what it has now.
            const PerformanceTotals &was = *it;
            const Currency currency = m_overall.spend.currency();
            m_overall.spend = Money(m_overall.spend.micros() - was.spend.micros(), currency);
            m_overall.conversionValue = Money(m_overall.conversionValue.micros() - was.conversionValue.micros(), currency);
            m_overall.impressions -= was.impressions;
            m_overall.clicks -= was.clicks;
            m_overall.conversions -= was.conversions;
            *it = now;
        }
        m_overall += now;
    }
}

PerformanceTotals PerformanceSummary::forAdGroup(const QString &adGroupId) const
{
    const auto it = m_byAdGroup.constFind(adGroupId);
    if (it != m_byAdGroup.cend())
        return *it;
    PerformanceTotals empty;
    empty.spend = Money(0, m_currency);
    empty.conversionValue = Money(0, m_currency);
    return empty;
}

void PerformanceSummary::merge(const PerformanceSummary &other)
{
    if (m_order.isEmpty() && !m_overall.hasData)
        m_currency = other.m_currency;
    for (const QString &id : other.m_order) {
        if (!m_byAdGroup.contains(id)) {
            m_order << id;
            m_byAdGroup.insert(id, other.m_byAdGroup.value(id));
        } else {
            m_byAdGroup[id] += other.m_byAdGroup.value(id);
        }
    }
    m_overall += other.m_overall;
}

} // namespace pinstripe
