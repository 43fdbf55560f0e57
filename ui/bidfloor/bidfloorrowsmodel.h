#pragma once

#include "core/model/bidfloor.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace pinstripe {

/**
 * The rows of the bid floor calculator: each a spec (countries, currency, objective, billable
 * event, creative type) and, once Pinterest answered, its floor shown in the row's currency.
 */
class BidFloorRowsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BidFloorRowsModel)

public:
    enum Column { Countries, Currency, Objective, BillableEvent, CreativeType, Floor, ColumnCount };
    /** The floor in micro-units (qint64) for sorting and tests; empty until known. */
    static constexpr int FloorMicrosRole = Qt::UserRole + 1;

    explicit BidFloorRowsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void addRow(const BidFloorSpec &spec);
    void removeRow(int row);
    void clear();
    QList<BidFloorSpec> specs() const;

    /** Floors in the order of the rows (as Pinterest answers them); clears old results first. */
    void setFloors(const QList<qint64> &floors);
    void clearFloors();
    std::optional<qint64> floor(int row) const;

private:
    struct Row
    {
        BidFloorSpec spec;
        std::optional<qint64> floor;
    };
    QList<Row> m_rows;
};

} // namespace pinstripe
