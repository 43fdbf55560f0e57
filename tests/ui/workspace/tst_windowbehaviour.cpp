// The main window as a person meets it in the first hour: shortcuts that do what their menus
// say, actions that follow the connection, details that follow a post, a layout that survives
// a restart (and a kill), keyboard entry into the table, and names that stay in view.
#include "core/api/apiclient.h"
#include "core/api/tokenprovider.h"
#include "core/api/updateadgroupsrequest.h"
#include "core/changes/changeset.h"
#include "core/changes/pendingchange.h"
#include "core/changes/pendingchangestore.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxthread.h"
#include "core/store/adgrouprepository.h"
#include "core/store/localstore.h"
#include "ui/adgroups/accountswitcher.h"
#include "ui/adgroups/adgroupbrowser.h"
#include "ui/adgroups/adgroupdetailspanel.h"
#include "ui/adgroups/adgroupfilterproxy.h"
#include "ui/adgroups/adgrouptablemodel.h"
#include "ui/adgroups/adgrouptableview.h"
#include "ui/changes/editcommand.h"
#include "ui/changes/postflow.h"
#include "ui/editor/adgroupeditordialog.h"
#include "ui/mainwindow.h"
#include "ui/workspace/appsession.h"
#include "ui/workspace/workspacecontroller.h"
#include "../testcontext.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace pinstripe;

namespace {

QString artifact(const QString &name)
{
    return QDir(qEnvironmentVariable("PINSTRIPE_TEST_ARTIFACTS", QDir::tempPath())).filePath(name);
}

/** The title on the front tab of the window's tabbed docks on the right (what a person reads). */
QString frontDockTab(QMainWindow *window)
{
    for (QTabBar *bar : window->findChildren<QTabBar *>()) {
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->isVisible() && bar->tabText(i).contains(QLatin1String("Performance")))
                return bar->tabText(bar->currentIndex());
        }
    }
    return {};
}

/** Every action reachable in the window: its own, its menus' and its widgets'. */
QList<QAction *> actionsOf(QWidget *window)
{
    QList<QAction *> result;
    const auto add = [&result](QAction *action) {
        if (action && !result.contains(action))
            result << action;
    };
    for (QAction *action : window->findChildren<QAction *>())
        add(action);
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        for (QAction *action : widget->actions())
            add(action);
    }
    for (QMenu *menu : window->findChildren<QMenu *>()) {
        for (QAction *action : menu->actions()) {
            add(action);
            if (action->menu()) {
                for (QAction *sub : action->menu()->actions())
                    add(sub);
            }
        }
    }
    return result;
}

/** Where a shortcut of @p action can fire: the whole window, or one widget's tree. */
QObject *shortcutScope(QAction *action, QWidget *window)
{
    if (action->shortcutContext() == Qt::WindowShortcut || action->shortcutContext() == Qt::ApplicationShortcut)
        return window;
    const QList<QObject *> owners = action->associatedObjects();
    for (QObject *owner : owners) {
        if (!qobject_cast<QMenu *>(owner))
            return owner;
    }
    return window;
}

struct Window
{
    Window(const QTemporaryDir &dir, const QString &name)
        : context(testing::contextOptions(dir.filePath(name)))
        , window(std::make_unique<MainWindow>(&context))
        , workspace(new WorkspaceController(window.get()))
    {
        window->resize(1280, 800);
    }

    bool connectAndLoad(const QUrl &baseUrl, TokenProvider *tokens)
    {
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        context.connectTo(baseUrl, tokens, true);
        AdGroupBrowser *browser = window->browser();
        return QTest::qWaitFor([&] { return workspace->account().has_value(); }, 20000)
            && QTest::qWaitFor([&] { return !browser->repository()->isLoading() && browser->model()->rowCount() > 5; }, 20000)
            && QTest::qWaitFor([&] { return workspace->allAdGroups().size() >= browser->model()->rowCount(); }, 20000);
    }

    /** Clicks the row showing @p row of the proxy, as a person picks an ad group. */
    void clickRow(int row)
    {
        AdGroupTableView *table = window->browser()->tableView();
        const QModelIndex index = window->browser()->proxy()->index(row, AdGroupTableModel::Status);
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    }

    AppContext context;
    std::unique_ptr<MainWindow> window;
    WorkspaceController *workspace;
};

} // namespace

