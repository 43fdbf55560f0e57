#include "core/analytics/analyticscsv.h"

#include "core/analytics/metriccatalog.h"
#include "core/analytics/targetingvaluenames.h"
#include "core/store/csvwriter.h"

#include <QCoreApplication>

#include <QJsonValue>
#include <QLocale>

#include <limits>

namespace pinstripe {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pinstripe::AnalyticsCsv", text);
}

// Locale-independent text of a raw JSON value.
QString plain(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        const qint64 whole = value.toInteger(std::numeric_limits<qint64>::min());
        if (whole != std::numeric_limits<qint64>::min() && double(whole) == d)
            return QString::number(whole);
        return QString::number(d, 'g', QLocale::FloatingPointShortest); // reads back exactly
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

} // namespace

QString AnalyticsCsv::unitsHeader(const QString &column, const Currency &currency)
{
    return MetricCatalog::label(column) + QStringLiteral(" (") + currency.code() + QLatin1Char(')');
}

QString AnalyticsCsv::microsHeader(const QString &column)
{
    return QCoreApplication::translate("pinstripe::AnalyticsCsv", "%1 (micro-units)").arg(MetricCatalog::label(column));
}

QByteArray AnalyticsCsv::fromReport(const AnalyticsReport &report, const QStringList &columns, const Currency &currency)
{
    QStringList header{tr("Ad group ID"), tr("Date")};
    for (const QString &column : columns) {
        if (MetricCatalog::isMoney(column))
            header << unitsHeader(column, currency) << microsHeader(column);
        else
            header << MetricCatalog::label(column);
    }
    CsvWriter csv;
    csv.writeHeader(header);
    for (const AnalyticsRow &row : report.rows) {
        QStringList fields{row.adGroupId, row.date.isValid() ? row.date.toString(Qt::ISODate) : QString()};
        for (const QString &column : columns) {
            if (MetricCatalog::isMoney(column)) {
                const auto money = row.money(column, currency);
                fields << (money ? money->toDecimalString() : QString());
                fields << (money ? QString::number(money->micros()) : QString());
            } else {
                fields << plain(row.value(column));
            }
        }
        csv.writeRecord(fields);
    }
    return csv.data();
}

QByteArray AnalyticsCsv::fromBreakdown(const TargetingBreakdown &breakdown)
{
    QStringList header{tr("Targeting type"), tr("Value"), tr("Value (code)")};
    for (const QString &column : breakdown.columns()) {
        if (MetricCatalog::isMoney(column))
            header << unitsHeader(column, breakdown.currency()) << microsHeader(column);
        else
            header << MetricCatalog::label(column);
    }
    CsvWriter csv;
    csv.writeHeader(header);
    for (const QString &type : breakdown.types()) {
        for (const TargetingBreakdownRow &row : breakdown.rows(type)) {
            QStringList fields{TargetingBreakdown::typeLabel(type), TargetingValueNames::label(type, row.value), row.value};
            for (const QString &column : breakdown.columns()) {
                if (MetricCatalog::isMoney(column))
                    fields << Money(row.sum(column), breakdown.currency()).toDecimalString();
                fields << QString::number(row.sum(column));
            }
            csv.writeRecord(fields);
        }
    }
    return csv.data();
}

QList<QStringList> AnalyticsCsv::parse(const QByteArray &csv)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF))) // the byte order mark files for spreadsheets start with
        text.remove(0, 1);
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            fields << field;
            records << fields;
            fields.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !fields.isEmpty()) {
        fields << field;
        records << fields;
    }
    return records;
}

} // namespace pinstripe
