#include "ui/adgroups/adgroupbrowser.h"

#include "ui/common/exportlanguage.h"
#include "core/api/listadgroupsrequest.h"
#include "core/logging.h"
#include "core/store/adgrouprepository.h"
#include "core/store/csvexporter.h"
#include "ui/adgroups/accountswitcher.h"
#include "ui/adgroups/adgroupdetailspanel.h"
#include "ui/adgroups/adgroupfilterbar.h"
#include "ui/adgroups/adgroupfilterproxy.h"
#include "ui/adgroups/adgrouptablemodel.h"
#include "ui/adgroups/adgrouptableview.h"
#include "ui/adgroups/campaignnavigator.h"
#include "ui/adgroups/loadstatusbar.h"
#include "ui/common/savefiledialog.h"
#include "ui/common/tablecsv.h"

#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace pinstripe {

namespace {

const QString kSplitterKey = QStringLiteral("browser/splitterState");

} // namespace

AdGroupBrowser::AdGroupBrowser(LocalStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_repository(new AdGroupRepository(store, this))
    , m_model(new AdGroupTableModel(this))
    , m_proxy(new AdGroupFilterProxy(this))
    , m_accounts(new AccountSwitcher(store, this))
    , m_campaigns(new CampaignNavigator(store, this))
    , m_filterBar(new AdGroupFilterBar(this))
    , m_status(new LoadStatusBar(this))
    , m_table(new AdGroupTableView(this))
    , m_details(new AdGroupDetailsPanel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_countTimer(new QTimer(this))
    , m_detailsTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("adGroupBrowser"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setStatuses(m_filterBar->statuses());
    m_table->setModel(m_proxy);

    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_accounts);
    leftLayout->addWidget(m_campaigns, 1);

    auto *center = new QWidget(m_splitter);
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->addWidget(m_filterBar);
    centerLayout->addWidget(m_status);
    centerLayout->addWidget(m_table, 1);

    m_splitter->setObjectName(QStringLiteral("browserSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(center);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setChildrenCollapsible(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_splitter);

    // Keyboard order: account, campaigns, filter, table, details.
    setTabOrder(m_accounts->comboBox(), m_campaigns);
    setTabOrder(m_campaigns, m_filterBar->searchField());
    setTabOrder(m_filterBar->searchField(), m_table);
    setTabOrder(m_table, m_details);

    connect(m_accounts, &AccountSwitcher::accountSelected, this, &AdGroupBrowser::onAccountSelected);
    connect(m_accounts, &AccountSwitcher::failed, m_status, &LoadStatusBar::showError);
    connect(m_campaigns, &CampaignNavigator::campaignsLoaded, this, [this](const QList<Campaign> &campaigns, bool fresh) {
        const QHash<QString, QString> names = m_campaigns->campaignNames();
        m_model->setCampaignNames(names);
        m_details->setCampaignNames(names);
        // Cached campaigns are enough to start listing at once; fresh ones start it, or list
        // again when campaigns came or went since.
        QSet<QString> ids;
        for (const Campaign &campaign : campaigns)
            ids.insert(campaign.id.valueOr(QString()));
        if (!fresh && !ids.isEmpty() && !m_listingStarted)
            startListing();
        else if (fresh && (!m_listingStarted || ids != m_listedCampaigns))
            startListing();
    });
    connect(m_campaigns, &CampaignNavigator::failed, this, [this](const ApiError &error) {
        m_status->showError(error);
        if (!m_listingStarted)
            startListing(); // the ad groups may still load, just in one chain
    });
    connect(m_campaigns, &CampaignNavigator::selectionChanged, m_proxy, &AdGroupFilterProxy::setCampaignIds);

    connect(m_filterBar, &AdGroupFilterBar::textChanged, m_proxy, &AdGroupFilterProxy::setText);
    connect(m_filterBar, &AdGroupFilterBar::statusesChanged, this, &AdGroupBrowser::onStatusesChanged);

    connect(m_repository, &AdGroupRepository::opened, this, [this] { m_model->clear(); });
    connect(m_repository, &AdGroupRepository::cacheLoaded, m_model, &AdGroupTableModel::upsert);
    connect(m_repository, &AdGroupRepository::cacheComplete, this, [this](int count, const QDateTime &asOf) {
        m_status->setAsOf(count == 0 ? QDateTime() : asOf, true);
        m_campaigns->setAdGroupCounts(countsByCampaign());
    });
    connect(m_repository, &AdGroupRepository::pageArrived, this, [this](const QList<AdGroup> &adGroups) {
        m_model->upsert(adGroups);
        scheduleCountUpdate();
    });
    connect(m_repository, &AdGroupRepository::progress, m_status, &LoadStatusBar::setLoadedCount);
    connect(m_repository, &AdGroupRepository::loadingChanged, m_status, &LoadStatusBar::setLoading);
    connect(m_repository, &AdGroupRepository::listingComplete, this,
            [this](const QSet<QString> &seen, const QStringList &statuses, const QDateTime &at) {
                m_model->removeMissing(seen, statuses);
                m_status->setAsOf(at, false);
                m_countTimer->stop();
                m_campaigns->setAdGroupCounts(countsByCampaign());
                Q_EMIT statusMessage(tr("%n ad group(s) loaded.", nullptr, m_model->rowCount()));
            });
    connect(m_repository, &AdGroupRepository::failed, m_status, &LoadStatusBar::showError);
    connect(m_repository, &AdGroupRepository::waitingForRateLimit, m_status, &LoadStatusBar::showRateLimitWait);
    connect(m_repository, &AdGroupRepository::answeringSlowlyChanged, m_status, &LoadStatusBar::setAnsweringSlowly);
    connect(m_repository, &AdGroupRepository::cancelled, this, [this] {
        Q_EMIT statusMessage(tr("Loading cancelled; %n ad group(s) shown.", nullptr, m_model->rowCount()));
    });
    connect(m_status, &LoadStatusBar::cancelRequested, this, &AdGroupBrowser::cancelLoading);
    connect(m_status, &LoadStatusBar::retryRequested, this, [this] {
        m_status->clearError();
        if (m_repository->isLoading())
            m_repository->retry();
        else
            refresh();
    });

    // What the filter lets through: the count beside it, and the details of a row it hid go.
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &AdGroupBrowser::onVisibleRowsChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AdGroupBrowser::onVisibleRowsChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AdGroupBrowser::onVisibleRowsChanged);
    onVisibleRowsChanged();

    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(250);
    connect(m_countTimer, &QTimer::timeout, this, [this] { m_campaigns->setAdGroupCounts(countsByCampaign()); });

    // Following the current row with a short delay: holding an arrow key must not send a
    // request per row passed.
    m_detailsTimer->setSingleShot(true);
    m_detailsTimer->setInterval(300);
    connect(m_detailsTimer, &QTimer::timeout, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        const QString id = current.isValid() ? current.data(AdGroupTableModel::IdRole).toString() : QString();
        if (id != m_details->adGroupId())
            m_details->showAdGroup(id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, m_detailsTimer,
            qOverload<>(&QTimer::start));
    connect(m_table, &AdGroupTableView::openRequested, this, &AdGroupBrowser::openCurrentDetails);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] { m_table->saveHeaderState(); });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] { m_table->saveHeaderState(); });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionMoved, this, [this] { m_table->saveHeaderState(); });

    if (const auto account = m_accounts->currentAccount())
        onAccountSelected(*account); // the cached list chose the last account
}

