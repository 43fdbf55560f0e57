// The analytics panels offscreen against the sandbox: chart series equal the sandbox's numbers
// (two ad groups' clicks with the previous period), two metrics on two axes, tool tips, legend
// toggles, the breakdown sorted by conversions with totals equal to the ad groups' total,
// table values from the provider, archived ranges, exports that parse back, a posted change as a
// marker on the chart with what changed, by whom and when, screenshots.
#include "tests/ui/englishtexts.h"
#include "../../core/api/apitestsupport.h"

#include "core/analytics/analyticscsv.h"
#include "core/analytics/analyticsfetcher.h"
#include "core/analytics/metriccatalog.h"
#include "core/analytics/metricsarchive.h"
#include "core/analytics/performancesummary.h"
#include "core/analytics/periodcomparison.h"
#include "core/api/adgrouppager.h"
#include "core/api/getadgrouprequest.h"
#include "core/api/listadaccountsrequest.h"
#include "core/api/ratelimiter.h"
#include "core/changes/changeset.h"
#include "core/changes/pendingchangestore.h"
#include "core/changes/poster.h"
#include "ui/analytics/analyticsexport.h"
#include "ui/analytics/analyticsquerybar.h"
#include "ui/analytics/changemarkeroverlay.h"
#include "ui/analytics/performancechartpanel.h"
#include "ui/analytics/performancecolumnsprovider.h"
#include "ui/analytics/targetingbreakdownpanel.h"

#include <QApplication>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDateTimeAxis>
#include <QGraphicsItem>
#include <QHeaderView>
#include <QHelpEvent>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolTip>
#include <QValueAxis>
#include <QXYSeries>
#include <QXmlStreamReader>

using namespace pinstripe;
using namespace pinstripe::testing;

class TestAnalyticsPanels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void queryBarExplainsTheWindows();
    void chartShowsTwoAdGroupsClicksAgainstThePreviousPeriod();
    void oneAdGroupTwoMetricsOnTwoAxes();
    void exportsParseBack();
    void archivedRangeComesFromTheArchive();
    void postedBudgetChangeShowsAsAMarker();
    void markerWordsForSeveralChanges();
    void breakdownShowsAgesSortedByConversions();
    void providerGivesTableValues();

private:
    AnalyticsReport fetch(const QStringList &ids, const DateRange &range, const QString &granularity, const QStringList &columns);
    static void saveScreenshot(QWidget *widget, const QString &name);

    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_account;
    Currency m_currency;
    QStringList m_ids;
    QStringList m_busiest; // ad groups with the most clicks last week
    QTemporaryDir m_dir;
};

AnalyticsReport TestAnalyticsPanels::fetch(const QStringList &ids, const DateRange &range, const QString &granularity,
                                           const QStringList &columns)
{
    AnalyticsFetcher fetcher(m_sandbox->client.get(), m_account);
    AnalyticsQuery query;
    query.adGroupIds = ids;
    query.startDate = range.start;
    query.endDate = range.end;
    query.granularity = granularity;
    query.columns = columns;
    fetcher.start(query);
    QElapsedTimer timer;
    timer.start();
    while (fetcher.isRunning() && timer.elapsed() < 30000)
        QTest::qWait(5);
    if (!fetcher.isComplete())
        qWarning("fetch incomplete");
    return fetcher.report();
}

void TestAnalyticsPanels::saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PINSTRIPE_TEST_ARTIFACTS");
    if (dir.isEmpty())
        return;
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

