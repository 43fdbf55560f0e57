// AnalyticsFetcher against the sandbox over loopback HTTP: chunks of at most 250 ids with
// the parameters Pinterest expects, numbers equal to the sandbox's, partial results kept when
// a chunk fails, retry, cancel; targeting breakdowns that add up to the ad group's total.
#include "../api/apitestsupport.h"

#include "core/analytics/analyticsfetcher.h"
#include "core/analytics/metricsarchive.h"
#include "core/analytics/performancesummary.h"
#include "core/analytics/targetingbreakdown.h"
#include "core/api/adgrouppager.h"
#include "core/api/listadaccountsrequest.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTemporaryDir>
#include <QUrlQuery>

using namespace pinstripe;
using namespace pinstripe::testing;

class TestAnalyticsFetcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chunksSixHundredIdsIntoThreeCalls();
    void daysSumToTotalAndSummaryMatchesTheSandbox();
    void failedChunkKeepsPartialResultsAndRetries();
    void cancelStopsTheFetch();
    void breakdownTotalsEqualTheAdGroupTotal();
    void archiveKeepsFetchedDays();

private:
    bool waitFor(AnalyticsFetcher &fetcher, int timeoutMs = 60000);
    AnalyticsQuery baseQuery(const QStringList &ids, const QString &granularity) const;

    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_account;
    Currency m_currency;
    QStringList m_ids;
};

void TestAnalyticsFetcher::initTestCase()
{
    if (PrismProxy::wanted())
        QSKIP("checked against the sandbox directly");
    sandbox::SandboxOptions options;
    options.adGroups = 1900; // round robin over 3 accounts: more than 600 each
    options.campaigns = 30;
    options.rateLimits.adsAnalytics = 0;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    auto accounts = run<AdAccountPage>(new ListAdAccountsRequest(m_sandbox->client.get(), {}), &ListAdAccountsRequest::finished);
    QVERIFY2(accounts.ok(), qPrintable(accounts.describe()));
    const AdAccount usd = accounts.result->items.constFirst();
    m_account = usd.id.value();
    m_currency = usd.currency.valueOr(Currency::usd());

    AdGroupListParams params;
    params.entityStatuses = AdGroupListParams::allStatuses();
    params.pageSize = 250;
    AdGroupPager pager(m_sandbox->client.get(), m_account, params);
    connect(&pager, &AdGroupPager::pageReceived, this, [&](const AdGroupPage &page) {
        for (const AdGroup &g : page.items)
            m_ids << g.id.value();
    });
    pager.start();
    QTRY_VERIFY_WITH_TIMEOUT(pager.isFinished(), 30000);
    QVERIFY2(m_ids.size() >= 600, qPrintable(QString::number(m_ids.size())));
}

bool TestAnalyticsFetcher::waitFor(AnalyticsFetcher &fetcher, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (fetcher.isRunning() && timer.elapsed() < timeoutMs)
        QTest::qWait(5);
    return !fetcher.isRunning();
}

AnalyticsQuery TestAnalyticsFetcher::baseQuery(const QStringList &ids, const QString &granularity) const
{
    AnalyticsQuery query;
    query.adGroupIds = ids;
    query.startDate = AnalyticsQuery::todayUtc().addDays(-14);
    query.endDate = AnalyticsQuery::todayUtc().addDays(-1);
    query.columns = PerformanceSummary::columns();
    query.granularity = granularity;
    return query;
}

