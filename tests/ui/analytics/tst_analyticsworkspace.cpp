// The analytics docks of the whole window offscreen against an in-process sandbox, used as a
// marketer does in the first hour: pick ad groups in the table, open View › Performance, tick two
// metrics, Apply; open View › Targeting Breakdown; export the chart and the data through the
// save dialog. Menus, buttons and the file dialog are clicked and typed into, not called.
#include "core/analytics/analyticscsv.h"
#include "core/analytics/metriccatalog.h"
#include "core/api/tokenprovider.h"
#include "core/changes/pendingchangestore.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxthread.h"
#include "core/store/adgrouprepository.h"
#include "core/store/csvexporter.h"
#include "core/store/localstore.h"
#include "ui/adgroups/adgroupbrowser.h"
#include "ui/adgroups/adgroupfilterproxy.h"
#include "ui/adgroups/adgrouptablemodel.h"
#include "ui/adgroups/adgrouptableview.h"
#include "ui/analytics/analyticsquerybar.h"
#include "ui/analytics/performancechartpanel.h"
#include "ui/analytics/performancecolumnsprovider.h"
#include "ui/analytics/targetingbreakdownpanel.h"
#include "ui/mainwindow.h"
#include "ui/workspace/workspacecontroller.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QValueAxis>

#include <functional>

#include "../testcontext.h"

using namespace pinstripe;

namespace {

const QString kSpend = QStringLiteral("SPEND_IN_MICRO_DOLLAR");
const QString kImpressions = QStringLiteral("IMPRESSION_1");

/**
 * Runs @p act on the first popup menu or dialog of type T that shows, as a person answers
 * what appears on screen. Checks on each turn of the event loop until it appears.
 */
template<typename T>
void whenShown(std::function<void(T *)> act)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(5);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, act] {
        T *widget = nullptr;
        const auto windows = QApplication::topLevelWidgets();
        for (QWidget *window : windows) {
            if (auto *candidate = qobject_cast<T *>(window); candidate && candidate->isVisible())
                widget = candidate;
        }
        if (!widget)
            return;
        poll->stop();
        poll->deleteLater();
        // Answered from the event queue rather than inside the timer: what it opens (a dialog
        // from a menu) runs an event loop of its own, in which further answers must fire.
        QMetaObject::invokeMethod(widget, [widget, act] { act(widget); }, Qt::QueuedConnection);
    });
    poll->start();
}

/** Clicks @p button (a menu button) and then the menu entry called @p text. */
void chooseFromMenu(QToolButton *button, const QString &text)
{
    whenShown<QMenu>([text](QMenu *menu) {
        const auto actions = menu->actions();
        for (QAction *action : actions) {
            if (action->text() == text) {
                QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
                return;
            }
        }
        menu->close();
        QFAIL(qPrintable(QStringLiteral("no menu entry ") + text));
    });
    QTest::mouseClick(button, Qt::LeftButton);
}

struct SaveDialogSeen
{
    QString folder;
    QString fileName;
};

/**
 * Answers the next save dialog: notes the folder it opened in and the name it suggested,
 * types @p typed (when not empty) and clicks Save.
 */
void answerSaveDialog(SaveDialogSeen *seen, const QString &typed, int fileType = 0)
{
    whenShown<QFileDialog>([seen, typed, fileType](QFileDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        if (!name || !buttons) {
            dialog->reject();
            return;
        }
        seen->folder = dialog->directory().absolutePath();
        seen->fileName = name->text();
        // "Save as type": down the list with the keyboard.
        auto *types = dialog->findChild<QComboBox *>(QStringLiteral("fileTypeCombo"));
        for (int i = 0; types && i < fileType; ++i)
            QTest::keyClick(types, Qt::Key_Down);
        if (!typed.isEmpty()) {
            name->selectAll();
            QTest::keyClicks(name, typed);
        }
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    });
}

/** The menu entry of @p menu called @p text (mnemonics ignored). */
QAction *entry(QMenu *menu, const QString &text)
{
    const auto actions = menu->actions();
    for (QAction *action : actions) {
        if (QString(action->text()).remove(QLatin1Char('&')) == text)
            return action;
    }
    return nullptr;
}

} // namespace

class TestAnalyticsWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void twoMetricsForThreeAdGroups();
    void exportsSuggestNamesAndRememberTheFolder();
    void breakdownOpensInFrontInWords();
    void adGroupExportForSpreadsheetsAndTools();

private:
    /** Clicks the first @p count rows of the table sorted by spend, largest first (Ctrl-click for more). */
    bool selectTopSpenders(int count);
    static void saveScreenshot(QWidget *widget, const QString &name);

    std::unique_ptr<sandbox::SandboxThread> m_sandbox;
    std::unique_ptr<StaticTokenProvider> m_tokens;
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    WorkspaceController *m_workspace = nullptr;
};

void TestAnalyticsWorkspace::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A home of its own: the Documents folder the save dialog starts in, and the settings.
    const QString home = m_dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home));
    qputenv("HOME", QFile::encodeName(home));
    qunsetenv("XDG_DOCUMENTS_DIR");
    qunsetenv("XDG_CONFIG_HOME");
    QVERIFY(QDir().mkpath(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PinstripeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_analyticsworkspace"));
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    sandbox::SandboxOptions options;
    m_sandbox = sandbox::startSandboxThread(options);
    QVERIFY(m_sandbox);
    m_tokens = std::make_unique<StaticTokenProvider>(options.accessToken);
}

void TestAnalyticsWorkspace::init()
{
    static int count = 0;
    const QString name = QStringLiteral("w%1").arg(++count);
    // Every test starts from the default layout. The window keeps its docks' layout a second
    // after they change, so a dock an earlier test opened would otherwise be restored open, and
    // View › Performance would close it.
    QSettings().remove(QStringLiteral("mainWindow"));
    m_context = std::make_unique<AppContext>(testing::contextOptions(m_dir.filePath(name)));
    m_window = std::make_unique<MainWindow>(m_context.get());
    m_workspace = new WorkspaceController(m_window.get());
    m_window->resize(1600, 1000);
    m_context->connectTo(m_sandbox->baseUrl(), m_tokens.get(), true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    AdGroupBrowser *browser = m_window->browser();
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->account().has_value(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!browser->repository()->isLoading() && browser->model()->rowCount() > 5, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->allAdGroups().size() >= browser->model()->rowCount(), 20000);
}

void TestAnalyticsWorkspace::cleanup()
{
    m_window.reset();
    m_context.reset();
}

void TestAnalyticsWorkspace::saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PINSTRIPE_TEST_ARTIFACTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents(); // charts lay out on the next turn of the event loop
    widget->grab().save(QDir(dir).filePath(name));
}

bool TestAnalyticsWorkspace::selectTopSpenders(int count)
{
    AdGroupBrowser *browser = m_window->browser();
    AdGroupTableView *table = browser->tableView();
    if (!QTest::qWaitFor([&] { return m_workspace->performanceColumns() != nullptr; }, 20000))
        return false;
    PerformanceColumnsProvider *provider = m_workspace->performanceColumns();
    const auto known = [&] { return !provider->isFetching() && provider->hasValues(browser->model()->rowAt(0).id); };
    if (!QTest::qWaitFor(known, 30000))
        return false;
    // Click the Spend header until the largest spend is on top.
    const int spend = AdGroupTableModel::ColumnCount;
    QHeaderView *header = table->horizontalHeader();
    for (int click = 0; click < 3 && !(header->sortIndicatorSection() == spend && header->sortIndicatorOrder() == Qt::DescendingOrder);
         ++click) {
        table->scrollTo(browser->proxy()->index(0, spend));
        const int x = header->sectionViewportPosition(spend) + header->sectionSize(spend) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    }
    if (header->sortIndicatorSection() != spend || header->sortIndicatorOrder() != Qt::DescendingOrder)
        return false;
    table->scrollTo(browser->proxy()->index(0, 0));
    for (int row = 0; row < count; ++row) {
        const QRect cell = table->visualRect(browser->proxy()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, row == 0 ? Qt::KeyboardModifiers() : Qt::ControlModifier,
                          cell.center());
    }
    return table->selectionModel()->selectedRows().size() == count;
}

void TestAnalyticsWorkspace::twoMetricsForThreeAdGroups()
{
    QVERIFY(selectTopSpenders(3));
    QAction *performance = entry(m_window->viewMenu(), QStringLiteral("Performance"));
    QVERIFY(performance);
    performance->trigger(); // View › Performance
    PerformanceChartPanel *panel = m_workspace->performancePanel();
    QVERIFY(panel);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible() && !panel->isFetching() && !panel->currentReport().rows.isEmpty(), 30000);
    QCOMPARE(panel->adGroups().size(), 3);

    // Tick Spend, then Impressions (two at most: the oldest choice, clicks, makes room), Apply.
    chooseFromMenu(panel->queryBar()->metricButton(), MetricCatalog::label(kSpend));
    chooseFromMenu(panel->queryBar()->metricButton(), MetricCatalog::label(kImpressions));
    QCOMPARE(panel->queryBar()->selectedMetrics(), (QStringList{kSpend, kImpressions}));
    QSignalSpy ready(panel, &PerformanceChartPanel::dataReady);
    QTest::mouseClick(panel->queryBar()->applyButton(), Qt::LeftButton);
    QVERIFY(ready.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isFetching(), 30000);

    // The chart: a line per ad group and metric, spend on the left axis, impressions on the right.
    const QList<ChartSeriesData> data = panel->seriesData();
    QCOMPARE(data.size(), 6);
    QCOMPARE(panel->chart()->series().size(), 6);
    QSet<QString> columns;
    for (const ChartSeriesData &series : data)
        columns << series.column;
    QCOMPARE(columns, (QSet<QString>{kSpend, kImpressions}));
    const auto vertical = panel->chart()->axes(Qt::Vertical);
    QCOMPARE(vertical.size(), 2);
    QStringList titles;
    for (QAbstractAxis *axis : vertical)
        titles << axis->titleText();
    QVERIFY2(titles.contains(QStringLiteral("Spend (USD)")), qPrintable(titles.join(QLatin1Char('|'))));
    QVERIFY2(titles.contains(MetricCatalog::label(kImpressions)), qPrintable(titles.join(QLatin1Char('|'))));
    qint64 plottedImpressions = 0;
    for (const ChartSeriesData &series : data) {
        if (series.column == kImpressions) {
            for (const QPointF &p : series.points)
                plottedImpressions += qint64(p.y());
        }
    }

    // The totals table: both metrics of every ad group, the impressions adding up to the chart's.
    QTableWidget *totals = panel->totalsTable();
    QCOMPARE(totals->rowCount(), 6);
    int spendRows = 0;
    qint64 tableImpressions = 0;
    for (int r = 0; r < totals->rowCount(); ++r) {
        const QString line = totals->item(r, 0)->text();
        if (line.startsWith(MetricCatalog::label(kSpend) + QStringLiteral(" · "))) {
            ++spendRows;
            QVERIFY2(totals->item(r, 1)->text().startsWith(QLatin1Char('$')), qPrintable(totals->item(r, 1)->text()));
        } else {
            QVERIFY2(line.startsWith(MetricCatalog::label(kImpressions) + QStringLiteral(" · ")), qPrintable(line));
            tableImpressions += totals->item(r, 1)->data(Qt::UserRole).toLongLong();
        }
    }
    QCOMPARE(spendRows, 3);
    QCOMPARE(tableImpressions, plottedImpressions);
    QVERIFY(plottedImpressions > 0);

    // The CSV: both metrics, spend headed in words and in dollars.
    const QList<QStringList> records = AnalyticsCsv::parse(panel->csv());
    const QStringList header = records.value(0);
    QVERIFY2(header.contains(QStringLiteral("Spend (USD)")), qPrintable(header.join(QLatin1Char('|'))));
    const qsizetype impressionsColumn = header.indexOf(MetricCatalog::label(kImpressions));
    QVERIFY2(impressionsColumn > 1, qPrintable(header.join(QLatin1Char('|'))));
    qint64 csvImpressions = 0;
    for (qsizetype i = 1; i < records.size(); ++i)
        csvImpressions += records.at(i).at(impressionsColumn).toLongLong();
    QCOMPARE(csvImpressions, plottedImpressions);
    saveScreenshot(m_window.get(), QStringLiteral("analytics-two-metrics-three-ad-groups.png"));
}

