#pragma once

#include <QCoreApplication>
#include <QString>

namespace pinstripe {

class EditingSheet;

/**
 * Writes an EditingSheet as an Excel workbook (.xlsx, with libxlsxwriter) whose cells have
 * types, so spreadsheets sort and sum them without guessing: money as numbers in a currency
 * format, times as date-times in the zone the header names, ids and words as text (an id never
 * becomes a number that loses digits). The header row is bold and frozen; columns are as wide as
 * their contents (within limits).
 */
class XlsxSheetWriter final
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSheetWriter)

public:
    XlsxSheetWriter() = delete;

    /**
     * Writes @p sheet to @p path; a failed write leaves an older file at @p path as it was.
     * Returns false and a message in @p errorMessage when the file cannot be written.
     */
    static bool write(const EditingSheet &sheet, const QString &path, QString *errorMessage = nullptr);

    /** The Excel number format of money in @p currencyCode with @p minorUnits decimals: "#,##0.00 [$USD]". */
    static QString moneyFormat(const QString &currencyCode, int minorUnits);
};

} // namespace pinstripe
