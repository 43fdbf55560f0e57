#include "ui/adgroups/adgroupfilterproxy.h"

#include "ui/adgroups/adgrouptablemodel.h"

namespace pinstripe {

AdGroupFilterProxy::AdGroupFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AdGroupTableModel::SortRole);
    setDynamicSortFilter(true);
}

void AdGroupFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_model = qobject_cast<AdGroupTableModel *>(model);
    Q_ASSERT(m_model || !model);
    QSortFilterProxyModel::setSourceModel(model);
}

void AdGroupFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (m_model)
        m_model->sortRows(column, order);
    else
        QSortFilterProxyModel::sort(column, order);
}

void AdGroupFilterProxy::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_foldedText = trimmed.toCaseFolded();
    // A full rebuild (one pass) instead of invalidateFilter()'s per-range removals.
    invalidate();
}

void AdGroupFilterProxy::setStatuses(const QStringList &statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    invalidate();
}

void AdGroupFilterProxy::setCampaignIds(const QSet<QString> &campaignIds)
{
    if (campaignIds == m_campaignIds)
        return;
    m_campaignIds = campaignIds;
    invalidate();
}

bool AdGroupFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_model)
        return false;
    const AdGroupRow &row = m_model->rowAt(sourceRow);
    if (!m_statuses.isEmpty() && !m_statuses.contains(row.status))
        return false;
    if (!m_campaignIds.isEmpty() && !m_campaignIds.contains(row.campaignId))
        return false;
    if (m_text.isEmpty())
        return true;
    return row.nameKey.contains(m_foldedText) || row.id.contains(m_text);
}

bool AdGroupFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_model->lessThan(left.row(), right.row(), left.column());
}

} // namespace pinstripe
