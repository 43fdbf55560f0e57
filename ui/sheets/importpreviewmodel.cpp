#include "ui/sheets/importpreviewmodel.h"

#include "ui/common/theme.h"

#include <QApplication>
#include <QPalette>

namespace pinstripe {

ImportPreviewModel::ImportPreviewModel(const SheetImportPlan *plan, QObject *parent)
    : QAbstractTableModel(parent)
    , m_plan(plan)
{
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_plan->rows().size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList ImportPreviewModel::changeTexts(const SheetImportPlan &plan, const SheetImportRow &row)
{
    QStringList texts;
    for (const SheetCellChange &cell : row.cells) {
        const QString header = SheetFields::header(cell.field);
        // A line break inside a value would split one change over two lines of the cell.
        const QString before = plan.text(cell.field, cell.before).replace(QLatin1Char('\n'), QLatin1Char(' '));
        const QString after = plan.text(cell.field, cell.after).replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (row.kind == SheetImportRow::Kind::Create)
            texts << tr("%1: %2").arg(header, after);
        else
            texts << tr("%1: %2 → %3").arg(header, before.isEmpty() ? tr("(empty)") : before, after.isEmpty() ? tr("(empty)") : after);
    }
    return texts;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_plan->rows().size())
        return {};
    const SheetImportRow &row = m_plan->rows().at(index.row());
    if (role == KindRole)
        return static_cast<int>(row.kind);
    if (role == Qt::ForegroundRole && row.kind == SheetImportRow::Kind::Error && index.column() != AdGroup)
        return problemColor(QApplication::palette());
    if (role == Qt::ForegroundRole && row.kind == SheetImportRow::Kind::Unchanged)
        return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    // The cell shows one line; the tool tip has every change and error on a line of its own.
    const QString separator = role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral("; ");
    switch (index.column()) {
    case Line: return role == Qt::DisplayRole ? QVariant(row.line) : QVariant();
    case Kind: return SheetImportPlan::kindText(row.kind);
    case AdGroup:
        if (row.adGroupId.isEmpty())
            return row.adGroupName;
        return row.adGroupName.isEmpty() ? row.adGroupId : tr("%1 (%2)").arg(row.adGroupName, row.adGroupId);
    case Changes: return changeTexts(*m_plan, row).join(separator);
    case Errors: return row.errors.join(separator);
    default: return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line: return tr("Line");
    case Kind: return tr("Action");
    case AdGroup: return tr("Ad group");
    case Changes: return tr("Changes");
    case Errors: return tr("Errors");
    default: return {};
    }
}

} // namespace pinstripe
