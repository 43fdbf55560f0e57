// Editing in the ad group table, as a person does it, offscreen against an in-process sandbox:
// typing a budget into its cell (taken, and refused at the cell), choosing a status from the
// list, Ctrl+Enter over twenty selected rows, copy and paste through the real clipboard, and a
// pasted block with a bad cell. Each action is one undo step of pending changes.
#include "core/api/tokenprovider.h"
#include "core/changes/changeset.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxthread.h"
#include "ui/adgroups/adgroupbrowser.h"
#include "ui/adgroups/adgroupfilterproxy.h"
#include "ui/adgroups/adgrouptablemodel.h"
#include "ui/adgroups/adgrouptableview.h"
#include "ui/mainwindow.h"
#include "ui/workspace/grideditcontroller.h"
#include "ui/workspace/workspacecontroller.h"
#include "../englishtexts.h"
#include "../openwindow.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFont>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTimeZone>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace pinstripe;
using testing::OpenWindow;

namespace {

const QString kBudget = QStringLiteral("budget_in_micro_currency");
const QString kStatus = QStringLiteral("status");

/** The table's index of @p adGroupId's cell in @p column. */
QModelIndex cellOf(AdGroupBrowser *browser, const QString &adGroupId, int column)
{
    return browser->proxy()->mapFromSource(browser->model()->index(browser->model()->rowOf(adGroupId), column));
}

/** Makes @p index the current cell with its row selected, as a click does. */
void makeCurrent(AdGroupTableView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->setFocus();
}

void saveShot(QWidget *widget, const QString &name)
{
    const QDir artifacts(qEnvironmentVariable("PINSTRIPE_TEST_ARTIFACTS", QDir::tempPath()));
    widget->grab().save(artifacts.filePath(name));
}

} // namespace

class TestGridEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typeBudgetIntoCell();
    void refuseBudgetAtCell();
    void chooseStatusFromList();
    void endTimeNamesTheZone();
    void ctrlEnterFillsSelectedRows();
    void ctrlEnterWithTheValueEveryRowHas();
    void copyAndPasteThroughClipboard();
    void pastedBlockWithBadCell();
    void readOnlyColumnsRefusePaste();
    void renameInTheFrozenNameColumn();

private:
    /** Ad groups (in table order) that @p wanted accepts. */
    QStringList idsWhere(OpenWindow &open, const std::function<bool(const AdGroup &)> &wanted) const;

    std::unique_ptr<sandbox::SandboxThread> m_sandbox;
    std::unique_ptr<StaticTokenProvider> m_tokens;
    QTemporaryDir m_dir;
};

void TestGridEditing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PinstripeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gridediting"));
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    testing::useEnglishTexts();
    sandbox::SandboxOptions options;
    m_sandbox = sandbox::startSandboxThread(options);
    QVERIFY(m_sandbox);
    m_tokens = std::make_unique<StaticTokenProvider>(options.accessToken);
    QVERIFY(m_dir.isValid());
}

QStringList TestGridEditing::idsWhere(OpenWindow &open, const std::function<bool(const AdGroup &)> &wanted) const
{
    AdGroupBrowser *browser = open.window.browser();
    QStringList ids;
    for (int row = 0; row < browser->proxy()->rowCount(); ++row) {
        const QString id = browser->proxy()->index(row, 0).data(AdGroupTableModel::IdRole).toString();
        if (wanted(open.workspace->adGroup(id).value_or(AdGroup())))
            ids << id;
    }
    return ids;
}

namespace {

bool dailyActive(const AdGroup &g)
{
    return g.budgetType.valueOr({}) == QLatin1String("DAILY") && g.budgetInMicroCurrency.hasValue()
        && g.status.valueOr({}) == QLatin1String("ACTIVE");
}

} // namespace