void TestAnalyticsPanels::initTestCase()
{
    pinstripe::testing::useEnglishTexts(); // "3 days", as main() shows it
    if (PrismProxy::wanted())
        QSKIP("checked against the sandbox directly");
    QVERIFY(m_dir.isValid());
    sandbox::SandboxOptions options;
    options.adGroups = 300;
    options.rateLimits.adsAnalytics = 0;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    auto accounts = run<AdAccountPage>(new ListAdAccountsRequest(m_sandbox->client.get(), {}), &ListAdAccountsRequest::finished);
    QVERIFY2(accounts.ok(), qPrintable(accounts.describe()));
    m_account = accounts.result->items.constFirst().id.value();
    m_currency = accounts.result->items.constFirst().currency.valueOr(Currency::usd());
    AdGroupListParams params;
    params.entityStatuses = AdGroupListParams::allStatuses();
    AdGroupPager pager(m_sandbox->client.get(), m_account, params);
    connect(&pager, &AdGroupPager::pageReceived, this, [&](const AdGroupPage &page) {
        for (const AdGroup &g : page.items)
            m_ids << g.id.value();
    });
    pager.start();
    QTRY_VERIFY_WITH_TIMEOUT(pager.isFinished(), 30000);
    QVERIFY(m_ids.size() >= 50);

    const DateRange week = DateRangePreset::range(DateRangePreset::Preset::Last7Days, AnalyticsQuery::todayUtc());
    const AnalyticsReport totals = fetch(m_ids, week, QStringLiteral("TOTAL"), {QStringLiteral("CLICKTHROUGH_1")});
    QList<std::pair<qint64, QString>> byClicks;
    for (const AnalyticsRow &row : totals.rows)
        byClicks.append({row.count(QStringLiteral("CLICKTHROUGH_1")), row.adGroupId});
    std::sort(byClicks.begin(), byClicks.end(), std::greater<>());
    QVERIFY(byClicks.size() >= 2 && byClicks.at(1).first > 0);
    m_busiest = {byClicks.at(0).second, byClicks.at(1).second};
}

void TestAnalyticsPanels::queryBarExplainsTheWindows()
{
    AnalyticsQueryBar bar;
    bar.setTodayUtc(QDate(2026, 3, 15));
    bar.setPreset(DateRangePreset::Preset::Last30Days);
    QCOMPARE(bar.range(), (DateRange{QDate(2026, 2, 13), QDate(2026, 3, 14)}));
    QVERIFY(bar.problem().isEmpty());
    QVERIFY(bar.applyButton()->isEnabled());
    bar.setCustomRange({QDate(2025, 12, 20), QDate(2026, 3, 21)});
    QVERIFY2(bar.problem().contains(QStringLiteral("at most 90 days")), qPrintable(bar.problem()));
    QVERIFY(!bar.applyButton()->isEnabled());
    bar.setCustomRange({QDate(2026, 3, 9), QDate(2026, 3, 14)});
    bar.setGranularity(QStringLiteral("HOUR"));
    QVERIFY2(bar.problem().contains(QStringLiteral("hourly report")), qPrintable(bar.problem()));
    bar.setGranularity(QStringLiteral("DAY"));
    // Older than 90 days: allowed, answered by the archive.
    bar.setCustomRange({QDate(2025, 10, 1), QDate(2025, 10, 31)});
    QVERIFY(bar.problem().isEmpty());
    QVERIFY(bar.needsArchive());
    const AnalyticsQuery q = bar.query();
    QCOMPARE(q.clickWindowDays, 30);
    QCOMPARE(q.viewWindowDays, 1);
    QCOMPARE(q.conversionReportTime, QStringLiteral("TIME_OF_AD_ACTION"));
    bar.setMaxMetrics(2);
    bar.setSelectedMetrics({QStringLiteral("CLICKTHROUGH_1"), QStringLiteral("SPEND_IN_MICRO_DOLLAR"), QStringLiteral("CTR")});
    QCOMPARE(bar.selectedMetrics().size(), 2);
    QVERIFY(bar.findChildren<QLabel *>().size() > 0);
    bool utcNote = false;
    for (QLabel *label : bar.findChildren<QLabel *>())
        utcNote = utcNote || label->text() == QLatin1String("Data in UTC");
    QVERIFY(utcNote);
}

