// The gallery: the main views of the app as shipped (built by Application::build on the demo
// sandbox), at 1440×900, light and dark, saved under build/<preset>/test-artifacts/gallery/.
// `bash cmake/dev.sh gallery` copies a few of them into docs/screenshots/ for the README.
#include "../journeys/journeysupport.h"

#include "core/app/appcontext.h"
#include "core/changes/changeset.h"
#include "core/changes/pendingchange.h"
#include "core/changes/pendingchangestore.h"
#include "core/store/adgrouprepository.h"
#include "core/time/clock.h"
#include "ui/adgroups/adgroupbrowser.h"
#include "ui/adgroups/adgroupfilterproxy.h"
#include "ui/adgroups/adgrouptablemodel.h"
#include "ui/adgroups/adgrouptableview.h"
#include "ui/adgroups/browsercommands.h"
#include "ui/analytics/changemarkeroverlay.h"
#include "ui/analytics/performancechartpanel.h"
#include "ui/common/translations.h"
#include "ui/analytics/performancecolumnsprovider.h"
#include "ui/analytics/targetingbreakdownpanel.h"
#include "ui/changes/postflow.h"
#include "ui/common/theme.h"
#include "ui/mainwindow.h"
#include "ui/workspace/workspacecontroller.h"

#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace pinstripe;
using namespace pinstripe::journeys;

class TestGallery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void views_data();
    void views();

private:
    /** Saves @p widget as gallery/<theme>-<name>.png and checks the picture has content. */
    void shoot(QWidget *widget, const QString &name);

    QDir m_gallery;
    QString m_theme;
};

void TestGallery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PinstripeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gallery"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    installTranslations(qApp, QLocale()); // as main() does: "49 ad groups"
    m_gallery = QDir(qEnvironmentVariable("PINSTRIPE_TEST_ARTIFACTS", QDir::tempPath()));
    QVERIFY(m_gallery.mkpath(QStringLiteral("gallery")));
    QVERIFY(m_gallery.cd(QStringLiteral("gallery")));
}

void TestGallery::views_data()
{
    QTest::addColumn<int>("theme");
    QTest::newRow("light") << static_cast<int>(Theme::Light);
    QTest::newRow("dark") << static_cast<int>(Theme::Dark);
}

void TestGallery::shoot(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    const QImage image = widget->grab().toImage();
    QVERIFY2(!image.isNull() && image.width() > 200 && image.height() > 100, qPrintable(name));
    // Drawn at the screen's full resolution (crisp at 200 %), not a scaled-up 100 % picture.
    const qreal scale = widget->devicePixelRatioF();
    QCOMPARE(image.width(), qRound(widget->width() * scale));
    // A picture of something: more than a handful of colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height() && colours.size() < 16; y += 7) {
        for (int x = 0; x < image.width() && colours.size() < 16; x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() >= 16, qPrintable(name));
    // At 200 % (QT_SCALE_FACTOR=2, the tst_gallery_200 run) the pictures are kept beside the others.
    const QString percent = scale > 1.0 ? QStringLiteral("-%1").arg(qRound(scale * 100)) : QString();
    const QString path = m_gallery.filePath(QStringLiteral("%1%2-%3.png").arg(m_theme, percent, name));
    QVERIFY2(image.save(path), qPrintable(path));
}

