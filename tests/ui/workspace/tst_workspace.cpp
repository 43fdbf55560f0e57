// The whole window offscreen against an in-process sandbox: browse, find bids under the floor,
// raise them as pending changes, post, and see the table, the cache and Pinterest agree.
#include "core/api/adgrouppager.h"
#include "core/api/apiclient.h"
#include "core/api/getadgrouprequest.h"
#include "core/api/tokenprovider.h"
#include "core/api/updateadgroupsrequest.h"
#include "core/changes/changeset.h"
#include "core/changes/pendingchangestore.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxthread.h"
#include "core/store/adgrouprepository.h"
#include "core/store/localstore.h"
#include "ui/adgroups/accountswitcher.h"
#include "ui/adgroups/adgroupbrowser.h"
#include "ui/adgroups/adgroupfilterproxy.h"
#include "ui/adgroups/adgrouptablemodel.h"
#include "ui/adgroups/adgrouptableview.h"
#include "ui/adgroups/browsercommands.h"
#include "ui/bidfloor/bidfloorcalculatordialog.h"
#include "ui/bidfloor/bidfloorcheckdialog.h"
#include "ui/changes/findingsdialog.h"
#include "ui/analytics/performancecolumnsprovider.h"
#include "ui/changes/pendingchangespanel.h"
#include "ui/changes/postflow.h"
#include "ui/changes/postreviewdialog.h"
#include "ui/editor/bulkeditdialog.h"
#include "ui/editor/moneyadjustmentedit.h"
#include "ui/analytics/analyticsquerybar.h"
#include "ui/mainwindow.h"
#include "ui/workspace/workspacecontroller.h"
#include "../openwindow.h"

#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QDir>
#include <QItemSelectionModel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QScrollArea>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolBar>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QUndoStack>

using namespace pinstripe;

using testing::OpenWindow;

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void menusAndDocks();
    void commandsFollowConnectionAndSelection();
    void layoutAt1280By800();
    void raiseBidsToTheFloorAndPost();
    void bulkRaiseBudgetsUndoRedoAndPost();
    void performanceColumnsAndChangeMarks();

private:
    std::unique_ptr<sandbox::SandboxThread> m_sandbox;
    std::unique_ptr<StaticTokenProvider> m_tokens;
    QTemporaryDir m_dir;
};

void TestWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PinstripeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_workspace"));
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    sandbox::SandboxOptions options;
    m_sandbox = sandbox::startSandboxThread(options);
    QVERIFY(m_sandbox);
    m_tokens = std::make_unique<StaticTokenProvider>(options.accessToken);
    QVERIFY(m_dir.isValid());
}

namespace {

/** The texts of @p menu's visible entries, separators as "-", mnemonics dropped. */
QStringList entries(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions()) {
        if (action->isVisible())
            texts << (action->isSeparator() ? QStringLiteral("-") : action->text().remove(QLatin1Char('&')));
    }
    return texts;
}

} // namespace

void TestWorkspace::init()
{
    // Every test starts from the default layout: the window keeps its docks' layout a second
    // after they change, and a dock an earlier test left open would be restored open.
    QSettings().remove(QStringLiteral("mainWindow"));
}