void TestAnalyticsPanels::chartShowsTwoAdGroupsClicksAgainstThePreviousPeriod()
{
    PerformanceChartPanel panel(m_sandbox->client.get(), m_account, m_currency);
    panel.resize(1100, 760);
    panel.setAdGroups(m_busiest, {{m_busiest.at(0), QStringLiteral("Spring sofas")}, {m_busiest.at(1), QStringLiteral("Garden chairs")}});
    panel.queryBar()->setPreset(DateRangePreset::Preset::Last7Days);
    panel.queryBar()->setSelectedMetrics({QStringLiteral("CLICKTHROUGH_1")});
    QSignalSpy ready(&panel, &PerformanceChartPanel::dataReady);
    panel.compareBox()->setChecked(true); // starts the fetch
    QVERIFY(ready.wait(30000));
    QVERIFY(!panel.isFetching());

    const DateRange week = panel.queryBar()->range();
    const DateRange before = DateRangePreset::previousPeriod(week);
    const QString clicks = QStringLiteral("CLICKTHROUGH_1");
    const AnalyticsReport now = fetch(m_busiest, week, QStringLiteral("DAY"), {clicks});
    const AnalyticsReport then = fetch(m_busiest, before, QStringLiteral("DAY"), {clicks});

    const QList<ChartSeriesData> data = panel.seriesData();
    QCOMPARE(data.size(), 4); // two ad groups, this week and the week before
    QCOMPARE(panel.chart()->series().size(), 4);
    const qint64 shift = qint64(before.start.daysTo(week.start)) * 86'400'000;
    for (int i = 0; i < 4; ++i) {
        const bool previous = i >= 2;
        const ChartSeriesData &series = data.at(i);
        QCOMPARE(series.adGroupId, m_busiest.at(i % 2));
        QCOMPARE(series.points.size(), 7); // one point per day, quiet days as 0
        const AnalyticsReport &report = previous ? then : now;
        QHash<qint64, qint64> expected;
        for (const AnalyticsRow &row : report.rows) {
            if (row.adGroupId == series.adGroupId)
                expected.insert(QDateTime(row.date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() + (previous ? shift : 0),
                                row.count(clicks));
        }
        qint64 sum = 0;
        for (const QPointF &p : series.points) {
            QCOMPARE(p.y(), double(expected.value(qint64(p.x()), 0)));
            sum += qint64(p.y());
        }
        qint64 expectedSum = 0;
        for (qint64 v : std::as_const(expected))
            expectedSum += v;
        QCOMPARE(sum, expectedSum);
        // The chart's own line holds the same points.
        auto *line = qobject_cast<QXYSeries *>(panel.chart()->series().at(i));
        QVERIFY(line);
        QCOMPARE(line->points(), series.points);
        QCOMPARE(line->pen().style(), previous ? Qt::DashLine : Qt::SolidLine);
    }

    // Totals table: this week, the week before and the change, per ad group.
    QTableWidget *totals = panel.totalsTable();
    QCOMPARE(totals->rowCount(), 2);
    for (int r = 0; r < 2; ++r) {
        const QString name = totals->item(r, 0)->text();
        const QString id = name.startsWith(QLatin1String("Spring")) ? m_busiest.at(0) : m_busiest.at(1);
        const qint64 a = PerformanceSummary::fromReport(now, m_currency).forAdGroup(id).clicks;
        const qint64 b = PerformanceSummary::fromReport(then, m_currency).forAdGroup(id).clicks;
        QCOMPARE(totals->item(r, 1)->data(Qt::UserRole).toLongLong(), a);
        QCOMPARE(totals->item(r, 2)->data(Qt::UserRole).toLongLong(), b);
        QCOMPARE(totals->item(r, 3)->text(), PeriodComparison::describe(a, b));
    }

    // Hover: the exact value of the nearest day.
    auto *first = qobject_cast<QXYSeries *>(panel.chart()->series().at(0));
    const QPointF third = data.at(0).points.at(2);
    const QString tip = panel.tooltipFor(first, QPointF(third.x() + 3600 * 1000, third.y()));
    QVERIFY2(tip.contains(QLocale().toString(qint64(third.y()))), qPrintable(tip));
    QVERIFY2(tip.contains(QDateTime::fromMSecsSinceEpoch(qint64(third.x()), Qt::UTC).date().toString(Qt::ISODate)), qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("Spring sofas")));

    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    saveScreenshot(&panel, QStringLiteral("analytics-performance-chart.png"));

    // Legend entries toggle their line.
    const auto markers = panel.chart()->legend()->markers(panel.chart()->series().at(1));
    QCOMPARE(markers.size(), 1);
    Q_EMIT markers.constFirst()->clicked();
    QVERIFY(!panel.chart()->series().at(1)->isVisible());
    QVERIFY(markers.constFirst()->isVisible());
    Q_EMIT markers.constFirst()->clicked();
    QVERIFY(panel.chart()->series().at(1)->isVisible());
}

