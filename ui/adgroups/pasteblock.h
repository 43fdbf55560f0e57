#pragma once

#include "core/sheet/celleditplanner.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace pinstripe {

/**
 * A block of cells pasted from a spreadsheet and where its cells go in the ad group table.
 *
 * The block's rows go to the shown rows from the top-left cell down, its columns to the shown
 * columns from there to the right (in the order shown, hidden columns skipped). A first row
 * that names columns (as a copy from the table or a sheet's header row has it) is skipped, and
 * when it names a shown column the block starts at that column, so a copied block lines up
 * again. One value pasted over several selected rows goes into that column of each of them.
 * Cells of columns that cannot be edited are left out unless they hold what the table shows.
 */
class PasteBlock final
{
    Q_DECLARE_TR_FUNCTIONS(PasteBlock)

public:
    /** The table as shown, and where the paste starts. */
    struct Target
    {
        QStringList rowIds;       ///< the ad group ids of the shown rows, in the order shown
        QList<int> columns;       ///< the shown model columns, in the order shown
        QStringList columnTitles; ///< their titles, in the same order
        int row = 0;              ///< index into rowIds of the top-left cell
        int column = 0;           ///< index into columns of the top-left cell
        QList<int> selectedRows;  ///< indexes into rowIds of the selected rows
        /** The text a cell shows (rowIds index, columns index): a read-only cell pasted as it is is no edit. */
        std::function<QString(int row, int column)> shownText;
    };

    /** What the block comes to. */
    struct Mapping
    {
        QList<CellEdit> edits;
        /** The ad group of each pasted row → its row number in the pasted block (1 = first row of values). */
        QHash<QString, int> pastedRowOf;
        /** What was left out, in words (read-only columns, rows or columns past the table's end). */
        QStringList notes;
        bool headerSkipped = false;
        int rows = 0; ///< rows of values in the block
    };

    /**
     * The rows and fields of @p text as spreadsheets put TSV on the clipboard: tab-separated,
     * one row a line (LF or CRLF), a field in double quotes may hold tabs, line breaks and "".
     */
    static QList<QStringList> splitTsv(const QString &text);

    /** Where the cells of @p rows go in @p target. */
    static Mapping map(QList<QStringList> rows, const Target &target);

private:
    static bool isHeaderRow(const QStringList &row, const QStringList &titles);
};

} // namespace pinstripe
