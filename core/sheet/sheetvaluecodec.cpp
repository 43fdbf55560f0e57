#include "core/sheet/sheetvaluecodec.h"

#include "core/model/enumwords.h"
#include "core/model/money.h"

#include <QDateTime>
#include <QRegularExpression>

namespace pinstripe {

namespace {

std::optional<enumwords::Kind> kindOf(SheetField field)
{
    switch (field) {
    case SheetField::Status: return enumwords::Kind::EntityStatus;
    case SheetField::BudgetType: return enumwords::Kind::BudgetType;
    case SheetField::BidStrategy: return enumwords::Kind::BidStrategy;
    case SheetField::BillableEvent: return enumwords::Kind::BillableEvent;
    case SheetField::Pacing: return enumwords::Kind::Pacing;
    case SheetField::Placement: return enumwords::Kind::Placement;
    default: return std::nullopt;
    }
}

std::optional<QJsonValue> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

/** Date-time formats tried after ISO: the locale's own, with four- and two-digit years, with and without seconds. */
QStringList localeFormats(const QLocale &locale)
{
    QStringList formats;
    for (const QLocale::FormatType type : {QLocale::ShortFormat, QLocale::LongFormat}) {
        const QString dateTime = locale.dateTimeFormat(type);
        formats << dateTime;
    }
    QStringList dates{locale.dateFormat(QLocale::ShortFormat)};
    // Short formats often have two-digit years ("dd.MM.yy"); spreadsheets write four.
    if (!dates.first().contains(QLatin1String("yyyy")))
        dates << QString(dates.first()).replace(QLatin1String("yy"), QLatin1String("yyyy"));
    const QString time = locale.timeFormat(QLocale::ShortFormat);
    for (const QString &date : std::as_const(dates)) {
        formats << date + QLatin1Char(' ') + time;
        formats << date + QLatin1String(" HH:mm:ss") << date + QLatin1String(" H:mm:ss");
        formats << date + QLatin1String(" HH:mm") << date + QLatin1String(" H:mm");
        formats << date;
    }
    formats.removeDuplicates();
    return formats;
}

} // namespace

std::optional<QJsonValue> SheetValueCodec::parse(SheetField field, const QString &rawText,
                                                 const SheetValueContext &context, QString *error)
{
    const QString text = rawText.trimmed();
    if (text.isEmpty() && field != SheetField::Name) {
        if (SheetFields::isClearable(field) || !SheetFields::isEditable(field))
            return QJsonValue(QJsonValue::Null);
        return fail(error, tr("%1 cannot be empty.").arg(SheetFields::header(field)));
    }
    switch (field) {
    case SheetField::Id:
    case SheetField::AdAccountId:
    case SheetField::CampaignId: {
        // Ids are digits; a spreadsheet that took one for a number shows "2.68E+12" and lost digits.
        static const QRegularExpression digits(QStringLiteral("^\\d+$"));
        if (!digits.match(text).hasMatch())
            return fail(error, tr("\"%1\" is not an id: ids are digits only (a spreadsheet may have turned it into a number; format the column as text).").arg(text));
        return QJsonValue(text);
    }
    case SheetField::Campaign:
    case SheetField::Name:
        return QJsonValue(text);
    case SheetField::Budget:
    case SheetField::Bid:
        return parseMoney(text, context, error);
    case SheetField::Start:
    case SheetField::End:
        return parseTime(text, context, error);
    case SheetField::AutoTargeting:
        return parseBool(text, error);
    case SheetField::FrequencyCap:
        return parseCount(text, context, error);
    default:
        return parseChoice(field, text, error);
    }
}

std::optional<QJsonValue> SheetValueCodec::parseMoney(const QString &text, const SheetValueContext &context, QString *error)
{
    QString message;
    std::optional<Money> money = Money::parse(text, context.currency, context.locale, &message);
    if (!money) {
        // Plain C format ("1234.50"), as scripts and sheets from other locales write it.
        QString plain = text;
        plain.remove(context.currency.code(), Qt::CaseInsensitive);
        if (context.currency.symbol() != context.currency.code())
            plain.remove(context.currency.symbol());
        money = Money::fromDecimalString(plain.trimmed(), context.currency);
    }
    if (!money)
        return fail(error, message);
    if (!money->isWholeMinorUnits())
        return fail(error, tr("\"%1\" has more decimals than %2 has.").arg(text, context.currency.code()));
    return QJsonValue(money->micros());
}

std::optional<QJsonValue> SheetValueCodec::parseTime(const QString &text, const SheetValueContext &context, QString *error)
{
    // ISO dates and times are read as a date and a wall-clock time, not as a QDateTime: that
    // would be in the machine's zone, where a time of the sheet's zone may not exist (the hour
    // the clocks skip), and asks the C library for the zone on every attempt (slow for big sheets).
    static const QRegularExpression iso(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})(?:[ T](\\d{1,2}:\\d{2}(:\\d{2})?))?$"));
    QDateTime parsed;
    if (const QRegularExpressionMatch match = iso.match(text); match.hasMatch()) {
        const QDate date = QDate::fromString(match.captured(1), QStringLiteral("yyyy-MM-dd"));
        const QTime time = match.captured(2).isEmpty()
            ? QTime(0, 0)
            : QTime::fromString(match.captured(2), match.captured(3).isEmpty() ? QStringLiteral("H:mm") : QStringLiteral("H:mm:ss"));
        if (date.isValid() && time.isValid())
            parsed = QDateTime(date, time, QTimeZone::utc());
    }
    if (!parsed.isValid()) {
        for (const QString &format : localeFormats(context.locale)) {
            parsed = context.locale.toDateTime(text, format);
            if (parsed.isValid())
                break;
        }
    }
    if (!parsed.isValid())
        return fail(error, tr("\"%1\" is not a date and time; write it like %2 or %3.")
                               .arg(text, QStringLiteral("2026-12-31 18:00"),
                                    context.locale.toString(QDateTime(QDate(2026, 12, 31), QTime(18, 0)), QLocale::ShortFormat)));
    // Two-digit years ("31.12.26") are read by Qt as 19xx; ad schedules are in this century.
    QDate date = parsed.date();
    if (date.year() < 1970)
        date = date.addYears(100);
    // The wall-clock time read is in the context's zone, not the machine's.
    const QDateTime inZone(date, parsed.time(), context.timeZone);
    if (!inZone.isValid())
        return fail(error, tr("%1 does not exist in %2 (the clocks change then).").arg(text, QString::fromUtf8(context.timeZone.id())));
    return QJsonValue(inZone.toSecsSinceEpoch());
}