void TestAnalyticsPanels::oneAdGroupTwoMetricsOnTwoAxes()
{
    PerformanceChartPanel panel(m_sandbox->client.get(), m_account, m_currency);
    panel.setAdGroups({m_busiest.at(0)});
    panel.queryBar()->setPreset(DateRangePreset::Preset::Last14Days);
    panel.queryBar()->setSelectedMetrics({QStringLiteral("CLICKTHROUGH_1"), QStringLiteral("SPEND_IN_MICRO_DOLLAR")});
    panel.setStyle(PerformanceChartPanel::Style::Area);
    QSignalSpy ready(&panel, &PerformanceChartPanel::dataReady);
    panel.refresh();
    QVERIFY(ready.wait(30000));
    QCOMPARE(panel.seriesData().size(), 2);
    QCOMPARE(panel.chart()->axes(Qt::Vertical).size(), 2);
    const AnalyticsReport report = fetch({m_busiest.at(0)}, panel.queryBar()->range(), QStringLiteral("DAY"),
                                         {QStringLiteral("SPEND_IN_MICRO_DOLLAR")});
    qint64 micros = 0;
    for (const AnalyticsRow &row : report.rows)
        micros += row.money(QStringLiteral("SPEND_IN_MICRO_DOLLAR"), m_currency)->micros();
    const ChartSeriesData spend = panel.seriesData().at(1);
    QCOMPARE(spend.column, QStringLiteral("SPEND_IN_MICRO_DOLLAR"));
    QCOMPARE(spend.points.size(), 14);
    qint64 plotted = 0;
    for (const QPointF &p : spend.points)
        plotted += qRound64(p.y() * 1e6);
    QCOMPARE(plotted, micros);
    QCOMPARE(panel.totalsTable()->item(1, 1)->data(Qt::UserRole).toLongLong(), micros);
    QCOMPARE(panel.totalsTable()->item(1, 1)->text(), Money(micros, m_currency).roundedToMinorUnit().format());
    auto *right = qobject_cast<QValueAxis *>(panel.chart()->axes(Qt::Vertical).at(1));
    QVERIFY(right->titleText().contains(m_currency.code()));
}

void TestAnalyticsPanels::exportsParseBack()
{
    PerformanceChartPanel panel(m_sandbox->client.get(), m_account, m_currency);
    panel.resize(900, 600);
    panel.setAdGroups(m_busiest);
    QSignalSpy ready(&panel, &PerformanceChartPanel::dataReady);
    panel.refresh();
    QVERIFY(ready.wait(30000));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    const QString png = m_dir.filePath(QStringLiteral("chart.png"));
    QVERIFY(AnalyticsExport::savePng(panel.chartView(), png, panel.exportHeading()));
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 100);
    QVERIFY(image.height() > panel.chartView()->height()); // the heading sits above the chart

    const QString svg = m_dir.filePath(QStringLiteral("chart.svg"));
    QVERIFY(AnalyticsExport::saveSvg(panel.chartView(), svg, panel.exportHeading()));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray xml = file.readAll();
    QVERIFY(xml.contains("<svg"));
    QXmlStreamReader reader(xml);
    int elements = 0;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement)
            ++elements;
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QVERIFY(elements > 10);

    const QString csvPath = m_dir.filePath(QStringLiteral("chart.csv"));
    QVERIFY(AnalyticsExport::saveBytes(panel.csv(), csvPath));
    QFile csvFile(csvPath);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QList<QStringList> records = AnalyticsCsv::parse(csvFile.readAll());
    QCOMPARE(records.size(), panel.currentReport().rows.size() + 1);
    QCOMPARE(records.at(0).at(2), MetricCatalog::label(QStringLiteral("CLICKTHROUGH_1")));
    for (qsizetype i = 1; i < records.size(); ++i)
        QCOMPARE(records.at(i).at(2).toLongLong(), panel.currentReport().rows.at(i - 1).count(QStringLiteral("CLICKTHROUGH_1")));
}