void TestGallery::views()
{
    QFETCH(int, theme);
    m_theme = themeKey(static_cast<Theme>(theme));
    QSettings().clear();
    applyTheme(static_cast<Theme>(theme));
    QTemporaryDir data;
    QVERIFY(data.isValid());
    std::unique_ptr<Application> app = start({QStringLiteral("--demo")}, data.path());
    QVERIFY(app);
    MainWindow *window = app->window();
    WorkspaceController *workspace = app->workspace();
    window->resize(1440, 900);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    AdGroupBrowser *browser = window->browser();
    QTRY_VERIFY_WITH_TIMEOUT(workspace->account().has_value() && browser->model()->rowCount() > 5 && !browser->repository()->isLoading(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(workspace->allAdGroups().size() >= browser->model()->rowCount(), 30000);
    // The stats columns: wait until the table shows the last days' spend.
    QTRY_VERIFY_WITH_TIMEOUT(workspace->performanceColumns()
                                 && workspace->performanceColumns()->hasValues(browser->model()->rowAt(0).id), 30000);

    // The table with its stats, and the details of the current row.
    AdGroupTableView *table = browser->tableView();
    QStringList ids;
    for (int row = 0; row < browser->proxy()->rowCount() && ids.size() < 3; ++row) {
        const QString id = browser->model()->rowAt(browser->proxy()->mapToSource(browser->proxy()->index(row, 0)).row()).id;
        // Daily budgets that spent in the last days, so the chart has lines to show.
        const QVariant spend = workspace->performanceColumns()->sortValue(id, PerformanceColumnsProvider::Column::Spend);
        if (workspace->adGroup(id).value_or(AdGroup()).budgetType.valueOr({}) == QLatin1String("DAILY") && spend.toLongLong() > 0)
            ids << id;
    }
    QCOMPARE(ids.size(), 3);
    QItemSelection selection;
    for (const QString &id : std::as_const(ids)) {
        const QModelIndex index = browser->proxy()->mapFromSource(browser->model()->index(browser->model()->rowOf(id), 0));
        selection.select(index, index);
    }
    table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->setCurrentIndex(selection.indexes().constFirst());
    window->browserCommands()->detailsAction()->trigger();
    // The default columns fit the values once they are in: no amount is cut off.
    const auto fits = [&](int column) {
        for (int row = 0; row < browser->proxy()->rowCount(); ++row) {
            const QString text = browser->proxy()->index(row, column).data().toString();
            if (table->fontMetrics().horizontalAdvance(text) + 6 > table->columnWidth(column))
                return false;
        }
        return true;
    };
    QTRY_VERIFY(fits(AdGroupTableModel::Budget));
    QTRY_VERIFY(fits(AdGroupTableModel::ColumnCount)); // Spend, the first stats column
    auto *detailsTitle = window->detailsDock()->findChild<QLabel *>();
    QTRY_VERIFY(detailsTitle && !detailsTitle->text().startsWith(QStringLiteral("Loading")));
    shoot(window, QStringLiteral("table-and-details"));

    // Pending changes with their Δ %.
    for (const QString &id : std::as_const(ids)) {
        const AdGroup g = workspace->adGroup(id).value_or(AdGroup());
        const qint64 budget = g.budgetInMicroCurrency.value();
        workspace->changeSet()->record(PendingChange::update(workspace->account()->id.value(), id, g.name.valueOr({}),
                                                             QStringLiteral("budget_in_micro_currency"), budget,
                                                             budget + budget / 5, g.updatedTime.valueOr(0)));
    }
    QTRY_VERIFY(workspace->changesPanel()->isVisible());
    shoot(window, QStringLiteral("pending-changes"));

    // The editor, tab by tab.
    QWidget *editor = workspace->openEditor(false, false);
    QVERIFY(editor);
    editor->resize(1000, 760);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    if (auto *tabs = editor->findChild<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            shoot(editor, QStringLiteral("editor-%1").arg(i + 1));
        }
    } else {
        shoot(editor, QStringLiteral("editor"));
    }
    editor->close();

    QWidget *bulk = workspace->openBulkEdit();
    QVERIFY(bulk);
    QVERIFY(QTest::qWaitForWindowExposed(bulk));
    shoot(bulk, QStringLiteral("bulk-edit"));
    bulk->close();

    QWidget *calculator = workspace->openBidFloorCalculator();
    QVERIFY(calculator);
    QVERIFY(QTest::qWaitForWindowExposed(calculator));
    shoot(calculator, QStringLiteral("bid-floor-calculator"));
    calculator->close();

    // Performance of the three, compared with the previous period, with budget raises of the
    // current ad group posted in the range as the poster journals them (one alone, two on the same
    // day); then the targeting breakdown.
    const QDate today = window->context()->clock()->todayUtc();
    const QString poster = workspace->postFlow()->postedBy();
    QVERIFY(!poster.isEmpty()); // the signed-in (demo) user
    const AdGroup raised = workspace->adGroup(ids.constFirst()).value_or(AdGroup());
    const qint64 budget = raised.budgetInMicroCurrency.value();
    const QList<QDateTime> postedAt{QDateTime(today.addDays(-4), QTime(9, 30), Qt::UTC),
                                    QDateTime(today.addDays(-2), QTime(10, 15), Qt::UTC),
                                    QDateTime(today.addDays(-2), QTime(16, 40), Qt::UTC)};
    for (qsizetype i = 0; i < postedAt.size(); ++i) {
        JournalEntry entry;
        entry.postedAt = postedAt.at(i);
        entry.postedBy = poster;
        entry.succeeded = true;
        entry.change = PendingChange::update(workspace->account()->id.value(), ids.constFirst(), raised.name.valueOr({}),
                                             QStringLiteral("budget_in_micro_currency"), budget * (7 + i) / 10,
                                             budget * (8 + i) / 10, raised.updatedTime.valueOr(0));
        QVERIFY(window->context()->pendingChanges()->recordApplied(entry));
    }
    auto *performanceDock = window->findChild<QDockWidget *>(QStringLiteral("performanceDock"));
    auto *breakdownDock = window->findChild<QDockWidget *>(QStringLiteral("breakdownDock"));
    QVERIFY(performanceDock && breakdownDock);
    table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    performanceDock->toggleViewAction()->trigger();
    QTRY_VERIFY(workspace->performancePanel() && workspace->performancePanel()->isVisible());
    PerformanceChartPanel *performance = workspace->performancePanel();
    QTRY_COMPARE(performance->adGroups().size(), 3);
    performance->compareBox()->setChecked(true);
    performance->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!performance->isFetching(), 30000);
    window->resizeDocks({performanceDock}, {720}, Qt::Horizontal);
    QCOMPARE(performance->changeMarkers()->groups().size(), 2);
    QCOMPARE(performance->changeMarkers()->groups().at(1).entries.size(), 2);
    QVERIFY(performance->changeMarkers()->toolTip(0).contains(QStringLiteral("by ") + poster));
    shoot(window, QStringLiteral("performance"));
    breakdownDock->toggleViewAction()->trigger();
    QTRY_VERIFY(workspace->breakdownPanel() && workspace->breakdownPanel()->isVisible());
    workspace->breakdownPanel()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!workspace->breakdownPanel()->isFetching(), 30000);
    shoot(window, QStringLiteral("targeting-breakdown"));

    // The welcome page, as a first start without sign-in shows it.
    window->resetLayout();
    window->showWelcome(true);
    shoot(window, QStringLiteral("welcome"));
    window->showWelcome(false);

    workspace->changeSet()->discardAll();
    app.reset();
    applyTheme(Theme::System);
}

QTEST_MAIN(TestGallery)
#include "tst_gallery.moc"
