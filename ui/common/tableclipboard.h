#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QMimeData;
class QTableView;

namespace pinstripe {

/**
 * Table cells for the clipboard the way spreadsheets exchange them, so Excel, LibreOffice and
 * Google Sheets keep the columns: tab-separated text with a header row (text/plain) and the same
 * block as an HTML table (text/html). Long digit strings (ad group and campaign ids) are marked
 * as text in the HTML, so a spreadsheet does not turn 2680060704140 into 2.68E+12.
 */
class TableClipboard final
{
public:
    /** A rectangle of cells as shown: column titles, then one list of texts per row. */
    struct Block
    {
        QStringList titles;
        QList<QStringList> rows;
        bool isEmpty() const { return rows.isEmpty(); }
    };

    /**
     * The selected cells of @p view (the current cell when nothing is selected): every row that
     * has a selected cell × every shown column that has one, in the order the view shows them.
     */
    static Block selectedBlock(const QTableView *view);

    /** Tab-separated, header first, CRLF-free lines; a field with a tab, line break or quote is quoted. */
    static QString toTsv(const Block &block);
    /** An HTML table with a header row; cells escaped; id-like cells marked as text. */
    static QString toHtml(const Block &block);
    /** Both, for QClipboard::setMimeData() (the caller owns the result until handing it over). */
    static QMimeData *toMimeData(const Block &block);
};

} // namespace pinstripe