void TestAnalyticsWorkspace::exportsSuggestNamesAndRememberTheFolder()
{
    QVERIFY(selectTopSpenders(2));
    entry(m_window->viewMenu(), QStringLiteral("Performance"))->trigger();
    PerformanceChartPanel *panel = m_workspace->performancePanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel && panel->isVisible() && !panel->isFetching() && !panel->currentReport().rows.isEmpty(), 30000);
    const DateRange range = panel->queryBar()->range();
    const QString account = m_workspace->account()->id.value();
    const QString stem = QStringLiteral("ad-group-performance_") + range.start.toString(Qt::ISODate) + QLatin1Char('_')
        + range.end.toString(Qt::ISODate);

    // The data: the dialog opens in Documents with a name; a name typed without extension gets ".csv".
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString elsewhere = m_dir.filePath(QStringLiteral("reports"));
    QVERIFY(QDir().mkpath(elsewhere));
    SaveDialogSeen seen;
    answerSaveDialog(&seen, QDir(elsewhere).filePath(QStringLiteral("perf_export")));
    chooseFromMenu(panel->exportButton(), QStringLiteral("Export data as CSV…"));
    QCOMPARE(QDir(seen.folder).canonicalPath(), QDir(documents).canonicalPath());
    QCOMPARE(seen.fileName, stem + QStringLiteral(".csv"));
    QFile csv(QDir(elsewhere).filePath(QStringLiteral("perf_export.csv")));
    QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(csv.fileName()));
    QVERIFY(!QFile::exists(QDir(elsewhere).filePath(QStringLiteral("perf_export"))));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith(CsvExporter::byteOrderMark()));
    QCOMPARE(AnalyticsCsv::parse(bytes).value(0).value(2), MetricCatalog::label(QStringLiteral("CLICKTHROUGH_1")));

    // The picture: the dialog remembers the folder; the PNG carries title, date range and account.
    answerSaveDialog(&seen, QString());
    chooseFromMenu(panel->exportButton(), QStringLiteral("Export chart as PNG…"));
    QCOMPARE(QDir(seen.folder).canonicalPath(), QDir(elsewhere).canonicalPath());
    QCOMPARE(seen.fileName, stem + QStringLiteral(".png"));
    const QImage image(QDir(elsewhere).filePath(stem + QStringLiteral(".png")));
    QVERIFY(!image.isNull());
    QVERIFY(image.text(QStringLiteral("Title")).startsWith(QStringLiteral("Ad group performance")));
    const QString details = image.text(QStringLiteral("Description"));
    QVERIFY2(details.contains(account), qPrintable(details));
    QVERIFY2(details.contains(QLocale().toString(range.start, QLocale::ShortFormat)), qPrintable(details));
    QVERIFY2(details.contains(QLocale().toString(range.end, QLocale::ShortFormat)), qPrintable(details));
    // The heading is drawn above the chart: dark text in the band the chart does not cover.
    const int band = image.height() - int(panel->chartView()->height() * image.devicePixelRatio());
    QVERIFY(band > 10);
    int dark = 0;
    for (int y = 0; y < band; ++y) {
        for (int x = 0; x < image.width(); ++x)
            dark += qGray(image.pixel(x, y)) < 100 ? 1 : 0;
    }
    QVERIFY(dark > 20);
    if (const QString artifacts = qEnvironmentVariable("PINSTRIPE_TEST_ARTIFACTS"); !artifacts.isEmpty())
        image.save(QDir(artifacts).filePath(QStringLiteral("analytics-exported-chart.png")));
}

