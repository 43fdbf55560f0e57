#pragma once

#include "core/changes/pendingchange.h"
#include "core/model/currency.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>
#include <QPointer>

namespace pinstripe {

class ChangeSet;

/**
 * The pending changes of one ad account (or all) as a table: ad group, field, before, after,
 * change in percent and state. Money is shown in the account currency set with setCurrency(),
 * times in local time; Failed, Conflict and Unknown rows are coloured and carry the message as
 * tooltip. Follows the ChangeSet: every change there resets the rows.
 */
class PendingChangesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingChangesModel)

public:
    enum Column { AdGroupColumn, FieldColumn, BeforeColumn, AfterColumn, DeltaColumn, StateColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value for sorting (Δ in tenths of a percent, state as int)
        ChangeIdRole,                ///< PendingChange::id
        StateRole,                   ///< PendingChange::State as int
        AdGroupIdRole,
    };

    /** @p changeSet is not owned. */
    explicit PendingChangesModel(ChangeSet *changeSet, QObject *parent = nullptr);

    /** The ad account's currency; every money value is shown in it. */
    void setCurrency(const Currency &currency);
    Currency currency() const { return m_currency; }
    /** Shows only the changes of @p adAccountId (all when empty). */
    void setAdAccountId(const QString &adAccountId);
    QString adAccountId() const { return m_account; }
    /** For tests and for users who want another number format than the system's. */
    void setLocale(const QLocale &locale);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The change shown in @p row. */
    PendingChange changeAt(int row) const { return m_rows.value(row); }
    /** The row showing change @p id, or -1. */
    int rowOf(const QString &id) const;
    QList<PendingChange> changes() const { return m_rows; }

private:
    void reload();
    QVariant display(const PendingChange &change, int column) const;

    QPointer<ChangeSet> m_changeSet;
    QList<PendingChange> m_rows;
    Currency m_currency;
    QString m_account;
    QLocale m_locale;
};

} // namespace pinstripe