void TestAnalyticsPanels::archivedRangeComesFromTheArchive()
{
    MetricsArchive archive(m_dir.filePath(QStringLiteral("archive.sqlite")));
    QVERIFY(archive.isOpen());
    PerformanceChartPanel panel(m_sandbox->client.get(), m_account, m_currency);
    panel.setArchive(&archive);
    panel.setAdGroups({m_busiest.at(0)});
    QSignalSpy ready(&panel, &PerformanceChartPanel::dataReady);
    panel.refresh();
    QVERIFY(ready.wait(30000));
    QVERIFY(!panel.isArchived());
    // What was fetched is archived.
    const DateRange week = panel.queryBar()->range();
    QCOMPARE(archive.load(m_account, {m_busiest.at(0)}, QStringLiteral("DAY"), week.start, week.end).report.rows.size(),
             panel.currentReport().rows.size());

    // Days Pinterest no longer serves come from the archive, marked as archived.
    const QDate old = AnalyticsQuery::todayUtc().addDays(-150);
    AnalyticsReport kept;
    for (int d = 0; d < 5; ++d) {
        AnalyticsRow row;
        row.adGroupId = m_busiest.at(0);
        row.rawAdGroupId = row.adGroupId;
        row.date = old.addDays(d);
        row.rawDate = row.date.toString(Qt::ISODate);
        row.metrics.insert(QStringLiteral("CLICKTHROUGH_1"), 100 + d);
        kept.rows << row;
    }
    QVERIFY(archive.store(m_account, QStringLiteral("DAY"), kept) == 5);
    panel.queryBar()->setCustomRange({old, old.addDays(4)});
    QVERIFY(panel.queryBar()->needsArchive());
    panel.refresh();
    QVERIFY(panel.isArchived());
    QVERIFY(panel.statusText().contains(QStringLiteral("Archived data")));
    QCOMPARE(panel.chart()->title(), QStringLiteral("Archived data"));
    const ChartSeriesData series = panel.seriesData().constFirst();
    QCOMPARE(series.points.size(), 5);
    for (int d = 0; d < 5; ++d)
        QCOMPARE(series.points.at(d).y(), double(100 + d));
}

