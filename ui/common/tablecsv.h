#pragma once

#include "core/store/csvexporter.h"
#include "ui/common/savefiledialog.h"

#include <QCoreApplication>
#include <QtGlobal>
#include <QList>
#include <QStringList>

class QAbstractItemModel;
class QHeaderView;

namespace pinstripe {

/**
 * A table view's rows as CSV fields, in two flavors. For spreadsheets: the columns a person
 * sees, in their on-screen order, as displayed (words, money in the currency). For tools: every
 * column with codes and raw numbers, so scripts get a stable layout whatever the view shows.
 */
class TableCsv final
{
    Q_DECLARE_TR_FUNCTIONS(TableCsv)

public:
    TableCsv() = delete;

    /** The columns shown by @p header: logical indexes in on-screen order, hidden ones left out. */
    static QList<int> shownColumns(const QHeaderView *header);
    /** The header titles of @p columns. */
    static QStringList titles(const QAbstractItemModel *model, const QList<int> &columns);
    /** The fields of @p columns in each of @p rows, read under @p role (DisplayRole: as shown). */
    static QList<QStringList> cells(const QAbstractItemModel *model, const QList<int> &rows, const QList<int> &columns,
                                    int role = Qt::DisplayRole);

    /** The save dialog's file types: for spreadsheets (preselected), then for tools. */
    static QList<SaveFileDialog::FileType> fileTypes();
    /** The flavor of the file type chosen in the save dialog (an index of fileTypes()). */
    static CsvExporter::Flavor flavorOf(int fileType);
};

} // namespace pinstripe