class TestWindowBehaviour : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void noTwoActionsShareAShortcut();
    void ctrlEOpensTheEditorAndCtrlYRedoes();
    void postAndFloorsEnabledAfterARestartWithoutAClick();
    void detailsShowWhatAPostSaved();
    void layoutSurvivesAKill();
    void eachAccountKeepsItsDocks();
    void tabIntoTheTableSelectsARowAndEnterOpensIt();
    void namesStayInViewWhenScrollingSideways();
    void accountMenuNamesEachThingOnce();

private:
    std::unique_ptr<sandbox::SandboxThread> m_sandbox;
    std::unique_ptr<StaticTokenProvider> m_tokens;
    QTemporaryDir m_dir;
};

void TestWindowBehaviour::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PinstripeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowbehaviour"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    sandbox::SandboxOptions options;
    m_sandbox = sandbox::startSandboxThread(options);
    QVERIFY(m_sandbox);
    m_tokens = std::make_unique<StaticTokenProvider>(options.accessToken);
    QVERIFY(m_dir.isValid());
}

void TestWindowBehaviour::init()
{
    QSettings().clear();
}

void TestWindowBehaviour::noTwoActionsShareAShortcut()
{
    Window w(m_dir, QStringLiteral("shortcuts"));
    QVERIFY(w.connectAndLoad(m_sandbox->baseUrl(), m_tokens.get()));
    QHash<QString, QList<QAction *>> byKeys;
    for (QAction *action : actionsOf(w.window.get())) {
        for (const QKeySequence &keys : action->shortcuts()) {
            if (!keys.isEmpty())
                byKeys[keys.toString(QKeySequence::PortableText)] << action;
        }
    }
    QVERIFY(byKeys.size() > 10); // the check sees the app's shortcuts
    QStringList clashes;
    for (auto it = byKeys.cbegin(); it != byKeys.cend(); ++it) {
        const QList<QAction *> &actions = it.value();
        for (qsizetype i = 0; i < actions.size(); ++i) {
            for (qsizetype j = i + 1; j < actions.size(); ++j) {
                QObject *a = shortcutScope(actions.at(i), w.window.get());
                QObject *b = shortcutScope(actions.at(j), w.window.get());
                // Two scopes overlap when one contains the other (the window contains all).
                const auto contains = [](QObject *outer, QObject *inner) {
                    for (QObject *o = inner; o; o = o->parent()) {
                        if (o == outer)
                            return true;
                    }
                    return false;
                };
                if (contains(a, b) || contains(b, a))
                    clashes << QStringLiteral("%1: \"%2\" and \"%3\"").arg(it.key(), actions.at(i)->text(), actions.at(j)->text());
            }
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1String("; "))));
}

void TestWindowBehaviour::ctrlEOpensTheEditorAndCtrlYRedoes()
{
    Window w(m_dir, QStringLiteral("keys"));
    QVERIFY(w.connectAndLoad(m_sandbox->baseUrl(), m_tokens.get()));
    w.clickRow(0);
    QTRY_VERIFY(w.workspace->editAction()->isEnabled());
    AdGroupTableView *table = w.window->browser()->tableView();
    QTest::keyClick(table, Qt::Key_E, Qt::ControlModifier);
    AdGroupEditorDialog *editor = nullptr;
    QTRY_VERIFY((editor = w.window->findChild<AdGroupEditorDialog *>()) != nullptr && editor->isVisible());
    editor->close();

    // An undoable edit, undone with Ctrl+Z and redone with Ctrl+Y.
    const QString id = w.workspace->selectedAdGroups().value(0).id.valueOr({});
    QVERIFY(!id.isEmpty());
    const AdGroup g = w.workspace->adGroup(id).value_or(AdGroup());
    const QString account = w.workspace->account()->id.valueOr({});
    const PendingChange change = PendingChange::update(account, id, g.name.valueOr({}), QStringLiteral("name"),
                                                       g.name.valueOr({}), QStringLiteral("Renamed by keys"),
                                                       g.updatedTime.valueOr(0));
    QVERIFY(recordEdits(w.window->undoStack(), w.workspace->changeSet(), {change}, QStringLiteral("Rename")));
    QCOMPARE(w.workspace->changeSet()->count(), 1);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w.workspace->changeSet()->count(), 0);
    QTest::keyClick(table, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(w.workspace->changeSet()->count(), 1);
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w.workspace->changeSet()->count(), 0);
}