AdGroupBrowser::~AdGroupBrowser() = default;

void AdGroupBrowser::setClient(ApiClient *client)
{
    m_client = client;
    m_repository->setClient(client);
    m_campaigns->setClient(client);
    m_details->setClient(client);
    m_accounts->setClient(client);
    if (client && !m_accountId.isEmpty() && !m_listingStarted) {
        // An account chosen from the cache: list at once if its campaigns are cached too.
        if (!m_campaigns->campaigns().isEmpty())
            startListing();
        m_campaigns->reload();
    }
    Q_EMIT clientChanged();
}

std::optional<AdAccount> AdGroupBrowser::currentAccount() const
{
    return m_accounts->currentAccount();
}

void AdGroupBrowser::onAccountSelected(const AdAccount &account)
{
    const QString id = account.id.valueOr(QString());
    if (id == m_accountId)
        return;
    m_accountId = id;
    m_listingStarted = false;
    m_status->clearError();
    m_model->setCurrency(account.currencyOrUnknown());
    m_details->setAccount(id, account.currencyOrUnknown());
    AdGroupListParams params;
    params.entityStatuses = statusesToFetch();
    // The cache at once; the listing waits for the campaigns, which split it into parallel chains.
    m_repository->open(id, params, false);
    // The account's columns and sort once the table is empty (opening cleared it): restored
    // before, the new sort order re-sorted the old account's rows (160 ms at 22,000).
    m_table->restoreHeaderState(id);
    m_campaigns->setAccount(id);
    Q_EMIT accountChanged(account);
}

