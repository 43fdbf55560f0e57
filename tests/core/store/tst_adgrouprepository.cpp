// AdGroupRepository against the sandbox over loopback HTTP: the cache first, then every page;
// a restart shows cached rows before the network answers; a failed page keeps what loaded.
#include "../api/apitestsupport.h"

#include "core/api/adgrouppager.h"
#include "core/api/campaignpager.h"
#include "core/api/listadaccountsrequest.h"
#include "core/store/adgrouprepository.h"
#include "core/store/localstore.h"

#include <QSet>
#include <QTemporaryDir>

using namespace pinstripe;
using namespace pinstripe::testing;

class TestAdGroupRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsWholeAccountIntoCache();
    void restartShowsCacheBeforeNetwork();
    void failedPageKeepsRowsAndRetryResumes();
    void refreshDropsWhatTheServerNoLongerLists();
    void cancelStops();
    void bigCacheIsServedInParts();
    void fullAdGroupsAreReadFromTheCacheById();

private:
    QSet<QString> referenceIds(const AdGroupListParams &params);
    QString m_account;
    QStringList m_campaigns;
    std::unique_ptr<SandboxFixture> m_sandbox;
    QTemporaryDir m_dir;
};

void TestAdGroupRepository::initTestCase()
{
    QVERIFY(m_dir.isValid());
    sandbox::SandboxOptions options;
    options.adGroups = 400;
    options.campaigns = 12;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    auto outcome = run<AdAccountPage>(new ListAdAccountsRequest(m_sandbox->client.get(), {}), &ListAdAccountsRequest::finished);
    QVERIFY2(outcome.ok(), qPrintable(outcome.describe()));
    m_account = outcome.result->items.constFirst().id.value();

    ListCampaignsRequest::Params campaignParams;
    campaignParams.entityStatuses = AdGroupListParams::allStatuses(); // archived campaigns hold ad groups too
    CampaignPager campaigns(m_sandbox->client.get(), m_account, campaignParams);
    connect(&campaigns, &CampaignPager::pageReceived, this, [this](const CampaignPage &page) {
        for (const Campaign &c : page.items)
            m_campaigns << c.id.value();
    });
    campaigns.start();
    QTRY_VERIFY_WITH_TIMEOUT(campaigns.isFinished(), 20000);
    QVERIFY(m_campaigns.size() > 1);
}

QSet<QString> TestAdGroupRepository::referenceIds(const AdGroupListParams &params)
{
    QSet<QString> ids;
    AdGroupPager pager(m_sandbox->client.get(), m_account, params, 1);
    connect(&pager, &AdGroupPager::pageReceived, this, [&ids](const AdGroupPage &page) {
        for (const AdGroup &g : page.items)
            ids.insert(g.id.value());
    });
    pager.start();
    if (!QTest::qWaitFor([&pager] { return pager.isFinished(); }, 20000))
        qWarning("reference listing did not finish");
    return ids;
}

void TestAdGroupRepository::listsWholeAccountIntoCache()
{
    AdGroupListParams params;
    params.entityStatuses = AdGroupListParams::allStatuses();
    const QSet<QString> expected = referenceIds(params);
    QVERIFY(expected.size() > 20);

    LocalStore store(m_dir.filePath(QStringLiteral("whole.sqlite")));
    AdGroupRepository repository(&store);
    repository.setClient(m_sandbox->client.get());
    params.campaignIds = m_campaigns; // parallel chains, one per group of campaigns
    params.pageSize = 25;
    QSignalSpy cache(&repository, &AdGroupRepository::cacheLoaded);
    QSignalSpy pages(&repository, &AdGroupRepository::pageArrived);
    QSignalSpy complete(&repository, &AdGroupRepository::listingComplete);
    repository.open(m_account, params);
    QTRY_COMPARE_WITH_TIMEOUT(complete.size(), 1, 30000);
    QCOMPARE(cache.size(), 1);
    QVERIFY(cache.at(0).at(0).value<QList<AdGroup>>().isEmpty()); // nothing cached yet
    QVERIFY(pages.size() > 1);
    QSet<QString> received;
    for (const QList<QVariant> &args : std::as_const(pages)) {
        for (const AdGroup &g : args.at(0).value<QList<AdGroup>>())
            received.insert(g.id.value());
    }
    QCOMPARE(received, expected);
    QCOMPARE(complete.at(0).at(0).value<QSet<QString>>(), expected);
    QVERIFY(!repository.isLoading());
    QCOMPARE(store.adGroupCount(m_account), int(expected.size()));
    QVERIFY(store.adGroupsCompletedAt(m_account).isValid());
}

