#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace pinstripe {

class AdGroupTableModel;

/**
 * Sorting and filtering of the ad group table: type-to-filter over name and id, entity status
 * chips and a campaign selection.
 *
 * Sorting compares raw values (micros, seconds, case-folded names), never formatted text, and
 * is carried out by the source model on its own rows (AdGroupTableModel::sortRows()): with
 * 100,000 rows, QSortFilterProxyModel re-sorts its whole mapping on every filter change and
 * removes filtered-out rows range by range, which made one keystroke take half a second. With
 * the rows already in order, a filter change is a single pass over them.
 */
class AdGroupFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdGroupFilterProxy)

public:
    explicit AdGroupFilterProxy(QObject *parent = nullptr);

    /** Must be an AdGroupTableModel. */
    void setSourceModel(QAbstractItemModel *model) override;
    /** Sorts the source model's rows (see the class comment); -1 restores arrival order. */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /** Rows whose name or id contains @p text (case-insensitive); empty shows all. */
    void setText(const QString &text);
    QString text() const { return m_text; }
    /** Rows with one of @p statuses; empty shows every status. */
    void setStatuses(const QStringList &statuses);
    QStringList statuses() const { return m_statuses; }
    /** Rows of these campaigns; empty shows all campaigns. */
    void setCampaignIds(const QSet<QString> &campaignIds);
    QSet<QString> campaignIds() const { return m_campaignIds; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    AdGroupTableModel *m_model = nullptr;
    QString m_text;
    QString m_foldedText;
    bool m_textIsDigits = false; ///< only then can the text match an id
    QStringList m_statuses;
    QSet<QString> m_campaignIds;
};

} // namespace pinstripe
