// J4: three ad groups with bids of their own get a bid of 0.01 in Bulk Edit (a slip, still
// pending); Tools › Check Bid Floors of Selection… shows them under the floor, the dialog's
// button raises them to it, the dock posts: the sandbox has each of those bids at its floor.
#include "journeysupport.h"

#include "ui/adgroups/adgrouptablemodel.h"
#include "ui/adgroups/adgrouptableview.h"
#include "ui/bidfloor/bidfloorcheckdialog.h"
#include "ui/changes/journalview.h"

#include "ui/editor/bulkeditdialog.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace pinstripe;
using namespace pinstripe::journeys;

class JourneyBidFloors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checkRaiseAndPost();
};

void JourneyBidFloors::initTestCase()
{
    prepareJourney(QStringLiteral("journey_bid_floors"));
}

void JourneyBidFloors::checkRaiseAndPost()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    std::unique_ptr<Application> app = start({QStringLiteral("--demo")}, data.path());
    QVERIFY(app);
    QVERIFY(showAndLoad(*app));
    MainWindow *window = app->window();
    AdGroupTableView *table = window->browser()->tableView();
    QSortFilterProxyModel *rows = window->browser()->proxy();

    // Click the first three ad groups that show a bid of their own (Ctrl+click after the first).
    QList<int> chosen;
    for (int row = 0; row < rows->rowCount() && chosen.size() < 3; ++row) {
        if (!rows->index(row, AdGroupTableModel::Bid).data().toString().isEmpty())
            chosen << row;
    }
    QCOMPARE(chosen.size(), 3);
    for (int i = 0; i < chosen.size(); ++i)
        clickCell(table, rows->index(chosen.at(i), AdGroupTableModel::Status),
                  i == 0 ? Qt::KeyboardModifiers() : Qt::KeyboardModifiers(Qt::ControlModifier));
    QCOMPARE(table->selectionModel()->selectedRows().size(), 3);

    // Edit › Bulk Edit…: Change bid (Alt+I), "Set to" (one up from "Raise by"), 0.01, OK.
    QVERIFY(chooseMenuItem(window, QStringLiteral("Edit"), QStringLiteral("Bulk Edit…")));
    BulkEditDialog *bulk = nullptr;
    QTRY_VERIFY((bulk = openWindow<BulkEditDialog>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowActive(bulk));
    QGroupBox *bidGroup = nullptr;
    for (QGroupBox *group : bulk->findChildren<QGroupBox *>()) {
        if (visibleText(group->title()) == QLatin1String("Change bid"))
            bidGroup = group;
    }
    QVERIFY(bidGroup);
    QTest::keyClick(bulk, Qt::Key_I, Qt::AltModifier);
    QTRY_VERIFY(bidGroup->isChecked());
    QComboBox *operation = nullptr;
    for (QComboBox *combo : bidGroup->findChildren<QComboBox *>()) {
        if (combo->accessibleName() == QLatin1String("Operation"))
            operation = combo;
    }
    QVERIFY(operation);
    operation->setFocus(Qt::TabFocusReason);
    QTest::keyClick(operation, Qt::Key_Up);
    QCOMPARE(operation->currentText(), QStringLiteral("Set to"));
    QLineEdit *value = nullptr;
    for (QLineEdit *edit : bidGroup->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == QLatin1String("Value"))
            value = edit;
    }
    QVERIFY(value);
    QTest::mouseClick(value, Qt::LeftButton);
    QTest::keyClicks(value, QStringLiteral("0.01"));
    const QPointer<QDialog> bulkGuard(bulk);
    QAbstractButton *ok = button(QStringLiteral("OK"), bulk);
    QVERIFY(ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!bulkGuard || !bulkGuard->isVisible());
    auto *pending = byAccessibleName<QTableView>(QStringLiteral("Pending changes"));
    QVERIFY(pending);
    QTRY_COMPARE(pending->model()->rowCount(), 3);
    window->activateWindow(); // the dialog is gone; the main window has the keyboard again
    QVERIFY(QTest::qWaitForWindowActive(window));

    // Tools › Check Bid Floors of Selection…
    QVERIFY(chooseMenuItem(window, QStringLiteral("Tools"), QStringLiteral("Check Bid Floors of Selection…")));
    BidFloorCheckDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = openWindow<BidFloorCheckDialog>()) != nullptr);
    auto *verdicts = byAccessibleName<QTableView>(QStringLiteral("Bids and floors"));
    QVERIFY(verdicts);
    QAbstractButton *raise = nullptr;
    QLabel *status = nullptr;
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->text().startsWith(QLatin1String("Asking Pinterest")))
            status = label;
    }
    QVERIFY(status);
    QTRY_VERIFY_WITH_TIMEOUT(!status->text().startsWith(QLatin1String("Asking Pinterest")), 60000);
    QVERIFY2(status->text().contains(QLatin1String("bid under the floor")), qPrintable(status->text()));

    // What the dialog shows: the ad groups under their floor, and each floor.
    QHash<QString, qint64> floors; // ad group id → floor in micros
    QAbstractItemModel *shown = verdicts->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (!shown->index(row, 4).data().toString().startsWith(QLatin1String("Under the floor")))
            continue;
        floors.insert(shown->index(row, 0).data(Qt::UserRole).toString(), shown->index(row, 3).data(Qt::UserRole).toLongLong());
        QVERIFY(!shown->index(row, 3).data().toString().isEmpty());
    }
    QCOMPARE(floors.size(), 3);
    QVERIFY2(status->text().startsWith(QString::number(floors.size()) + QLatin1Char(' ')), qPrintable(status->text()));

    QTRY_VERIFY((raise = button(QStringLiteral("Raise Bids to Floor"), dialog)) != nullptr);
    const QPointer<QDialog> guard(dialog); // it goes away once done
    QTest::mouseClick(raise, Qt::LeftButton);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("raised to the floor")),
             qPrintable(window->statusBar()->currentMessage()));
    // Still one bid change per ad group, now at the floor.
    QTRY_COMPARE(pending->model()->rowCount(), int(floors.size()));

    const QString result = postWithTheDock(window, int(floors.size()));
    QVERIFY2(result.contains(QStringLiteral("%1 applied").arg(floors.size())), qPrintable(result));
    QTRY_COMPARE(pending->model()->rowCount(), 0);

    // The sandbox has every one of those bids at its floor.
    const QString account = app->workspace()->account()->id.value();
    for (auto it = floors.cbegin(); it != floors.cend(); ++it) {
        const std::optional<AdGroup> now = serverAdGroup(app->context()->apiBaseUrl(), account, it.key());
        QVERIFY(now);
        QCOMPARE(now->bidInMicroCurrency.valueOr(0), it.value());
    }
    auto *journal = window->findChild<JournalView *>();
    QVERIFY(journal);
    QTRY_COMPARE(journal->list()->topLevelItemCount(), int(floors.size()));
    screenshot(window, QStringLiteral("j4-bid-floors-posted"));
}

QTEST_MAIN(JourneyBidFloors)
#include "journey_bid_floors.moc"