std::optional<QJsonValue> SheetValueCodec::parseChoice(SheetField field, const QString &text, QString *error)
{
    const std::optional<enumwords::Kind> kind = kindOf(field);
    const QStringList values = SheetFields::choices(field);
    QStringList words;
    for (const QString &value : values) {
        if (text.compare(value, Qt::CaseInsensitive) == 0 || (kind && (text.compare(enumwords::text(*kind, value), Qt::CaseInsensitive) == 0 || text.compare(enumwords::englishText(*kind, value), Qt::CaseInsensitive) == 0)))
            return QJsonValue(value);
        words << choiceText(field, value);
    }
    return fail(error, tr("\"%1\" is not allowed for %2; choose one of: %3.")
                           .arg(text, SheetFields::header(field), words.join(QStringLiteral(", "))));
}

std::optional<QJsonValue> SheetValueCodec::parseBool(const QString &text, QString *error)
{
    static const QStringList yes{QStringLiteral("on"), QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("1")};
    static const QStringList no{QStringLiteral("off"), QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("0")};
    const QString lower = text.toLower();
    if (yes.contains(lower) || lower == tr("On").toLower() || lower == tr("Yes").toLower())
        return QJsonValue(true);
    if (no.contains(lower) || lower == tr("Off").toLower() || lower == tr("No").toLower())
        return QJsonValue(false);
    return fail(error, tr("\"%1\" is neither %2 nor %3.").arg(text, tr("On"), tr("Off")));
}