void TestGridEditing::typeBudgetIntoCell()
{
    OpenWindow open(m_dir, QStringLiteral("type"));
    QVERIFY(open.connectAndLoad(m_sandbox->baseUrl(), m_tokens.get()));
    AdGroupBrowser *browser = open.window.browser();
    AdGroupTableView *view = browser->tableView();
    const QStringList ids = idsWhere(open, dailyActive);
    QVERIFY(!ids.isEmpty());
    const QString id = ids.constFirst();
    const QModelIndex cell = cellOf(browser, id, AdGroupTableModel::Budget);
    const QString onPinterest = cell.data().toString();
    makeCurrent(view, cell);

    // Typing starts editing: the key goes into the editor, which names the currency.
    QTest::keyClick(view, Qt::Key_5);
    auto *editor = qobject_cast<QLineEdit *>(view->editorAt(cell));
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("5"));
    auto *unit = editor->findChild<QLabel *>(QStringLiteral("cellEditorUnit"));
    QVERIFY(unit);
    QCOMPARE(unit->text(), QStringLiteral("USD"));
    QTest::keyClicks(editor, QStringLiteral("12.34"));
    saveShot(&open.window, QStringLiteral("grid-edit-budget.png"));
    QTest::keyClick(editor, Qt::Key_Return);

    // (The delegate commits once the editor has seen the key.)
    QTRY_VERIFY(open.workspace->changeSet()->pendingFor(id, kBudget));
    const std::optional<PendingChange> change = open.workspace->changeSet()->pendingFor(id, kBudget);
    QVERIFY(change);
    QCOMPARE(change->after.toInteger(), qint64(512'340'000));
    QCOMPARE(open.window.undoStack()->count(), 1);
    // The cell shows what will be posted, bold, and names Pinterest's value.
    QTRY_COMPARE(cell.data().toString(), QStringLiteral("$512.34"));
    QVERIFY(cell.data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), QStringLiteral("On Pinterest: %1").arg(onPinterest));
    QTRY_VERIFY(!view->editorAt(cell));

    // F2 edits it again, starting from the pending value; one undo takes the edit back.
    makeCurrent(view, cell);
    QTest::keyClick(view, Qt::Key_F2);
    editor = qobject_cast<QLineEdit *>(view->editorAt(cell));
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("512.34"));
    QTest::keyClick(editor, Qt::Key_Escape);
    open.window.undoStack()->undo();
    QCOMPARE(open.workspace->changeSet()->count(), 0);
    QTRY_COMPARE(cell.data().toString(), onPinterest);
}