void TestAdGroupRepository::restartShowsCacheBeforeNetwork()
{
    const QString path = m_dir.filePath(QStringLiteral("restart.sqlite"));
    int firstRunCount = 0;
    {
        LocalStore store(path);
        AdGroupRepository repository(&store);
        repository.setClient(m_sandbox->client.get());
        QSignalSpy complete(&repository, &AdGroupRepository::listingComplete);
        repository.open(m_account);
        QTRY_COMPARE_WITH_TIMEOUT(complete.size(), 1, 30000);
        firstRunCount = store.adGroupCount(m_account);
        QVERIFY(firstRunCount > 0);
    }

    // "Restart": a new store and repository on the same file, with a slow network.
    sandbox::FaultOptions slow;
    slow.latencyMs = 1500;
    m_sandbox->server->setFaults(slow);
    LocalStore store(path);
    AdGroupRepository repository(&store);
    repository.setClient(m_sandbox->client.get());
    QStringList events;
    int cachedRows = 0;
    QDateTime asOf;
    connect(&repository, &AdGroupRepository::cacheLoaded, this, [&](const QList<AdGroup> &rows, const QDateTime &when) {
        events << QStringLiteral("cache");
        cachedRows = int(rows.size());
        asOf = when;
    });
    connect(&repository, &AdGroupRepository::pageArrived, this, [&] { events << QStringLiteral("page"); });
    QSignalSpy complete(&repository, &AdGroupRepository::listingComplete);
    repository.open(m_account);
    QTRY_COMPARE_WITH_TIMEOUT(events.size(), 1, 10000);
    QCOMPARE(events.constFirst(), QStringLiteral("cache"));
    QCOMPARE(cachedRows, firstRunCount);
    QVERIFY(asOf.isValid());
    QVERIFY(repository.isLoading()); // the network is still to answer
    QTRY_COMPARE_WITH_TIMEOUT(complete.size(), 1, 30000);
    QVERIFY(events.contains(QStringLiteral("page")));
    m_sandbox->server->setFaults({});
}

void TestAdGroupRepository::failedPageKeepsRowsAndRetryResumes()
{
    LocalStore store(m_dir.filePath(QStringLiteral("retry.sqlite")));
    AdGroupRepository repository(&store);
    repository.setClient(m_sandbox->client.get());
    AdGroupListParams params;
    params.pageSize = 10;
    const QSet<QString> expected = referenceIds(params);
    QSet<QString> received;
    int pageCount = 0;
    connect(&repository, &AdGroupRepository::pageArrived, this, [&](const QList<AdGroup> &rows) {
        for (const AdGroup &g : rows)
            received.insert(g.id.value());
        if (++pageCount == 1) { // every later page fails, after the request's own retries
            sandbox::FaultOptions faults;
            faults.errorRate = 1.0;
            faults.pathPattern = QStringLiteral("/ad_groups$");
            m_sandbox->server->setFaults(faults);
        }
    });
    QSignalSpy failed(&repository, &AdGroupRepository::failed);
    QSignalSpy complete(&repository, &AdGroupRepository::listingComplete);
    repository.open(m_account, params);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 60000);
    QTRY_VERIFY(!repository.isLoading());
    QCOMPARE(received.size(), 10); // the first page stays
    QVERIFY(failed.at(0).at(0).value<ApiError>().httpStatus >= 500);
    QCOMPARE(complete.size(), 0);
    repository.waitForStoreWrites();
    QCOMPARE(store.adGroupCount(m_account), 10);

    m_sandbox->server->setFaults({});
    repository.retry();
    QTRY_COMPARE_WITH_TIMEOUT(complete.size(), 1, 30000);
    QCOMPARE(received, expected);
}

void TestAdGroupRepository::refreshDropsWhatTheServerNoLongerLists()
{
    LocalStore store(m_dir.filePath(QStringLiteral("drop.sqlite")));
    // An ad group the server does not have, cached as ACTIVE long ago.
    AdGroup ghost;
    ghost.id = QStringLiteral("999999999999");
    ghost.name = QStringLiteral("Deleted elsewhere");
    ghost.status = QStringLiteral("ACTIVE");
    QVERIFY(store.saveAdGroups(m_account, {ghost}, QDateTime::currentDateTimeUtc().addDays(-1)));
    AdGroupRepository repository(&store);
    repository.setClient(m_sandbox->client.get());
    QSignalSpy cache(&repository, &AdGroupRepository::cacheLoaded);
    QSignalSpy complete(&repository, &AdGroupRepository::listingComplete);
    repository.open(m_account);
    QTRY_COMPARE_WITH_TIMEOUT(complete.size(), 1, 30000);
    QCOMPARE(cache.at(0).at(0).value<QList<AdGroup>>().size(), 1);
    const QSet<QString> seen = complete.at(0).at(0).value<QSet<QString>>();
    QVERIFY(!seen.contains(ghost.id.value()));
    QCOMPARE(complete.at(0).at(1).toStringList(), (QStringList{QStringLiteral("ACTIVE"), QStringLiteral("PAUSED")}));
    QCOMPARE(store.adGroupCount(m_account), int(seen.size())); // the ghost is gone from the cache
}