void TestWorkspace::menusAndDocks()
{
    AppContext context(testing::contextOptions(m_dir.filePath(QStringLiteral("menus"))));
    MainWindow window(&context);
    auto *workspace = new WorkspaceController(&window);
    QStringList titles;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->isVisible())
            titles << action->text();
    }
    QCOMPARE(titles, (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                                  QStringLiteral("&Tools"), QStringLiteral("&Account"), QStringLiteral("&Help")}));
    // Each feature's commands sit in their groups, whatever order the features were built in.
    QCOMPARE(entries(window.fileMenu()),
             (QStringList{QStringLiteral("Post Changes…"), QStringLiteral("-"), QStringLiteral("Export Ad Groups as CSV…"),
                          QStringLiteral("Export Selected Ad Groups as CSV…"), QStringLiteral("Import Changes…"),
                          QStringLiteral("Export for Editing…"), QStringLiteral("-"), QStringLiteral("Quit")}));
    QCOMPARE(entries(window.editMenu()),
             (QStringList{QStringLiteral("Undo"), QStringLiteral("Redo"), QStringLiteral("-"), QStringLiteral("Copy"), QStringLiteral("Paste"),
                          QStringLiteral("Find…"), QStringLiteral("-"), QStringLiteral("New Ad Group…"),
                          QStringLiteral("Edit Ad Groups…"), QStringLiteral("Duplicate Ad Groups…"), QStringLiteral("Bulk Edit…"), QStringLiteral("-"), QStringLiteral("Preferences…")}));
    QCOMPARE(entries(window.toolsMenu()),
             (QStringList{QStringLiteral("Bid Floor Calculator…"), QStringLiteral("Check Bid Floors of Selection…")}));
    QCOMPARE(entries(window.accountMenu()).constFirst(), QStringLiteral("Choose Ad Account…"));
    QStringList toolBar;
    for (const QAction *action : window.toolBar()->actions()) {
        toolBar << action->text().remove(QLatin1Char('&'));
        // Every tool bar command has an icon, from the theme or bundled, crisp at 200 %.
        QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
        const QPixmap sharp = action->icon().pixmap(QSize(24, 24), 2.0);
        QCOMPARE(sharp.deviceIndependentSize().toSize(), QSize(24, 24));
        QCOMPARE(sharp.size(), QSize(48, 48));
    }
    QCOMPARE(toolBar, (QStringList{QStringLiteral("Refresh"), QStringLiteral("New Ad Group…"), QStringLiteral("Edit Ad Groups…"),
                                   QStringLiteral("Bulk Edit…"), QStringLiteral("Post Changes…"),
                                   QStringLiteral("Bid Floor Calculator…"), QStringLiteral("Export Ad Groups as CSV…"),
                                   QStringLiteral("Find…")}));
    QVERIFY(window.fileMenu()->actions().contains(workspace->postAction()));
    // Not connected yet: nothing that needs Pinterest is enabled, nothing that needs a selection either.
    QVERIFY(!workspace->postAction()->isEnabled());
    QVERIFY(!workspace->bidFloorCalculatorAction()->isEnabled());
    QVERIFY(!window.browserCommands()->refreshAction()->isEnabled());
    QVERIFY(!workspace->editAction()->isEnabled());
    QVERIFY(!window.browserCommands()->copyAction()->isEnabled());
    QVERIFY(!window.browserCommands()->exportSelectedAction()->isEnabled());
    QVERIFY(workspace->changesPanel());
    QVERIFY(workspace->journal());
}