void TestAnalyticsPanels::postedBudgetChangeShowsAsAMarker()
{
    // Two ad groups with a budget of their own, the busiest first: one charted, one not.
    QList<AdGroup> withBudget;
    QStringList candidates = m_busiest + m_ids;
    candidates.removeDuplicates();
    for (const QString &id : std::as_const(candidates)) {
        auto got = run<AdGroup>(new GetAdGroupRequest(m_sandbox->client.get(), m_account, id), &GetAdGroupRequest::finished);
        QVERIFY2(got.ok(), qPrintable(got.describe()));
        if (got.result->budgetInMicroCurrency.hasValue() && got.result->budgetType.valueOr({}) != QLatin1String("CBO_ADGROUP"))
            withBudget << *got.result;
        if (withBudget.size() == 2)
            break;
    }
    QCOMPARE(withBudget.size(), 2);
    const AdGroup charted = withBudget.at(0);
    const AdGroup other = withBudget.at(1);
    const QString chartedId = charted.id.value();

    PendingChangeStore store(m_dir.filePath(QStringLiteral("markers-pending.sqlite")));
    QVERIFY(store.isOpen());
    ChangeSet changes(&store);
    PerformanceChartPanel panel(m_sandbox->client.get(), m_account, m_currency);
    panel.resize(1000, 700);
    panel.setJournal(&store, &changes);
    panel.setAdGroups({chartedId}, {{chartedId, QStringLiteral("Spring sofas")}});
    // The last seven days up to today, the day the change is posted.
    const QDate today = AnalyticsQuery::todayUtc(m_sandbox->client->rateLimiter()->clock());
    panel.queryBar()->setCustomRange({today.addDays(-6), today});
    panel.queryBar()->setSelectedMetrics({QStringLiteral("CLICKTHROUGH_1")});
    QSignalSpy ready(&panel, &PerformanceChartPanel::dataReady);
    panel.refresh();
    QVERIFY(ready.wait(30000));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    ChangeMarkerOverlay *markers = panel.changeMarkers();
    QVERIFY(markers->groups().isEmpty());
    QVERIFY(markers->markerItems().isEmpty());
    const qsizetype seriesBefore = panel.chart()->series().size();
    const auto legendBefore = panel.chart()->legend()->markers().size();

    // A budget raise on the charted ad group and one on another, posted as "Post" does.
    const qint64 before = charted.budgetInMicroCurrency.value();
    const qint64 after = before + 10'000'000;
    const auto budgetChange = [this](const AdGroup &g, qint64 to) {
        return PendingChange::update(m_account, g.id.value(), g.name.valueOr({}), QStringLiteral("budget_in_micro_currency"),
                                     g.toJson().value(QLatin1String("budget_in_micro_currency")), to, g.updatedTime.valueOr(0));
    };
    changes.record(budgetChange(charted, after));
    changes.record(budgetChange(other, other.budgetInMicroCurrency.value() + 1'000'000));
    Poster poster(m_sandbox->client.get(), &changes, &store);
    poster.setPostedBy(QStringLiteral("Ada Lovelace"));
    QSignalSpy posted(&poster, &Poster::finished);
    poster.post(m_account);
    QVERIFY(posted.wait(30000));
    QCOMPARE(posted.constFirst().constFirst().value<Poster::Summary>().succeeded, 2);
    const QList<JournalEntry> journal = store.journal(m_account);
    QCOMPARE(journal.size(), 2);
    const auto entry = std::find_if(journal.cbegin(), journal.cend(),
                                    [&](const JournalEntry &e) { return e.change.adGroupId == chartedId; });
    QVERIFY(entry != journal.cend());

    // Exactly one marker, on today, for the charted ad group's change only; the chart is refreshed
    // by the post itself.
    QTRY_COMPARE(markers->groups().size(), 1);
    const ChangeMarkerGroup group = markers->groups().constFirst();
    QCOMPARE(group.at, QDateTime(today, QTime(0, 0), Qt::UTC));
    QCOMPARE(group.entries.size(), 1);
    QCOMPARE(group.entries.constFirst().change.adGroupId, chartedId);
    QCOMPARE(markers->markerItems().size(), 1);
    QGraphicsItem *marker = markers->markerItems().constFirst();
    QVERIFY(marker->isVisible());
    // On the date axis where today's point is drawn, at the top of the plot area.
    auto *line = qobject_cast<QXYSeries *>(panel.chart()->series().constFirst());
    QVERIFY(line);
    const QPointF todayPoint = panel.chart()->mapToPosition(QPointF(double(group.at.toMSecsSinceEpoch()), 0), line);
    const QPointF markerAt = panel.chart()->mapFromScene(marker->scenePos());
    QVERIFY2(qAbs(markerAt.x() - todayPoint.x()) < 1.0, qPrintable(QStringLiteral("%1 vs %2").arg(markerAt.x()).arg(todayPoint.x())));
    QVERIFY(qAbs(markerAt.y() - panel.chart()->plotArea().top()) < 1.0);
    // Not a series: no legend entry, no line, no row of totals, nothing in the CSV.
    QCOMPARE(panel.chart()->series().size(), seriesBefore);
    QCOMPARE(panel.chart()->legend()->markers().size(), legendBefore);
    QCOMPARE(panel.totalsTable()->rowCount(), 1);
    QCOMPARE(AnalyticsCsv::parse(panel.csv()).size(), panel.currentReport().rows.size() + 1);

    // Hovering the marker shows what changed, by whom and when.
    QChartView *view = panel.chartView();
    const QPoint hover = view->mapFromScene(marker->mapToScene(marker->boundingRect().center()));
    QTest::mouseMove(view->viewport(), hover);
    QHelpEvent help(QEvent::ToolTip, hover, view->viewport()->mapToGlobal(hover));
    QApplication::sendEvent(view->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString when = QLocale().toString(entry->postedAt.toLocalTime(), QLocale::ShortFormat);
    const QString expected = charted.name.valueOr({}) + QStringLiteral(": Budget ") + Money(before, m_currency).format()
        + QStringLiteral(" → ") + Money(after, m_currency).format() + QStringLiteral("\nby Ada Lovelace, ") + when;
    QCOMPARE(QToolTip::text(), expected);
    QCOMPARE(markers->toolTip(0), expected);
    if (m_currency.code() == QLatin1String("USD"))
        QVERIFY2(QToolTip::text().contains(QLatin1Char('$')), qPrintable(QToolTip::text()));
    saveScreenshot(&panel, QStringLiteral("analytics-change-marker.png"));
    QToolTip::hideText();

    // The marker follows the date axis: a range that ends yesterday leaves it out.
    panel.queryBar()->setCustomRange({today.addDays(-7), today.addDays(-1)});
    panel.refresh();
    QVERIFY(ready.wait(30000));
    QVERIFY(markers->groups().isEmpty());
}

void TestAnalyticsPanels::markerWordsForSeveralChanges()
{
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QDateTime morning(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);
    ChangeMarkerGroup group;
    group.at = QDateTime(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC);
    JournalEntry budget;
    budget.postedAt = morning;
    budget.postedBy = QStringLiteral("Ada Lovelace");
    budget.succeeded = true;
    budget.change = PendingChange::update(m_account, QStringLiteral("1"), QStringLiteral("Spring sofas"),
                                          QStringLiteral("budget_in_micro_currency"), 50'000'000, 60'000'000, 0);
    // Journaled before who posted was kept: no "by".
    JournalEntry status = budget;
    status.postedAt = morning.addSecs(3600);
    status.postedBy.clear();
    status.change = PendingChange::update(m_account, QStringLiteral("2"), QStringLiteral("Garden chairs"), QStringLiteral("status"),
                                          QStringLiteral("ACTIVE"), QStringLiteral("PAUSED"), 0);
    group.entries = {budget, status};
    const QString text = ChangeMarkerOverlay::describe(group, Currency::usd(), us);
    const QStringList lines = text.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("Spring sofas: Budget $50.00 → $60.00"));
    QCOMPARE(lines.at(1), QStringLiteral("by Ada Lovelace, ") + us.toString(morning.toLocalTime(), QLocale::ShortFormat));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("Garden chairs: Status ")) && lines.at(2).contains(QStringLiteral("Paused")),
             qPrintable(lines.at(2)));
    QCOMPARE(lines.at(3), us.toString(status.postedAt.toLocalTime(), QLocale::ShortFormat));
    QVERIFY(!text.contains(QStringLiteral("by ,")));
}