void TestAnalyticsWorkspace::breakdownOpensInFrontInWords()
{
    QVERIFY(selectTopSpenders(3));
    auto *performanceDock = m_window->findChild<QDockWidget *>(QStringLiteral("performanceDock"));
    auto *breakdownDock = m_window->findChild<QDockWidget *>(QStringLiteral("breakdownDock"));
    QVERIFY(performanceDock && breakdownDock);
    entry(m_window->viewMenu(), QStringLiteral("Performance"))->trigger();
    QTRY_VERIFY(performanceDock->isVisible());
    entry(m_window->viewMenu(), QStringLiteral("Targeting Breakdown"))->trigger();
    QTRY_VERIFY(breakdownDock->isVisible());
    // In front, not behind the Performance tab (a tab behind is moved out of sight, not hidden).
    QTRY_VERIFY(!breakdownDock->visibleRegion().isEmpty());
    QVERIFY(performanceDock->visibleRegion().isEmpty());
    QVERIFY(m_window->tabifiedDockWidgets(breakdownDock).contains(performanceDock));

    TargetingBreakdownPanel *panel = m_workspace->breakdownPanel();
    QVERIFY(panel);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isFetching() && panel->tabs()->count() >= 3, 30000);
    // A metric with data by default: impressions.
    QCOMPARE(panel->sortColumn(), kImpressions);

    const QString type = QStringLiteral("APPTYPE");
    QTableWidget *table = panel->tableFor(type);
    QVERIFY(table);
    QTabBar *tabs = panel->tabs()->tabBar();
    int index = -1;
    for (int i = 0; i < tabs->count(); ++i)
        index = tabs->tabData(i).toString() == type ? i : index;
    QVERIFY(index >= 0);
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(index).center());
    QCOMPARE(panel->tabs()->currentIndex(), index);

    // Devices by name, not code.
    const QStringList devices{QStringLiteral("iPhone"), QStringLiteral("iPad"), QStringLiteral("Android phone"),
                              QStringLiteral("Android tablet"), QStringLiteral("Desktop web"), QStringLiteral("Mobile web")};
    const int values = table->rowCount() - 1;
    QVERIFY(values >= 2);
    for (int r = 0; r < values; ++r)
        QVERIFY2(devices.contains(table->item(r, 0)->text()), qPrintable(table->item(r, 0)->text()));

    QChartView *view = panel->chartFor(type);
    QChart *chart = view->chart();
    auto *bars = qobject_cast<QAbstractBarSeries *>(chart->series().constFirst());
    QVERIFY(bars);
    double largest = 0;
    for (int i = 0; i < bars->barSets().constFirst()->count(); ++i)
        largest = qMax(largest, bars->barSets().constFirst()->at(i));
    QVERIFY(largest > 0); // not an empty chart
    auto *categories = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
    QVERIFY2(categories, "names run down the left side");
    for (const QString &name : categories->categories())
        QVERIFY2(devices.contains(name), qPrintable(name));
    // Whole-number ticks with room for the bar labels.
    auto *axis = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    const double step = axis->max() / (axis->tickCount() - 1);
    QCOMPARE(step, std::round(step));
    QVERIFY(axis->max() >= largest * 1.15);
    QCOMPARE(axis->labelFormat(), QStringLiteral("%.0f"));
    // The names fit left of the plot area, so none is cut short.
    QTRY_VERIFY(chart->plotArea().width() > 0);
    const QFontMetrics metrics(categories->labelsFont());
    int widest = 0;
    for (const QString &name : categories->categories())
        widest = qMax(widest, metrics.horizontalAdvance(name));
    // Read again on each try: the chart settles its plot area once the dock's layout has.
    const auto plotLeft = [&] { return panel->chartFor(type) ? panel->chartFor(type)->chart()->plotArea().left() : 0.0; };
    QTRY_VERIFY2(plotLeft() >= widest, qPrintable(QStringLiteral("%1 < %2").arg(plotLeft()).arg(widest)));
    chart = panel->chartFor(type)->chart();
    bars = qobject_cast<QAbstractBarSeries *>(chart->series().constFirst());
    QVERIFY(bars);
    QVERIFY(bars->isLabelsVisible());
    QVERIFY(qGray(bars->barSets().constFirst()->labelColor().rgb()) < 128); // dark on the light chart
    QCOMPARE(bars->labelsPosition(), QAbstractBarSeries::LabelsOutsideEnd);
    saveScreenshot(m_window.get(), QStringLiteral("analytics-breakdown-devices.png"));
}

