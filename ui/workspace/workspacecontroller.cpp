#include "ui/workspace/workspacecontroller.h"

#include "core/analytics/metricsarchive.h"
#include "core/app/appcontext.h"
#include "core/api/apiclient.h"
#include "core/auth/sessionmanager.h"
#include "core/changes/changeset.h"
#include "core/changes/pendingchangestore.h"
#include "core/changes/targetingpresetstore.h"
#include "core/store/adgrouprepository.h"
#include "ui/adgroups/adgroupbrowser.h"
#include "ui/adgroups/adgroupdetailspanel.h"
#include "ui/adgroups/adgroupfilterproxy.h"
#include "ui/adgroups/adgrouptablemodel.h"
#include "ui/adgroups/adgrouptableview.h"
#include "ui/adgroups/campaignnavigator.h"
#include "core/analytics/daterangepreset.h"
#include "core/api/analyticsquery.h"
#include "ui/analytics/performancechartpanel.h"
#include "ui/analytics/performancecolumnsprovider.h"
#include "ui/analytics/statsfreshnesslabel.h"
#include "ui/analytics/targetingbreakdownpanel.h"
#include "ui/bidfloor/bidfloorcalculatordialog.h"
#include "ui/bidfloor/bidfloorcheckdialog.h"
#include "ui/changes/editcommand.h"
#include "ui/changes/journalview.h"
#include "ui/changes/pendingchangespanel.h"
#include "ui/changes/pendingcreateeditor.h"
#include "ui/changes/postflow.h"
#include "ui/editor/adgroupeditordialog.h"
#include "ui/editor/adgroupformcontext.h"
#include "ui/editor/bulkeditdialog.h"
#include "ui/mainwindow.h"
#include "ui/workspace/grideditcontroller.h"
#include "ui/workspace/performancecolumns.h"
#include "ui/workspace/sheetcommands.h"
#include "ui/common/themedicon.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QMenu>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include <algorithm>

namespace pinstripe {

namespace {

const QString kPerformanceRangeKey = QStringLiteral("workspace/performanceRange");

} // namespace

WorkspaceController::WorkspaceController(MainWindow *window)
    : m_window(window)
    , m_store(window->context()->pendingChanges())
    , m_changes(window->context()->changeSet())
    , m_archive(window->context()->metricsArchive())
    , m_presets(window->context()->targetingPresets())
{
    window->adoptFeature(this);
    createDocks();
    createActions();
    connect(this, &WorkspaceController::statusMessage, window,
            [window](const QString &message) { window->statusBar()->showMessage(message, 8000); });
    m_freshness = new StatsFreshnessLabel;
    window->statusBar()->addPermanentWidget(m_freshness);

    AdGroupBrowser *browser = window->browser();
    connect(browser, &AdGroupBrowser::accountChanged, this, &WorkspaceController::onAccountChanged);
    connect(browser->campaignNavigator(), &CampaignNavigator::campaignsLoaded, this,
            [this](const QList<Campaign> &campaigns) {
                for (const Campaign &c : campaigns)
                    m_campaigns.insert(c.id.valueOr({}), c);
            });

    // Analytics follow the selection, a moment after it settles.
    m_selectionTimer = new QTimer(this);
    m_selectionTimer->setSingleShot(true);
    m_selectionTimer->setInterval(300);
    connect(m_selectionTimer, &QTimer::timeout, this, &WorkspaceController::showSelectionInAnalytics);
    connect(browser->tableView()->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_selectionTimer->start();
        updateActions();
    });
    connect(m_changes, &ChangeSet::changed, this, &WorkspaceController::updateActions);
    // The bottom docks take one line while nothing is pending and room when changes arrive.
    connect(m_changes, &ChangeSet::changed, this, &WorkspaceController::fitBottomDocks);
    connect(window, &MainWindow::docksRestored, this, [this] {
        // Once the window has laid its docks out, not while it is still showing.
        QTimer::singleShot(0, this, [this] {
            m_bottomDocksEmpty.reset();
            fitBottomDocks();
        });
    });
    connect(window, &MainWindow::layoutReset, this, [this] {
        m_bottomDocksEmpty.reset();
        fitBottomDocks();
    });
    connect(m_postFlow, &PostFlow::stageChanged, this, &WorkspaceController::updateActions);
    // Posting, bid floors and analytics need a client: they follow the connection, not a click.
    connect(window->context(), &AppContext::connectionChanged, this, [this] {
        rebuildAnalytics();
        rebuildPerformanceColumns();
        updateActions();
    });
    // Cells are edited in place and show the pending values, which stand out in the table.
    new GridEditController(this, window);
    connect(m_changes, &ChangeSet::changed, browser->model(), &AdGroupTableModel::changeMarksChanged);
    connect(browser->repository(), &AdGroupRepository::listingComplete, this, &WorkspaceController::fetchPerformanceColumns);