void TestAnalyticsPanels::breakdownShowsAgesSortedByConversions()
{
    TargetingBreakdownPanel panel(m_sandbox->client.get(), m_account, m_currency);
    panel.resize(1100, 720);
    const QStringList ids = m_ids.mid(0, 60);
    panel.setAdGroups(ids);
    panel.setTargetingTypes({QStringLiteral("AGE_BUCKET"), QStringLiteral("GENDER"), QStringLiteral("APPTYPE")});
    panel.setSortColumn(QStringLiteral("TOTAL_CONVERSIONS"));
    panel.queryBar()->setPreset(DateRangePreset::Preset::Last30Days);
    QSignalSpy ready(&panel, &TargetingBreakdownPanel::dataReady);
    panel.refresh();
    QVERIFY(ready.wait(30000));
    QCOMPARE(panel.tabs()->count(), 3);

    const PerformanceSummary summary = PerformanceSummary::fromReport(
        fetch(ids, panel.queryBar()->range(), QStringLiteral("TOTAL"), PerformanceSummary::columns()), m_currency);
    QVERIFY(summary.overall().conversions > 0);

    QTableWidget *ages = panel.tableFor(QStringLiteral("AGE_BUCKET"));
    QVERIFY(ages);
    QVERIFY(ages->rowCount() >= 3);
    const int totalRow = ages->rowCount() - 1;
    for (int r = 1; r < totalRow; ++r)
        QVERIFY(ages->item(r - 1, 5)->data(Qt::UserRole).toLongLong() >= ages->item(r, 5)->data(Qt::UserRole).toLongLong());
    QCOMPARE(ages->item(totalRow, 5)->data(Qt::UserRole).toLongLong(), summary.overall().conversions);
    QCOMPARE(ages->item(totalRow, 1)->data(Qt::UserRole).toLongLong(), summary.overall().impressions);
    QCOMPARE(ages->item(totalRow, 4)->data(Qt::UserRole).toLongLong(), summary.overall().spend.micros());
    QCOMPARE(ages->item(totalRow, 4)->text(), summary.overall().spend.roundedToMinorUnit().format());
    for (const QString &type : {QStringLiteral("GENDER"), QStringLiteral("APPTYPE")}) {
        QTableWidget *table = panel.tableFor(type);
        QCOMPARE(table->item(table->rowCount() - 1, 5)->data(Qt::UserRole).toLongLong(), summary.overall().conversions);
    }
    // The bars follow the table's order.
    // The bars follow the table's order, the first row as the top bar (the last of a horizontal series).
    auto *bars = qobject_cast<QAbstractBarSeries *>(panel.chartFor(QStringLiteral("AGE_BUCKET"))->chart()->series().constFirst());
    QVERIFY(bars);
    QCOMPARE(bars->barSets().constFirst()->count(), totalRow);
    for (int r = 0; r < totalRow; ++r)
        QCOMPARE(qint64(bars->barSets().constFirst()->at(totalRow - 1 - r)), ages->item(r, 5)->data(Qt::UserRole).toLongLong());

    // Clicking a header sorts the values; the total stays last.
    ages->horizontalHeader()->sectionClicked(1);
    QCOMPARE(ages->item(ages->rowCount() - 1, 0)->text(), QStringLiteral("Total"));
    for (int r = 1; r < totalRow; ++r)
        QVERIFY(ages->item(r - 1, 1)->data(Qt::UserRole).toLongLong() >= ages->item(r, 1)->data(Qt::UserRole).toLongLong());
    ages->horizontalHeader()->sectionClicked(5); // back to conversions, largest first
    for (int r = 1; r < totalRow; ++r)
        QVERIFY(ages->item(r - 1, 5)->data(Qt::UserRole).toLongLong() >= ages->item(r, 5)->data(Qt::UserRole).toLongLong());

    // CSV of the breakdown parses back with the same sums.
    const QList<QStringList> records = AnalyticsCsv::parse(panel.csv());
    const qsizetype conversionsColumn = records.constFirst().indexOf(QStringLiteral("Conversions"));
    QVERIFY(conversionsColumn > 1);
    qint64 ageConversions = 0;
    for (const QStringList &record : records) {
        if (record.at(0) == QLatin1String("Age"))
            ageConversions += record.at(conversionsColumn).toLongLong();
    }
    QCOMPARE(ageConversions, summary.overall().conversions);

    panel.tabs()->setCurrentWidget(panel.tableFor(QStringLiteral("AGE_BUCKET"))->parentWidget());
    QCOMPARE(panel.tabs()->tabText(panel.tabs()->currentIndex()), QStringLiteral("Age"));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    saveScreenshot(&panel, QStringLiteral("analytics-targeting-breakdown.png"));
}

