#include "ui/adgroups/adgroupfilterproxy.h"

#include "ui/adgroups/adgrouptablemodel.h"

#include <algorithm>

namespace pinstripe {

namespace {

// Names are a few dozen characters: a plain scan for the first code unit and a compare of the
// rest is several times faster than the general search, which prepares itself on every call.
bool containsFolded(QStringView haystack, QStringView needle)
{
    const qsizetype n = needle.size();
    if (n == 0)
        return true;
    const char16_t *h = haystack.utf16();
    const char16_t *p = needle.utf16();
    const qsizetype last = haystack.size() - n;
    for (qsizetype i = 0; i <= last; ++i) {
        if (h[i] == p[0] && std::equal(p + 1, p + n, h + i + 1))
            return true;
    }
    return false;
}

} // namespace

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
    m_textIsDigits = !trimmed.isEmpty() && std::all_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isDigit(); });
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
    if (m_textIsDigits && row.id.contains(m_text))
        return true;
    return containsFolded(row.nameKey, m_foldedText);
}

bool AdGroupFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_model->lessThan(left.row(), right.row(), left.column());
}

} // namespace pinstripe