void TestAnalyticsWorkspace::adGroupExportForSpreadsheetsAndTools()
{
    QVERIFY(selectTopSpenders(1));
    AdGroupBrowser *browser = m_window->browser();
    AdGroupTableView *table = browser->tableView();
    PerformanceColumnsProvider *provider = m_workspace->performanceColumns();
    const QString top = browser->model()->rowAt(browser->proxy()->mapToSource(browser->proxy()->index(0, 0)).row()).id;
    // Hide the campaign column with the header's column chooser.
    QAction *campaign = entry(table->columnMenu(), AdGroupTableModel::columnTitle(AdGroupTableModel::Campaign));
    QVERIFY(campaign && campaign->isChecked());
    campaign->trigger();
    QVERIFY(table->isColumnHidden(AdGroupTableModel::Campaign));
    QVERIFY(table->isColumnHidden(AdGroupTableModel::Pacing)); // hidden from the start
    auto *exportAll = m_window->findChild<QAction *>(QStringLiteral("exportCsvAction"));
    QVERIFY(exportAll);
    const QString folder = m_dir.filePath(QStringLiteral("ad-group-exports"));
    QVERIFY(QDir().mkpath(folder));
    const QString account = m_workspace->account()->id.value();

    // For spreadsheets (the preselected type): a byte order mark, the columns shown with the
    // statistics, words rather than codes.
    SaveDialogSeen seen;
    answerSaveDialog(&seen, QDir(folder).filePath(QStringLiteral("shown")));
    exportAll->trigger();
    QCOMPARE(seen.fileName, QStringLiteral("ad-groups-") + account + QStringLiteral(".csv"));
    QFile shown(QDir(folder).filePath(QStringLiteral("shown.csv")));
    QVERIFY2(shown.open(QIODevice::ReadOnly), qPrintable(shown.fileName()));
    QByteArray bytes = shown.readAll();
    QVERIFY(bytes.startsWith(CsvExporter::byteOrderMark()));
    QList<QStringList> records = AnalyticsCsv::parse(bytes);
    QCOMPARE(records.size(), browser->proxy()->rowCount() + 1);
    QStringList header = records.constFirst();
    QVERIFY2(!header.contains(QStringLiteral("Campaign")) && !header.contains(QStringLiteral("Pacing")),
             qPrintable(header.join(QLatin1Char('|'))));
    QVERIFY2(header.contains(QStringLiteral("Spend")) && header.contains(QStringLiteral("Impressions")),
             qPrintable(header.join(QLatin1Char('|'))));
    const qsizetype status = header.indexOf(AdGroupTableModel::columnTitle(AdGroupTableModel::Status));
    QVERIFY(status >= 0);
    const qsizetype spend = header.indexOf(QStringLiteral("Spend"));
    QCOMPARE(records.at(1).at(spend), provider->displayValue(top, PerformanceColumnsProvider::Column::Spend));
    for (qsizetype i = 1; i < records.size(); ++i) {
        const QString word = records.at(i).at(status);
        QVERIFY2(!word.isEmpty() && word != word.toUpper(), qPrintable(word)); // "Active", not "ACTIVE"
    }

    // For tools: plain UTF-8, every column, codes and micro-units.
    answerSaveDialog(&seen, QDir(folder).filePath(QStringLiteral("tools")), 1);
    exportAll->trigger();
    QCOMPARE(QDir(seen.folder).canonicalPath(), QDir(folder).canonicalPath()); // remembered
    QFile tools(QDir(folder).filePath(QStringLiteral("tools.csv")));
    QVERIFY2(tools.open(QIODevice::ReadOnly), qPrintable(tools.fileName()));
    bytes = tools.readAll();
    QVERIFY(!bytes.startsWith(CsvExporter::byteOrderMark()));
    records = AnalyticsCsv::parse(bytes);
    header = records.constFirst();
    QVERIFY2(header.contains(QStringLiteral("Campaign")) && header.contains(QStringLiteral("Pacing"))
                 && header.contains(QStringLiteral("Budget (micro-units)")),
             qPrintable(header.join(QLatin1Char('|'))));
    const qsizetype rawSpend = header.indexOf(QStringLiteral("Spend"));
    QVERIFY(rawSpend >= 0);
    QCOMPARE(records.at(1).at(rawSpend).toLongLong(), provider->sortValue(top, PerformanceColumnsProvider::Column::Spend).toLongLong());
    const QString code = records.at(1).at(header.indexOf(AdGroupTableModel::columnTitle(AdGroupTableModel::Status)));
    QCOMPARE(code, code.toUpper());
}

QTEST_MAIN(TestAnalyticsWorkspace)
#include "tst_analyticsworkspace.moc"
