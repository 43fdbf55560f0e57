#include "ui/bidfloor/bidfloorrowsmodel.h"

#include "core/model/enums.h"
#include "core/model/money.h"

namespace pinstripe {

BidFloorRowsModel::BidFloorRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int BidFloorRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BidFloorRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BidFloorRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const BidFloorSpec &spec = row.spec;
    if (role == FloorMicrosRole)
        return row.floor ? QVariant::fromValue(*row.floor) : QVariant();
    if (role == Qt::TextAlignmentRole && index.column() == Floor)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Countries) {
        QStringList names;
        for (const QString &code : spec.countries.valueOr({}))
            names << enums::countryName(code);
        return names.join(QLatin1String(", "));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Countries:
        return spec.countries.valueOr({}).join(QLatin1String(", "));
    case Currency:
        return spec.currency.valueOr(pinstripe::Currency()).code();
    case Objective: {
        const QString objective = spec.objectiveType.valueOr(tr("any"));
        const QString event = spec.optimizationGoalMetadata.hasValue()
                && spec.optimizationGoalMetadata.value().conversionTagV3GoalMetadata.hasValue()
            ? spec.optimizationGoalMetadata.value().conversionTagV3GoalMetadata.value().conversionEvent.valueOr({})
            : QString();
        return event.isEmpty() ? objective : tr("%1 (%2)").arg(objective, event);
    }
    case BillableEvent:
        return spec.billableEvent.valueOr({});
    case CreativeType:
        return spec.creativeType.valueOr(tr("any"));
    case Floor:
        return row.floor ? Money(*row.floor, spec.currency.valueOr(pinstripe::Currency())).format() : QString();
    default:
        return {};
    }
}

QVariant BidFloorRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Countries:
        return tr("Countries");
    case Currency:
        return tr("Currency");
    case Objective:
        return tr("Objective");
    case BillableEvent:
        return tr("Billable event");
    case CreativeType:
        return tr("Creative type");
    case Floor:
        return tr("Bid floor");
    default:
        return {};
    }
}

void BidFloorRowsModel::addRow(const BidFloorSpec &spec)
{
    const int at = rowCount();
    beginInsertRows({}, at, at);
    m_rows.append({spec, std::nullopt});
    endInsertRows();
}

void BidFloorRowsModel::removeRow(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void BidFloorRowsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QList<BidFloorSpec> BidFloorRowsModel::specs() const
{
    QList<BidFloorSpec> result;
    for (const Row &row : m_rows)
        result << row.spec;
    return result;
}

void BidFloorRowsModel::setFloors(const QList<qint64> &floors)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_rows[i].floor = i < floors.size() ? std::optional<qint64>(floors.at(i)) : std::nullopt;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Floor), index(rowCount() - 1, Floor));
}

void BidFloorRowsModel::clearFloors()
{
    setFloors({});
}

std::optional<qint64> BidFloorRowsModel::floor(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).floor : std::nullopt;
}

} // namespace pinstripe