void TestWindowBehaviour::postAndFloorsEnabledAfterARestartWithoutAClick()
{
    QString account;
    {
        Window first(m_dir, QStringLiteral("restart"));
        QVERIFY(first.connectAndLoad(m_sandbox->baseUrl(), m_tokens.get()));
        account = first.workspace->account()->id.valueOr({});
        const AdGroup g = first.workspace->allAdGroups().constFirst();
        first.workspace->changeSet()->record(PendingChange::update(
            account, g.id.valueOr({}), g.name.valueOr({}), QStringLiteral("name"), g.name.valueOr({}),
            QString(g.name.valueOr({}) + QStringLiteral(" (spring)")), g.updatedTime.valueOr(0)));
        first.window->close();
    }
    // A restart: the same cache and pending store, connected as the app connects after start.
    Window again(m_dir, QStringLiteral("restart"));
    QVERIFY(again.connectAndLoad(m_sandbox->baseUrl(), m_tokens.get()));
    QCOMPARE(again.workspace->account()->id.valueOr({}), account);
    QVERIFY(!again.window->browser()->tableView()->selectionModel()->hasSelection());
    QTRY_VERIFY(again.workspace->postAction()->isEnabled());
    QVERIFY(again.workspace->bidFloorCalculatorAction()->isEnabled());
}

void TestWindowBehaviour::detailsShowWhatAPostSaved()
{
    Window w(m_dir, QStringLiteral("details"));
    QVERIFY(w.connectAndLoad(m_sandbox->baseUrl(), m_tokens.get()));
    AdGroupBrowser *browser = w.window->browser();
    w.clickRow(0);
    const QString id = w.workspace->selectedAdGroups().value(0).id.valueOr({});
    QVERIFY(!id.isEmpty());
    QSignalSpy loaded(browser->detailsPanel(), &AdGroupDetailsPanel::loaded);
    QTRY_VERIFY_WITH_TIMEOUT(browser->detailsPanel()->adGroupId() == id && !loaded.isEmpty(), 20000);
    const QString newName = QStringLiteral("Renamed on Pinterest %1").arg(QDateTime::currentMSecsSinceEpoch());
    QVERIFY(!browser->detailsPanel()->plainText().contains(newName));

    // Pinterest's answer to a post, as the post flow hands it on.
    ApiClient client(m_sandbox->baseUrl(), m_tokens.get());
    auto *request = new UpdateAdGroupsRequest(&client, w.workspace->account()->id.value(),
                                              {QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), newName}}});
    QSignalSpy done(request, &AdGroupWriteRequest::finished);
    request->start();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
    const AdGroupBatchResult result = done.first().first().value<AdGroupBatchResult>();
    QVERIFY(!result.items.isEmpty() && result.items.first().data);
    Q_EMIT w.workspace->postFlow()->adGroupSaved(*result.items.first().data);
    QTRY_VERIFY_WITH_TIMEOUT(browser->detailsPanel()->plainText().contains(newName), 20000);
}

