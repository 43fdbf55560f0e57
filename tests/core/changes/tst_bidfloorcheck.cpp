// Bid floors of ad groups against the sandbox: one call for many ad groups, specs from the ad
// groups' own settings, bids under the floor marked.
#include "../api/apitestsupport.h"

#include "core/api/adgrouppager.h"
#include "core/api/campaignpager.h"
#include "core/api/listadaccountsrequest.h"
#include "core/changes/bidfloorcheck.h"
#include "core/changes/changeset.h"
#include "core/changes/prepostcheck.h"
#include "core/model/enums.h"

using namespace pinstripe;
using namespace pinstripe::testing;

class TestBidFloorCheck : public QObject
{
    Q_OBJECT

private slots:
    void specFromAdGroup();
    void marksBidsUnderTheFloor();
    void bidAtFloorRoundsUpToTheMinorUnit();
    void pendingBidsAreJudgedAndRaisedOverThem();
};

void TestBidFloorCheck::specFromAdGroup()
{
    AdGroup g;
    g.billableEvent = QStringLiteral("IMPRESSION");
    TargetingSpec targeting;
    targeting.location = QStringList{QStringLiteral("DE"), QStringLiteral("807"), QStringLiteral("FR"), QStringLiteral("DE")};
    g.targetingSpec = targeting;
    Campaign c;
    c.objectiveType = QStringLiteral("AWARENESS");
    const BidFloorSpec spec = BidFloorCheck::specFor(g, &c, Currency::eur());
    QCOMPARE(spec.countries.value(), (QStringList{QStringLiteral("DE"), QStringLiteral("US"), QStringLiteral("FR")}));
    QCOMPARE(spec.billableEvent.value(), QStringLiteral("IMPRESSION"));
    QCOMPARE(spec.currency.value().code(), QStringLiteral("EUR"));
    QCOMPARE(spec.objectiveType.value(), QStringLiteral("AWARENESS"));
    QCOMPARE(BidFloorCheck::specFor(AdGroup{}, nullptr, Currency::usd()).countries.value(), QStringList{QStringLiteral("US")});
}

void TestBidFloorCheck::marksBidsUnderTheFloor()
{
    SandboxFixture sandbox;
    auto accounts = run<AdAccountPage>(new ListAdAccountsRequest(sandbox.client.get(), {}), &ListAdAccountsRequest::finished);
    QVERIFY(accounts.ok());
    const AdAccount account = accounts.result->items.constFirst();

    QList<AdGroup> groups;
    AdGroupPager pager(sandbox.client.get(), account.id.value(), {});
    connect(&pager, &AdGroupPager::pageReceived, this, [&](const AdGroupPage &page) { groups << page.items; });
    pager.start();
    QTRY_VERIFY(pager.isFinished());
    QHash<QString, Campaign> campaigns;
    CampaignPager campaignPager(sandbox.client.get(), account.id.value(), {});
    connect(&campaignPager, &CampaignPager::pageReceived, this, [&](const CampaignPage &page) {
        for (const Campaign &c : page.items)
            campaigns.insert(c.id.value(), c);
    });
    campaignPager.start();
    QTRY_VERIFY(campaignPager.isFinished());

    // Make two bids certainly too low and one certainly high enough.
    QList<AdGroup> probe = groups.mid(0, 3);
    QVERIFY(probe.size() == 3);
    for (AdGroup &g : probe)
        g.bidStrategyType = QStringLiteral("MAX_BID");
    probe[0].bidInMicroCurrency = 1;
    probe[1].bidInMicroCurrency = 1;
    probe[2].bidInMicroCurrency = 1'000'000'000'000;

    BidFloorCheck check(sandbox.client.get(), account.id.value(), account.currency.value());
    QSignalSpy finished(&check, &BidFloorCheck::finished);
    check.start(probe, campaigns);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const auto results = finished.first().first().value<QList<BidFloorCheck::Result>>();
    QCOMPARE(results.size(), 3);
    for (const BidFloorCheck::Result &r : results)
        QVERIFY(r.floorMicros > 0);
    QVERIFY(results.at(0).isUnderFloor());
    QVERIFY(results.at(1).isUnderFloor());
    QVERIFY(!results.at(2).isUnderFloor());
    QCOMPARE(results.at(0).adGroupId, probe.at(0).id.value());
}

