#pragma once

#include "ui/adgroups/extracolumnsource.h"

#include <functional>

#include "core/model/adgroup.h"
#include "core/model/currency.h"
#include "core/sheet/sheetfield.h"
#include "ui/adgroups/adgrouprow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QLocale>
#include <QSet>
#include <QTimer>

namespace pinstripe {

/**
 * The ad groups of one account as table rows: one Column per field, people-readable text in
 * DisplayRole (money in the account currency, times in the local time zone) and the raw value
 * in SortRole (qint64 micros and Unix seconds, strings), so sorting never compares formatted text.
 */
class AdGroupTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdGroupTableModel)

public:
    enum Column {
        Name,
        Status,
        SummaryStatus,
        Campaign,
        Budget,
        BudgetType,
        Bid,
        BidStrategy,
        BillableEvent,
        OptimizationGoal,
        Start,
        End,
        Pacing,
        Placement,
        AutoTargeting,
        FrequencyCap,
        Created,
        Updated,
        Id,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value: qint64 for money and times, QString otherwise
        IdRole,                      ///< the ad group id
        CampaignIdRole,
        StatusRole,                  ///< the raw entity status
        WireValueRole,               ///< an editable cell's value as sent (QJsonValue), the pending one if any
    };

    /** The value pending for an ad group's wire field, if a change to it is pending. */
    using PendingValues = std::function<std::optional<QJsonValue>(const QString &adGroupId, const QString &field)>;
    /**
     * Takes the text a person typed or chose in a cell of an editable column; true when it
     * was taken (recorded as a pending change or already so), false when it was refused.
     */
    using CellEditor = std::function<bool(const QString &adGroupId, SheetField field, const QString &text)>;

    explicit AdGroupTableModel(QObject *parent = nullptr);

    /** The account currency of every money column. */
    void setCurrency(const Currency &currency);
    Currency currency() const { return m_currency; }
    /** Campaign names by id, for the Campaign column. */
    void setCampaignNames(const QHash<QString, QString> &names);
    QString campaignName(const QString &campaignId) const;

    void clear();
    /** Updates rows with a known id in place and appends the others. */
    void upsert(const QList<AdGroup> &adGroups);
    /** Removes rows whose status is one of @p statuses and whose id is not in @p keepIds. */
    void removeMissing(const QSet<QString> &keepIds, const QStringList &statuses);

    const AdGroupRow &rowAt(int row) const { return m_rows.at(m_order.at(row)); }
    /** The row of @p adGroupId, or -1. */
    int rowOf(const QString &adGroupId) const
    {
        const int stored = storageOf(adGroupId);
        return stored < 0 ? -1 : m_position.at(stored);
    }
    /** Ad groups per campaign id. */
    QHash<QString, int> countsByCampaign() const;

    /** Compares the raw values of two rows in @p column; the proxy's fast path. */
    bool lessThan(int leftRow, int rightRow, int column) const;

    /**
     * Orders the rows themselves by @p column (-1: arrival order) and keeps that order as
     * pages arrive (new rows are merged in). AdGroupFilterProxy::sort() calls this; see there why.
     */
    void sortRows(int column, Qt::SortOrder order);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    static QString columnTitle(int column);
    /** A stable key per column for saved settings. */
    static QString columnKey(int column);

    /**
     * Adds the columns of @p source after the ad group's own (not owned; nullptr removes them).
     * Their indexes start at ColumnCount.
     */
    void setExtraColumns(ExtraColumnSource *source);
    /** The extra source has new values for @p adGroupIds (all rows if empty). */
    void extraValuesChanged(const QStringList &adGroupIds);

    /** The wire field a column shows ("budget_in_micro_currency" for Budget), or empty. */
    static QString wireField(int column);
    /**
     * Marks cells whose field has a pending change (bold, tinted). @p isChanged answers for an
     * ad group id and a wire field; call changeMarksChanged() when the answers change.
     */
    void setChangeMarker(std::function<bool(const QString &adGroupId, const QString &field)> isChanged);
    void changeMarksChanged();

    /**
     * Where the values of pending changes come from: a cell with one shows the pending value
     * (what will be posted), its tool tip names Pinterest's value. Empty shows Pinterest's values.
     */
    void setPendingValues(PendingValues pendingValues);
    /** Makes the editable columns editable and hands each edit to @p editor; empty makes the table read only. */
    void setCellEditor(CellEditor editor);
    bool hasCellEditor() const { return bool(m_cellEditor); }
    /** The field a column edits, if it is an editable one (name, status, budget …). */
    static std::optional<SheetField> editableField(int column);

    /** CSV header: money columns twice, in currency units and in micro-units. */
    QStringList csvHeader() const;
    QStringList csvRow(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /**
     * Cells of an existing row changed value (a refresh brought news); for views that want to
     * highlight changes. @p columns are Column values.
     */
    void cellsChanged(const QString &adGroupId, const QList<int> &columns);

private:
    QString displayText(const AdGroupRow &row, int column) const;
    /** data() of a cell whose field has a pending value: the pending value shown, Pinterest's in the tool tip. */
    QVariant editableData(const AdGroupRow &row, int column, SheetField field, int role) const;
    QVariant sortValue(const AdGroupRow &row, int column) const;
    QString moneyText(qint64 micros) const;
    QString timeText(qint64 seconds) const;
    static QList<int> changedColumns(const AdGroupRow &before, const AdGroupRow &after);
    /** Three-way comparison of two stored rows (storage indexes) in @p column, ties by id. */
    int compareStored(int a, int b, int column) const;
    /** Reorders m_order by the sort column, merging @p sortedPrefix already-sorted rows with the rest. */
    void applyOrder(qsizetype sortedPrefix);
    void rebuildPositions();
    /** Moves the rows in storage into display order (m_order becomes the identity). */
    void storeInDisplayOrder();

    ExtraColumnSource *m_extra = nullptr;
    /** Extra values of a big account changed: one repaint (or re-sort) for many chunks. */
    QTimer *m_extraChangedLater = nullptr;
    std::function<bool(const QString &, const QString &)> m_isChanged;
    PendingValues m_pendingValues;
    CellEditor m_cellEditor;
    QList<AdGroupRow> m_rows;        ///< storage, in arrival order
    QList<int> m_order;              ///< display row → storage index
    QList<int> m_position;           ///< storage index → display row
    /** The storage index of @p adGroupId, or -1. */
    int storageOf(const QString &adGroupId) const
    {
        const int arrival = m_arrivalById.value(adGroupId, -1);
        return arrival < 0 ? -1 : m_storageByArrival.at(arrival);
    }

    // Rows move in storage when sorted; their arrival number does not, so the id lookup maps
    // to it and only the small arrival → storage vector is rewritten after a sort.
    QHash<QString, int> m_arrivalById;  ///< id → arrival number
    QList<int> m_storageByArrival;      ///< arrival number → storage index (-1: removed)
    quint32 m_nextArrival = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QHash<QString, QString> m_stringPool;
    QHash<QString, QString> m_campaignNames;
    Currency m_currency;
    QLocale m_locale;
};

} // namespace pinstripe