void TestAdGroupRepository::cancelStops()
{
    sandbox::FaultOptions slow;
    slow.latencyMs = 400;
    m_sandbox->server->setFaults(slow);
    AdGroupRepository repository(nullptr);
    repository.setClient(m_sandbox->client.get());
    AdGroupListParams params;
    params.pageSize = 5;
    QSignalSpy pages(&repository, &AdGroupRepository::pageArrived);
    QSignalSpy cancelled(&repository, &AdGroupRepository::cancelled);
    QSignalSpy complete(&repository, &AdGroupRepository::listingComplete);
    repository.open(m_account, params);
    QTRY_COMPARE_WITH_TIMEOUT(pages.size(), 1, 10000);
    repository.cancel();
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!repository.isLoading());
    const qsizetype after = pages.size();
    QTest::qWait(1200);
    QCOMPARE(pages.size(), after);
    QCOMPARE(complete.size(), 0);
    m_sandbox->server->setFaults({});
}

QTEST_GUILESS_MAIN(TestAdGroupRepository)
void TestAdGroupRepository::bigCacheIsServedInParts()
{
    // 4,500 cached ad groups: more than one part, so neither the reader nor the UI thread
    // holds them all at once; the parts add up to the cache and cacheComplete() comes last.
    LocalStore store(m_dir.filePath(QStringLiteral("parts.sqlite")));
    QList<AdGroup> many;
    for (int i = 0; i < 4500; ++i) {
        AdGroup g;
        g.id = QString::number(700000000000LL + i);
        g.name = QStringLiteral("Cached %1").arg(i);
        g.status = QStringLiteral("ACTIVE");
        many << g;
    }
    const QDateTime listedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QVERIFY(store.saveAdGroups(m_account, many, listedAt));
    QVERIFY(store.setAdGroupsCompletedAt(m_account, listedAt));

    AdGroupRepository repository(&store); // no client: the cache only
    QStringList events;
    QSet<QString> served;
    int largestPart = 0;
    connect(&repository, &AdGroupRepository::cacheLoaded, this, [&](const QList<AdGroup> &part, const QDateTime &asOf) {
        events << QStringLiteral("part");
        largestPart = qMax(largestPart, int(part.size()));
        for (const AdGroup &g : part)
            served.insert(g.id.value());
        if (!part.isEmpty())
            QCOMPARE(asOf.toSecsSinceEpoch(), listedAt.toSecsSinceEpoch());
    });
    int completeCount = -1;
    connect(&repository, &AdGroupRepository::cacheComplete, this, [&](int count) {
        events << QStringLiteral("complete");
        completeCount = count;
    });
    repository.open(m_account, {}, false);
    QTRY_VERIFY_WITH_TIMEOUT(completeCount >= 0, 20000);
    QVERIFY2(events.count(QStringLiteral("part")) >= 3, qPrintable(events.join(QLatin1Char(','))));
    QCOMPARE(events.constLast(), QStringLiteral("complete"));
    QCOMPARE(events.count(QStringLiteral("complete")), 1);
    QVERIFY(largestPart < 4500);
    QCOMPARE(served.size(), qsizetype(4500));
    QCOMPARE(completeCount, 4500);
    QTRY_VERIFY(!repository.isLoading());

    // Opening another account while parts are still coming stops them.
    repository.open(m_account, {}, false);
    repository.open(QStringLiteral("no-such-account"), {}, false);
    served.clear();
    completeCount = -1;
    QTRY_VERIFY_WITH_TIMEOUT(completeCount >= 0, 20000);
    QCOMPARE(completeCount, 0);
    QVERIFY(served.isEmpty());
}

void TestAdGroupRepository::fullAdGroupsAreReadFromTheCacheById()
{
    // The table keeps compact rows; editors and checks read whole ad groups from the cache.
    LocalStore store(m_dir.filePath(QStringLiteral("byid.sqlite")));
    AdGroupRepository repository(&store);
    repository.setClient(m_sandbox->client.get());
    QSignalSpy pages(&repository, &AdGroupRepository::pageArrived);
    QSignalSpy complete(&repository, &AdGroupRepository::listingComplete);
    repository.open(m_account);
    QTRY_COMPARE_WITH_TIMEOUT(complete.size(), 1, 30000);
    const QList<AdGroup> firstPage = pages.at(0).at(0).value<QList<AdGroup>>();
    QVERIFY(firstPage.size() >= 2);
    const AdGroup a = firstPage.at(0);
    const AdGroup b = firstPage.at(1);

    const QHash<QString, AdGroup> found = repository.cached({a.id.value(), b.id.value(), QStringLiteral("123")});
    QCOMPARE(found.size(), qsizetype(2));
    QVERIFY(AdGroup::differingKeys(found.value(a.id.value()), a).isEmpty()); // whole: targeting spec and all
    QVERIFY(AdGroup::differingKeys(found.value(b.id.value()), b).isEmpty());
    QVERIFY(found.value(a.id.value()).targetingSpec.hasValue());

    // What Pinterest answered a post is kept, and read back at once.
    AdGroup saved = a;
    saved.name = QStringLiteral("Renamed by a post");
    repository.save({saved});
    QCOMPARE(repository.cached({a.id.value()}).value(a.id.value()).name.value(), QStringLiteral("Renamed by a post"));
    QCOMPARE(repository.cachedAll().size(), qsizetype(store.adGroupCount(m_account)));
    QCOMPARE(repository.cachedAllReader()().size(), qsizetype(store.adGroupCount(m_account)));
}

#include "tst_adgrouprepository.moc"