void TestGridEditing::refuseBudgetAtCell()
{
    OpenWindow open(m_dir, QStringLiteral("refuse"));
    QVERIFY(open.connectAndLoad(m_sandbox->baseUrl(), m_tokens.get()));
    AdGroupBrowser *browser = open.window.browser();
    AdGroupTableView *view = browser->tableView();
    const QStringList ids = idsWhere(open, dailyActive);
    QVERIFY(!ids.isEmpty());
    const QModelIndex cell = cellOf(browser, ids.constFirst(), AdGroupTableModel::Budget);
    const QString onPinterest = cell.data().toString();
    makeCurrent(view, cell);
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(view->editorAt(cell));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("-5"));
    QTest::keyClick(editor, Qt::Key_Return);

    // Nothing recorded; the editor is open again with what was typed and the rule's words beside it.
    QTRY_VERIFY(view->editorAt(cell) && view->editorAt(cell) != editor);
    QCOMPARE(open.workspace->changeSet()->count(), 0);
    QCOMPARE(open.window.undoStack()->count(), 0);
    editor = qobject_cast<QLineEdit *>(view->editorAt(cell));
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("-5"));
    QVERIFY(view->cellMessage()->isVisible());
    QCOMPARE(view->cellMessage()->text(), QStringLiteral("The budget cannot be negative."));
    saveShot(&open.window, QStringLiteral("grid-refuse-budget.png"));
    QCOMPARE(cell.data().toString(), onPinterest);

    // Escape gives the value up, and the note goes with it.
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!view->editorAt(cell));
    QVERIFY(!view->cellMessage()->isVisible());
    QCOMPARE(open.workspace->changeSet()->count(), 0);

    // Zero is refused too; a good value then goes through and the note goes away.
    makeCurrent(view, cell);
    QTest::keyClick(view, Qt::Key_F2);
    editor = qobject_cast<QLineEdit *>(view->editorAt(cell));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("0"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(view->editorAt(cell) && qobject_cast<QLineEdit *>(view->editorAt(cell))->text() == QStringLiteral("0"));
    QCOMPARE(view->cellMessage()->text(), QStringLiteral("The budget must be more than zero."));
    editor = qobject_cast<QLineEdit *>(view->editorAt(cell));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("75"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(open.workspace->changeSet()->count(), 1);
    QVERIFY(!view->cellMessage()->isVisible());
}

void TestGridEditing::chooseStatusFromList()
{
    OpenWindow open(m_dir, QStringLiteral("choice"));
    QVERIFY(open.connectAndLoad(m_sandbox->baseUrl(), m_tokens.get()));
    AdGroupBrowser *browser = open.window.browser();
    AdGroupTableView *view = browser->tableView();
    const QStringList ids = idsWhere(open, dailyActive);
    QVERIFY(!ids.isEmpty());
    const QModelIndex cell = cellOf(browser, ids.constFirst(), AdGroupTableModel::Status);
    QCOMPARE(cell.data().toString(), QStringLiteral("Active"));
    makeCurrent(view, cell);
    QTest::keyClick(view, Qt::Key_F2);
    auto *combo = qobject_cast<QComboBox *>(view->editorAt(cell));
    QVERIFY(combo);
    // The choices in words, the current one chosen.
    QCOMPARE(combo->currentText(), QStringLiteral("Active"));
    QVERIFY(combo->findText(QStringLiteral("Paused")) >= 0);
    for (int i = 0; i < combo->count() && combo->currentText() != QStringLiteral("Paused"); ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), QStringLiteral("Paused"));
    QTest::keyClick(combo, Qt::Key_Return);

    QTRY_VERIFY(open.workspace->changeSet()->pendingFor(ids.constFirst(), kStatus));
    const std::optional<PendingChange> change = open.workspace->changeSet()->pendingFor(ids.constFirst(), kStatus);
    QVERIFY(change);
    QCOMPARE(change->after.toString(), QStringLiteral("PAUSED"));
    QTRY_COMPARE(cell.data().toString(), QStringLiteral("Paused"));
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), QStringLiteral("On Pinterest: Active"));
}

