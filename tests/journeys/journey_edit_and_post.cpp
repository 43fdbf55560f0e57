// J2: a budget changed in the editor, posted with the Pending Changes dock's own Post… button;
// the journal shows it, the demo sandbox has it, and after a restart on the same data folder
// the table and the journal still show it.
#include "journeysupport.h"

#include "core/auth/sessionmanager.h"

#include "core/api/apiclient.h"
#include "core/api/getadgrouprequest.h"
#include "core/api/tokenprovider.h"
#include "core/app/appcontext.h"
#include "core/changes/changeset.h"
#include "core/store/adgrouprepository.h"
#include "sandbox/sandboxoptions.h"
#include "ui/adgroups/adgroupbrowser.h"
#include "ui/adgroups/adgroupfilterproxy.h"
#include "ui/adgroups/adgrouptablemodel.h"
#include "ui/adgroups/adgrouptableview.h"
#include "ui/changes/journalview.h"
#include "ui/changes/pendingchangespanel.h"
#include "ui/editor/adgroupeditordialog.h"
#include "ui/editor/moneyedit.h"
#include "ui/mainwindow.h"
#include "ui/workspace/workspacecontroller.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace pinstripe;
using namespace pinstripe::journeys;

class JourneyEditAndPost : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void editPostWithTheDockAndRestart();

private:
    /** Waits until the window shows the open account's ad groups. */
    static bool loaded(Application &app);
    /** The proxy row of the first ad group with a daily budget of its own of $100 or more. */
    static int firstDailyRow(Application &app);
};

void JourneyEditAndPost::initTestCase()
{
    prepareJourney(QStringLiteral("journey_edit_and_post"));
}

bool JourneyEditAndPost::loaded(Application &app)
{
    AdGroupBrowser *browser = app.window()->browser();
    return QTest::qWaitFor([&] { return app.workspace()->account().has_value(); }, 20000)
        && QTest::qWaitFor([&] { return !browser->repository()->isLoading() && browser->proxy()->rowCount() > 5; }, 20000);
}

int JourneyEditAndPost::firstDailyRow(Application &app)
{
    QSortFilterProxyModel *rows = app.window()->browser()->proxy();
    // A budget of at least $100: the new $123.45 is then no rise of more than half, which the
    // check before posting rightly warns about (the rows arrive in a different order each run).
    for (int row = 0; row < rows->rowCount(); ++row) {
        const qint64 budget = rows->index(row, AdGroupTableModel::Budget).data(AdGroupTableModel::SortRole).toLongLong();
        if (rows->index(row, AdGroupTableModel::BudgetType).data().toString() == QLatin1String("Daily")
            && budget >= 100'000'000 && budget != 123'450'000)
            return row;
    }
    return -1;
}

void JourneyEditAndPost::editPostWithTheDockAndRestart()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    std::unique_ptr<Application> app = start({QStringLiteral("--demo")}, data.path());
    QVERIFY(app);
    MainWindow *window = app->window();
    window->resize(1440, 900);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(loaded(*app));

    // Pick an ad group with a daily budget and open it with Ctrl+E.
    AdGroupTableView *table = window->browser()->tableView();
    const int row = firstDailyRow(*app);
    QVERIFY(row >= 0);
    const QModelIndex cell = window->browser()->proxy()->index(row, AdGroupTableModel::Status);
    table->scrollTo(cell);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    const QString id = cell.data(AdGroupTableModel::IdRole).toString();
    const QString name = window->browser()->proxy()->index(row, AdGroupTableModel::Name).data().toString();
    QVERIFY(!id.isEmpty());
    QTest::keyClick(table, Qt::Key_E, Qt::ControlModifier);
    AdGroupEditorDialog *editor = nullptr;
    QTRY_VERIFY((editor = openWindow<AdGroupEditorDialog>()) != nullptr);

    // Budget and bid › Budget: 123.45, OK.
    QTabBar *tabs = editor->findChild<QTabBar *>();
    QVERIFY(tabs);
    int budgetTab = -1;
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i).remove(QLatin1Char('&')) == QLatin1String("Budget and bid"))
            budgetTab = i;
    }
    QVERIFY(budgetTab >= 0);
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(budgetTab).center());
    MoneyEdit *budget = byAccessibleName<MoneyEdit>(QStringLiteral("Budget"));
    QVERIFY(budget);
    QLineEdit *field = budget->lineEdit();
    QTest::mouseClick(field, Qt::LeftButton);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, QStringLiteral("123.45"));
    QAbstractButton *ok = button(QStringLiteral("OK"), editor);
    QVERIFY(ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!editor->isVisible());
    QCOMPARE(app->context()->changeSet()->count(), 1);

    // The Pending Changes dock's own Post… button, then the summary's Post 1, then OK.
    const QString result = postWithTheDock(window, 1);
    QVERIFY2(result.contains(QLatin1String("1 applied")), qPrintable(result));
    QCOMPARE(app->context()->changeSet()->count(), 0);

    // The journal says so, and Pinterest (the demo sandbox) has the new budget.
    auto *journal = window->findChild<JournalView *>();
    QVERIFY(journal);
    QTRY_VERIFY(journal->list()->topLevelItemCount() >= 1);
    QTreeWidgetItem *entry = journal->list()->topLevelItem(0);
    QCOMPARE(entry->text(JournalView::AdGroupColumn), name);
    QVERIFY(!app->context()->session()->user().isEmpty());
    QCOMPARE(entry->text(JournalView::ByColumn), app->context()->session()->user()); // who posted it
    QVERIFY2(entry->text(JournalView::ChangeColumn).contains(QLatin1String("123.45")),
             qPrintable(entry->text(JournalView::ChangeColumn)));
    {
        StaticTokenProvider demoToken(sandbox::SandboxOptions().accessToken);
        ApiClient client(app->context()->apiBaseUrl(), &demoToken);
        auto *get = new GetAdGroupRequest(&client, app->workspace()->account()->id.value(), id);
        QSignalSpy got(get, &GetAdGroupRequest::finished);
        get->start();
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 1, 20000);
        QCOMPARE(got.first().first().value<AdGroup>().budgetInMicroCurrency.valueOr(0), 123'450'000);
    }
    screenshot(window, QStringLiteral("j2-posted"));

    // A restart on the same data folder: the value from the cache at once, and the journal entry.
    app.reset();
    app = start({QStringLiteral("--demo")}, data.path());
    QVERIFY(app);
    window = app->window();
    window->resize(1440, 900);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY_WITH_TIMEOUT(window->browser()->model()->rowOf(id) >= 0, 20000);
    const int sourceRow = window->browser()->model()->rowOf(id);
    QTRY_COMPARE(window->browser()->model()->index(sourceRow, AdGroupTableModel::Budget).data().toString(),
                 QStringLiteral("$123.45"));
    journal = window->findChild<JournalView *>();
    QTRY_VERIFY(journal->list()->topLevelItemCount() >= 1);
    QCOMPARE(journal->list()->topLevelItem(0)->text(JournalView::AdGroupColumn), name);
    screenshot(window, QStringLiteral("j2-restarted"));
}

QTEST_MAIN(JourneyEditAndPost)
#include "journey_edit_and_post.moc"
