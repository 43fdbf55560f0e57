// The filter bar: chips report API statuses, quick filters are saved in QSettings and restore
// text and statuses; the table view's header layout is kept per account.
#include "ui/adgroups/adgroupfilterbar.h"
#include "ui/adgroups/adgroupfilterproxy.h"
#include "ui/adgroups/adgrouptablemodel.h"
#include "ui/adgroups/adgrouptableview.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace pinstripe;

class TestAdGroupFilterBar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chipsAreStatuses();
    void quickFiltersRoundTrip();
    void headerLayoutPerAccount();
    void columnMenuStaysOpenWhileTicking();
};

void TestAdGroupFilterBar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PinstripeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_adgroupfilterbar"));
    QSettings().clear();
}

void TestAdGroupFilterBar::chipsAreStatuses()
{
    AdGroupFilterBar bar;
    QCOMPARE(bar.statuses(), (QStringList{QStringLiteral("ACTIVE"), QStringLiteral("PAUSED")}));
    QSignalSpy changed(&bar, &AdGroupFilterBar::statusesChanged);
    bar.chip(QStringLiteral("DRAFT"))->click();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toStringList(),
             (QStringList{QStringLiteral("ACTIVE"), QStringLiteral("PAUSED"), QStringLiteral("DRAFT")}));
    QVERIFY(!bar.chip(QStringLiteral("ARCHIVED"))->accessibleName().isEmpty());
}

void TestAdGroupFilterBar::quickFiltersRoundTrip()
{
    {
        AdGroupFilterBar bar;
        bar.setText(QStringLiteral("spring"));
        bar.setStatuses({QStringLiteral("ARCHIVED")});
        bar.saveQuickFilter(QStringLiteral("Old spring"));
    }
    AdGroupFilterBar bar; // a new window reads it back
    QCOMPARE(bar.quickFilterNames(), QStringList{QStringLiteral("Old spring")});
    QSignalSpy text(&bar, &AdGroupFilterBar::textChanged);
    QVERIFY(bar.applyQuickFilter(QStringLiteral("Old spring")));
    QCOMPARE(bar.text(), QStringLiteral("spring"));
    QCOMPARE(bar.statuses(), QStringList{QStringLiteral("ARCHIVED")});
    QCOMPARE(text.size(), 1);
    QVERIFY(!bar.applyQuickFilter(QStringLiteral("missing")));
    bar.removeQuickFilter(QStringLiteral("Old spring"));
    QVERIFY(bar.quickFilterNames().isEmpty());
}

void TestAdGroupFilterBar::headerLayoutPerAccount()
{
    AdGroupTableModel model;
    AdGroupFilterProxy proxy;
    proxy.setSourceModel(&model);
    {
        AdGroupTableView view;
        view.setModel(&proxy);
        view.restoreHeaderState(QStringLiteral("111"));
        QVERIFY(view.isColumnHidden(AdGroupTableModel::Pacing)); // the default layout hides it
        view.setColumnHidden(AdGroupTableModel::Pacing, false);
        view.setColumnHidden(AdGroupTableModel::Bid, true);
        view.sortByColumn(AdGroupTableModel::Budget, Qt::DescendingOrder);
        view.saveHeaderState();
        view.restoreHeaderState(QStringLiteral("222")); // another account: defaults
        QVERIFY(!view.isColumnHidden(AdGroupTableModel::Bid));
    }
    AdGroupTableView view;
    view.setModel(&proxy);
    view.restoreHeaderState(QStringLiteral("111"));
    QVERIFY(view.isColumnHidden(AdGroupTableModel::Bid));
    QVERIFY(!view.isColumnHidden(AdGroupTableModel::Pacing));
    QCOMPARE(view.horizontalHeader()->sortIndicatorSection(), int(AdGroupTableModel::Budget));
    QCOMPARE(model.sortColumn(), int(AdGroupTableModel::Budget));
    QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
    // The column chooser lists every column, checked when shown.
    QMenu *menu = view.columnMenu();
    QCOMPARE(menu->actions().size(), int(AdGroupTableModel::ColumnCount));
    QVERIFY(!menu->actions().at(AdGroupTableModel::Bid)->isChecked());
    menu->actions().at(AdGroupTableModel::Bid)->trigger();
    QVERIFY(!view.isColumnHidden(AdGroupTableModel::Bid));
}

void TestAdGroupFilterBar::columnMenuStaysOpenWhileTicking()
{
    AdGroupTableModel model;
    AdGroupFilterProxy proxy;
    proxy.setSourceModel(&model);
    AdGroupTableView view;
    view.setModel(&proxy);
    view.restoreHeaderState(QStringLiteral("333"));
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // Right-click the header: the column chooser opens.
    QHeaderView *header = view.horizontalHeader();
    const QPoint at(header->sectionViewportPosition(AdGroupTableModel::Name) + 5, header->height() / 2);
    QContextMenuEvent rightClick(QContextMenuEvent::Mouse, at, header->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(header->viewport(), &rightClick);
    auto *menu = view.findChild<QMenu *>();
    QVERIFY(menu);
    QTRY_VERIFY(menu->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(menu));

    // Tick two columns off, one after the other: the menu stays open for the second.
    QAction *bid = menu->actions().at(AdGroupTableModel::Bid);
    QAction *budget = menu->actions().at(AdGroupTableModel::Budget);
    QVERIFY(bid->isChecked());
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(bid).center());
    QVERIFY(view.isColumnHidden(AdGroupTableModel::Bid));
    QVERIFY(!bid->isChecked());
    QVERIFY(menu->isVisible());
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(budget).center());
    QVERIFY(view.isColumnHidden(AdGroupTableModel::Budget));
    QVERIFY(menu->isVisible());
    // And from the keyboard: Space ticks the highlighted column back on.
    menu->setActiveAction(bid);
    QTest::keyClick(menu, Qt::Key_Space);
    QVERIFY(!view.isColumnHidden(AdGroupTableModel::Bid));
    QVERIFY(menu->isVisible());
    // Escape closes it as always.
    QTest::keyClick(menu, Qt::Key_Escape);
    QTRY_VERIFY(!menu->isVisible());
}

QTEST_MAIN(TestAdGroupFilterBar)
#include "tst_adgroupfilterbar.moc"