void TestGridEditing::endTimeNamesTheZone()
{
    OpenWindow open(m_dir, QStringLiteral("time"));
    QVERIFY(open.connectAndLoad(m_sandbox->baseUrl(), m_tokens.get()));
    AdGroupBrowser *browser = open.window.browser();
    AdGroupTableView *view = browser->tableView();
    view->resetHeaderState();
    const QStringList ids = idsWhere(open, dailyActive);
    QVERIFY(!ids.isEmpty());
    const QModelIndex cell = cellOf(browser, ids.constFirst(), AdGroupTableModel::End);
    makeCurrent(view, cell);
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(view->editorAt(cell));
    QVERIFY(editor);
    // The zone the time is read in is named beside it.
    auto *zone = editor->findChild<QLabel *>(QStringLiteral("cellEditorUnit"));
    QVERIFY(zone);
    QCOMPARE(zone->text(), QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("2031-03-15 18:30"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(open.workspace->changeSet()->pendingFor(ids.constFirst(), QStringLiteral("end_time")));
    const qint64 wanted = QDateTime(QDate(2031, 3, 15), QTime(18, 30), QTimeZone::systemTimeZone()).toSecsSinceEpoch();
    QCOMPARE(open.workspace->changeSet()->pendingFor(ids.constFirst(), QStringLiteral("end_time"))->after.toInteger(), wanted);
    QCOMPARE(cell.data(Qt::EditRole).toString(), QStringLiteral("2031-03-15 18:30"));
}

void TestGridEditing::ctrlEnterFillsSelectedRows()
{
    OpenWindow open(m_dir, QStringLiteral("fill"));
    QVERIFY(open.connectAndLoad(m_sandbox->baseUrl(), m_tokens.get()));
    AdGroupBrowser *browser = open.window.browser();
    AdGroupTableView *view = browser->tableView();
    auto *grid = open.workspace->findChild<GridEditController *>();
    QVERIFY(grid);

    // Twenty rows of every kind: the rules refuse a budget for some (e.g. CBO ad groups).
    QVERIFY(browser->proxy()->rowCount() >= 20);
    const QStringList ids = open.selectRows([](const AdGroup &) { return true; }, 20);
    QCOMPARE(ids.size(), 20);
    const QModelIndex cell = cellOf(browser, ids.constFirst(), AdGroupTableModel::Budget);
    view->scrollTo(cell);
    view->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::NoUpdate);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(view->editorAt(cell));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("250"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);

    // One undo step for all of them; every row either holds the value or is named with the reason.
    QCOMPARE(open.window.undoStack()->count(), 1);
    QList<PendingChange> changes = open.workspace->changeSet()->changes();
    QVERIFY(changes.size() >= 10);
    // (The plural form comes from the English catalogue; the count and the field are what matter here.)
    QVERIFY2(open.window.undoStack()->text(0).startsWith(QStringLiteral("Set budget of %1 ad group").arg(changes.size())),
             qPrintable(open.window.undoStack()->text(0)));
    for (const PendingChange &change : std::as_const(changes)) {
        QVERIFY(ids.contains(change.adGroupId));
        QCOMPARE(change.field, kBudget);
        QCOMPARE(change.after.toInteger(), qint64(250'000'000));
        QCOMPARE(cellOf(browser, change.adGroupId, AdGroupTableModel::Budget).data().toString(), QStringLiteral("$250.00"));
    }
    const QStringList problems = grid->lastProblems();
    int unchanged = 0;
    for (const QString &id : ids) {
        if (open.workspace->changeSet()->pendingFor(id, kBudget))
            continue;
        const AdGroup g = open.workspace->adGroup(id).value_or(AdGroup());
        // Already 250, or refused by name with a reason.
        if (g.budgetInMicroCurrency.valueOr(0) == 250'000'000)
            continue;
        ++unchanged;
        const QString name = g.name.valueOr({});
        QVERIFY2(std::any_of(problems.cbegin(), problems.cend(), [&name](const QString &p) { return p.startsWith(name + QStringLiteral(", Budget: ")); }),
                 qPrintable(name + QStringLiteral(" | ") + problems.join(QStringLiteral(" | "))));
    }
    QCOMPARE(problems.size(), unchanged);
    if (unchanged > 0)
        QVERIFY(view->cellMessage()->isVisible());
    saveShot(&open.window, QStringLiteral("grid-fill.png"));
    // The selection is still there, and one undo takes every change back.
    QCOMPARE(view->selectionModel()->selectedRows().size(), 20);
    open.window.undoStack()->undo();
    QCOMPARE(open.workspace->changeSet()->count(), 0);
}

void TestGridEditing::ctrlEnterWithTheValueEveryRowHas()
{
    OpenWindow open(m_dir, QStringLiteral("fillsame"));
    QVERIFY(open.connectAndLoad(m_sandbox->baseUrl(), m_tokens.get()));
    AdGroupBrowser *browser = open.window.browser();
    AdGroupTableView *view = browser->tableView();
    auto *grid = open.workspace->findChild<GridEditController *>();
    QVERIFY(grid);
    QSignalSpy said(grid, &GridEditController::statusMessage);

    // Three active ad groups set to Active: nothing to do, and the status bar says so in words.
    const QStringList ids = open.selectRows([](const AdGroup &g) { return g.status.valueOr({}) == QLatin1String("ACTIVE"); }, 3);
    QCOMPARE(ids.size(), 3);
    const QModelIndex cell = cellOf(browser, ids.constFirst(), AdGroupTableModel::Status);
    view->scrollTo(cell);
    view->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::NoUpdate);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F2);
    auto *combo = qobject_cast<QComboBox *>(view->editorAt(cell));
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), QStringLiteral("Active"));
    QTest::keyClick(combo, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!said.isEmpty());
    QCOMPARE(said.last().constFirst().toString(), QStringLiteral("Status unchanged: every selected ad group has it already."));
    QCOMPARE(open.workspace->changeSet()->count(), 0);
    QCOMPARE(open.window.undoStack()->count(), 0);
}