void TestWindowBehaviour::layoutSurvivesAKill()
{
    int hiddenColumn = AdGroupTableModel::BidStrategy;
    {
        Window first(m_dir, QStringLiteral("layout"));
        QVERIFY(first.connectAndLoad(m_sandbox->baseUrl(), m_tokens.get()));
        QMenu *view = first.window->viewMenu();
        // View › Targeting Breakdown and View › Performance, the breakdown's tab in front.
        QDockWidget *performance = first.window->findChild<QDockWidget *>(QStringLiteral("performanceDock"));
        QDockWidget *breakdown = first.window->findChild<QDockWidget *>(QStringLiteral("breakdownDock"));
        QVERIFY(performance && breakdown);
        performance->toggleViewAction()->trigger();
        breakdown->toggleViewAction()->trigger();
        QTRY_VERIFY(performance->isVisible() || breakdown->isVisible());
        breakdown->raise();
        // View › Performance Range › Last 30 days.
        QAction *last30 = nullptr;
        for (QAction *action : view->actions()) {
            if (action->menu() && action->text().contains(QLatin1String("Range"))) {
                for (QAction *range : action->menu()->actions()) {
                    if (range->text().contains(QLatin1String("30")))
                        last30 = range;
                }
            }
        }
        QVERIFY(last30);
        last30->trigger();
        // View › Columns: hide Bid strategy.
        AdGroupTableView *table = first.window->browser()->tableView();
        QVERIFY(!table->isColumnHidden(hiddenColumn));
        for (QAction *action : table->columnMenu()->actions()) {
            if (action->data().toInt() == hiddenColumn)
                action->trigger();
        }
        QVERIFY(table->isColumnHidden(hiddenColumn));
        // The stats columns come and go with the connection: the layout must not.
        first.context.connectTo(m_sandbox->baseUrl(), m_tokens.get(), true);
        QTRY_VERIFY(first.window->browser()->model()->columnCount() > AdGroupTableModel::ColumnCount);
        QVERIFY(table->isColumnHidden(hiddenColumn));
        QTRY_COMPARE(frontDockTab(first.window.get()), breakdown->windowTitle());
        // The window saves its layout a moment after it changes, as during a minute of use: wait
        // until what is stored is what the window shows.
        QTRY_COMPARE_WITH_TIMEOUT(QSettings().value(QStringLiteral("mainWindow/state")).toByteArray(), first.window->saveState(), 10000);
        // A kill: no close event, no orderly save.
        first.window->setAttribute(Qt::WA_DontShowOnScreen);
    }
    Window again(m_dir, QStringLiteral("layout"));
    QVERIFY(again.connectAndLoad(m_sandbox->baseUrl(), m_tokens.get()));
    QDockWidget *performance = again.window->findChild<QDockWidget *>(QStringLiteral("performanceDock"));
    QDockWidget *breakdown = again.window->findChild<QDockWidget *>(QStringLiteral("breakdownDock"));
    QVERIFY(!performance->isHidden());
    QVERIFY(!breakdown->isHidden());
    // Both still open, tabbed, with the breakdown in front as it was left.
    QVERIFY(performance->toggleViewAction()->isChecked());
    QVERIFY(breakdown->toggleViewAction()->isChecked());
    QVERIFY(again.window->tabifiedDockWidgets(performance).contains(breakdown));
    QTRY_COMPARE(frontDockTab(again.window.get()), breakdown->windowTitle());
    QVERIFY(again.window->browser()->tableView()->isColumnHidden(hiddenColumn));
    bool rangeKept = false;
    for (QAction *action : again.window->viewMenu()->actions()) {
        if (action->menu() && action->text().contains(QLatin1String("Range"))) {
            for (QAction *range : action->menu()->actions())
                rangeKept |= range->isChecked() && range->text().contains(QLatin1String("30"));
        }
    }
    QVERIFY(rangeKept);
    again.window->grab().save(artifact(QStringLiteral("layout-restored.png")));
}

void TestWindowBehaviour::eachAccountKeepsItsDocks()
{
    Window w(m_dir, QStringLiteral("accountLayout"));
    QVERIFY(w.connectAndLoad(m_sandbox->baseUrl(), m_tokens.get()));
    QComboBox *accounts = w.window->browser()->accountSwitcher()->comboBox();
    QTRY_VERIFY(accounts->count() >= 2);
    const QString first = w.workspace->account()->id.value();
    const auto pickAccount = [&](int index) {
        accounts->setFocus();
        QTest::keyClick(accounts, index > accounts->currentIndex() ? Qt::Key_Down : Qt::Key_Up);
        return QTest::qWaitFor([&] { return accounts->currentIndex() == index && w.workspace->account()
                                            && w.workspace->account()->id.value() != QString(); }, 10000);
    };
    const int firstIndex = accounts->currentIndex();
    const int secondIndex = firstIndex == 0 ? 1 : firstIndex - 1;
    QDockWidget *performance = w.window->findChild<QDockWidget *>(QStringLiteral("performanceDock"));
    QVERIFY(performance);

    // The first account with View › Performance open.
    performance->toggleViewAction()->trigger();
    QTRY_VERIFY(performance->isVisible());
    // The second account starts from the layout on screen, and closes the dock.
    QVERIFY(pickAccount(secondIndex));
    QTRY_VERIFY(w.workspace->account()->id.value() != first);
    QVERIFY(performance->isVisible());
    performance->toggleViewAction()->trigger();
    QTRY_VERIFY(!performance->isVisible());
    // Back to the first: its dock is open again; and closed again for the second.
    QVERIFY(pickAccount(firstIndex));
    QTRY_COMPARE(w.workspace->account()->id.value(), first);
    QTRY_VERIFY(performance->isVisible());
    QVERIFY(pickAccount(secondIndex));
    QTRY_VERIFY(w.workspace->account()->id.value() != first);
    QTRY_VERIFY(!performance->isVisible());
}