void TestWorkspace::commandsFollowConnectionAndSelection()
{
    OpenWindow open(m_dir, QStringLiteral("commands"));
    QVERIFY(open.connectAndLoad(m_sandbox->baseUrl(), m_tokens.get()));
    WorkspaceController *workspace = open.workspace;
    BrowserCommands *commands = open.window.browserCommands();
    QTRY_VERIFY(!commands->cancelLoadingAction()->isEnabled()); // the listing is done
    QVERIFY(commands->refreshAction()->isEnabled());
    QVERIFY(commands->exportAllAction()->isEnabled());
    QVERIFY(workspace->bidFloorCalculatorAction()->isEnabled());
    QVERIFY(!workspace->editAction()->isEnabled());
    QVERIFY(!workspace->postAction()->isEnabled()); // nothing to post

    // A selection enables what works on it; clearing it disables them again.
    const QStringList ids = open.selectRows([](const AdGroup &g) { return g.budgetType.valueOr({}) == QLatin1String("DAILY"); }, 2);
    QCOMPARE(ids.size(), 2);
    for (QAction *action : {workspace->editAction(), workspace->duplicateAction(), workspace->bulkEditAction(),
                            workspace->checkBidFloorsAction(), commands->copyAction(), commands->exportSelectedAction()})
        QVERIFY2(action->isEnabled(), qPrintable(action->text()));
    open.window.browser()->tableView()->clearSelection();
    for (QAction *action : {workspace->editAction(), workspace->bulkEditAction(), workspace->checkBidFloorsAction(),
                            commands->copyAction(), commands->exportSelectedAction()})
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));

    // A pending change: Post Changes and the dock's Post… are enabled, and the button is the command.
    const AdGroup g = workspace->adGroup(ids.constFirst()).value_or(AdGroup());
    workspace->changeSet()->record(PendingChange::update(
        workspace->account()->id.value(), g.id.value(), g.name.valueOr({}), QStringLiteral("budget_in_micro_currency"),
        g.budgetInMicroCurrency.value(), g.budgetInMicroCurrency.value() + 1'000'000, g.updatedTime.valueOr(0)));
    QVERIFY(workspace->postAction()->isEnabled());
    auto *dockPost = workspace->changesPanel()->findChild<QPushButton *>(QStringLiteral("postButton"));
    QVERIFY(dockPost && dockPost->isEnabled());
    QSignalSpy triggered(workspace->postAction(), &QAction::triggered);
    QSignalSpy finished(workspace->postFlow(), &PostFlow::finished);
    QTest::mouseClick(dockPost, Qt::LeftButton);
    QCOMPARE(triggered.size(), 1);
    QVERIFY(workspace->postFlow()->isRunning() || !finished.isEmpty());
    QVERIFY(!workspace->postAction()->isEnabled()); // no second post while one runs
    QVERIFY(!dockPost->isEnabled());
    [&] { QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || workspace->postFlow()->reviewDialog(), 30000); }();
    if (finished.isEmpty())
        workspace->postFlow()->reviewDialog()->reject(); // the person thinks again: nothing sent
    QTRY_VERIFY_WITH_TIMEOUT(!workspace->postFlow()->isRunning(), 30000);
    QTRY_VERIFY(workspace->postAction()->isEnabled());

    // Disconnected: everything that needs Pinterest is disabled, the dock's button too.
    open.context.connectTo({}, nullptr, false);
    QVERIFY(!workspace->postAction()->isEnabled());
    QVERIFY(!dockPost->isEnabled());
    QVERIFY(!workspace->bidFloorCalculatorAction()->isEnabled());
    QVERIFY(!commands->refreshAction()->isEnabled());
}

namespace {

/** Where @p document's line layout breaks a word in two (the text around it), or empty. */
QString wordBrokenAcrossLines(QTextDocument *document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        const QString text = block.text();
        for (int i = 0; layout && i + 1 < layout->lineCount(); ++i) {
            const int end = layout->lineAt(i).textStart() + layout->lineAt(i).textLength();
            if (end <= 0 || end >= text.size())
                continue;
            if (text.at(end - 1).isLetterOrNumber() && text.at(end).isLetterOrNumber())
                return text;
        }
    }
    return {};
}

} // namespace