void TestGridEditing::copyAndPasteThroughClipboard()
{
    OpenWindow open(m_dir, QStringLiteral("paste"));
    QVERIFY(open.connectAndLoad(m_sandbox->baseUrl(), m_tokens.get()));
    AdGroupBrowser *browser = open.window.browser();
    AdGroupTableView *view = browser->tableView();
    // Status and budget only, in that order.
    for (int column = 0; column < browser->model()->columnCount(); ++column)
        view->setColumnHidden(column, column != AdGroupTableModel::Status && column != AdGroupTableModel::Budget);
    // After the (hidden) name column, which stays first.
    QHeaderView *header = view->horizontalHeader();
    header->moveSection(header->visualIndex(AdGroupTableModel::Budget), 1);
    header->moveSection(header->visualIndex(AdGroupTableModel::Status), 1);

    const QStringList ids = idsWhere(open, dailyActive);
    QVERIFY(ids.size() >= 6);
    // Three rows whose values differ from the three they are pasted onto.
    const QStringList from = ids.mid(0, 3);
    QStringList to;
    for (const QString &id : ids.mid(3)) {
        const qint64 budget = open.workspace->adGroup(id).value_or(AdGroup()).budgetInMicroCurrency.value();
        const bool differs = std::none_of(from.cbegin(), from.cend(), [&](const QString &f) {
            return open.workspace->adGroup(f).value_or(AdGroup()).budgetInMicroCurrency.value() == budget;
        });
        if (differs && to.size() < 3)
            to << id;
    }
    QCOMPARE(to.size(), 3);
    // The three source rows get PAUSED first, so the copied statuses differ from the targets' too.
    QItemSelection sources;
    for (const QString &id : from)
        sources.select(cellOf(browser, id, AdGroupTableModel::Status), cellOf(browser, id, AdGroupTableModel::Status));
    view->selectionModel()->select(sources, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->selectionModel()->setCurrentIndex(cellOf(browser, from.constFirst(), AdGroupTableModel::Status), QItemSelectionModel::NoUpdate);
    QGuiApplication::clipboard()->setText(QStringLiteral("Paused"));
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(open.workspace->changeSet()->count(), 3);
    QCOMPARE(open.window.undoStack()->count(), 1);

    // Copy the three rows (a header row and the cells as shown) …
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(QStringLiteral("Status\tBudget\n")), qPrintable(copied));

    // … and paste them onto three other rows: the first target row selected, the name cell current.
    makeCurrent(view, cellOf(browser, to.constFirst(), AdGroupTableModel::Budget));
    const int targetRow = view->currentIndex().row();
    // The targets are the rows under the first one, as shown.
    QStringList shownTargets;
    for (int row = targetRow; row < targetRow + 3; ++row)
        shownTargets << browser->proxy()->index(row, 0).data(AdGroupTableModel::IdRole).toString();
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(open.window.undoStack()->count(), 2);
    for (int i = 0; i < 3; ++i) {
        const AdGroup source = open.workspace->adGroup(from.at(i)).value_or(AdGroup());
        const AdGroup target = open.workspace->adGroup(shownTargets.at(i)).value_or(AdGroup());
        const std::optional<PendingChange> status = open.workspace->changeSet()->pendingFor(shownTargets.at(i), kStatus);
        const std::optional<PendingChange> budget = open.workspace->changeSet()->pendingFor(shownTargets.at(i), kBudget);
        if (target.status.valueOr({}) != QLatin1String("PAUSED")) {
            QVERIFY(status);
            QCOMPARE(status->after.toString(), QStringLiteral("PAUSED"));
        }
        if (target.budgetInMicroCurrency.valueOr(0) != source.budgetInMicroCurrency.value()) {
            QVERIFY2(budget, qPrintable(open.workspace->findChild<GridEditController *>()->lastProblems().join(QLatin1Char('\n'))));
            QCOMPARE(budget->after.toInteger(), source.budgetInMicroCurrency.value());
        }
        QCOMPARE(cellOf(browser, shownTargets.at(i), AdGroupTableModel::Budget).data().toString(),
                 cellOf(browser, from.at(i), AdGroupTableModel::Budget).data().toString());
    }
    saveShot(&open.window, QStringLiteral("grid-paste.png"));
    // One undo takes the whole paste back, and only it.
    open.window.undoStack()->undo();
    QCOMPARE(open.workspace->changeSet()->count(), 3);
    for (const PendingChange &change : open.workspace->changeSet()->changes())
        QVERIFY(from.contains(change.adGroupId));
}