std::optional<QJsonValue> SheetValueCodec::parseCount(const QString &text, const SheetValueContext &context, QString *error)
{
    bool ok = false;
    qint64 count = context.locale.toLongLong(text, &ok);
    if (!ok)
        count = text.toLongLong(&ok);
    if (!ok || count < 0)
        return fail(error, tr("\"%1\" is not a whole number of zero or more.").arg(text));
    return QJsonValue(count);
}

QString SheetValueCodec::choiceText(SheetField field, const QString &wireValue)
{
    if (field == SheetField::AutoTargeting)
        return wireValue == QLatin1String("true") ? tr("On") : tr("Off");
    if (const std::optional<enumwords::Kind> kind = kindOf(field))
        return enumwords::text(*kind, wireValue);
    return wireValue;
}

QDateTime SheetValueCodec::localTime(qint64 seconds, const SheetValueContext &context)
{
    return QDateTime::fromSecsSinceEpoch(seconds, context.timeZone);
}

QString SheetValueCodec::display(SheetField field, const QJsonValue &value, const SheetValueContext &context)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (SheetFields::isMoney(field))
        return Money(value.toInteger(), context.currency).format(context.locale);
    if (SheetFields::isTime(field))
        return context.locale.toString(localTime(value.toInteger(), context), QLocale::ShortFormat);
    if (field == SheetField::AutoTargeting)
        return value.toBool() ? tr("On") : tr("Off");
    if (field == SheetField::FrequencyCap)
        return context.locale.toString(value.toInteger());
    if (SheetFields::isChoice(field))
        return choiceText(field, value.toString());
    return value.toString();
}

QString SheetValueCodec::sheetText(SheetField field, const QJsonValue &value, const SheetValueContext &context)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (SheetFields::isMoney(field)) {
        QString text = Money(value.toInteger(), context.currency).toDecimalString();
        if (context.locale.decimalPoint() != QLatin1String("."))
            text.replace(QLatin1Char('.'), context.locale.decimalPoint());
        return text;
    }
    if (SheetFields::isTime(field)) {
        const QDateTime time = localTime(value.toInteger(), context);
        return time.toString(time.time().second() == 0 ? QStringLiteral("yyyy-MM-dd HH:mm") : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    if (field == SheetField::AutoTargeting)
        return value.toBool() ? tr("On") : tr("Off");
    if (field == SheetField::FrequencyCap)
        return QString::number(value.toInteger());
    if (SheetFields::isChoice(field))
        return choiceText(field, value.toString());
    return value.toString();
}

QLocale SheetValueCodec::numberLocaleOf(const QStringList &samples, const QLocale &userLocale)
{
    // "12,50" or "1.234,5": a decimal comma; "12.50" or "1,234.5": a decimal point. Whole
    // numbers ("12", "1.234") say nothing and are read in whichever locale wins.
    static const QRegularExpression comma(QStringLiteral("^[^.,]*(?:\\.\\d{3})*,\\d{1,6}\\D*$"));
    static const QRegularExpression point(QStringLiteral("^[^.,]*(?:,\\d{3})*\\.\\d{1,6}\\D*$"));
    int commas = 0;
    int points = 0;
    for (const QString &sample : samples) {
        const QString text = sample.trimmed();
        if (comma.match(text).hasMatch())
            ++commas;
        else if (point.match(text).hasMatch())
            ++points;
    }
    const bool userComma = userLocale.decimalPoint() == QLatin1String(",");
    if (commas > points && !userComma)
        return QLocale(QLocale::German, QLocale::Germany);
    if (points > commas && userComma)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return userLocale;
}

} // namespace pinstripe
