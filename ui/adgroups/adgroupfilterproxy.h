#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace pinstripe {

class AdGroupTableModel;

/**
 * Sorting and filtering of the ad group table: type-to-filter over name and id, entity status
 * chips and a campaign selection. Sorting compares raw values (micros, seconds) through the
 * source model's typed fast path instead of formatted text.
 */
class AdGroupFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdGroupFilterProxy)

public:
    explicit AdGroupFilterProxy(QObject *parent = nullptr);

    /** Must be an AdGroupTableModel. */
    void setSourceModel(QAbstractItemModel *model) override;

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
    QStringList m_statuses;
    QSet<QString> m_campaignIds;
};

} // namespace pinstripe