void TestAnalyticsFetcher::chunksSixHundredIdsIntoThreeCalls()
{
    QList<QUrl> calls;
    QObject guard; // the connection ends with this test
    connect(m_sandbox->client->network(), &QNetworkAccessManager::finished, &guard, [&](QNetworkReply *reply) {
        if (reply->url().path().endsWith(QLatin1String("/ad_groups/analytics")))
            calls << reply->url();
    });
    AnalyticsFetcher fetcher(m_sandbox->client.get(), m_account);
    QList<int> progress;
    connect(&fetcher, &AnalyticsFetcher::progress, this, [&](int settled, int) { progress << settled; });
    AnalyticsQuery query = baseQuery(m_ids.mid(0, 600), QStringLiteral("TOTAL"));
    query.clickWindowDays = 7;
    query.viewWindowDays = 1;
    query.conversionReportTime = QStringLiteral("TIME_OF_CONVERSION");
    fetcher.start(query);
    QVERIFY(waitFor(fetcher));
    QVERIFY(fetcher.isComplete());
    QCOMPARE(fetcher.chunkCount(), 3);
    QCOMPARE(progress.constLast(), 3);
    QCOMPARE(calls.size(), 3);

    QStringList sentIds;
    for (const QUrl &url : calls) {
        const QUrlQuery q(url);
        const QStringList ids = q.allQueryItemValues(QStringLiteral("ad_group_ids")); // repeated, not comma-separated
        QVERIFY(ids.size() <= 250);
        sentIds += ids;
        QCOMPARE(q.queryItemValue(QStringLiteral("columns")), PerformanceSummary::columns().join(QLatin1Char(',')));
        QCOMPARE(q.allQueryItemValues(QStringLiteral("columns")).size(), 1);
        QCOMPARE(q.queryItemValue(QStringLiteral("granularity")), QStringLiteral("TOTAL"));
        QCOMPARE(q.queryItemValue(QStringLiteral("click_window_days")), QStringLiteral("7"));
        QCOMPARE(q.queryItemValue(QStringLiteral("view_window_days")), QStringLiteral("1"));
        QVERIFY(!q.hasQueryItem(QStringLiteral("engagement_window_days")));
        QCOMPARE(q.queryItemValue(QStringLiteral("conversion_report_time")), QStringLiteral("TIME_OF_CONVERSION"));
        QCOMPARE(q.queryItemValue(QStringLiteral("start_date")), query.startDate.toString(Qt::ISODate));
    }
    std::sort(sentIds.begin(), sentIds.end());
    QStringList expected = query.adGroupIds;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(sentIds, expected);

    // One TOTAL row per ad group, from all three chunks.
    const AnalyticsReport report = fetcher.report();
    QCOMPARE(report.rows.size(), 600);
    const QStringList reported = report.adGroupIds();
    QCOMPARE(QSet<QString>(reported.cbegin(), reported.cend()),
             QSet<QString>(query.adGroupIds.cbegin(), query.adGroupIds.cend()));
}

void TestAnalyticsFetcher::daysSumToTotalAndSummaryMatchesTheSandbox()
{
    const QStringList ids = m_ids.mid(0, 300);
    AnalyticsFetcher daily(m_sandbox->client.get(), m_account);
    daily.start(baseQuery(ids, QStringLiteral("DAY")));
    AnalyticsFetcher total(m_sandbox->client.get(), m_account);
    AnalyticsQuery totalQuery = baseQuery(ids, QStringLiteral("TOTAL"));
    totalQuery.columns << QStringLiteral("CPC_IN_MICRO_DOLLAR") << QStringLiteral("CPM_IN_MICRO_DOLLAR") << QStringLiteral("CTR");
    total.start(totalQuery);
    QVERIFY(waitFor(daily));
    QVERIFY(waitFor(total));
    QVERIFY(daily.isComplete() && total.isComplete());
    QCOMPARE(daily.chunkCount(), 2);

    const PerformanceSummary fromDays = PerformanceSummary::fromReport(daily.report(), m_currency);
    const PerformanceSummary fromTotal = PerformanceSummary::fromReport(total.report(), m_currency);
    QVERIFY(fromTotal.overall().impressions > 0);
    QVERIFY(fromTotal.overall().spend.micros() > 0);
    int checkedRatios = 0;
    for (const AnalyticsRow &row : total.report().rows) {
        const PerformanceTotals days = fromDays.forAdGroup(row.adGroupId);
        // Sums of the DAY rows equal the TOTAL row exactly.
        QCOMPARE(days.impressions, row.count(QStringLiteral("IMPRESSION_1")));
        QCOMPARE(days.clicks, row.count(QStringLiteral("CLICKTHROUGH_1")));
        QCOMPARE(days.conversions, row.count(QStringLiteral("TOTAL_CONVERSIONS")));
        QCOMPARE(days.spend, row.money(QStringLiteral("SPEND_IN_MICRO_DOLLAR"), m_currency).value_or(Money(0, m_currency)));
        // Ratios from integer sums agree with the sandbox's own CPC, CPM and CTR. The sandbox
        // sends cost averages with two decimals of a micro, which the row rounds once more, so
        // an exact half can land one micro apart.
        if (days.clicks > 0) {
            QVERIFY(qAbs(days.cpc()->micros() - row.money(QStringLiteral("CPC_IN_MICRO_DOLLAR"), m_currency)->micros()) <= 1);
            ++checkedRatios;
        }
        if (days.impressions > 0) {
            QVERIFY(qAbs(days.cpm()->micros() - row.money(QStringLiteral("CPM_IN_MICRO_DOLLAR"), m_currency)->micros()) <= 1);
            QVERIFY(qAbs(*days.ctr() - *row.number(QStringLiteral("CTR"))) < 1e-6);
        }
    }
    QVERIFY(checkedRatios > 10);
    QCOMPARE(fromDays.overall().spend, fromTotal.overall().spend);
    QCOMPARE(fromDays.overall().impressions, fromTotal.overall().impressions);
}

