#include "ui/adgroups/campaignnavigator.h"

#include "core/api/campaignpager.h"
#include "core/api/listadgroupsrequest.h"
#include "core/store/localstore.h"
#include "core/model/enumwords.h"

#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pinstripe {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

CampaignNavigator::CampaignNavigator(LocalStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("campaignNavigator"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    m_tree->setObjectName(QStringLiteral("campaignTree"));
    m_tree->setAccessibleName(tr("Campaigns"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Campaign"), tr("Status"), tr("Objective"), tr("Ad groups")});
    // The name takes what is left; status, objective and count keep their natural width.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(Status, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(Objective, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(AdGroups, QHeaderView::ResizeToContents);
    m_tree->header()->setMinimumSectionSize(m_tree->fontMetrics().horizontalAdvance(QStringLiteral("MMMMMM")));
    m_tree->setSortingEnabled(false);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, [this] {
        if (!m_filling)
            Q_EMIT selectionChanged(selectedCampaignIds());
    });
    showCampaigns({});
}

void CampaignNavigator::setAccount(const QString &accountId)
{
    m_accountId = accountId;
    m_counts.clear();
    showCampaigns(m_store && m_store->isOpen() ? m_store->campaigns(accountId) : QList<Campaign>());
    Q_EMIT campaignsLoaded(m_campaigns, false);
    reload();
}

void CampaignNavigator::reload()
{
    if (m_pager) {
        m_pager->cancel();
        m_pager->deleteLater();
    }
    if (!m_client || m_accountId.isEmpty())
        return;
    m_incoming.clear();
    ListCampaignsRequest::Params params;
    params.entityStatuses = AdGroupListParams::allStatuses(); // archived campaigns hold ad groups too
    m_pager = new CampaignPager(m_client, m_accountId, params, this);
    const QString accountId = m_accountId;
    connect(m_pager, &CampaignPager::pageReceived, this, [this](const CampaignPage &page) { m_incoming += page.items; });
    connect(m_pager, &Pager::finished, this, [this, accountId] {
        if (accountId != m_accountId)
            return;
        if (m_store && m_store->isOpen())
            m_store->saveCampaigns(accountId, m_incoming);
        showCampaigns(m_incoming);
        Q_EMIT campaignsLoaded(m_campaigns, true);
    });
    connect(m_pager, &Pager::failed, this, &CampaignNavigator::failed);
    m_pager->start();
}

QHash<QString, QString> CampaignNavigator::campaignNames() const
{
    QHash<QString, QString> names;
    for (const Campaign &campaign : m_campaigns)
        names.insert(campaign.id.valueOr(QString()), campaign.name.valueOr(QString()));
    return names;
}

void CampaignNavigator::showCampaigns(const QList<Campaign> &campaigns)
{
    const QSet<QString> selected = selectedCampaignIds();
    m_filling = true;
    m_campaigns = campaigns;
    m_tree->clear();
    auto *all = new QTreeWidgetItem(m_tree, {tr("All campaigns")});
    all->setData(Name, kIdRole, QString());
    QFont bold = all->font(Name);
    bold.setBold(true);
    all->setFont(Name, bold);
    for (const Campaign &campaign : campaigns) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(Name, campaign.name.valueOr(campaign.id.valueOr(QString())));
        item->setToolTip(Name, tr("%1 (id %2)").arg(item->text(Name), campaign.id.valueOr(QString())));
        item->setData(Name, kIdRole, campaign.id.valueOr(QString()));
        item->setText(Status, enumwords::text(enumwords::Kind::EntityStatus, campaign.status.valueOr(QString())));
        item->setText(Objective, enumwords::text(enumwords::Kind::Objective, campaign.objectiveType.valueOr(QString())));
        item->setTextAlignment(AdGroups, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_filling = false;
    updateCounts();
    selectCampaigns(selected);
}

void CampaignNavigator::setAdGroupCounts(const QHash<QString, int> &counts)
{
    m_counts = counts;
    updateCounts();
}

void CampaignNavigator::updateCounts()
{
    const QLocale locale;
    int total = 0;
    // The column is measured once, after all counts are set: while it fits its contents, each
    // changed count made the view measure every row of it again (300 campaigns: 90,000 text
    // layouts per update, seconds of a big account's listing).
    QHeaderView *header = m_tree->header();
    header->setSectionResizeMode(AdGroups, QHeaderView::Fixed);
    for (int i = 1; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        const int count = m_counts.value(item->data(Name, kIdRole).toString());
        total += count;
        const QString text = locale.toString(count);
        if (item->text(AdGroups) != text)
            item->setText(AdGroups, text);
    }
    header->setSectionResizeMode(AdGroups, QHeaderView::ResizeToContents);
    if (QTreeWidgetItem *all = m_tree->topLevelItem(0)) {
        all->setText(AdGroups, locale.toString(total));
        all->setTextAlignment(AdGroups, Qt::AlignRight | Qt::AlignVCenter);
    }
}

QSet<QString> CampaignNavigator::selectedCampaignIds() const
{
    QSet<QString> ids;
    const QList<QTreeWidgetItem *> items = m_tree->selectedItems();
    for (QTreeWidgetItem *item : items) {
        const QString id = item->data(Name, kIdRole).toString();
        if (id.isEmpty())
            return {}; // "All campaigns" wins
        ids.insert(id);
    }
    return ids;
}

void CampaignNavigator::selectCampaigns(const QSet<QString> &campaignIds)
{
    m_filling = true;
    m_tree->clearSelection();
    bool any = false;
    for (int i = 1; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (campaignIds.contains(item->data(Name, kIdRole).toString())) {
            item->setSelected(true);
            any = true;
        }
    }
    if (!any && m_tree->topLevelItemCount() > 0) {
        m_tree->topLevelItem(0)->setSelected(true);
        m_tree->setCurrentItem(m_tree->topLevelItem(0), 0, QItemSelectionModel::NoUpdate);
    }
    m_filling = false;
    Q_EMIT selectionChanged(selectedCampaignIds());
}

} // namespace pinstripe
