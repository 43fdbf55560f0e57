#pragma once

#include "core/model/currency.h"
#include "core/sheet/sheetfield.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace pinstripe {

/** What reading and writing a cell depends on. */
struct SheetValueContext
{
    /** The ad account's currency: every money cell is in it. */
    Currency currency;
    /** The user's locale: numbers and dates are read in it (and in plain C format), words in the UI language. */
    QLocale locale;
    /** Times are read and written in this zone (the one the table shows). */
    QTimeZone timeZone = QTimeZone::systemTimeZone();
};

/**
 * Turns a cell's text into the wire value of a SheetField and back: money as integer
 * micro-units of the account currency (never through floating point), times as Unix seconds,
 * choices as their API value, on/off as a boolean.
 *
 * Reading accepts what people and spreadsheets write: amounts in the user's locale or in C
 * format ("1.234,50 €" and "1234.50" for a German user), with or without the currency's symbol
 * or code; dates as ISO ("2026-12-01 14:30") or in the locale's short and long formats, read
 * in the context's time zone; choices as the API value ("PAUSED"), in English ("Paused") or in
 * the UI language ("Pausiert"), case ignored. Anything else is refused with a message that
 * names the value and says what would be accepted.
 */
class SheetValueCodec final
{
    Q_DECLARE_TR_FUNCTIONS(SheetValueCodec)

public:
    /**
     * The wire value of @p text for @p field: a QJsonValue holding a string, an integer or a
     * boolean, or null for an empty cell of a field that can be cleared. Nothing (and a message
     * in @p error) when the text is not a value of the field.
     */
    static std::optional<QJsonValue> parse(SheetField field, const QString &text, const SheetValueContext &context,
                                           QString *error = nullptr);

    /** @p value as the table shows it: money with the currency symbol, local short date-times, words. */
    static QString display(SheetField field, const QJsonValue &value, const SheetValueContext &context);

    /**
     * @p value as an editing sheet holds it, read back exactly by parse(): money without symbol
     * in the locale's decimal point ("1234.50" or "1234,50"), times as "yyyy-MM-dd HH:mm" (with
     * ":ss" when the seconds are not zero), choices in words of the UI language, ids as digits.
     */
    static QString sheetText(SheetField field, const QJsonValue &value, const SheetValueContext &context);

    /** The words people read for choice @p wireValue of @p field ("PAUSED" → "Paused"). */
    static QString choiceText(SheetField field, const QString &wireValue);

    /** A Unix time @p seconds as the date-time the context's zone shows for it. */
    static QDateTime localTime(qint64 seconds, const SheetValueContext &context);

    /**
     * The locale a sheet's numbers are written in: @p userLocale unless the money cells
     * @p samples use a decimal comma while the user's locale uses a point (a sheet saved
     * in another locale), or the reverse; then a locale that reads them.
     */
    static QLocale numberLocaleOf(const QStringList &samples, const QLocale &userLocale);

private:
    static std::optional<QJsonValue> parseMoney(const QString &text, const SheetValueContext &context, QString *error);
    static std::optional<QJsonValue> parseTime(const QString &text, const SheetValueContext &context, QString *error);
    static std::optional<QJsonValue> parseChoice(SheetField field, const QString &text, QString *error);
    static std::optional<QJsonValue> parseBool(const QString &text, QString *error);
    static std::optional<QJsonValue> parseCount(const QString &text, const SheetValueContext &context, QString *error);
};

} // namespace pinstripe
