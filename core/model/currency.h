#pragma once

#include <QMetaType>
#include <QString>

namespace pinstripe {

/**
 * An ISO 4217 currency as Pinterest names it on an ad account (`AdAccount.currency`).
 *
 * Every micro-currency amount of an account (bids, budgets, spend, floors) is in this
 * currency. Codes Pinstripe does not know are kept verbatim (and shown with two decimals)
 * so that a currency Pinterest adds later still round-trips.
 */
class Currency
{
public:
    Currency() = default;
    /** Wraps @p isoCode (e.g. "USD"); the code is upper-cased. */
    explicit Currency(const QString &isoCode);

    /** The ISO code as sent by Pinterest, e.g. "EUR"; "UNK" when unknown. */
    QString code() const { return m_code; }
    /** Digits after the decimal point in everyday use: 2 for USD/EUR, 0 for JPY/KRW/CLP. */
    int minorUnits() const;
    /** Micro-units in one minor unit: 10,000 for USD (a cent), 1,000,000 for JPY (a yen). */
    qint64 microsPerMinorUnit() const;
    /** A short symbol for display ("$", "€", "¥"), or the code if no unambiguous symbol exists. */
    QString symbol() const;
    /** True for the 27 currencies Pinterest's API documents. */
    bool isKnown() const;

    static Currency usd() { return Currency(QStringLiteral("USD")); }
    static Currency eur() { return Currency(QStringLiteral("EUR")); }
    static Currency jpy() { return Currency(QStringLiteral("JPY")); }

    friend bool operator==(const Currency &a, const Currency &b) { return a.m_code == b.m_code; }
    friend bool operator!=(const Currency &a, const Currency &b) { return !(a == b); }

private:
    QString m_code = QStringLiteral("UNK");
};

} // namespace pinstripe

Q_DECLARE_METATYPE(pinstripe::Currency)