void TestGridEditing::pastedBlockWithBadCell()
{
    OpenWindow open(m_dir, QStringLiteral("bad"));
    QVERIFY(open.connectAndLoad(m_sandbox->baseUrl(), m_tokens.get()));
    AdGroupBrowser *browser = open.window.browser();
    AdGroupTableView *view = browser->tableView();
    auto *grid = open.workspace->findChild<GridEditController *>();
    QVERIFY(grid);
    for (int column = 0; column < browser->model()->columnCount(); ++column)
        view->setColumnHidden(column, column != AdGroupTableModel::Status && column != AdGroupTableModel::Budget);
    // After the (hidden) name column, which stays first.
    QHeaderView *header = view->horizontalHeader();
    header->moveSection(header->visualIndex(AdGroupTableModel::Budget), 1);
    header->moveSection(header->visualIndex(AdGroupTableModel::Status), 1);
    // Sorted by id, so the rows under the first one are known.
    const QStringList ids = idsWhere(open, dailyActive);
    QVERIFY(!ids.isEmpty());
    makeCurrent(view, cellOf(browser, ids.constFirst(), AdGroupTableModel::Status));
    const int first = view->currentIndex().row();
    QVERIFY(first + 3 <= browser->proxy()->rowCount());
    QStringList rows;
    for (int row = first; row < first + 3; ++row)
        rows << browser->proxy()->index(row, 0).data(AdGroupTableModel::IdRole).toString();

    // Values as a spreadsheet in another locale writes them; the second row's budget is no amount.
    QGuiApplication::clipboard()->setText(QStringLiteral("Paused\t123.45\r\nPaused\tlots\r\nPaused\t\"1,234.50\"\r\n"));
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);

    // Rows 1 and 3 applied, nothing of row 2: its status stays as on Pinterest.
    QVERIFY(!open.workspace->changeSet()->pendingFor(rows.at(1), kStatus));
    QVERIFY(!open.workspace->changeSet()->pendingFor(rows.at(1), kBudget));
    const std::optional<PendingChange> firstBudget = open.workspace->changeSet()->pendingFor(rows.at(0), kBudget);
    QVERIFY2(firstBudget, qPrintable(grid->lastProblems().join(QLatin1Char('\n'))));
    QCOMPARE(firstBudget->after.toInteger(), qint64(123'450'000));
    const std::optional<PendingChange> thirdBudget = open.workspace->changeSet()->pendingFor(rows.at(2), kBudget);
    QVERIFY(thirdBudget);
    QCOMPARE(thirdBudget->after.toInteger(), qint64(1'234'500'000));
    // The bad cell says which row, which column and why.
    const QStringList problems = grid->lastProblems();
    QCOMPARE(problems.size(), 1);
    const QString name = open.workspace->adGroup(rows.at(1)).value_or(AdGroup()).name.valueOr({});
    QVERIFY2(problems.constFirst().startsWith(QStringLiteral("Row 2 (%1), Budget: ").arg(name)), qPrintable(problems.constFirst()));
    QVERIFY(view->cellMessage()->isVisible());
    QVERIFY(view->cellMessage()->text().contains(problems.constFirst()));
    saveShot(&open.window, QStringLiteral("grid-paste-errors.png"));
    QCOMPARE(open.window.undoStack()->count(), 1);
    QVERIFY2(open.window.undoStack()->text(0).startsWith(QStringLiteral("Paste into 2 ad group")), qPrintable(open.window.undoStack()->text(0)));
    open.window.undoStack()->undo();
    QCOMPARE(open.workspace->changeSet()->count(), 0);
}

void TestGridEditing::readOnlyColumnsRefusePaste()
{
    OpenWindow open(m_dir, QStringLiteral("readonly"));
    QVERIFY(open.connectAndLoad(m_sandbox->baseUrl(), m_tokens.get()));
    AdGroupBrowser *browser = open.window.browser();
    AdGroupTableView *view = browser->tableView();
    auto *grid = open.workspace->findChild<GridEditController *>();
    view->setColumnHidden(AdGroupTableModel::Id, false);
    makeCurrent(view, browser->proxy()->index(0, AdGroupTableModel::Id));
    QGuiApplication::clipboard()->setText(QStringLiteral("12345\n"));
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(open.workspace->changeSet()->count(), 0);
    QCOMPARE(open.window.undoStack()->count(), 0);
    QCOMPARE(grid->lastProblems(), QStringList{QStringLiteral("ID cannot be edited in the table; those pasted values were left out.")});
    QVERIFY(view->cellMessage()->isVisible());
    // Read-only cells are not editable either: a double click there opens the details instead.
    QVERIFY(!(browser->proxy()->index(0, AdGroupTableModel::Id).flags() & Qt::ItemIsEditable));
    QVERIFY(browser->proxy()->index(0, AdGroupTableModel::Budget).flags() & Qt::ItemIsEditable);
}

void TestGridEditing::renameInTheFrozenNameColumn()
{
    OpenWindow open(m_dir, QStringLiteral("rename"));
    QVERIFY(open.connectAndLoad(m_sandbox->baseUrl(), m_tokens.get()));
    AdGroupBrowser *browser = open.window.browser();
    AdGroupTableView *view = browser->tableView();
    view->resetHeaderState(); // the columns as at a first start, whatever the tests before chose
    auto *frozen = view->findChild<QTableView *>(QStringLiteral("frozenColumn"));
    QVERIFY(frozen && frozen->isVisible());
    const QStringList ids = idsWhere(open, dailyActive);
    QVERIFY(!ids.isEmpty());
    const QModelIndex cell = cellOf(browser, ids.constFirst(), AdGroupTableModel::Name);
    makeCurrent(view, cell);

    // A double click on a name edits it where it is seen, in the frozen column, not the details.
    // (A double click as the window system delivers it: press, release, double click, release.)
    const QPoint where = frozen->visualRect(cell).center();
    QTest::mousePress(frozen->viewport(), Qt::LeftButton, {}, where);
    QTest::mouseRelease(frozen->viewport(), Qt::LeftButton, {}, where);
    QTest::mouseDClick(frozen->viewport(), Qt::LeftButton, {}, where);
    QTest::mouseRelease(frozen->viewport(), Qt::LeftButton, {}, where);
    auto *editor = qobject_cast<QLineEdit *>(view->editorAt(cell));
    QVERIFY(editor);
    QCOMPARE(editor->parentWidget(), frozen->viewport());
    QVERIFY(editor->isVisible());
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Spring sale | renamed"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(open.workspace->changeSet()->pendingFor(ids.constFirst(), QStringLiteral("name")));
    const std::optional<PendingChange> change = open.workspace->changeSet()->pendingFor(ids.constFirst(), QStringLiteral("name"));
    QCOMPARE(change->after.toString(), QStringLiteral("Spring sale | renamed"));
    QTRY_COMPARE(cell.data().toString(), QStringLiteral("Spring sale | renamed"));

    // F2 from the keyboard on a name opens the same editor; an empty name is refused there.
    QTRY_VERIFY(!view->editorAt(cell));
    makeCurrent(view, cell);
    QTest::keyClick(view, Qt::Key_F2);
    editor = qobject_cast<QLineEdit *>(view->editorAt(cell));
    QVERIFY(editor);
    QCOMPARE(editor->parentWidget(), frozen->viewport());
    QCOMPARE(editor->text(), QStringLiteral("Spring sale | renamed"));
    editor->clear();
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(view->editorAt(cell) && view->editorAt(cell) != editor);
    QVERIFY(view->cellMessage()->isVisible());
    QVERIFY(!view->cellMessage()->text().isEmpty());
    QCOMPARE(open.workspace->changeSet()->pendingFor(ids.constFirst(), QStringLiteral("name"))->after.toString(),
             QStringLiteral("Spring sale | renamed"));
}

QTEST_MAIN(TestGridEditing)
#include "tst_gridediting.moc"
