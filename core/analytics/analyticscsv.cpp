#include "core/analytics/analyticscsv.h"

#include "core/analytics/metriccatalog.h"
#include "core/analytics/targetingvaluenames.h"
#include "core/store/csvwriter.h"
#include "core/store/sheetreader.h"

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
    // The one reader of sheets: the same quoting, byte order mark and line-end rules as imports.
    const SheetReader::Result read = SheetReader::read(csv);
    if (read.sheet.header.isEmpty())
        return {};
    QList<QStringList> records{read.sheet.header};
    records << read.sheet.rows;
    return records;
}

} // namespace pinstripe