void TestAnalyticsPanels::providerGivesTableValues()
{
    PerformanceColumnsProvider provider(m_sandbox->client.get(), m_account, m_currency);
    const DateRange week = DateRangePreset::range(DateRangePreset::Preset::Last7Days, AnalyticsQuery::todayUtc());
    QCOMPARE(provider.range(), week);
    QSignalSpy finished(&provider, &PerformanceColumnsProvider::finished);
    QSignalSpy changed(&provider, &PerformanceColumnsProvider::valuesChanged);
    provider.fetch(m_ids);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constFirst().constFirst().toInt(), 0);
    QVERIFY(changed.size() >= 1);
    const PerformanceSummary expected = PerformanceSummary::fromReport(
        fetch(m_ids, week, QStringLiteral("TOTAL"), PerformanceSummary::columns()), m_currency);
    using C = PerformanceColumnsProvider::Column;
    QString top;
    qint64 most = -1;
    for (const QString &id : std::as_const(m_ids)) {
        QVERIFY(provider.hasValues(id));
        const PerformanceTotals t = expected.forAdGroup(id);
        QCOMPARE(provider.sortValue(id, C::Spend).toLongLong(), t.spend.micros());
        QCOMPARE(provider.sortValue(id, C::Clicks).toLongLong(), t.clicks);
        QCOMPARE(provider.displayValue(id, C::Spend), t.spend.roundedToMinorUnit().format());
        if (t.spend.micros() > most) {
            most = t.spend.micros();
            top = id;
        }
    }
    // Sorting by last week's spend puts the biggest spender first.
    QStringList sorted = m_ids;
    std::stable_sort(sorted.begin(), sorted.end(), [&](const QString &a, const QString &b) {
        return provider.sortValue(a, C::Spend).toLongLong() > provider.sortValue(b, C::Spend).toLongLong();
    });
    QCOMPARE(sorted.constFirst(), top);
    const PerformanceTotals t = expected.forAdGroup(top);
    QCOMPARE(provider.displayValue(top, C::Cpc), t.cpc()->roundedToMinorUnit().format());
    QCOMPARE(provider.displayValue(top, C::Ctr), MetricCatalog::formatRate(*t.ctr()));
    QCOMPARE(PerformanceColumnsProvider::columns().size(), 8);
    QVERIFY(!provider.displayValue(QStringLiteral("1"), C::Spend).size());
}

QTEST_MAIN(TestAnalyticsPanels)
#include "tst_analyticspanels.moc"