    if (const std::optional<AdAccount> current = browser->currentAccount())
        onAccountChanged(*current);
    updateActions();
    // After the account is known: the sheet commands follow it from here on.
    m_sheets = new SheetCommands(this, window);
}

WorkspaceController::~WorkspaceController()
{
    // The table must forget the columns and the change marks before they go.
    if (m_window && m_window->browser()) {
        m_window->browser()->model()->setExtraColumns(nullptr);
        m_window->browser()->model()->setChangeMarker({});
    }
}

PerformanceColumnsProvider *WorkspaceController::performanceColumns() const
{
    return m_columnsProvider.data();
}

PerformanceChartPanel *WorkspaceController::performancePanel() const
{
    return m_performance.data();
}

TargetingBreakdownPanel *WorkspaceController::breakdownPanel() const
{
    return m_breakdown.data();
}

void WorkspaceController::createDocks()
{
    MainWindow *window = m_window;
    m_panel = new PendingChangesPanel(m_changes, window->undoStack());
    m_changesDock = new QDockWidget(tr("Pending Changes"), window);
    m_changesDock->setObjectName(QStringLiteral("pendingChangesDock"));
    m_changesDock->setWidget(m_panel);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_changesDock);

    m_journal = new JournalView(m_store, m_changes, window->undoStack());
    m_journalDock = new QDockWidget(tr("Change Journal"), window);
    m_journalDock->setObjectName(QStringLiteral("journalDock"));
    m_journalDock->setWidget(m_journal);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_journalDock);
    window->tabifyDockWidget(m_changesDock, m_journalDock);
    m_changesDock->raise();

    m_performanceDock = new QDockWidget(tr("Performance"), window);
    m_performanceDock->setObjectName(QStringLiteral("performanceDock"));
    window->addDockWidget(Qt::RightDockWidgetArea, m_performanceDock);
    m_breakdownDock = new QDockWidget(tr("Targeting Breakdown"), window);
    m_breakdownDock->setObjectName(QStringLiteral("breakdownDock"));
    window->addDockWidget(Qt::RightDockWidgetArea, m_breakdownDock);
    // The analytics panels need more width than the right column has at 1280 px; they scroll
    // sideways there rather than squeezing the table or cutting their words.
    for (QDockWidget *dock : {m_performanceDock, m_breakdownDock}) {
        auto *scroll = new QScrollArea(dock);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        dock->setWidget(scroll);
    }
    // Performance and Targeting Breakdown join the details as tabs on the right.
    window->tabifyDockWidget(window->detailsDock(), m_performanceDock);
    window->tabifyDockWidget(m_performanceDock, m_breakdownDock);
    window->detailsDock()->raise();
    for (QDockWidget *dock : {m_performanceDock, m_breakdownDock}) {
        dock->hide(); // shown on demand from the View menu; fetching costs analytics budget
        connect(dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
            if (visible)
                showSelectionInAnalytics();
        });
        // Opened from the View menu: in front of its tab group, not behind the other dock, and
        // wide enough for a chart (the details alone need less); never narrower than it was.
        connect(dock->toggleViewAction(), &QAction::triggered, dock, [this, dock](bool on) {
            if (!on)
                return;
            dock->raise();
            QTimer::singleShot(0, dock, [this, dock] {
                if (!m_window || !dock->isVisible())
                    return;
                const int wanted = m_window->width() * 3 / 10;
                if (dock->width() < wanted)
                    m_window->resizeDocks({dock}, {wanted}, Qt::Horizontal);
            });
        });
    }

    m_postFlow = new PostFlow([window]() { return window->apiClient(); }, m_changes, m_store, window, this);
    m_postFlow->setUndoStack(window->undoStack());
    // The journal keeps who posted (the chart's change markers say it).
    m_postFlow->setUserProvider([window] { return window->context()->session()->user(); });
    m_postFlow->setAdGroupLookup([this](const QString &id) { return adGroup(id); });
    m_postFlow->setCampaignLookup([this](const QString &id) -> std::optional<Campaign> {
        const auto it = m_campaigns.constFind(id);
        return it == m_campaigns.cend() ? std::nullopt : std::optional<Campaign>(*it);
    });
    connect(m_postFlow, &PostFlow::adGroupSaved, this, &WorkspaceController::onAdGroupSaved);
    connect(m_postFlow, &PostFlow::finished, m_journal, &JournalView::refresh);
    m_panel->attachPostFlow(m_postFlow);
    connect(m_panel, &PendingChangesPanel::openCreateRequested, this, &WorkspaceController::openPendingCreate);
    connect(m_journal, &JournalView::reverted, this, [this](const QString &changeId) {
        // The revert is only pending: show it where it waits to be posted.
        m_changesDock->show();
        m_changesDock->raise();
        m_panel->selectChange(changeId);
        Q_EMIT statusMessage(tr("Revert added as a pending change — post it to apply."));
    });
    connect(m_panel, &PendingChangesPanel::adGroupActivated, this, [this](const QString &id) {
        AdGroupBrowser *browser = m_window->browser();
        const int row = browser->model()->rowOf(id);
        if (row < 0)
            return;
        const QModelIndex index = browser->proxy()->mapFromSource(browser->model()->index(row, 0));
        browser->tableView()->setCurrentIndex(index);
        browser->tableView()->scrollTo(index);
    });
}