QStringList AdGroupBrowser::statusesToFetch() const
{
    // ACTIVE and PAUSED always: the chips filter them locally. ARCHIVED and DRAFT only when
    // asked, since Pinterest hides them by default and they are many in an old account.
    QStringList statuses = {QStringLiteral("ACTIVE"), QStringLiteral("PAUSED")};
    for (const QString &status : m_filterBar->statuses()) {
        if (!statuses.contains(status))
            statuses << status;
    }
    return statuses;
}

void AdGroupBrowser::startListing()
{
    if (m_accountId.isEmpty() || !m_client)
        return;
    m_listingStarted = true;
    m_listedCampaigns.clear();
    for (const Campaign &campaign : m_campaigns->campaigns())
        m_listedCampaigns.insert(campaign.id.valueOr(QString()));
    m_status->clearError();
    AdGroupListParams params;
    params.entityStatuses = statusesToFetch();
    params.order = QStringLiteral("ASCENDING");
    for (const Campaign &campaign : m_campaigns->campaigns())
        params.campaignIds << campaign.id.valueOr(QString());
    m_repository->refresh(params);
}

void AdGroupBrowser::onStatusesChanged(const QStringList &statuses)
{
    m_proxy->setStatuses(statuses);
    m_campaigns->setAdGroupCounts(countsByCampaign());
    const QStringList fetched = m_repository->fetchedStatuses();
    const bool missing = std::any_of(statuses.cbegin(), statuses.cend(),
                                     [&fetched](const QString &s) { return !fetched.contains(s); });
    if (missing && m_listingStarted)
        startListing();
}

void AdGroupBrowser::refresh()
{
    m_status->clearError();
    m_accounts->reload();
    if (m_accountId.isEmpty())
        return;
    if (!m_client)
        return;
    startListing(); // with the campaigns known; fresh ones that differ list once more
    m_campaigns->reload();
    Q_EMIT statusMessage(tr("Refreshing…"));
}

void AdGroupBrowser::cancelLoading()
{
    m_repository->cancel();
}

void AdGroupBrowser::focusFilter()
{
    m_filterBar->focusSearch();
}

void AdGroupBrowser::openCurrentDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    m_detailsTimer->stop();
    const QString id = current.data(AdGroupTableModel::IdRole).toString();
    const int inSplitter = m_splitter->indexOf(m_details);
    if (inSplitter >= 0) {
        m_details->show();
        QList<int> sizes = m_splitter->sizes();
        if (sizes.value(inSplitter) == 0) { // collapsed: give it room again
            sizes[inSplitter] = width() / 4;
            m_splitter->setSizes(sizes);
        }
    }
    Q_EMIT detailsRequested(); // a window that shows the details elsewhere brings them forward
    if (id != m_details->adGroupId())
        m_details->showAdGroup(id);
    m_details->setFocus(Qt::OtherFocusReason);
}

void AdGroupBrowser::copySelection()
{
    m_table->copySelection();
}

