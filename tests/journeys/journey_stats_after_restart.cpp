// J9: the statistics in the table survive a restart. The first start fetches spend, clicks and the
// rest for the last 7 days and says "Statistics as of <time>" in the status bar; the second start
// shows the same numbers at once, before its own fetch has answered, with the first start's
// "as of", and then the fresh ones with a newer one.
#include "journeysupport.h"

#include "ui/adgroups/adgrouptablemodel.h"
#include "ui/analytics/performancecolumnsprovider.h"

#include <QLabel>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace pinstripe;
using namespace pinstripe::journeys;

class JourneyStatsAfterRestart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keptStatsShowAtOnce();
};

namespace {

QLabel *freshnessLabel(MainWindow *window)
{
    return window->statusBar()->findChild<QLabel *>(QStringLiteral("statsFreshnessLabel"));
}

/** The Spend cell of the ad group @p id as the table shows it. */
QString spendShown(MainWindow *window, const QString &id)
{
    AdGroupTableModel *model = window->browser()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rowAt(row).id == id)
            return model->index(row, AdGroupTableModel::ColumnCount).data().toString();
    }
    return {};
}

} // namespace

void JourneyStatsAfterRestart::initTestCase()
{
    prepareJourney(QStringLiteral("journey_stats_after_restart"));
}

void JourneyStatsAfterRestart::keptStatsShowAtOnce()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    QString id;
    QString spend;
    QDateTime firstAsOf;
    {
        std::unique_ptr<Application> app = start({QStringLiteral("--demo")}, data.path());
        QVERIFY(app);
        QVERIFY(showAndLoad(*app));
        MainWindow *window = app->window();
        PerformanceColumnsProvider *stats = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((stats = app->workspace()->performanceColumns()) && stats->asOf().isValid() && !stats->isFetching(), 30000);
        QLabel *label = freshnessLabel(window);
        QVERIFY(label);
        QTRY_VERIFY(label->isVisible());
        QVERIFY2(label->text().startsWith(QLatin1String("Statistics as of ")), qPrintable(label->text()));
        QVERIFY2(!label->text().contains(QLatin1String("updating")), qPrintable(label->text()));
        QVERIFY(label->toolTip().contains(QLatin1String("UTC")));
        id = window->browser()->model()->rowAt(0).id;
        spend = spendShown(window, id);
        QVERIFY2(spend.startsWith(QLatin1Char('$')), qPrintable(spend));
        firstAsOf = stats->asOf();
    }

    // The second start: the kept numbers are on screen the moment the table has its rows.
    std::unique_ptr<Application> app = start({QStringLiteral("--demo")}, data.path());
    QVERIFY(app);
    MainWindow *window = app->window();
    window->resize(1440, 900);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    PerformanceColumnsProvider *stats = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((stats = app->workspace()->performanceColumns()) && stats->hasValues(id), 20000);
    QCOMPARE(stats->asOf(), firstAsOf);
    QCOMPARE(spendShown(window, id), spend);
    QLabel *label = freshnessLabel(window);
    QVERIFY(label && label->isVisible());
    QVERIFY2(label->text().startsWith(QLatin1String("Statistics as of ")), qPrintable(label->text()));

    // Then the fresh fetch answers and the "as of" moves on.
    QTRY_VERIFY_WITH_TIMEOUT(!stats->isFetching() && stats->asOf() > firstAsOf, 30000);
    QCOMPARE(spendShown(window, id), spend); // the demo's numbers did not change in between
    QVERIFY2(!label->text().contains(QLatin1String("updating")), qPrintable(label->text()));
    screenshot(window, QStringLiteral("j9-stats-after-restart"));
}

QTEST_MAIN(JourneyStatsAfterRestart)
#include "journey_stats_after_restart.moc"
