#include "core/changes/bulkadjustment.h"

#include <QCoreApplication>

#include <limits>

namespace pinstripe {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pinstripe::BulkAdjustment", text);
}

constexpr qint64 kBasisPointsPerWhole = 10'000;

/** numerator / denominator rounded to the nearest integer, halves away from zero (denominator > 0). */
qint64 divideRounded(qint64 numerator, qint64 denominator)
{
    const qint64 quotient = numerator / denominator;
    const qint64 remainder = numerator % denominator;
    const qint64 twice = 2 * (remainder < 0 ? -remainder : remainder);
    if (twice >= denominator)
        return quotient + (numerator < 0 ? -1 : 1);
    return quotient;
}

} // namespace

std::optional<qint64> BulkAdjustment::parsePercent(const QString &input, const QLocale &locale, QString *error)
{
    QString text = input.trimmed();
    if (text.endsWith(QLatin1Char('%')))
        text.chop(1);
    text = text.trimmed();
    if (const QString point = locale.decimalPoint(); point != QLatin1String("."))
        text.replace(point, QStringLiteral("."));
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    bool ok = !whole.isEmpty() || !fraction.isEmpty();
    for (QChar c : QString(whole + fraction))
        ok = ok && c.isDigit() && c.unicode() < 128;
    if (!ok || fraction.size() > 2 || whole.size() > 6) {
        if (error)
            *error = tr("\"%1\" is not a percentage (up to two decimals, e.g. %2 or %3).")
                         .arg(input, locale.toString(15), locale.toString(12.5, 'f', 1));
        return std::nullopt;
    }
    const qint64 basisPoints = (whole.isEmpty() ? 0 : whole.toLongLong()) * 100
        + (fraction.isEmpty() ? 0 : fraction.leftJustified(2, QLatin1Char('0')).toLongLong());
    return basisPoints;
}

std::optional<qint64> BulkAdjustment::apply(qint64 micros, const Currency &currency, QString *error) const
{
    auto fail = [error](const QString &message) -> std::optional<qint64> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const qint64 step = currency.microsPerMinorUnit();
    constexpr qint64 kMax = std::numeric_limits<qint64>::max() / 4;

    qint64 exactNumerator = 0;  // the new value is exactNumerator / denominator micro-units
    qint64 denominator = 1;
    switch (m_mode) {
    case Mode::SetTo:
        exactNumerator = m_amountMicros;
        break;
    case Mode::IncreaseBy:
    case Mode::DecreaseBy: {
        const qint64 delta = m_mode == Mode::IncreaseBy ? m_amountMicros : -m_amountMicros;
        if ((delta > 0 && micros > kMax - delta))
            return fail(tr("The result is too large."));
        exactNumerator = micros + delta;
        break;
    }
    case Mode::IncreaseByPercent:
    case Mode::DecreaseByPercent: {
        const qint64 factor = kBasisPointsPerWhole + (m_mode == Mode::IncreaseByPercent ? m_basisPoints : -m_basisPoints);
        if (factor < 0)
            return fail(tr("A decrease of more than 100% would make the amount negative."));
        if (factor > 0 && micros > kMax / factor)
            return fail(tr("The result is too large."));
        exactNumerator = micros * factor;
        denominator = kBasisPointsPerWhole;
        break;
    }
    }
    // Round once, from the exact value straight to whole minor units.
    const qint64 minorUnits = divideRounded(exactNumerator, denominator * step);
    const qint64 result = minorUnits * step;
    if (result < 0)
        return fail(tr("The result would be below zero."));
    return result;
}

} // namespace pinstripe