void TestAnalyticsFetcher::failedChunkKeepsPartialResultsAndRetries()
{
    AnalyticsFetcher fetcher(m_sandbox->client.get(), m_account);
    fetcher.setMaxParallel(1);
    // Every analytics call after the first chunk fails (500s, retried until the policy gives up).
    connect(&fetcher, &AnalyticsFetcher::chunkReceived, this, [&](int chunk) {
        if (chunk == 0) {
            sandbox::FaultOptions faults;
            faults.errorRate = 1.0;
            faults.pathPattern = QStringLiteral("/analytics$");
            m_sandbox->server->setFaults(faults);
        }
    });
    QList<int> failedChunks;
    connect(&fetcher, &AnalyticsFetcher::chunkFailed, this, [&](int chunk, const ApiError &) { failedChunks << chunk; });
    fetcher.start(baseQuery(m_ids.mid(0, 300), QStringLiteral("TOTAL")));
    const bool settled = waitFor(fetcher, 90000);
    m_sandbox->server->setFaults({});
    QVERIFY(settled);
    QCOMPARE(failedChunks, QList<int>{1});
    QVERIFY(!fetcher.isComplete());
    QCOMPARE(fetcher.receivedChunks(), 1);
    const QList<AnalyticsFetcher::Failure> failures = fetcher.failures();
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.constFirst().adGroupIds, m_ids.mid(250, 50));
    QCOMPARE(failures.constFirst().error.httpStatus >= 500, true);
    // The first chunk's rows stay.
    QCOMPARE(fetcher.report().rows.size(), 250);

    QVERIFY(fetcher.retryFailed());
    QVERIFY(waitFor(fetcher));
    QVERIFY(fetcher.isComplete());
    QVERIFY(fetcher.failures().isEmpty());
    QCOMPARE(fetcher.report().rows.size(), 300);
    QVERIFY(!fetcher.retryFailed()); // nothing left to retry

    // A reader that takes a chunk gets its rows, and the fetcher keeps no copy of them.
    const AnalyticsReport taken = fetcher.takeChunkReport(1);
    QCOMPARE(taken.adGroupIds().size(), 50);
    QVERIFY(fetcher.chunkReport(1).rows.isEmpty());
    QCOMPARE(fetcher.report().rows.size(), 250);
    QVERIFY(fetcher.isComplete()); // still received
    QVERIFY(fetcher.takeChunkReport(7).rows.isEmpty()); // no such chunk
}

void TestAnalyticsFetcher::cancelStopsTheFetch()
{
    sandbox::FaultOptions slow;
    slow.latencyMs = 300;
    m_sandbox->server->setFaults(slow);
    AnalyticsFetcher fetcher(m_sandbox->client.get(), m_account);
    fetcher.setMaxParallel(1);
    bool cancelled = false;
    bool finished = false;
    connect(&fetcher, &AnalyticsFetcher::cancelled, this, [&] { cancelled = true; });
    connect(&fetcher, &AnalyticsFetcher::finished, this, [&] { finished = true; });
    fetcher.start(baseQuery(m_ids.mid(0, 600), QStringLiteral("TOTAL")));
    QTRY_COMPARE_WITH_TIMEOUT(fetcher.receivedChunks(), 1, 20000);
    fetcher.cancel();
    QVERIFY(cancelled);
    QVERIFY(!fetcher.isRunning());
    QTest::qWait(700); // answers in flight must not come back in
    m_sandbox->server->setFaults({});
    QVERIFY(!finished);
    QCOMPARE(fetcher.receivedChunks(), 1);
    QCOMPARE(fetcher.report().rows.size(), 250);
    QCOMPARE(fetcher.failures().size(), 2);
    QCOMPARE(fetcher.failures().constFirst().error.kind, ApiError::Kind::Cancelled);
    // The cancelled chunks can be fetched after all.
    QVERIFY(fetcher.retryFailed());
    QVERIFY(waitFor(fetcher));
    QCOMPARE(fetcher.report().rows.size(), 600);
}

