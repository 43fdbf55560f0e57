// J5: three ad groups in the Performance dock, the last 30 days compared with the 30 before,
// the data exported as CSV through the save dialog; the file holds the rows of exactly those
// ad groups, each day inside the range the dock shows.
#include "journeysupport.h"

#include "ui/adgroups/adgrouptablemodel.h"
#include "ui/adgroups/adgrouptableview.h"
#include "ui/analytics/performancechartpanel.h"
#include "ui/analytics/performancecolumnsprovider.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>

using namespace pinstripe;
using namespace pinstripe::journeys;

class JourneyAnalytics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void compareAndExport();
};

void JourneyAnalytics::initTestCase()
{
    prepareJourney(QStringLiteral("journey_analytics"));
}

void JourneyAnalytics::compareAndExport()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    std::unique_ptr<Application> app = start({QStringLiteral("--demo")}, data.path());
    QVERIFY(app);
    QVERIFY(showAndLoad(*app));
    MainWindow *window = app->window();
    AdGroupTableView *table = window->browser()->tableView();
    QSortFilterProxyModel *rows = window->browser()->proxy();

    // Three ad groups that spent in the last 7 days (the Spend column says so, once its numbers
    // are in; rows arrive in no fixed order): click, Ctrl+click, Ctrl+click.
    int spendColumn = -1;
    for (int c = 0; c < rows->columnCount(); ++c) {
        if (rows->headerData(c, Qt::Horizontal).toString() == QLatin1String("Spend"))
            spendColumn = c;
    }
    QVERIFY(spendColumn >= 0);
    QTRY_VERIFY_WITH_TIMEOUT(app->workspace()->performanceColumns() && !app->workspace()->performanceColumns()->isFetching()
                                 && !rows->index(0, spendColumn).data().toString().isEmpty(), 60000);
    QSet<QString> chosen;
    for (int row = 0; row < rows->rowCount() && chosen.size() < 3; ++row) {
        const QString spend = rows->index(row, spendColumn).data().toString();
        if (spend.isEmpty() || spend == QLatin1String("$0.00") || spend == QStringLiteral("—"))
            continue;
        const QModelIndex cell = rows->index(row, AdGroupTableModel::Status);
        table->scrollTo(cell);
        clickCell(table, cell, chosen.isEmpty() ? Qt::KeyboardModifiers() : Qt::KeyboardModifiers(Qt::ControlModifier));
        chosen << cell.data(AdGroupTableModel::IdRole).toString();
    }
    QCOMPARE(chosen.size(), qsizetype(3));
    QCOMPARE(table->selectionModel()->selectedRows().size(), 3);

    // View › Performance shows the dock with them.
    QVERIFY(chooseMenuItem(window, QStringLiteral("View"), QStringLiteral("Performance")));
    auto *panel = window->findChild<PerformanceChartPanel *>();
    QVERIFY(panel);
    QTRY_VERIFY(panel->isVisible());

    // Dates: Last 30 days, picked from the list.
    QComboBox *dates = nullptr;
    for (QComboBox *combo : panel->findChildren<QComboBox *>()) {
        if (combo->findText(QStringLiteral("Last 30 days")) >= 0)
            dates = combo;
    }
    QVERIFY(dates);
    QTest::mouseClick(dates, Qt::LeftButton);
    QTRY_VERIFY(dates->view()->isVisible());
    const QModelIndex last30 = dates->view()->model()->index(dates->findText(QStringLiteral("Last 30 days")), 0);
    const QPoint at = dates->view()->visualRect(last30).center();
    QTest::mouseMove(dates->view()->viewport(), at);
    QTest::mouseClick(dates->view()->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(dates->currentText(), QStringLiteral("Last 30 days"));
    const QList<QDateEdit *> edits = panel->findChildren<QDateEdit *>();
    QCOMPARE(edits.size(), 2);
    QDate first = QDate::fromString(edits.at(0)->text(), Qt::ISODate);
    QDate last = QDate::fromString(edits.at(1)->text(), Qt::ISODate);
    if (first > last)
        std::swap(first, last);
    QCOMPARE(first.daysTo(last) + 1, 30);

    // Compare with previous period, Apply.
    auto *compare = qobject_cast<QCheckBox *>(button(QStringLiteral("Compare with previous period"), panel));
    QVERIFY(compare);
    QTest::mouseClick(compare, Qt::LeftButton);
    QVERIFY(compare->isChecked());
    QAbstractButton *apply = button(QStringLiteral("Apply"), panel);
    QVERIFY(apply);
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isFetching() && panel->statusText().isEmpty(), 60000);

    // The totals show this period and the previous one for each line.
    QTableWidget *totals = panel->totalsTable();
    QVERIFY(totals->rowCount() >= 3);
    QCOMPARE(totals->horizontalHeaderItem(2)->text(), QStringLiteral("Previous period"));
    for (int row = 0; row < totals->rowCount(); ++row) {
        QVERIFY(!totals->item(row, 1)->text().isEmpty());
        QVERIFY2(!totals->item(row, 2)->text().isEmpty(), qPrintable(totals->item(row, 0)->text()));
    }

    // Export › Export data as CSV…, saved as <folder>/j5-performance (the dialog adds .csv).
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QToolButton *exportButton = nullptr;
    for (QToolButton *b : panel->findChildren<QToolButton *>()) {
        if (b->isVisible() && b->text() == QLatin1String("Export"))
            exportButton = b;
    }
    QVERIFY(exportButton);
    Answers answers({clickInOpenMenu(QStringLiteral("Export data as CSV…")),
                     saveAsInFileDialog(folder.filePath(QStringLiteral("j5-performance")))});
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QTRY_VERIFY(answers.allGiven());
    const QString path = folder.filePath(QStringLiteral("j5-performance.csv"));
    QTRY_VERIFY(QFile::exists(path));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QStringList lines = text.split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 1);
    QVERIFY2(lines.takeFirst().startsWith(QLatin1String("Ad group ID,Date,")), qPrintable(text.left(200)));
    QSet<QString> seen;
    for (const QString &line : std::as_const(lines)) {
        const QStringList fields = line.split(QLatin1Char(','));
        QVERIFY2(chosen.contains(fields.value(0)), qPrintable(line));
        const QDate day = QDate::fromString(fields.value(1), Qt::ISODate);
        QVERIFY2(day.isValid() && day >= first && day <= last, qPrintable(line));
        seen << fields.value(0);
    }
    QCOMPARE(seen, chosen);
    screenshot(window, QStringLiteral("j5-analytics"));
}

QTEST_MAIN(JourneyAnalytics)
#include "journey_analytics.moc"
