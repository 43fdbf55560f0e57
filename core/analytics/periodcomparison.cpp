#include "core/analytics/periodcomparison.h"

#include "core/analytics/performancesummary.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace pinstripe {

std::optional<qint64> PeriodComparison::deltaBasisPoints(qint64 current, qint64 previous)
{
    if (previous == 0)
        return std::nullopt;
    constexpr qint64 kScale = 10'000; // hundredths of a percent
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    constexpr qint64 kMin = std::numeric_limits<qint64>::min();
    const bool subtractionOverflows = (previous > 0 && current < kMin + previous) || (previous < 0 && current > kMax + previous);
    if (subtractionOverflows)
        return deltaBasisPoints(std::optional<double>(double(current)), std::optional<double>(double(previous)));
    const qint64 difference = current - previous;
    if (difference > kMax / kScale || difference < kMin / kScale) {
        // Astronomically large values: exact integers are no longer needed at this size.
        return deltaBasisPoints(std::optional<double>(double(current)), std::optional<double>(double(previous)));
    }
    const qint64 scaled = difference * kScale;
    qint64 denominator = previous;
    if (denominator < 0) {
        // A negative base (refunds) keeps the sign of the change readable: from −10 to −5 is up.
        denominator = -denominator;
    }
    return PerformanceSummary::divideRounded(scaled, denominator);
}

std::optional<qint64> PeriodComparison::deltaBasisPoints(std::optional<double> current, std::optional<double> previous)
{
    if (!current || !previous || *previous == 0.0 || !std::isfinite(*current) || !std::isfinite(*previous))
        return std::nullopt;
    const double value = std::round((*current - *previous) / std::abs(*previous) * 10'000.0);
    if (std::abs(value) >= double(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return qint64(value);
}

QString PeriodComparison::format(std::optional<qint64> basisPoints, const QLocale &locale)
{
    if (!basisPoints)
        return QCoreApplication::translate("pinstripe::PeriodComparison", "n/a");
    const qint64 bp = *basisPoints;
    const qint64 magnitude = bp < 0 ? -bp : bp;
    const QString number = locale.toString(magnitude / 100) + locale.decimalPoint()
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    const QString sign = bp > 0 ? QStringLiteral("+") : (bp < 0 ? QStringLiteral("-") : QString());
    return sign + number + QStringLiteral(" %");
}

QString PeriodComparison::describe(qint64 current, qint64 previous, const QLocale &locale)
{
    return format(deltaBasisPoints(current, previous), locale);
}

} // namespace pinstripe