void TestAnalyticsFetcher::breakdownTotalsEqualTheAdGroupTotal()
{
    const QStringList ids = m_ids.mid(0, 40);
    AnalyticsQuery query = baseQuery(ids, QStringLiteral("TOTAL"));
    query.columns = {QStringLiteral("IMPRESSION_1"), QStringLiteral("CLICKTHROUGH_1"), QStringLiteral("SPEND_IN_MICRO_DOLLAR"),
                     QStringLiteral("TOTAL_CONVERSIONS")};
    AnalyticsFetcher overall(m_sandbox->client.get(), m_account);
    overall.start(query);
    QVERIFY(waitFor(overall));
    const PerformanceSummary summary = PerformanceSummary::fromReport(overall.report(), m_currency);
    QVERIFY(summary.overall().conversions > 0);

    QList<QUrl> calls;
    QObject guard; // the connection ends with this test
    connect(m_sandbox->client->network(), &QNetworkAccessManager::finished, &guard, [&](QNetworkReply *reply) {
        if (reply->url().path().endsWith(QLatin1String("/targeting_analytics")))
            calls << reply->url();
    });
    query.targetingTypes = {QStringLiteral("AGE_BUCKET"), QStringLiteral("GENDER"), QStringLiteral("APPTYPE")};
    AnalyticsFetcher targeting(m_sandbox->client.get(), m_account);
    targeting.start(query, AnalyticsFetcher::Kind::Targeting);
    QVERIFY(waitFor(targeting));
    QVERIFY(targeting.isComplete());
    QCOMPARE(calls.size(), 1);
    QCOMPARE(QUrlQuery(calls.constFirst()).queryItemValue(QStringLiteral("targeting_types")),
             QStringLiteral("AGE_BUCKET,GENDER,APPTYPE"));

    const TargetingBreakdown breakdown = TargetingBreakdown::fromAnalytics(targeting.targeting(), query.columns, m_currency);
    QCOMPARE(breakdown.types(), (QStringList{QStringLiteral("APPTYPE"), QStringLiteral("GENDER"), QStringLiteral("AGE_BUCKET")}));
    for (const QString &type : breakdown.types()) {
        const TargetingBreakdownRow total = breakdown.total(type);
        QCOMPARE(total.sum(QStringLiteral("IMPRESSION_1")), summary.overall().impressions);
        QCOMPARE(total.sum(QStringLiteral("CLICKTHROUGH_1")), summary.overall().clicks);
        QCOMPARE(total.sum(QStringLiteral("TOTAL_CONVERSIONS")), summary.overall().conversions);
        QCOMPARE(total.sum(QStringLiteral("SPEND_IN_MICRO_DOLLAR")), summary.overall().spend.micros());
    }
    const auto ages = breakdown.rows(QStringLiteral("AGE_BUCKET"), QStringLiteral("TOTAL_CONVERSIONS"));
    QVERIFY(ages.size() >= 2);
    for (qsizetype i = 1; i < ages.size(); ++i)
        QVERIFY(ages.at(i - 1).sum(QStringLiteral("TOTAL_CONVERSIONS")) >= ages.at(i).sum(QStringLiteral("TOTAL_CONVERSIONS")));
}

void TestAnalyticsFetcher::archiveKeepsFetchedDays()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AnalyticsFetcher fetcher(m_sandbox->client.get(), m_account);
    const AnalyticsQuery query = baseQuery(m_ids.mid(0, 20), QStringLiteral("DAY"));
    fetcher.start(query);
    QVERIFY(waitFor(fetcher));
    const AnalyticsReport fetched = fetcher.report();
    QVERIFY(!fetched.rows.isEmpty());
    {
        MetricsArchive archive(dir.filePath(QStringLiteral("archive.sqlite")));
        QVERIFY2(archive.isOpen(), qPrintable(archive.errorString()));
        QVERIFY(archive.store(m_account, QStringLiteral("DAY"), fetched) > 0);
    }
    // Reopened later: the same rows come back exactly, marked as archived.
    MetricsArchive archive(dir.filePath(QStringLiteral("archive.sqlite")));
    const ArchivedReport back = archive.load(m_account, query.adGroupIds, QStringLiteral("DAY"), query.startDate, query.endDate);
    QVERIFY(back.archived);
    QCOMPARE(back.report.rows.size(), fetched.rows.size());
    const PerformanceSummary a = PerformanceSummary::fromReport(fetched, m_currency);
    const PerformanceSummary b = PerformanceSummary::fromReport(back.report, m_currency);
    for (const QString &id : a.adGroupIds()) {
        QCOMPARE(b.forAdGroup(id).spend, a.forAdGroup(id).spend);
        QCOMPARE(b.forAdGroup(id).impressions, a.forAdGroup(id).impressions);
        QCOMPARE(b.forAdGroup(id).conversionValue, a.forAdGroup(id).conversionValue);
    }
}

QTEST_GUILESS_MAIN(TestAnalyticsFetcher)
#include "tst_analyticsfetcher.moc"