void WorkspaceController::createActions()
{
    MainWindow *window = m_window;
    m_newAdGroup = new QAction(tr("&New Ad Group…"), this);
    m_newAdGroup->setObjectName(QStringLiteral("newAdGroupAction"));
    m_newAdGroup->setShortcut(QKeySequence::New);
    m_newAdGroup->setIcon(themedIcon(QStringLiteral("document-new")));
    m_newAdGroup->setIconText(tr("New"));
    connect(m_newAdGroup, &QAction::triggered, this, [this] { openEditor(true, false); });
    m_edit = new QAction(tr("&Edit Ad Groups…"), this);
    m_edit->setObjectName(QStringLiteral("editAdGroupsAction"));
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_edit->setIcon(themedIcon(QStringLiteral("document-properties")));
    m_edit->setIconText(tr("Edit"));
    connect(m_edit, &QAction::triggered, this, [this] { openEditor(false, false); });
    m_duplicate = new QAction(tr("&Duplicate Ad Groups…"), this);
    m_duplicate->setObjectName(QStringLiteral("duplicateAdGroupsAction"));
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_duplicate, &QAction::triggered, this, [this] { openEditor(true, true); });
    m_bulkEdit = new QAction(tr("&Bulk Edit…"), this);
    m_bulkEdit->setObjectName(QStringLiteral("bulkEditAction"));
    m_bulkEdit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_bulkEdit->setIcon(themedIcon(QStringLiteral("edit-select-all")));
    m_bulkEdit->setIconText(tr("Bulk Edit"));
    m_bulkEdit->setToolTip(tr("Status, budgets, bids, end dates or targeting of all selected ad groups at once"));
    connect(m_bulkEdit, &QAction::triggered, this, &WorkspaceController::openBulkEdit);
    window->addCommand(m_newAdGroup, {MenuRole::Edit, CommandGroup::AdGroupEditing, ToolBarSlot::NewAdGroup});
    window->addCommand(m_edit, {MenuRole::Edit, CommandGroup::AdGroupEditing, ToolBarSlot::Edit});
    window->addCommand(m_duplicate, {MenuRole::Edit, CommandGroup::AdGroupEditing});
    window->addCommand(m_bulkEdit, {MenuRole::Edit, CommandGroup::AdGroupEditing, ToolBarSlot::BulkEdit});

    m_post = new QAction(tr("&Post Changes…"), this);
    m_post->setObjectName(QStringLiteral("postAction"));
    m_post->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_post->setIcon(themedIcon(QStringLiteral("mail-send-receive")));
    m_post->setIconText(tr("Post"));
    m_post->setToolTip(tr("Check the pending changes and send them to Pinterest"));
    connect(m_post, &QAction::triggered, this, &WorkspaceController::postChanges);

    m_bidFloorCalculator = new QAction(tr("&Bid Floor Calculator…"), this);
    m_bidFloorCalculator->setObjectName(QStringLiteral("bidFloorCalculatorAction"));
    m_bidFloorCalculator->setIcon(themedIcon(QStringLiteral("accessories-calculator")));
    m_bidFloorCalculator->setIconText(tr("Bid Floors"));
    m_bidFloorCalculator->setToolTip(tr("The lowest bids Pinterest delivers for countries, objective and targeting"));
    connect(m_bidFloorCalculator, &QAction::triggered, this, &WorkspaceController::openBidFloorCalculator);
    m_checkBidFloors = new QAction(tr("Check Bid &Floors of Selection…"), this);
    m_checkBidFloors->setObjectName(QStringLiteral("checkBidFloorsAction"));
    m_checkBidFloors->setIcon(themedIcon(QStringLiteral("system-search")));
    connect(m_checkBidFloors, &QAction::triggered, this, &WorkspaceController::checkBidFloorsOfSelection);

    window->addCommand(m_post, {MenuRole::File, CommandGroup::Posting, ToolBarSlot::Post});
    window->addCommand(m_bidFloorCalculator, {MenuRole::Tools, CommandGroup::BidFloors, ToolBarSlot::BidFloorCalculator});
    window->addCommand(m_checkBidFloors, {MenuRole::Tools, CommandGroup::BidFloors});

    // The performance columns of the table cover one of the usual ranges.
    auto *range = new QMenu(tr("Performance &Range"), window);
    range->setObjectName(QStringLiteral("performanceRangeMenu"));
    window->addCommandMenu(range, {MenuRole::View, CommandGroup::Performance});
    const int savedRange = QSettings().value(kPerformanceRangeKey, m_rangePreset).toInt();
    for (DateRangePreset::Preset preset : DateRangePreset::all()) {
        if (static_cast<int>(preset) == savedRange && preset != DateRangePreset::Preset::Custom)
            m_rangePreset = savedRange;
    }
    auto *ranges = new QActionGroup(range);
    for (DateRangePreset::Preset preset : DateRangePreset::all()) {
        if (preset == DateRangePreset::Preset::Custom)
            continue;
        QAction *action = range->addAction(DateRangePreset::label(preset));
        action->setCheckable(true);
        action->setChecked(static_cast<int>(preset) == m_rangePreset);
        ranges->addAction(action);
        connect(action, &QAction::triggered, this, [this, preset] {
            m_rangePreset = static_cast<int>(preset);
            QSettings().setValue(kPerformanceRangeKey, m_rangePreset);
            fetchPerformanceColumns();
        });
    }
    for (QDockWidget *dock : {m_changesDock, m_journalDock, m_performanceDock, m_breakdownDock})
        window->addCommand(dock->toggleViewAction(), {MenuRole::View, CommandGroup::Docks});

    // The dock's Post… button is this same command.
    m_panel->setPostAction(m_post);
}

