#include "core/model/money.h"

#include <QCoreApplication>

#include <limits>

namespace pinstripe {

namespace {

constexpr quint64 kMicros = static_cast<quint64>(Money::kMicrosPerUnit);
// The largest whole-unit part that still fits in qint64 micro-units.
constexpr quint64 kMaxWholeUnits = static_cast<quint64>(std::numeric_limits<qint64>::max()) / kMicros;

QString tr(const char *text)
{
    return QCoreApplication::translate("pinstripe::Money", text);
}

quint64 absoluteMicros(qint64 micros)
{
    // Negating INT64_MIN overflows; go through unsigned arithmetic instead.
    return micros < 0 ? 0 - static_cast<quint64>(micros) : static_cast<quint64>(micros);
}

/** Fraction digits to show: the currency's minor units, more only if the amount has them. */
int fractionDigitsFor(quint64 fractionMicros, int minorUnits)
{
    int digits = 6;
    while (digits > minorUnits && fractionMicros % 10 == 0) {
        fractionMicros /= 10;
        --digits;
    }
    return digits;
}

QString fractionText(quint64 fractionMicros, int digits)
{
    return QStringLiteral("%1").arg(fractionMicros, 6, 10, QLatin1Char('0')).left(digits);
}

/** Whole units plus fraction micros as signed micros, or nothing if that overflows qint64. */
std::optional<qint64> composeMicros(quint64 whole, quint64 fractionMicros, bool negative)
{
    constexpr auto kMax = static_cast<quint64>(std::numeric_limits<qint64>::max());
    if (whole > kMaxWholeUnits || whole * kMicros > kMax - fractionMicros)
        return std::nullopt;
    const auto micros = static_cast<qint64>(whole * kMicros + fractionMicros);
    return negative ? -micros : micros;
}

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F);
}

} // namespace

bool Money::isWholeMinorUnits() const
{
    return m_micros % m_currency.microsPerMinorUnit() == 0;
}

Money Money::roundedToMinorUnit() const
{
    const qint64 step = m_currency.microsPerMinorUnit();
    const qint64 remainder = m_micros % step; // same sign as m_micros
    qint64 rounded = m_micros - remainder;
    if (2 * (remainder < 0 ? -remainder : remainder) >= step)
        rounded += remainder < 0 ? -step : step;
    return Money(rounded, m_currency);
}

QString Money::format(const QLocale &requested, Style style) const
{
    // The C locale (no locale configured, common in containers) places currency symbols
    // oddly ("2.00$"); format as US English there instead.
    const QLocale locale = requested.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                              : requested;
    const quint64 magnitude = absoluteMicros(m_micros);
    const quint64 whole = magnitude / kMicros;
    const quint64 fraction = magnitude % kMicros;
    const int digits = fractionDigitsFor(fraction, m_currency.minorUnits());

    const QString wholeText = locale.toString(static_cast<qulonglong>(whole));
    QString number = wholeText;
    if (digits > 0)
        number += locale.decimalPoint() + fractionText(fraction, digits);

    QString text;
    switch (style) {
    case Style::Plain:
        text = number;
        break;
    case Style::Code:
        text = number + QLatin1Char(' ') + m_currency.code();
        break;
    case Style::Symbol: {
        // Let the locale place the symbol ("$1,234" vs "1.234 €") around the whole part,
        // then put the exact number in its place; toCurrencyString() itself only takes
        // doubles or whole numbers.
        text = locale.toCurrencyString(static_cast<qulonglong>(whole), m_currency.symbol());
        const qsizetype at = text.indexOf(wholeText);
        if (at < 0)
            text = m_currency.symbol() + number;
        else
            text.replace(at, wholeText.size(), number);
        break;
    }
    }
    return m_micros < 0 ? locale.negativeSign() + text : text;
}

QString Money::toDecimalString() const
{
    const quint64 magnitude = absoluteMicros(m_micros);
    const quint64 fraction = magnitude % kMicros;
    const int digits = fractionDigitsFor(fraction, m_currency.minorUnits());
    QString text = QString::number(magnitude / kMicros);
    if (digits > 0)
        text += QLatin1Char('.') + fractionText(fraction, digits);
    return m_micros < 0 ? QLatin1Char('-') + text : text;
}

