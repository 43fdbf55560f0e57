// J3: the daily ad groups of one campaign, +10 % budget in Bulk Edit, undone, redone, posted
// with the dock: each ad group changed once (one pending row and one journal entry each, and
// the sandbox has the original budget plus 10 %, not plus 21 %).
#include "journeysupport.h"

#include "ui/adgroups/adgroupfilterproxy.h"
#include "ui/adgroups/adgrouptablemodel.h"
#include "ui/adgroups/adgrouptableview.h"
#include "ui/adgroups/campaignnavigator.h"
#include "ui/changes/journalview.h"
#include "ui/editor/bulkeditdialog.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace pinstripe;
using namespace pinstripe::journeys;

class JourneyBulkEdit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void raiseUndoRedoPost();
};

void JourneyBulkEdit::initTestCase()
{
    prepareJourney(QStringLiteral("journey_bulk_edit"));
}

void JourneyBulkEdit::raiseUndoRedoPost()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    std::unique_ptr<Application> app = start({QStringLiteral("--demo")}, data.path());
    QVERIFY(app);
    QVERIFY(showAndLoad(*app));
    MainWindow *window = app->window();
    AdGroupBrowser *browser = window->browser();
    QSortFilterProxyModel *rows = browser->proxy();
    AdGroupTableView *table = browser->tableView();

    // The first campaign with at least two daily-budget ad groups, chosen in the campaign list.
    auto *campaigns = byAccessibleName<QTreeWidget>(QStringLiteral("Campaigns"));
    QVERIFY(campaigns);
    QList<int> daily;
    QString campaignName;
    for (int i = 1; i < campaigns->topLevelItemCount() && daily.size() < 2; ++i) {
        QTreeWidgetItem *item = campaigns->topLevelItem(i);
        campaigns->scrollToItem(item);
        QTest::mouseClick(campaigns->viewport(), Qt::LeftButton, {}, campaigns->visualItemRect(item).center());
        QTRY_VERIFY(campaigns->currentItem() == item);
        campaignName = item->text(0);
        QTRY_VERIFY(rows->rowCount() > 0);
        daily.clear();
        for (int row = 0; row < rows->rowCount(); ++row) {
            if (rows->index(row, AdGroupTableModel::BudgetType).data().toString() == QLatin1String("Daily")
                && !rows->index(row, AdGroupTableModel::Budget).data().toString().isEmpty())
                daily << row;
        }
    }
    QVERIFY2(daily.size() >= 2, "no campaign with two daily ad groups");

    // Click the first, Ctrl+click the others; remember what the table says about each.
    QHash<QString, qint64> before; // id → budget in micros, as the table shows it
    for (int i = 0; i < daily.size(); ++i) {
        const QModelIndex cell = rows->index(daily.at(i), AdGroupTableModel::Status);
        clickCell(table, cell, i == 0 ? Qt::KeyboardModifiers() : Qt::KeyboardModifiers(Qt::ControlModifier));
        QCOMPARE(rows->index(daily.at(i), AdGroupTableModel::Campaign).data().toString().left(10), campaignName.left(10));
        before.insert(cell.data(AdGroupTableModel::IdRole).toString(),
                      rows->index(daily.at(i), AdGroupTableModel::Budget).data(AdGroupTableModel::SortRole).toLongLong());
    }
    QCOMPARE(table->selectionModel()->selectedRows().size(), daily.size());

    // Edit › Bulk Edit…; Change budget (Alt+B), raise by 10 %, OK.
    QVERIFY(chooseMenuItem(window, QStringLiteral("Edit"), QStringLiteral("Bulk Edit…")));
    BulkEditDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = openWindow<BulkEditDialog>()) != nullptr);
    QVERIFY2(dialog->windowTitle().contains(QStringLiteral("%1 ad groups").arg(daily.size())), qPrintable(dialog->windowTitle()));
    QGroupBox *budgetGroup = nullptr;
    for (QGroupBox *group : dialog->findChildren<QGroupBox *>()) {
        if (visibleText(group->title()) == QLatin1String("Change budget"))
            budgetGroup = group;
    }
    QVERIFY(budgetGroup);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTest::keyClick(dialog, Qt::Key_B, Qt::AltModifier);
    QTRY_VERIFY(budgetGroup->isChecked());
    QLineEdit *value = nullptr;
    for (QLineEdit *edit : budgetGroup->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == QLatin1String("Value"))
            value = edit;
    }
    QVERIFY(value);
    QComboBox *operation = nullptr;
    QComboBox *unit = nullptr;
    for (QComboBox *combo : budgetGroup->findChildren<QComboBox *>()) {
        if (combo->accessibleName() == QLatin1String("Operation"))
            operation = combo;
        if (combo->accessibleName() == QLatin1String("Unit"))
            unit = combo;
    }
    QVERIFY(operation && unit);
    QCOMPARE(operation->currentText(), QStringLiteral("Raise by"));
    QCOMPARE(unit->currentText(), QStringLiteral("%"));
    QTest::mouseClick(value, Qt::LeftButton);
    QTest::keyClicks(value, QStringLiteral("10"));
    const QPointer<QDialog> guard(dialog); // it may go away once done
    QAbstractButton *ok = button(QStringLiteral("OK"), dialog);
    QVERIFY(ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!guard || !guard->isVisible());

    // The dock lists one budget change per ad group.
    auto *pending = byAccessibleName<QTableView>(QStringLiteral("Pending changes"));
    QVERIFY(pending);
    QTRY_COMPARE(pending->model()->rowCount(), daily.size());
    for (int row = 0; row < pending->model()->rowCount(); ++row)
        QCOMPARE(pending->model()->index(row, PendingChangesModel::FieldColumn).data().toString(), QStringLiteral("Budget"));

    // Undo (Ctrl+Z): nothing pending; redo (Ctrl+Y): the same changes again, once each.
    window->activateWindow(); // the dialog is gone; the main window has the keyboard again
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(pending->model()->rowCount(), 0);
    QTest::keyClick(table, Qt::Key_Y, Qt::ControlModifier);
    QTRY_COMPARE(pending->model()->rowCount(), daily.size());
    QCOMPARE(app->context()->changeSet()->count(), daily.size());

    const QString result = postWithTheDock(window, daily.size());
    QVERIFY2(result.contains(QStringLiteral("%1 applied").arg(daily.size())), qPrintable(result));
    QTRY_COMPARE(pending->model()->rowCount(), 0);

    // One journal entry per ad group, and the sandbox has each budget raised by 10 % once.
    auto *journal = window->findChild<JournalView *>();
    QVERIFY(journal);
    QTRY_COMPARE(journal->list()->topLevelItemCount(), daily.size());
    const QString account = app->workspace()->account()->id.value();
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const std::optional<AdGroup> now = serverAdGroup(app->context()->apiBaseUrl(), account, it.key());
        QVERIFY(now);
        const qint64 budget = now->budgetInMicroCurrency.valueOr(0);
        // 110 % of the old budget, to the cent: never 121 % (twice) nor unchanged.
        const qint64 tenTimesOff = budget * 10 - it.value() * 11;
        QVERIFY2(std::abs(tenTimesOff) <= 10 * 10'000,
                 qPrintable(QStringLiteral("%1: %2 → %3").arg(it.key()).arg(it.value()).arg(budget)));
    }
    screenshot(window, QStringLiteral("j3-bulk-posted"));
}

QTEST_MAIN(JourneyBulkEdit)
#include "journey_bulk_edit.moc"