void TestWorkspace::layoutAt1280By800()
{
    OpenWindow open(m_dir, QStringLiteral("layout"));
    open.window.resize(1280, 800);
    QVERIFY(open.connectAndLoad(m_sandbox->baseUrl(), m_tokens.get()));
    MainWindow &window = open.window;
    QTRY_COMPARE(window.size(), QSize(1280, 800));
    AdGroupTableView *table = window.browser()->tableView();
    QTRY_VERIFY2(table->width() >= window.width() * 55 / 100, qPrintable(QStringLiteral("table %1, details %2, browser %3, em %4").arg(table->width()).arg(window.detailsDock()->width()).arg(window.browser()->width()).arg(window.fontMetrics().horizontalAdvance(QLatin1Char('M')))));

    // No header is cut off: every visible section is at least as wide as its title needs.
    QHeaderView *header = table->horizontalHeader();
    for (int logical = 0; logical < header->count(); ++logical) {
        if (!header->isSectionHidden(logical))
            QVERIFY2(header->sectionSize(logical) >= header->sectionSizeHint(logical),
                     qPrintable(table->model()->headerData(logical, Qt::Horizontal).toString()));
    }
    // The numbers of the last days are in the grid from the start, right after the money.
    const int spend = AdGroupTableModel::ColumnCount; // the first stats column
    QVERIFY(header->count() > spend);
    QVERIFY(!header->isSectionHidden(spend));
    QVERIFY(header->visualIndex(spend) < header->visualIndex(AdGroupTableModel::Campaign));

    // Details of the current row in the right dock; Performance and Targeting Breakdown join it as tabs.
    const QStringList ids = open.selectRows([](const AdGroup &g) { return g.budgetType.valueOr({}) == QLatin1String("DAILY"); }, 1);
    QCOMPARE(ids.size(), 1);
    table->setCurrentIndex(table->selectionModel()->selectedRows().constFirst());
    window.browserCommands()->detailsAction()->trigger();
    QDockWidget *details = window.detailsDock();
    QTRY_VERIFY(details->isVisible() && !details->visibleRegion().isEmpty());
    auto *text = details->findChild<QTextBrowser *>();
    QVERIFY(text);
    QTRY_VERIFY(text->toPlainText().contains(ids.constFirst()));
    auto *performanceDock = window.findChild<QDockWidget *>(QStringLiteral("performanceDock"));
    auto *breakdownDock = window.findChild<QDockWidget *>(QStringLiteral("breakdownDock"));
    performanceDock->toggleViewAction()->trigger();
    breakdownDock->toggleViewAction()->trigger();
    QTRY_VERIFY(performanceDock->isVisible() && breakdownDock->isVisible());
    QVERIFY(window.tabifiedDockWidgets(details).contains(performanceDock));
    QVERIFY(window.dockWidgetArea(breakdownDock) == Qt::RightDockWidgetArea);
    // The analytics fields wrap inside the dock: none is out of sight to the right.
    performanceDock->raise();
    QTRY_VERIFY(!performanceDock->visibleRegion().isEmpty());
    auto *scroll = qobject_cast<QScrollArea *>(performanceDock->widget());
    auto *bar = performanceDock->findChild<AnalyticsQueryBar *>();
    QVERIFY(scroll && bar);
    const auto barRight = [&] { return bar->mapTo(scroll->viewport(), QPoint(bar->width(), 0)).x(); };
    QTRY_VERIFY2(barRight() <= scroll->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(barRight()).arg(scroll->viewport()->width())));
    for (QWidget *field : bar->findChildren<QWidget *>()) {
        if (field->isVisible() && !field->isWindow())
            QVERIFY2(field->mapTo(scroll->viewport(), QPoint(field->width(), 0)).x() <= scroll->viewport()->width(),
                     field->metaObject()->className());
    }
    details->raise();
    QTRY_VERIFY(!details->visibleRegion().isEmpty());
    QVERIFY2(details->width() >= 260, qPrintable(QString::number(details->width())));
    QVERIFY2(table->width() >= window.width() * 50 / 100, qPrintable(QStringLiteral("table %1, details %2, performance min %3, breakdown min %4").arg(table->width()).arg(details->width()).arg(performanceDock->minimumSizeHint().width()).arg(breakdownDock->minimumSizeHint().width())));
    // The details wrap at words, never inside one (ids and names stay whole).
    const QString broken = wordBrokenAcrossLines(text->document());
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
    for (QLabel *label : details->findChildren<QLabel *>()) {
        if (!label->isVisible() || !label->wordWrap())
            continue;
        for (const QString &word : label->text().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            QVERIFY2(label->fontMetrics().horizontalAdvance(word) <= label->contentsRect().width(), qPrintable(word));
    }

    // Nothing pending: the Pending Changes dock is one line, not a quarter of the window.
    auto *changesDock = window.findChild<QDockWidget *>(QStringLiteral("pendingChangesDock"));
    QTRY_VERIFY2(changesDock->height() < window.height() / 6, qPrintable(QString::number(changesDock->height())));
    if (const QString artifacts = qEnvironmentVariable("PINSTRIPE_TEST_ARTIFACTS"); !artifacts.isEmpty())
        window.grab().save(QDir(artifacts).filePath(QStringLiteral("layout-1280x800.png")));

    // View › Reset Layout puts the docks back as at a first start.
    window.resetLayout();
    QTRY_VERIFY(!performanceDock->isVisible() && !breakdownDock->isVisible());
    QVERIFY(details->isVisible());
}

