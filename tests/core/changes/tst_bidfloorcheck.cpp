// Bid floors of ad groups against the sandbox: one call for many ad groups, specs from the ad
// groups' own settings, bids under the floor marked.
#include "../api/apitestsupport.h"

#include "core/api/adgrouppager.h"
#include "core/api/campaignpager.h"
#include "core/api/listadaccountsrequest.h"
#include "core/changes/bidfloorcheck.h"
#include "core/model/enums.h"

using namespace pinstripe;
using namespace pinstripe::testing;

class TestBidFloorCheck : public QObject
{
    Q_OBJECT

private slots:
    void specFromAdGroup();
    void marksBidsUnderTheFloor();
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

QTEST_GUILESS_MAIN(TestBidFloorCheck)
#include "tst_bidfloorcheck.moc"