bool AdGroupBrowser::exportCsv(const QString &path, bool selectionOnly, QString *errorMessage, CsvExporter::Flavor flavor) const
{
    const ExportLanguageScope language;
    QList<int> proxyRows;
    if (selectionOnly) {
        const QModelIndexList selected = m_table->selectionModel()->selectedRows();
        for (const QModelIndex &index : selected)
            proxyRows << index.row();
        std::sort(proxyRows.begin(), proxyRows.end());
    } else {
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            proxyRows << row;
    }
    if (flavor == CsvExporter::Flavor::Spreadsheet) { // what the table shows, as shown
        const QList<int> columns = TableCsv::shownColumns(m_table->horizontalHeader());
        return CsvExporter::writeFile(path, TableCsv::titles(m_proxy, columns), TableCsv::cells(m_proxy, proxyRows, columns),
                                      errorMessage, flavor);
    }
    // For tools: codes and raw numbers of every column, the statistics (micros, counts) last.
    QList<int> statistics;
    for (int column = AdGroupTableModel::ColumnCount; column < m_model->columnCount(); ++column)
        statistics << column;
    const QList<QStringList> raw = TableCsv::cells(m_proxy, proxyRows, statistics, AdGroupTableModel::SortRole);
    QList<QStringList> rows;
    rows.reserve(proxyRows.size());
    for (qsizetype i = 0; i < proxyRows.size(); ++i)
        rows << m_model->csvRow(m_proxy->mapToSource(m_proxy->index(proxyRows.at(i), 0)).row()) + raw.at(i);
    return CsvExporter::writeFile(path, m_model->csvHeader() + TableCsv::titles(m_proxy, statistics), rows, errorMessage, flavor);
}

void AdGroupBrowser::exportCsvInteractively(bool selectionOnly)
{
    const auto choice = SaveFileDialog::ask(this, selectionOnly ? tr("Export Selected Ad Groups") : tr("Export Ad Groups"),
                                            tr("ad-groups-%1").arg(m_accountId), TableCsv::fileTypes(), QStringLiteral("adGroups"));
    const QString path = choice.path;
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, selectionOnly, &error, TableCsv::flavorOf(choice.type))) {
        QMessageBox::warning(this, tr("Export Failed"), tr("Could not write %1: %2").arg(path, error));
        return;
    }
    Q_EMIT statusMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
}

QHash<QString, int> AdGroupBrowser::countsByCampaign() const
{
    // Only the statuses whose chips are on, as in the table; no chip on shows every status.
    const QStringList statuses = m_proxy->statuses();
    QHash<QString, int> counts;
    for (int row = 0, rows = m_model->rowCount(); row < rows; ++row) {
        const AdGroupRow &adGroup = m_model->rowAt(row);
        if (statuses.isEmpty() || statuses.contains(adGroup.status))
            ++counts[adGroup.campaignId];
    }
    return counts;
}

void AdGroupBrowser::onVisibleRowsChanged()
{
    m_filterBar->setMatchCount(m_proxy->rowCount(), m_model->rowCount());
    const QString shownId = m_details->adGroupId();
    if (shownId.isEmpty())
        return;
    const int row = m_model->rowOf(shownId);
    if (row < 0 || !m_proxy->mapFromSource(m_model->index(row, 0)).isValid()) {
        m_detailsTimer->stop();
        m_details->showAdGroup({});
    }
}

void AdGroupBrowser::scheduleCountUpdate()
{
    if (!m_countTimer->isActive())
        m_countTimer->start();
}

void AdGroupBrowser::saveState() const
{
    QSettings().setValue(kSplitterKey, m_splitter->saveState());
    m_table->keepHeaderState();
}

void AdGroupBrowser::resetLayout()
{
    QSettings().remove(kSplitterKey);
    restoreState();
    m_table->resetHeaderState();
}

void AdGroupBrowser::restoreState()
{
    const QByteArray state = QSettings().value(kSplitterKey).toByteArray();
    if (!state.isEmpty() && m_splitter->restoreState(state))
        return;
    // The campaigns get what their names need at a glance; the table gets the rest.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    // Proportions: the splitter scales them to its width when it is laid out.
    QList<int> sizes = {em * 13, em * 60};
    if (m_splitter->indexOf(m_details) >= 0)
        sizes = {em * 13, em * 60, em * 20};
    m_splitter->setSizes(sizes);
}

} // namespace pinstripe
