// Analytics charts: 90 days × 50 ad groups × 3 metrics built into line series and drawn
// (ChartSeriesBuilder + QChartView grab, the path PerformanceChartPanel::render takes), the
// panel's own largest view (10 ad groups with the previous-period overlay), and the longest
// UI-thread stall while 50 ad groups × 90 days are fetched from a sandbox on its own thread.
//
//   bench_analyticschart [--runs N] [--days D] [--ad-groups N]
#include "core/analytics/analyticsfetcher.h"
#include "core/api/adgrouppager.h"
#include "core/api/apiclient.h"
#include "core/api/listadaccountsrequest.h"
#include "core/api/tokenprovider.h"
#include "sandbox/sandboxthread.h"
#include "ui/analytics/chartseriesbuilder.h"
#include "ui/analytics/performancechartpanel.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCommandLineParser>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QTimer>
#include <QValueAxis>

#include <algorithm>
#include <cstdio>

using namespace pinstripe;

namespace {

const QStringList kColumns{QStringLiteral("CLICKTHROUGH_1"), QStringLiteral("IMPRESSION_1"), QStringLiteral("SPEND_IN_MICRO_DOLLAR")};

AnalyticsReport syntheticReport(int adGroups, const DateRange &range, quint32 seed)
{
    AnalyticsReport report;
    quint32 state = seed;
    auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return qint64(state >> 8);
    };
    for (int g = 0; g < adGroups; ++g) {
        const QString id = QString::number(6'000'000'000'000 + g);
        for (QDate d = range.start; d <= range.end; d = d.addDays(1)) {
            AnalyticsRow row;
            row.adGroupId = id;
            row.rawAdGroupId = id;
            row.date = d;
            row.rawDate = d.toString(Qt::ISODate);
            row.metrics.insert(kColumns.at(0), next() % 2000);
            row.metrics.insert(kColumns.at(1), next() % 200000);
            row.metrics.insert(kColumns.at(2), next() % 500'000'000);
            report.rows << row;
        }
    }
    return report;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Builds one line per ad group and metric, three value axes, and draws the chart.
double renderAll(const AnalyticsReport &report, const DateRange &range, int adGroups)
{
    QElapsedTimer timer;
    timer.start();
    QChartView view(new QChart);
    view.resize(1200, 700);
    QChart *chart = view.chart();
    auto *x = new QDateTimeAxis;
    chart->addAxis(x, Qt::AlignBottom);
    QList<QValueAxis *> axes;
    for (int c = 0; c < kColumns.size(); ++c) {
        axes << new QValueAxis;
        chart->addAxis(axes.last(), c == 1 ? Qt::AlignRight : Qt::AlignLeft);
    }
    QList<double> maxY(kColumns.size(), 0);
    for (int g = 0; g < adGroups; ++g) {
        const QString id = QString::number(6'000'000'000'000 + g);
        for (int c = 0; c < kColumns.size(); ++c) {
            const ChartSeriesData data = ChartSeriesBuilder::build(report, id, kColumns.at(c), QStringLiteral("DAY"), range,
                                                                   Currency::usd());
            auto *line = new QLineSeries;
            line->replace(data.points);
            chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(axes.at(c));
            for (const QPointF &p : data.points)
                maxY[c] = qMax(maxY[c], p.y());
        }
    }
    x->setRange(QDateTime(range.start, QTime(0, 0), Qt::UTC), QDateTime(range.end, QTime(0, 0), Qt::UTC));
    for (int c = 0; c < kColumns.size(); ++c)
        axes[c]->setRange(0, maxY.at(c));
    chart->legend()->hide();
    const QPixmap picture = view.grab();
    if (picture.isNull())
        std::fprintf(stderr, "grab failed\n");
    return double(timer.nsecsElapsed()) / 1e6;
}

double renderPanel(const AnalyticsReport &current, const AnalyticsReport &previous, const DateRange &range)
{
    QElapsedTimer timer;
    timer.start();
    PerformanceChartPanel panel(nullptr, QStringLiteral("1"), Currency::usd());
    panel.resize(1200, 800);
    panel.setReports(current, previous, range, QStringLiteral("DAY"), {kColumns.at(0)});
    const QPixmap picture = panel.chartView()->grab();
    if (picture.isNull())
        std::fprintf(stderr, "grab failed\n");
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("runs"), QStringLiteral("Runs per scenario."), QStringLiteral("n"), QStringLiteral("5")},
                       {QStringLiteral("days"), QStringLiteral("Days of data."), QStringLiteral("n"), QStringLiteral("90")},
                       {QStringLiteral("ad-groups"), QStringLiteral("Ad groups."), QStringLiteral("n"), QStringLiteral("50")}});
    parser.process(app);
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    const int days = qBound(1, parser.value(QStringLiteral("days")).toInt(), 90);
    const int adGroups = qMax(1, parser.value(QStringLiteral("ad-groups")).toInt());

    const QDate today = AnalyticsQuery::todayUtc();
    const DateRange range{today.addDays(-days), today.addDays(-1)};
    const AnalyticsReport report = syntheticReport(adGroups, range, 7);
    const AnalyticsReport previous = syntheticReport(adGroups, DateRangePreset::previousPeriod(range), 8);

    QList<double> all;
    QList<double> panel;
    renderAll(report, range, adGroups); // warm up fonts and caches
    for (int i = 0; i < runs; ++i) {
        all << renderAll(report, range, adGroups);
        panel << renderPanel(report, previous, range);
    }
    std::printf("render %d days x %d ad groups x 3 metrics (%lld points): median %.1f ms of %d runs\n", days, adGroups,
                static_cast<long long>(days) * adGroups * 3, median(all), runs);
    std::printf("panel, 10 ad groups + previous period (%d points): median %.1f ms\n", days * 20, median(panel));

    // Responsiveness: fetch the same shape from a sandbox on its own thread and measure the
    // longest gap between 1 ms timer ticks on this (the UI) thread.
    sandbox::SandboxOptions options;
    options.adGroups = adGroups * 3;
    options.rateLimits.adsAnalytics = 0;
    sandbox::SandboxThread sandbox(options);
    const QUrl base = sandbox.start();
    if (base.isEmpty()) {
        std::fprintf(stderr, "sandbox did not start: %s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    StaticTokenProvider tokens(options.accessToken);
    ApiClient client(base, &tokens);
    QString account;
    QStringList ids;
    {
        auto *accounts = new ListAdAccountsRequest(&client, {});
        QObject::connect(accounts, &ListAdAccountsRequest::finished, &app,
                         [&](const AdAccountPage &page) { account = page.items.constFirst().id.value(); });
        accounts->start();
        while (account.isEmpty())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        AdGroupListParams params;
        params.entityStatuses = AdGroupListParams::allStatuses();
        AdGroupPager pager(&client, account, params);
        QObject::connect(&pager, &AdGroupPager::pageReceived, &app, [&](const AdGroupPage &page) {
            for (const AdGroup &g : page.items)
                ids << g.id.value();
        });
        pager.start();
        while (!pager.isFinished() && !pager.hasFailedChains())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    QList<double> stalls;
    QList<double> walls;
    for (int i = 0; i < runs; ++i) {
        AnalyticsFetcher fetcher(&client, account);
        AnalyticsQuery query;
        query.adGroupIds = ids.mid(0, adGroups);
        query.startDate = range.start;
        query.endDate = range.end;
        query.columns = kColumns;
        query.granularity = QStringLiteral("DAY");
        QElapsedTimer wall;
        QElapsedTimer sinceTick;
        double longest = 0;
        QTimer ticker;
        ticker.setInterval(1);
        QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
            longest = qMax(longest, double(sinceTick.nsecsElapsed()) / 1e6);
            sinceTick.restart();
        });
        wall.start();
        sinceTick.start();
        ticker.start();
        fetcher.start(query);
        while (fetcher.isRunning())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        ticker.stop();
        walls << double(wall.nsecsElapsed()) / 1e6;
        stalls << longest;
        if (!fetcher.isComplete())
            std::fprintf(stderr, "fetch incomplete\n");
        if (i == 0)
            std::printf("fetched %lld rows\n", static_cast<long long>(fetcher.report().rows.size()));
    }
    std::printf("fetch %d ad groups x %d days (DAY, 3 columns): median wall %.1f ms, longest UI-thread stall %.1f ms (median of %d runs)\n",
                adGroups, days, median(walls), median(stalls), runs);
    return 0;
}