void WorkspaceController::onAccountChanged(const AdAccount &account)
{
    const bool same = m_account && m_account->id.valueOr({}) == account.id.valueOr({});
    m_account = account;
    if (!same)
        m_campaigns.clear();
    const QString id = account.id.valueOr({});
    const Currency currency = account.currency.valueOr(Currency());
    m_changes->loadFromStore(id);
    m_panel->setAdAccount(id, currency);
    m_journal->setAdAccount(id, currency);
    m_postFlow->setAdAccount(id, currency);
    rebuildAnalytics();
    rebuildPerformanceColumns();
    updateActions();
}

void WorkspaceController::rebuildPerformanceColumns()
{
    AdGroupTableModel *model = m_window->browser()->model();
    model->setExtraColumns(nullptr);
    m_columns.reset();
    delete m_columnsProvider;
    if (!m_account || !m_window->apiClient())
        return;
    m_columnsProvider = new PerformanceColumnsProvider(m_window->apiClient(), m_account->id.valueOr({}),
                                                       m_account->currency.valueOr(Currency()), this);
    m_columns = std::make_unique<PerformanceColumns>(m_columnsProvider);
    model->setExtraColumns(m_columns.get());
    connect(m_columnsProvider, &PerformanceColumnsProvider::valuesChanged, model, &AdGroupTableModel::extraValuesChanged);
    m_freshness->setProvider(m_columnsProvider);
    // What was fetched last time shows at once, with its "as of", until fresh numbers arrive.
    m_columnsProvider->setRange(performanceRange());
    m_columnsProvider->setArchive(m_archive);
}

