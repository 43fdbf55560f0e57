// The filter bar: chips report API statuses, quick filters are saved in QSettings and restore
// text and statuses; the table view's header layout is kept per account.
#include "ui/adgroups/adgroupfilterbar.h"
#include "ui/adgroups/adgroupfilterproxy.h"
#include "ui/adgroups/adgrouptablemodel.h"
#include "ui/adgroups/adgrouptableview.h"

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

QTEST_MAIN(TestAdGroupFilterBar)
#include "tst_adgroupfilterbar.moc"