void TestWindowBehaviour::tabIntoTheTableSelectsARowAndEnterOpensIt()
{
    Window w(m_dir, QStringLiteral("tab"));
    QVERIFY(w.connectAndLoad(m_sandbox->baseUrl(), m_tokens.get()));
    AdGroupBrowser *browser = w.window->browser();
    AdGroupTableView *table = browser->tableView();
    QVERIFY(!table->selectionModel()->hasSelection());
    // Tab from the widget before the table, as a person moves through the window.
    QWidget *before = table->previousInFocusChain();
    while (before && (before->focusPolicy() & Qt::TabFocus) != Qt::TabFocus)
        before = before->previousInFocusChain();
    QVERIFY(before);
    before->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(before->hasFocus());
    for (int i = 0; i < 10 && !table->hasFocus(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(table->hasFocus());
    QVERIFY(table->selectionModel()->hasSelection());
    QVERIFY(w.workspace->editAction()->isEnabled());
    QVERIFY(w.workspace->bulkEditAction()->isEnabled());
    const QString id = table->currentIndex().data(AdGroupTableModel::IdRole).toString();
    QVERIFY(!id.isEmpty());
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_COMPARE(browser->detailsPanel()->adGroupId(), id);
    QVERIFY(browser->detailsPanel()->isVisible());
}

void TestWindowBehaviour::namesStayInViewWhenScrollingSideways()
{
    Window w(m_dir, QStringLiteral("frozen"));
    QVERIFY(w.connectAndLoad(m_sandbox->baseUrl(), m_tokens.get()));
    AdGroupTableView *table = w.window->browser()->tableView();
    // Every column shown, the stats columns too: wider than the table.
    for (QAction *action : table->columnMenu()->actions()) {
        if (!action->isChecked())
            action->trigger();
    }
    QTRY_VERIFY(table->horizontalScrollBar()->maximum() > 0);
    table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
    QVERIFY(table->columnViewportPosition(AdGroupTableModel::Name) < 0); // the table's own name cells scrolled away
    auto *frozen = table->findChild<QTableView *>(QStringLiteral("frozenColumn"));
    QVERIFY(frozen);
    QVERIFY(frozen->isVisible());
    // What a person sees at the table's left edge, in the first row, is the ad group's name.
    const QPoint firstCell(frozen->columnViewportPosition(AdGroupTableModel::Name) + 5, frozen->rowViewportPosition(0) + 3);
    const QModelIndex seen = frozen->indexAt(firstCell);
    QCOMPARE(seen.column(), int(AdGroupTableModel::Name));
    QCOMPARE(seen.data().toString(), w.window->browser()->proxy()->index(0, AdGroupTableModel::Name).data().toString());
    QVERIFY(!seen.data().toString().isEmpty());
    QCOMPARE(frozen->mapTo(table, QPoint(0, 0)).x(), table->frameWidth());
    // Scrolling down moves the names with the rows.
    table->verticalScrollBar()->setValue(3);
    QCOMPARE(frozen->verticalScrollBar()->value(), 3);
    // A click on a frozen name selects that row.
    QTest::mouseClick(frozen->viewport(), Qt::LeftButton, {}, frozen->visualRect(frozen->model()->index(4, 0)).center());
    QVERIFY(table->selectionModel()->isRowSelected(4, {}));
    QCOMPARE(table->horizontalScrollBar()->value(), table->horizontalScrollBar()->maximum()); // stays where it was
    w.window->grab().save(artifact(QStringLiteral("frozen-name-column.png")));
}

void TestWindowBehaviour::accountMenuNamesEachThingOnce()
{
    Window w(m_dir, QStringLiteral("menu"));
    new AppSession(w.window.get()); // the Account menu's sign-in items, as the app adds them
    QStringList titles;
    for (QAction *action : w.window->accountMenu()->actions()) {
        if (!action->isSeparator())
            titles << action->text().remove(QLatin1Char('&'));
    }
    QVERIFY(titles.size() >= 4);
    for (const QString &title : std::as_const(titles))
        QVERIFY2(titles.count(title) == 1, qPrintable(titles.join(QLatin1String(", "))));
}

QTEST_MAIN(TestWindowBehaviour)
#include "tst_windowbehaviour.moc"
