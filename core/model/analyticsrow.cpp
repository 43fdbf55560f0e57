#include "core/model/analyticsrow.h"

#include "core/model/analyticscolumn.h"
#include "core/model/jsonfields.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace pinstripe {

namespace {
constexpr QLatin1String kAdGroupId("AD_GROUP_ID");
constexpr QLatin1String kDate("DATE");

/**
 * Scales a plain decimal text ("-18.42", "301967.21", "20") by 10^@p decimals and rounds to an
 * integer, halves away from zero, without floating point. nullopt for anything else.
 */
std::optional<qint64> scaleDecimal(QStringView text, int decimals)
{
    bool negative = false;
    if (!text.isEmpty() && (text.front() == u'-' || text.front() == u'+')) {
        negative = text.front() == u'-';
        text = text.mid(1);
    }
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.mid(dot + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    qint64 result = 0;
    auto push = [&](QChar c) {
        const int digit = c.digitValue();
        if (c < u'0' || c > u'9' || result > (kMax - digit) / 10)
            return false;
        result = result * 10 + digit;
        return true;
    };
    for (const QChar c : whole) {
        if (!push(c))
            return std::nullopt;
    }
    for (qsizetype i = 0; i < decimals; ++i) {
        if (!push(i < fraction.size() ? fraction.at(i) : QChar(u'0')))
            return std::nullopt;
    }
    bool roundUp = false;
    for (qsizetype i = decimals; i < fraction.size(); ++i) {
        const QChar c = fraction.at(i);
        if (c < u'0' || c > u'9')
            return std::nullopt;
        if (i == decimals)
            roundUp = c >= u'5';
    }
    if (roundUp) {
        if (result == kMax)
            return std::nullopt;
        ++result;
    }
    return negative ? -result : result;
}

/** The exact decimal text of a numeric JSON value (or of a string holding one). */
QString decimalText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (!v.isDouble())
        return {};
    qint64 i = 0;
    if (json::readInteger(v, i))
        return QString::number(i);
    const double d = v.toDouble();
    if (!std::isfinite(d))
        return {};
    // The shortest text that reads back as the same double: 18.42 stays "18.42" instead of
    // 18.4199999999999999289, so the conversion to micros is exact for what was sent.
    return QString::number(d, 'f', QLocale::FloatingPointShortest);
}
} // namespace

QString AnalyticsRow::idToString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    qint64 i = 0;
    if (json::readInteger(value, i))
        return QString::number(i);
    if (value.isDouble() && std::isfinite(value.toDouble()))
        return QString::number(value.toDouble(), 'f', 0);
    return {};
}

std::optional<Money> AnalyticsRow::money(const QString &column, const Currency &accountCurrency) const
{
    const AnalyticsColumn::Kind kind = AnalyticsColumn::kind(column);
    int decimals = 0;
    if (kind == AnalyticsColumn::Kind::MicroMoney)
        decimals = 0;
    else if (kind == AnalyticsColumn::Kind::MajorMoney)
        decimals = 6;
    else
        return std::nullopt;
    const auto it = metrics.constFind(column);
    if (it == metrics.constEnd())
        return std::nullopt;
    if (kind == AnalyticsColumn::Kind::MicroMoney) {
        qint64 micros = 0;
        if (json::readInteger(it.value(), micros))
            return Money(micros, accountCurrency);
    }
    const QString text = decimalText(it.value());
    if (text.isEmpty())
        return std::nullopt;
    const std::optional<qint64> micros = scaleDecimal(text, decimals);
    if (!micros)
        return std::nullopt;
    return Money(*micros, accountCurrency);
}

std::optional<double> AnalyticsRow::number(const QString &column) const
{
    const auto it = metrics.constFind(column);
    if (it == metrics.constEnd())
        return std::nullopt;
    const QJsonValue &v = it.value();
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

qint64 AnalyticsRow::count(const QString &column) const
{
    const auto it = metrics.constFind(column);
    if (it == metrics.constEnd())
        return 0;
    const QJsonValue &v = it.value();
    qint64 i = 0;
    if (json::readInteger(v, i))
        return i;
    const std::optional<qint64> scaled = scaleDecimal(decimalText(v), 0);
    return scaled.value_or(0);
}

AnalyticsRow AnalyticsRow::fromJson(const QJsonObject &json)
{
    AnalyticsRow row;
    row.metrics.reserve(json.size());
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QString key = it.key();
        if (key == kAdGroupId) {
            row.rawAdGroupId = it.value();
            row.adGroupId = idToString(it.value());
        } else if (key == kDate) {
            row.rawDate = it.value();
            const QString text = it.value().toString();
            if (text.size() <= 10) {
                row.date = QDate::fromString(text, Qt::ISODate);
            } else {
                // HOUR rows may carry a time ("2025-01-06T13:00:00" or with a space); the
                // report is in UTC unless the text says otherwise.
                QString iso = text;
                if (iso.size() > 10 && iso.at(10) == u' ')
                    iso[10] = u'T';
                QDateTime dt = QDateTime::fromString(iso, Qt::ISODate);
                if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
                    dt = QDateTime(dt.date(), dt.time(), Qt::UTC);
                row.dateTime = dt;
                row.date = dt.isValid() ? dt.date() : QDate::fromString(text.left(10), Qt::ISODate);
            }
        } else {
            row.metrics.insert(key, it.value());
        }
    }
    return row;
}

QJsonObject AnalyticsRow::toJson() const
{
    QJsonObject o;
    for (auto it = metrics.constBegin(); it != metrics.constEnd(); ++it)
        o.insert(it.key(), it.value());
    if (!rawAdGroupId.isUndefined())
        o.insert(kAdGroupId, rawAdGroupId);
    else if (!adGroupId.isEmpty())
        o.insert(kAdGroupId, adGroupId);
    if (!rawDate.isUndefined())
        o.insert(kDate, rawDate);
    else if (dateTime.isValid())
        o.insert(kDate, dateTime.toUTC().toString(Qt::ISODate));
    else if (date.isValid())
        o.insert(kDate, date.toString(Qt::ISODate));
    return o;
}

} // namespace pinstripe
