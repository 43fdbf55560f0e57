#pragma once

#include "core/model/currency.h"

#include <QLocale>
#include <QMetaType>
#include <QString>

#include <optional>

namespace pinstripe {

/**
 * An amount of money as Pinterest stores it: an integer number of micro-units
 * (1 unit = 1,000,000 micro-units) in the ad account's currency.
 *
 * All arithmetic, parsing and formatting is done on integers; a Money never passes through
 * a floating-point number, so a budget cannot drift by a rounding error or jump by a
 * factor of a million.
 */
class Money
{
public:
    static constexpr qint64 kMicrosPerUnit = 1'000'000;

    /** How format() names the currency. */
    enum class Style {
        Symbol, ///< "$1,234.50", "1.234,50 €" — placement follows the locale
        Code,   ///< "1,234.50 USD"
        Plain,  ///< "1,234.50"
    };

    Money() = default;
    Money(qint64 micros, Currency currency)
        : m_micros(micros)
        , m_currency(std::move(currency))
    {
    }

    qint64 micros() const { return m_micros; }
    const Currency &currency() const { return m_currency; }

    /** True when the amount is a whole number of the currency's minor units (cents, yen). */
    bool isWholeMinorUnits() const;
    /** The amount rounded to the currency's minor unit, halves away from zero. */
    Money roundedToMinorUnit() const;

    /**
     * Formats for people with the locale's digits and separators. Shows the currency's minor
     * units (2 for USD, none for JPY); an amount finer than that (a bid of $0.123456) shows the
     * extra digits instead of hiding them.
     */
    QString format(const QLocale &locale = QLocale(), Style style = Style::Symbol) const;

    /** Locale-independent decimal text in major units ("-1234.5" → "-1234.50"), for CSV files. */
    QString toDecimalString() const;

    /**
     * Parses what a person typed, in @p locale: digits with optional group separators, the
     * locale's decimal point, an optional sign and an optional currency symbol or code.
     * More decimals than the currency has (e.g. "¥10.5") or anything ambiguous is refused
     * with a message in @p errorMessage rather than guessed.
     */
    static std::optional<Money> parse(const QString &text, const Currency &currency,
                                      const QLocale &locale = QLocale(),
                                      QString *errorMessage = nullptr);

    /** Parses toDecimalString()'s format ("1234.50", "-3"), any number of decimals up to six. */
    static std::optional<Money> fromDecimalString(const QString &text, const Currency &currency);

    friend bool operator==(const Money &a, const Money &b)
    {
        return a.m_micros == b.m_micros && a.m_currency == b.m_currency;
    }
    friend bool operator!=(const Money &a, const Money &b) { return !(a == b); }

private:
    qint64 m_micros = 0;
    Currency m_currency;
};

} // namespace pinstripe

Q_DECLARE_METATYPE(pinstripe::Money)