DateRange WorkspaceController::performanceRange() const
{
    return DateRangePreset::range(static_cast<DateRangePreset::Preset>(m_rangePreset),
                                  AnalyticsQuery::todayUtc(m_window->context()->clock()));
}

void WorkspaceController::fetchPerformanceColumns()
{
    if (!m_columnsProvider)
        rebuildPerformanceColumns();
    if (!m_columnsProvider)
        return;
    AdGroupTableModel *model = m_window->browser()->model();
    QStringList ids;
    ids.reserve(model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->rowAt(row).id;
    if (ids.isEmpty())
        return;
    m_columnsProvider->setRange(performanceRange());
    m_columnsProvider->fetch(ids);
}

QHash<QString, AdGroup> WorkspaceController::adGroups(const QStringList &ids) const
{
    if (!m_window || !m_account)
        return {};
    return m_window->browser()->repository()->cached(ids);
}

std::optional<AdGroup> WorkspaceController::adGroup(const QString &id) const
{
    const QHash<QString, AdGroup> found = adGroups({id});
    const auto it = found.constFind(id);
    return it == found.cend() ? std::nullopt : std::optional<AdGroup>(*it);
}

QList<AdGroup> WorkspaceController::allAdGroups() const
{
    if (!m_window || !m_account)
        return {};
    return m_window->browser()->repository()->cachedAll();
}

std::function<QList<AdGroup>()> WorkspaceController::allAdGroupsReader() const
{
    if (!m_window || !m_account)
        return [] { return QList<AdGroup>(); };
    return m_window->browser()->repository()->cachedAllReader();
}

void WorkspaceController::onAdGroupSaved(const AdGroup &adGroup)
{
    AdGroupBrowser *browser = m_window->browser();
    browser->repository()->save({adGroup});
    browser->model()->upsert({adGroup});
    // The details show what Pinterest has now, not what it had before the post.
    if (browser->detailsPanel()->adGroupId() == adGroup.id.valueOr({}))
        browser->detailsPanel()->showAdGroup(adGroup.id.valueOr({}));
}

QList<AdGroup> WorkspaceController::selectedAdGroups() const
{
    AdGroupBrowser *browser = m_window->browser();
    QModelIndexList rows = browser->tableView()->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    ids.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        ids << browser->model()->rowAt(browser->proxy()->mapToSource(index).row()).id;
    const QHash<QString, AdGroup> found = adGroups(ids);
    QList<AdGroup> result;
    result.reserve(found.size());
    for (const QString &id : std::as_const(ids)) {
        const auto it = found.constFind(id);
        if (it != found.cend())
            result << *it;
    }
    return result;
}

QWidget *WorkspaceController::openBidFloorCalculator()
{
    if (!m_account)
        return nullptr;
    auto *dialog = new BidFloorCalculatorDialog(m_window->apiClient(), m_account->id.valueOr({}),
                                                m_account->currency.valueOr(Currency()), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QWidget *WorkspaceController::checkBidFloorsOfSelection()
{
    const QList<AdGroup> selection = selectedAdGroups();
    if (!m_account || selection.isEmpty() || !m_window->apiClient())
        return nullptr;
    auto *dialog = new BidFloorCheckDialog(m_window->apiClient(), m_account->id.valueOr({}),
                                           m_account->currency.valueOr(Currency()), selection, m_campaigns,
                                           m_changes->changes(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BidFloorCheckDialog::raiseRequested, this, [this, dialog](const QList<PendingChange> &changes) {
        recordEdits(m_window->undoStack(), m_changes, changes,
                    tr("Raise %n bid(s) to the floor", nullptr, static_cast<int>(changes.size())));
        Q_EMIT statusMessage(tr("%n bid(s) raised to the floor as pending changes; post to send them.", nullptr,
                                static_cast<int>(changes.size())));
        m_changesDock->show();
        m_changesDock->raise();
        dialog->accept();
    });
    dialog->show();
    return dialog;
}

AdGroupFormContext WorkspaceController::formContext() const
{
    AdGroupFormContext context;
    context.adAccountId = m_account ? m_account->id.valueOr({}) : QString();
    context.currency = m_account ? m_account->currency.valueOr(Currency()) : Currency();
    context.campaigns = m_campaigns.values();
    context.apiClient = m_window->apiClient();
    return context;
}

QWidget *WorkspaceController::openPendingCreate(const QString &changeId)
{
    if (!m_account)
        return nullptr;
    if (!PendingCreateEditor::canOpen(m_changes, changeId)) {
        Q_EMIT statusMessage(tr("Only a new ad group that is pending or was refused can be opened; "
                                "one with an unknown outcome is checked on the next post."));
        return nullptr;
    }
    return PendingCreateEditor::open(formContext(), m_window->undoStack(), m_changes, changeId, m_window);
}

QWidget *WorkspaceController::openEditor(bool create, bool duplicate)
{
    const QList<AdGroup> selection = selectedAdGroups();
    if (!m_account || ((!create || duplicate) && selection.isEmpty()))
        return nullptr;
    auto *dialog = new AdGroupEditorDialog(formContext(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRecordTarget(m_window->undoStack(), m_changes);
    if (create && duplicate)
        dialog->startDuplicate(selection);
    else if (create)
        dialog->startCreate();
    else
        dialog->startEdit(selection);
    connect(dialog, &AdGroupEditorDialog::changesRecorded, this, [this] {
        m_changesDock->show();
        m_changesDock->raise();
    });
    dialog->show();
    return dialog;
}

QWidget *WorkspaceController::openBulkEdit()
{
    const QList<AdGroup> selection = selectedAdGroups();
    if (!m_account || selection.isEmpty())
        return nullptr;
    auto *dialog = new BulkEditDialog(selection, m_account->currency.valueOr(Currency()), m_presets, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAdAccountId(m_account->id.valueOr({}));
    dialog->setInterestCatalogSource(m_window->apiClient(), m_account->id.valueOr({}));
    dialog->setRecordTarget(m_window->undoStack(), m_changes);
    connect(dialog, &BulkEditDialog::changesRecorded, this, [this] {
        m_changesDock->show();
        m_changesDock->raise();
    });
    dialog->show();
    return dialog;
}

void WorkspaceController::showPendingChanges()
{
    m_changesDock->show();
    m_changesDock->raise();
}

void WorkspaceController::postChanges()
{
    if (!m_account || !m_window->apiClient())
        return;
    m_changesDock->show();
    m_changesDock->raise();
    m_postFlow->start();
}

void WorkspaceController::rebuildAnalytics()
{
    delete m_performance;
    delete m_breakdown;
    if (!m_account || !m_window->apiClient())
        return;
    const QString id = m_account->id.valueOr({});
    const Currency currency = m_account->currency.valueOr(Currency());
    m_performance = new PerformanceChartPanel(m_window->apiClient(), id, currency);
    m_performance->setArchive(m_archive);
    m_performance->setJournal(m_store, m_changes);
    m_performance->setAccountName(m_account->name.valueOr({}));
    scrollAreaOf(m_performanceDock)->setWidget(m_performance);
    m_breakdown = new TargetingBreakdownPanel(m_window->apiClient(), id, currency);
    m_breakdown->setAccountName(m_account->name.valueOr({}));
    scrollAreaOf(m_breakdownDock)->setWidget(m_breakdown);
}

void WorkspaceController::showSelectionInAnalytics()
{
    if (!m_performance || !m_breakdown)
        rebuildAnalytics();
    if (!m_performance)
        return;
    QStringList ids;
    QHash<QString, QString> names;
    for (const AdGroup &g : selectedAdGroups()) {
        ids << g.id.valueOr({});
        names.insert(g.id.valueOr({}), g.name.valueOr({}));
    }
    if (ids.isEmpty())
        return;
    if (m_performanceDock->isVisible()) {
        m_performance->setAdGroups(ids.mid(0, 10), names);
        m_performance->refresh();
    }
    if (m_breakdownDock->isVisible()) {
        m_breakdown->setAdGroups(ids);
        m_breakdown->refresh();
    }
}

QScrollArea *WorkspaceController::scrollAreaOf(QDockWidget *dock)
{
    return qobject_cast<QScrollArea *>(dock->widget());
}

void WorkspaceController::fitBottomDocks()
{
    const bool empty = m_changes->count() == 0;
    if (m_bottomDocksEmpty == empty)
        return;
    m_bottomDocksEmpty = empty;
    m_panel->setCompact(empty);
    if (!m_changesDock->isVisible() || m_changesDock->isFloating())
        return;
    const int line = m_panel->fontMetrics().height();
    const int height = empty ? m_changesDock->minimumSizeHint().height() : std::max(m_changesDock->height(), line * 12);
    m_window->resizeDocks({m_changesDock}, {height}, Qt::Vertical);
}

void WorkspaceController::updateActions()
{
    const bool connected = m_window && m_window->apiClient();
    m_post->setEnabled(connected && m_account && m_changes->count() > 0 && !m_postFlow->isRunning());
    m_bidFloorCalculator->setEnabled(connected && m_account);
    const bool selected = m_account && m_window->browser()->tableView()->selectionModel()->hasSelection();
    m_checkBidFloors->setEnabled(connected && selected);
    m_newAdGroup->setEnabled(m_account.has_value());
    m_edit->setEnabled(selected);
    m_duplicate->setEnabled(selected);
    m_bulkEdit->setEnabled(selected);
}

} // namespace pinstripe