void TestBidFloorCheck::bidAtFloorRoundsUpToTheMinorUnit()
{
    QCOMPARE(BidFloorCheck::bidAtFloor(123'456, Currency::usd()), 130'000);
    QCOMPARE(BidFloorCheck::bidAtFloor(120'000, Currency::usd()), 120'000);
    QCOMPARE(BidFloorCheck::bidAtFloor(120'001, Currency::usd()), 130'000);
    QCOMPARE(BidFloorCheck::bidAtFloor(2'000'001, Currency::jpy()), 3'000'000); // yen has no minor unit
    QCOMPARE(BidFloorCheck::bidAtFloor(0, Currency::usd()), 0);
}

void TestBidFloorCheck::pendingBidsAreJudgedAndRaisedOverThem()
{
    SandboxFixture sandbox;
    auto accounts = run<AdAccountPage>(new ListAdAccountsRequest(sandbox.client.get(), {}), &ListAdAccountsRequest::finished);
    QVERIFY(accounts.ok());
    const AdAccount account = accounts.result->items.constFirst();
    const Currency currency = account.currency.value();
    QList<AdGroup> groups;
    AdGroupPager pager(sandbox.client.get(), account.id.value(), {});
    connect(&pager, &AdGroupPager::pageReceived, this, [&](const AdGroupPage &page) { groups << page.items; });
    pager.start();
    QTRY_VERIFY(pager.isFinished());

    // On Pinterest every bid is far above any floor; two pending bids are a millionth.
    QList<AdGroup> server = groups.mid(0, 3);
    QCOMPARE(server.size(), 3);
    for (AdGroup &g : server) {
        g.bidStrategyType = QStringLiteral("MAX_BID");
        g.bidInMicroCurrency = 1'000'000'000;
    }
    ChangeSet changes(nullptr);
    QList<QString> ids;
    for (int i = 0; i < 2; ++i) {
        const AdGroup &g = server.at(i);
        ids << changes.record(PendingChange::update(account.id.value(), g.id.value(), g.name.valueOr({}),
                                                    QStringLiteral("bid_in_micro_currency"), QJsonValue(1'000'000'000),
                                                    QJsonValue(1), g.updatedTime.valueOr(0)));
    }

    BidFloorCheck check(sandbox.client.get(), account.id.value(), currency);
    QSignalSpy finished(&check, &BidFloorCheck::finished);
    check.start(withChangesApplied(server, changes.changes()), {});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const auto results = finished.first().first().value<QList<BidFloorCheck::Result>>();
    QCOMPARE(results.size(), 3);
    QVERIFY(results.at(0).isUnderFloor());
    QCOMPARE(*results.at(0).bidMicros, 1);
    QVERIFY(results.at(1).isUnderFloor());
    QVERIFY(!results.at(2).isUnderFloor());

    // The raise merges into the pending bid: same change, Pinterest's bid still the "before".
    for (int i = 0; i < 2; ++i) {
        const PendingChange raise = BidFloorCheck::raiseToFloor(results.at(i), server.at(i), account.id.value(), currency);
        QCOMPARE(raise.adGroupId, server.at(i).id.value());
        QCOMPARE(raise.before.toInteger(), 1'000'000'000);
        QCOMPARE(raise.after.toInteger(), BidFloorCheck::bidAtFloor(results.at(i).floorMicros, currency));
        QCOMPARE(raise.baseUpdatedTime, server.at(i).updatedTime.valueOr(0));
        QCOMPARE(changes.record(raise), ids.at(i));
        const PendingChange held = *changes.find(ids.at(i));
        QCOMPARE(held.before.toInteger(), 1'000'000'000);
        QCOMPARE(held.after.toInteger(), raise.after.toInteger());
    }
    QCOMPARE(changes.count(), 2);
}

QTEST_GUILESS_MAIN(TestBidFloorCheck)
#include "tst_bidfloorcheck.moc"
