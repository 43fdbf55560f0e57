#include "ui/common/tablecsv.h"

#include <QAbstractItemModel>
#include <QHeaderView>

namespace pinstripe {

QList<int> TableCsv::shownColumns(const QHeaderView *header)
{
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

QStringList TableCsv::titles(const QAbstractItemModel *model, const QList<int> &columns)
{
    QStringList out;
    out.reserve(columns.size());
    for (int column : columns)
        out << model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    return out;
}

QList<QStringList> TableCsv::cells(const QAbstractItemModel *model, const QList<int> &rows, const QList<int> &columns, int role)
{
    QList<QStringList> out;
    out.reserve(rows.size());
    for (int row : rows) {
        QStringList fields;
        fields.reserve(columns.size());
        for (int column : columns)
            fields << model->index(row, column).data(role).toString();
        out << fields;
    }
    return out;
}

QList<SaveFileDialog::FileType> TableCsv::fileTypes()
{
    return {{tr("CSV for spreadsheets, as shown"), QStringLiteral("csv")},
            {tr("CSV for tools, with codes and every column"), QStringLiteral("csv")}};
}

CsvExporter::Flavor TableCsv::flavorOf(int fileType)
{
    return fileType == 1 ? CsvExporter::Flavor::Tools : CsvExporter::Flavor::Spreadsheet;
}

} // namespace pinstripe
