#pragma once

#include "core/analytics/targetingbreakdown.h"
#include "core/model/analyticsreport.h"
#include "core/model/currency.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace pinstripe {

/**
 * CSV export of analytics, for spreadsheets and scripts, written with CsvWriter (RFC 4180:
 * comma separated, CRLF line ends, fields with commas, quotes or line breaks quoted, quotes
 * doubled). The bytes carry no byte order mark; the file export adds it for spreadsheets.
 *
 * Columns are headed in words ("Pin clicks (paid)"). Money columns are written twice: in
 * currency units ("1234.50" under "Spend (USD)") for people and in micro-units ("Spend
 * (micro-units)") for exact arithmetic. Numbers use a dot
 * and no group separators whatever the locale, so every spreadsheet reads them the same way.
 */
class AnalyticsCsv
{
public:
    /** One line per report row: ad group ID, date (empty for TOTAL), then @p columns. */
    static QByteArray fromReport(const AnalyticsReport &report, const QStringList &columns, const Currency &currency);
    /**
     * One line per targeting value of each type: the type and the value in words, the value as
     * Pinterest sent it, then the summed columns.
     */
    static QByteArray fromBreakdown(const TargetingBreakdown &breakdown);

    /** Reads CSV text back into records (header first) with SheetReader, as imports read sheets. */
    static QList<QStringList> parse(const QByteArray &csv);
    /** The header of the currency-units column of @p column, e.g. "Spend (USD)". */
    static QString unitsHeader(const QString &column, const Currency &currency);
    /** The header of the micro-units column of @p column, e.g. "Spend (micro-units)". */
    static QString microsHeader(const QString &column);
};

} // namespace pinstripe
