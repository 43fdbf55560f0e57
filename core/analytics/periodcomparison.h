#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace pinstripe {

/**
 * The change of a metric against the previous period, as people read it: "+12.50 %",
 * "−3.00 %", or "n/a" when the previous period had nothing to compare with.
 *
 * Counts and micros are compared in integers (hundredths of a percent, rounded halves away
 * from zero), so a spend of $1,000,000.01 against $1,000,000.00 is not lost to rounding.
 */
class PeriodComparison
{
public:
    /** (current − previous) / previous in hundredths of a percent; nothing when previous is 0. */
    static std::optional<qint64> deltaBasisPoints(qint64 current, qint64 previous);
    /** The same for rates and ratios; nothing when previous is 0 or either is missing. */
    static std::optional<qint64> deltaBasisPoints(std::optional<double> current, std::optional<double> previous);
    /** "+12.50 %", "-3.00 %", "0.00 %" or "n/a". */
    static QString format(std::optional<qint64> basisPoints, const QLocale &locale = QLocale());
    /** format(deltaBasisPoints(current, previous)). */
    static QString describe(qint64 current, qint64 previous, const QLocale &locale = QLocale());
};

} // namespace pinstripe