std::optional<Money> Money::parse(const QString &input, const Currency &currency,
                                  const QLocale &locale, QString *errorMessage)
{
    auto fail = [errorMessage](const QString &message) -> std::optional<Money> {
        if (errorMessage)
            *errorMessage = message;
        return std::nullopt;
    };

    // Drop the currency's code and symbol and all spacing; what is left must be a number.
    QString text = input;
    text.remove(currency.code(), Qt::CaseInsensitive);
    if (currency.symbol() != currency.code())
        text.remove(currency.symbol());
    text.removeIf(isSpace);
    if (text.isEmpty())
        return fail(tr("Enter an amount."));

    bool negative = false;
    if (text.startsWith(locale.negativeSign()) || text.startsWith(QLatin1Char('-'))
        || text.startsWith(QChar(0x2212))) {
        negative = true;
        text.remove(0, 1);
    } else if (text.startsWith(QLatin1Char('+'))) {
        text.remove(0, 1);
    }

    const QString decimalPoint = locale.decimalPoint();
    const QString groupSeparator = locale.groupSeparator();

    QString wholeDigits;
    QString fractionDigits;
    bool inFraction = false;
    int digitsSinceSeparator = -1; // -1: no group separator seen yet
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            (inFraction ? fractionDigits : wholeDigits) += c;
            if (!inFraction && digitsSinceSeparator >= 0)
                ++digitsSinceSeparator;
            continue;
        }
        const QString rest = text.mid(i);
        if (!inFraction && rest.startsWith(decimalPoint)) {
            if (digitsSinceSeparator >= 0 && digitsSinceSeparator != 3)
                return fail(tr("\"%1\" is not a valid amount: digit groups must have three digits.").arg(input));
            inFraction = true;
            i += decimalPoint.size() - 1;
            continue;
        }
        if (!inFraction && !groupSeparator.isEmpty() && rest.startsWith(groupSeparator)
            && !wholeDigits.isEmpty() && (digitsSinceSeparator < 0 || digitsSinceSeparator == 3)) {
            digitsSinceSeparator = 0;
            i += groupSeparator.size() - 1;
            continue;
        }
        return fail(tr("\"%1\" is not a valid amount: unexpected \"%2\".").arg(input, c));
    }
    if (!inFraction && digitsSinceSeparator >= 0 && digitsSinceSeparator != 3)
        return fail(tr("\"%1\" is not a valid amount: digit groups must have three digits.").arg(input));
    if (wholeDigits.isEmpty() && fractionDigits.isEmpty())
        return fail(tr("\"%1\" is not a valid amount.").arg(input));

    const int minorUnits = currency.minorUnits();
    if (fractionDigits.size() > minorUnits) {
        if (minorUnits == 0)
            return fail(tr("%1 amounts have no decimal places.").arg(currency.code()));
        return fail(tr("%1 amounts have at most %2 decimal places.").arg(currency.code()).arg(minorUnits));
    }

    while (wholeDigits.size() > 1 && wholeDigits.startsWith(QLatin1Char('0')))
        wholeDigits.remove(0, 1);
    bool ok = true;
    const quint64 whole = wholeDigits.isEmpty() ? 0 : wholeDigits.toULongLong(&ok);
    quint64 fraction = 0;
    if (!fractionDigits.isEmpty())
        fraction = fractionDigits.leftJustified(6, QLatin1Char('0')).toULongLong();

    const std::optional<qint64> micros = ok && wholeDigits.size() <= 13
        ? composeMicros(whole, fraction, negative) : std::nullopt;
    if (!micros)
        return fail(tr("\"%1\" is too large.").arg(input));
    return Money(*micros, currency);
}

std::optional<Money> Money::fromDecimalString(const QString &text, const Currency &currency)
{
    QString plain = text.trimmed();
    const bool negative = plain.startsWith(QLatin1Char('-'));
    if (negative)
        plain.remove(0, 1);

    const qsizetype dot = plain.indexOf(QLatin1Char('.'));
    const QString wholePart = dot < 0 ? plain : plain.left(dot);
    const QString fractionPart = dot < 0 ? QString() : plain.mid(dot + 1);
    if ((wholePart.isEmpty() && fractionPart.isEmpty()) || fractionPart.size() > 6
        || wholePart.size() > 13)
        return std::nullopt;
    for (QChar ch : QString(wholePart + fractionPart)) {
        if (!(ch.isDigit() && ch.unicode() < 128))
            return std::nullopt;
    }

    const quint64 whole = wholePart.isEmpty() ? 0 : wholePart.toULongLong();
    const quint64 fraction = fractionPart.isEmpty()
        ? 0 : fractionPart.leftJustified(6, QLatin1Char('0')).toULongLong();
    const std::optional<qint64> micros = composeMicros(whole, fraction, negative);
    if (!micros)
        return std::nullopt;
    return Money(*micros, currency);
}

} // namespace pinstripe
