#pragma once

#include "core/sheet/sheetimportplan.h"

#include <QAbstractTableModel>

namespace pinstripe {

/**
 * The rows of a planned import as a table: the sheet's line, what the row does (update, create,
 * unchanged, error), the ad group, each changed field "before → after", and the errors in words.
 * Texts are made when a row is shown, so a sheet of ten thousand rows opens at once.
 */
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewModel)

public:
    enum Column { Line, Kind, AdGroup, Changes, Errors, ColumnCount };
    /** The row's SheetImportRow::Kind, as an int. */
    static constexpr int KindRole = Qt::UserRole + 1;

    explicit ImportPreviewModel(const SheetImportPlan *plan, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** "Budget: $10.00 → $12.50" per changed cell of @p row of @p plan; "Name: Spring" for a create. */
    static QStringList changeTexts(const SheetImportPlan &plan, const SheetImportRow &row);

private:
    const SheetImportPlan *m_plan;
};

} // namespace pinstripe
