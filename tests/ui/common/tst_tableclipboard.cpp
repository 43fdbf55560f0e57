// Copying table cells the way spreadsheets take them: a header row, tabs between columns, and an
// HTML table beside it; through the real clipboard with Ctrl+C on the ad group table.
#include "ui/adgroups/adgroupfilterproxy.h"
#include "ui/adgroups/adgrouptablemodel.h"
#include "ui/adgroups/adgrouptableview.h"
#include "ui/common/tableclipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMimeData>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace pinstripe;

class TestTableClipboard : public QObject
{
    Q_OBJECT

private slots:
    void blockOfTheSelectionInShownOrder();
    void tsvQuotesWhatWouldBreakTheGrid();
    void htmlKeepsIdsAsText();
    void ctrlCOnTheAdGroupTable();
};

namespace {

QStandardItemModel *sampleModel(QObject *parent)
{
    auto *model = new QStandardItemModel(3, 4, parent);
    model->setHorizontalHeaderLabels({QStringLiteral("ID"), QStringLiteral("Name"), QStringLiteral("Budget"), QStringLiteral("Hidden")});
    const QList<QStringList> rows{
        {QStringLiteral("2680060704140"), QStringLiteral("Patio <Summer> & more"), QStringLiteral("$1,234.50"), QStringLiteral("x")},
        {QStringLiteral("2680060704141"), QStringLiteral("Second"), QStringLiteral("$2.00"), QStringLiteral("y")},
        {QStringLiteral("2680060704142"), QStringLiteral("Tab\there \"quoted\"\nand two lines"), QStringLiteral("$3.00"), QStringLiteral("z")},
    };
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < 4; ++c)
            model->setItem(r, c, new QStandardItem(rows.at(r).at(c)));
    }
    return model;
}

void select(QTableView *view, const QList<QPair<int, int>> &cells)
{
    view->selectionModel()->clearSelection();
    for (const auto &[row, column] : cells)
        view->selectionModel()->select(view->model()->index(row, column), QItemSelectionModel::Select);
}

} // namespace

void TestTableClipboard::blockOfTheSelectionInShownOrder()
{
    QTableView view;
    view.setModel(sampleModel(&view));
    view.setColumnHidden(3, true);
    view.horizontalHeader()->moveSection(2, 1); // Budget shown before Name
    select(&view, {{0, 0}, {0, 1}, {2, 2}, {2, 3}});
    const TableClipboard::Block block = TableClipboard::selectedBlock(&view);
    // Rows 0 and 2 × columns ID, Budget, Name (as shown); the hidden column is left out.
    QCOMPARE(block.titles, (QStringList{QStringLiteral("ID"), QStringLiteral("Budget"), QStringLiteral("Name")}));
    QCOMPARE(block.rows.size(), 2);
    QCOMPARE(block.rows.at(0), (QStringList{QStringLiteral("2680060704140"), QStringLiteral("$1,234.50"), QStringLiteral("Patio <Summer> & more")}));
    QCOMPARE(block.rows.at(1).at(0), QStringLiteral("2680060704142"));

    // Nothing selected: the current cell.
    view.selectionModel()->clearSelection();
    view.setCurrentIndex(view.model()->index(1, 1));
    view.selectionModel()->clearSelection();
    const TableClipboard::Block current = TableClipboard::selectedBlock(&view);
    QCOMPARE(current.titles, QStringList{QStringLiteral("Name")});
    QCOMPARE(current.rows, QList<QStringList>{{QStringLiteral("Second")}});
}

void TestTableClipboard::tsvQuotesWhatWouldBreakTheGrid()
{
    TableClipboard::Block block;
    block.titles = {QStringLiteral("ID"), QStringLiteral("Name")};
    block.rows = {{QStringLiteral("1"), QStringLiteral("plain, with comma")},
                  {QStringLiteral("2"), QStringLiteral("Tab\there \"quoted\"\nand two lines")},
                  {QStringLiteral("3"), QStringLiteral("\"starts with a quote")}};
    QCOMPARE(TableClipboard::toTsv(block),
             QStringLiteral("ID\tName\n"
                            "1\tplain, with comma\n"
                            "2\t\"Tab\there \"\"quoted\"\"\nand two lines\"\n"
                            "3\t\"\"\"starts with a quote\"\n"));
}

void TestTableClipboard::htmlKeepsIdsAsText()
{
    QTableView view;
    view.setModel(sampleModel(&view));
    select(&view, {{0, 0}, {0, 1}, {0, 2}});
    const QString html = TableClipboard::toHtml(TableClipboard::selectedBlock(&view));
    QVERIFY2(html.contains(QLatin1String("<thead><tr><th>ID</th><th>Name</th><th>Budget</th></tr></thead>")), qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("<td style=\"mso-number-format:'\\@'\">2680060704140</td>")), qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("<td>Patio &lt;Summer&gt; &amp; more</td>")), qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("<td>$1,234.50</td>")), qPrintable(html)); // money is not an id
}

void TestTableClipboard::ctrlCOnTheAdGroupTable()
{
    AdGroupTableModel model;
    AdGroup a;
    a.id = QStringLiteral("2680060704140");
    a.name = QStringLiteral("Patio Furniture | Women 25-44");
    a.status = QStringLiteral("PAUSED");
    AdGroup b;
    b.id = QStringLiteral("2680060704141");
    b.name = QStringLiteral("Kitchen Remodel");
    b.status = QStringLiteral("ACTIVE");
    model.upsert({a, b});
    AdGroupFilterProxy proxy;
    proxy.setSourceModel(&model);
    AdGroupTableView view;
    view.setModel(&proxy);
    view.resize(900, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QApplication::clipboard()->clear();
    // Both rows' names and statuses, as a person selects them.
    view.setFocus();
    view.selectionModel()->select(QItemSelection(proxy.index(0, AdGroupTableModel::Name), proxy.index(1, AdGroupTableModel::Status)),
                                  QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    const QMimeData *data = QApplication::clipboard()->mimeData();
    QVERIFY(data);
    const QStringList lines = data->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), model.headerData(AdGroupTableModel::Name, Qt::Horizontal).toString() + QLatin1Char('\t')
                              + model.headerData(AdGroupTableModel::Status, Qt::Horizontal).toString());
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names << proxy.index(row, AdGroupTableModel::Name).data().toString() + QLatin1Char('\t')
                     + proxy.index(row, AdGroupTableModel::Status).data().toString();
    QCOMPARE(lines.mid(1), names);
    QVERIFY(lines.at(1).contains(QLatin1String("Paused")) || lines.at(2).contains(QLatin1String("Paused"))); // words, not codes
    QVERIFY(data->hasHtml());
    QVERIFY2(data->html().contains(QLatin1String("<th>")), qPrintable(data->html()));
    QVERIFY(data->html().contains(QLatin1String("Kitchen Remodel")));
}

QTEST_MAIN(TestTableClipboard)
#include "tst_tableclipboard.moc"