void TestWorkspace::raiseBidsToTheFloorAndPost()
{
    OpenWindow open(m_dir, QStringLiteral("main"));
    QVERIFY(open.connectAndLoad(m_sandbox->baseUrl(), m_tokens.get()));
    MainWindow &window = open.window;
    WorkspaceController *workspace = open.workspace;
    AdGroupBrowser *browser = window.browser();
    QVERIFY(workspace->bidFloorCalculatorAction()->isEnabled());

    // Select the first six rows with a manual bid.
    AdGroupTableView *table = browser->tableView();
    QItemSelection selection;
    int picked = 0;
    for (int row = 0; row < browser->proxy()->rowCount() && picked < 6; ++row) {
        const QString id = browser->model()->rowAt(browser->proxy()->mapToSource(browser->proxy()->index(row, 0)).row()).id;
        const AdGroup g = workspace->adGroup(id).value_or(AdGroup());
        if (!g.bidInMicroCurrency.hasValue() || g.bidStrategyType.valueOr({}) == QLatin1String("AUTOMATIC_BID"))
            continue;
        selection.select(browser->proxy()->index(row, 0), browser->proxy()->index(row, 0));
        ++picked;
    }
    QVERIFY(picked >= 2);
    table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(workspace->selectedAdGroups().size(), picked);
    QVERIFY(workspace->checkBidFloorsAction()->isEnabled());

    // Make two of them bid far too low on Pinterest first, as a careless edit elsewhere would.
    const QList<AdGroup> selected = workspace->selectedAdGroups();
    {
        ApiClient client(m_sandbox->baseUrl(), m_tokens.get());
        QList<QJsonObject> bodies;
        for (int i = 0; i < 2; ++i)
            bodies << QJsonObject{{QStringLiteral("id"), selected.at(i).id.value()}, {QStringLiteral("bid_in_micro_currency"), 10'000}};
        auto *request = new UpdateAdGroupsRequest(&client, workspace->account()->id.value(), bodies);
        QSignalSpy done(request, &AdGroupWriteRequest::finished);
        request->start();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
    }
    browser->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(workspace->adGroup(selected.at(0).id.value()).value_or(AdGroup()).bidInMicroCurrency.valueOr(0) == 10'000, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!browser->repository()->isLoading(), 20000);
    table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    auto *dialog = qobject_cast<BidFloorCheckDialog *>(workspace->checkBidFloorsOfSelection());
    QVERIFY(dialog);
    QSignalSpy checked(dialog, &BidFloorCheckDialog::checked);
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 20000);
    int under = 0;
    for (const BidFloorCheck::Result &r : dialog->results())
        under += r.isUnderFloor() ? 1 : 0;
    QVERIFY(under >= 2);
    dialog->raiseButton()->click();
    QCOMPARE(workspace->changeSet()->count(), under);
    QVERIFY(workspace->postAction()->isEnabled());
    QCOMPARE(window.undoStack()->count(), 1); // one undoable step for the whole raise
    const QDir artifacts(qEnvironmentVariable("PINSTRIPE_TEST_ARTIFACTS", QDir::tempPath()));
    window.grab().save(artifacts.filePath(QStringLiteral("workspace-pending.png")));

    // Post: the raised bids pass every check, so the flow goes straight to sending.
    QSignalSpy finished(workspace->postFlow(), &PostFlow::finished);
    workspace->postChanges();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || workspace->postFlow()->findingsDialog() || workspace->postFlow()->reviewDialog(), 30000);
    if (finished.isEmpty() && workspace->postFlow()->findingsDialog()) {
        // Only warnings may stand between the user and posting here; errors would block.
        workspace->postFlow()->findingsDialog()->accept();
    } else if (finished.isEmpty()) {
        workspace->postFlow()->reviewDialog()->postButton()->click(); // the summary before sending
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const auto summary = finished.first().first().value<Poster::Summary>();
    QCOMPARE(summary.succeeded, under);
    QCOMPARE(workspace->changeSet()->count(), 0);

    // The table shows Pinterest's saved values, and Pinterest has them.
    ApiClient client(m_sandbox->baseUrl(), m_tokens.get());
    const QString id = selected.at(0).id.value();
    auto *get = new GetAdGroupRequest(&client, workspace->account()->id.value(), id);
    std::optional<AdGroup> fresh;
    connect(get, &GetAdGroupRequest::finished, this, [&](const AdGroup &g) { fresh = g; });
    get->start();
    QTRY_VERIFY_WITH_TIMEOUT(fresh.has_value(), 20000);
    QVERIFY(fresh->bidInMicroCurrency.value() > 10'000);
    const int row = browser->model()->rowOf(id);
    QVERIFY(row >= 0);
    QCOMPARE(browser->model()->rowAt(row).bidMicros, fresh->bidInMicroCurrency.value());
    window.grab().save(artifacts.filePath(QStringLiteral("workspace-posted.png")));
    if (QMessageBox *box = workspace->postFlow()->resultBox())
        box->close();
}

void TestWorkspace::bulkRaiseBudgetsUndoRedoAndPost()
{
    OpenWindow open(m_dir, QStringLiteral("bulk"));
    QVERIFY(open.connectAndLoad(m_sandbox->baseUrl(), m_tokens.get()));
    MainWindow &window = open.window;
    WorkspaceController *workspace = open.workspace;
    AdGroupBrowser *browser = window.browser();

    // Every DAILY-budget row (mixed budget types are refused by the bulk edit).
    QItemSelection selection;
    QHash<QString, qint64> before;
    for (int row = 0; row < browser->proxy()->rowCount(); ++row) {
        const QString id = browser->model()->rowAt(browser->proxy()->mapToSource(browser->proxy()->index(row, 0)).row()).id;
        const AdGroup g = workspace->adGroup(id).value_or(AdGroup());
        if (g.budgetType.valueOr({}) != QLatin1String("DAILY") || !g.budgetInMicroCurrency.hasValue())
            continue;
        selection.select(browser->proxy()->index(row, 0), browser->proxy()->index(row, 0));
        before.insert(id, g.budgetInMicroCurrency.value());
    }
    QVERIFY(before.size() >= 5);
    browser->tableView()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(workspace->bulkEditAction()->isEnabled());

    auto *dialog = qobject_cast<BulkEditDialog *>(workspace->openBulkEdit());
    QVERIFY(dialog);
    dialog->budgetGroup()->setChecked(true);
    MoneyAdjustmentEdit *budget = dialog->budgetEdit();
    budget->operationCombo()->setCurrentIndex(budget->operationCombo()->findData(static_cast<int>(MoneyAdjustmentEdit::Operation::Raise)));
    budget->unitCombo()->setCurrentIndex(budget->unitCombo()->findData(static_cast<int>(MoneyAdjustmentEdit::Unit::Percent)));
    budget->valueEdit()->setText(QStringLiteral("15"));
    QTRY_VERIFY(dialog->okButton()->isEnabled());
    const QDir artifacts(qEnvironmentVariable("PINSTRIPE_TEST_ARTIFACTS", QDir::tempPath()));
    dialog->grab().save(artifacts.filePath(QStringLiteral("workspace-bulk-edit.png")));
    dialog->okButton()->click();
    QTRY_COMPARE(workspace->changeSet()->count(), int(before.size()));

    // One undo step takes the whole bulk edit back, redo brings it again.
    window.undoStack()->undo();
    QCOMPARE(workspace->changeSet()->count(), 0);
    window.undoStack()->redo();
    QCOMPARE(workspace->changeSet()->count(), int(before.size()));
    QHash<QString, qint64> wanted;
    for (const PendingChange &c : workspace->changeSet()->changes()) {
        QCOMPARE(c.field, QStringLiteral("budget_in_micro_currency"));
        // +15%, rounded to whole cents, halves away from zero.
        const qint64 was = before.value(c.adGroupId);
        QCOMPARE(c.after.toInteger(), (was * 115 + 500'000) / 1'000'000 * 10'000);
        wanted.insert(c.adGroupId, c.after.toInteger());
    }

    QSignalSpy finished(workspace->postFlow(), &PostFlow::finished);
    workspace->postChanges();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || workspace->postFlow()->findingsDialog() || workspace->postFlow()->reviewDialog(), 30000);
    if (finished.isEmpty() && workspace->postFlow()->findingsDialog())
        workspace->postFlow()->findingsDialog()->postButton()->click(); // warnings only; errors never post
    else if (finished.isEmpty())
        workspace->postFlow()->reviewDialog()->postButton()->click(); // the summary before sending
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const auto summary = finished.first().first().value<Poster::Summary>();
    QVERIFY(summary.succeeded > 0);
    QCOMPARE(summary.succeeded + workspace->changeSet()->count(), int(before.size()));
    // What was applied is in the table; what was held back is still pending with a reason.
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const bool stillPending = workspace->changeSet()->pendingFor(it.key(), QStringLiteral("budget_in_micro_currency")).has_value();
        const qint64 shown = browser->model()->rowAt(browser->model()->rowOf(it.key())).budgetMicros;
        QCOMPARE(shown, stillPending ? before.value(it.key()) : it.value());
    }
    if (QMessageBox *box = workspace->postFlow()->resultBox())
        box->close();
}

void TestWorkspace::performanceColumnsAndChangeMarks()
{
    OpenWindow open(m_dir, QStringLiteral("perf"));
    QVERIFY(open.connectAndLoad(m_sandbox->baseUrl(), m_tokens.get()));
    MainWindow &window = open.window;
    WorkspaceController *workspace = open.workspace;
    AdGroupBrowser *browser = window.browser();
    AdGroupTableModel *model = browser->model();
    QTRY_VERIFY_WITH_TIMEOUT(workspace->performanceColumns() != nullptr, 20000);

    // Spend, impressions, clicks, CTR, CPC, CPM, conversions and ROAS follow the ad group's own columns.
    QCOMPARE(model->columnCount(), int(AdGroupTableModel::ColumnCount) + 8);
    QCOMPARE(model->headerData(AdGroupTableModel::ColumnCount, Qt::Horizontal).toString(), QStringLiteral("Spend"));
    PerformanceColumnsProvider *provider = workspace->performanceColumns();
    QTRY_VERIFY_WITH_TIMEOUT(!provider->isFetching() && provider->hasValues(model->rowAt(0).id), 30000);

    // Sorting by last week's spend puts the biggest spender first.
    const int spend = AdGroupTableModel::ColumnCount;
    browser->tableView()->sortByColumn(spend, Qt::DescendingOrder);
    qint64 previous = std::numeric_limits<qint64>::max();
    int known = 0;
    for (int row = 0; row < browser->proxy()->rowCount(); ++row) {
        const QVariant value = browser->proxy()->index(row, spend).data(AdGroupTableModel::SortRole);
        if (!value.isValid())
            continue;
        ++known;
        QVERIFY(value.toLongLong() <= previous);
        previous = value.toLongLong();
    }
    QVERIFY(known > 5);
    const QString top = browser->model()->rowAt(browser->proxy()->mapToSource(browser->proxy()->index(0, 0)).row()).id;
    QVERIFY(provider->displayValue(top, PerformanceColumnsProvider::Column::Spend).startsWith(QLatin1Char('$')));

    // A pending change marks its cell.
    const int row = model->rowOf(top);
    const QModelIndex budgetCell = model->index(row, AdGroupTableModel::Budget);
    QVERIFY(!budgetCell.data(Qt::FontRole).isValid());
    const AdGroup g = workspace->adGroup(top).value_or(AdGroup());
    workspace->changeSet()->record(PendingChange::update(workspace->account()->id.value(), top, g.name.valueOr({}),
                                                        QStringLiteral("budget_in_micro_currency"),
                                                        g.toJson().value(QLatin1String("budget_in_micro_currency")),
                                                        g.budgetInMicroCurrency.valueOr(0) + 1'000'000, g.updatedTime.valueOr(0)));
    QVERIFY(budgetCell.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model->index(row, AdGroupTableModel::Bid).data(Qt::FontRole).isValid());
    workspace->changeSet()->discardAll();
    QVERIFY(!budgetCell.data(Qt::FontRole).isValid());
    const QDir artifacts(qEnvironmentVariable("PINSTRIPE_TEST_ARTIFACTS", QDir::tempPath()));
    browser->tableView()->scrollTo(model->index(0, spend));
    window.grab().save(artifacts.filePath(QStringLiteral("workspace-performance-columns.png")));
}

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
