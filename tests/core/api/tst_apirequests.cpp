// Every request object against the sandbox over loopback HTTP: results, validation, errors.
#include "apitestsupport.h"

#include "core/api/adgroupanalyticsrequest.h"
#include "core/api/adgrouppager.h"
#include "core/api/campaignpager.h"
#include "core/api/createadgroupsrequest.h"
#include "core/api/estimateaudiencesizerequest.h"
#include "core/api/fetchbidfloorsrequest.h"
#include "core/api/getadaccountrequest.h"
#include "core/api/getadgrouprequest.h"
#include "core/api/listadaccountsrequest.h"
#include "core/api/listadgroupsrequest.h"
#include "core/api/listcampaignsrequest.h"
#include "core/api/targetinganalyticsrequest.h"
#include "core/api/updateadgroupsrequest.h"
#include "core/logging.h"
#include "core/logredaction.h"

#include <QSet>

using namespace pinstripe;
using namespace pinstripe::testing;

class TestApiRequests : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsAdAccountsWithCurrencies();
    void getsAdAccount();
    void unknownAdAccountIs404();
    void validationFailsWithoutSending_data();
    void validationFailsWithoutSending();
    void listsCampaigns();
    void pagesAllAdGroupsWithoutLossOrRepeat();
    void parallelCampaignChainsSeeTheSameAdGroups();
    void pagerHoldsWhileTheReaderIsBusy();
    void getsAdGroup();
    void createsWithPartialFailure();
    void updatesOnlySentFieldsWithPartialFailure();
    void analyticsDaysSumToTotal();
    void targetingAnalyticsBreaksDown();
    void bidFloorsPerSpec();
    void audienceSize();
    void audienceSizeTakesItsOwnCreativeTypes();
    void queryValuesAreFullyEncoded();
    void wrongTokenIs401();
    void logsCarryNoToken();

private:
    QList<AdGroup> allAdGroups(const QString &accountId, int pageSize = 250);
    std::unique_ptr<SandboxFixture> m_sandbox;
    AdAccount m_usd;
    AdAccount m_jpy;
};

void TestApiRequests::initTestCase()
{
    if (PrismProxy::wanted() && !PrismProxy::missing().isEmpty())
        QSKIP(qPrintable(QStringLiteral("not checked against the API description: ") + PrismProxy::missing()));
    m_sandbox = std::make_unique<SandboxFixture>();
    auto outcome = run<AdAccountPage>(new ListAdAccountsRequest(m_sandbox->client.get(), {}),
                                      &ListAdAccountsRequest::finished);
    QVERIFY2(outcome.ok(), qPrintable(outcome.describe()));
    for (const AdAccount &account : outcome.result->items) {
        if (account.currency.valueOr(Currency()).code() == QLatin1String("USD") && m_usd.id.isAbsent())
            m_usd = account;
        if (account.currency.valueOr(Currency()).code() == QLatin1String("JPY") && m_jpy.id.isAbsent())
            m_jpy = account;
    }
    QVERIFY(m_usd.id.hasValue());
    QVERIFY(m_jpy.id.hasValue());
}

void TestApiRequests::listsAdAccountsWithCurrencies()
{
    ListAdAccountsRequest::Params params;
    params.pageSize = 1; // force paging through every account
    auto *pager = new AdAccountPager(m_sandbox->client.get(), this);
    QSet<QString> currencies;
    QSet<QString> ids;
    connect(pager, &AdAccountPager::pageReceived, this, [&](const AdAccountPage &page) {
        for (const AdAccount &account : page.items) {
            currencies.insert(account.currency.valueOr(Currency()).code());
            QVERIFY(!ids.contains(account.id.value()));
            ids.insert(account.id.value());
        }
    });
    pager->start();
    QTRY_VERIFY(pager->isFinished());
    QVERIFY(ids.size() >= 3);
    QVERIFY(currencies.contains(QStringLiteral("USD")));
    QVERIFY(currencies.contains(QStringLiteral("EUR")));
    QVERIFY(currencies.contains(QStringLiteral("JPY")));
    delete pager;
}

void TestApiRequests::getsAdAccount()
{
    auto outcome = run<AdAccount>(new GetAdAccountRequest(m_sandbox->client.get(), m_jpy.id.value()),
                                  &GetAdAccountRequest::finished);
    QVERIFY2(outcome.ok(), qPrintable(outcome.describe()));
    QCOMPARE(outcome.result->id.value(), m_jpy.id.value());
    QCOMPARE(outcome.result->currency.value().minorUnits(), 0);
    QCOMPARE(outcome.attempts, 1);
}

void TestApiRequests::unknownAdAccountIs404()
{
    auto outcome = run<AdAccount>(new GetAdAccountRequest(m_sandbox->client.get(), QStringLiteral("999999999999999999")),
                                  &GetAdAccountRequest::finished);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind, ApiError::Kind::Http);
    QCOMPARE(outcome.error->httpStatus, 404);
    QVERIFY(!outcome.error->message.isEmpty());
    QVERIFY(!outcome.error->requestId.isEmpty());
    QCOMPARE(outcome.attempts, 1); // a 404 is not retried
}

void TestApiRequests::validationFailsWithoutSending_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("problem");
    QTest::newRow("page size 0") << 0 << "page_size";
    QTest::newRow("page size 251") << 1 << "page_size";
    QTest::newRow("both filters") << 2 << "not both";
    QTest::newRow("bad id") << 3 << "not a valid Pinterest id";
    QTest::newRow("251 ids") << 4 << "at most 250";
    QTest::newRow("bad status") << 5 << "entity_statuses";
    QTest::newRow("empty create") << 6 << "between 1 and 30";
    QTest::newRow("31 updates") << 7 << "got 31";
    QTest::newRow("analytics window") << 8 << "at the earliest";
    QTest::newRow("no bid floor rows") << 9 << "at least one bid floor row";
}

void TestApiRequests::validationFailsWithoutSending()
{
    QFETCH(int, which);
    QFETCH(QString, problem);
    ApiClient *client = m_sandbox->client.get();
    const QString account = m_usd.id.value();
    AdGroupListParams list;
    ApiRequest *request = nullptr;
    switch (which) {
    case 0: list.pageSize = 0; break;
    case 1: list.pageSize = 251; break;
    case 2: list.campaignIds = {QStringLiteral("1")}; list.adGroupIds = {QStringLiteral("2")}; break;
    case 3: list.adGroupIds = {QStringLiteral("12x")}; break;
    case 4: for (int i = 0; i < 251; ++i) list.campaignIds << QString::number(i + 1); break;
    case 5: list.entityStatuses = {QStringLiteral("LIVE")}; break;
    case 6: request = new CreateAdGroupsRequest(client, account, {}); break;
    case 7: request = new UpdateAdGroupsRequest(client, account, QList<QJsonObject>(31, QJsonObject{{QStringLiteral("id"), QStringLiteral("1")}})); break;
    case 8: {
        AnalyticsQuery q;
        q.adGroupIds = {QStringLiteral("1")};
        q.startDate = AnalyticsQuery::todayUtc().addDays(-200);
        q.endDate = AnalyticsQuery::todayUtc().addDays(-190);
        q.columns = {QStringLiteral("SPEND_IN_MICRO_DOLLAR")};
        request = new AdGroupAnalyticsRequest(client, account, q);
        break;
    }
    case 9: request = new FetchBidFloorsRequest(client, account, BidFloorRequest{}); break;
    }
    if (!request)
        request = new ListAdGroupsRequest(client, account, list);

    std::optional<ApiError> error;
    int attempts = -1;
    connect(request, &ApiRequest::failed, this, [&](const ApiError &e) { error = e; attempts = request->attempts(); });
    request->start();
    QTRY_VERIFY(error.has_value());
    QCOMPARE(error->kind, ApiError::Kind::Validation);
    QVERIFY2(error->message.contains(problem), qPrintable(error->message));
    QCOMPARE(attempts, 0); // nothing went over the wire
    QVERIFY(error->userMessage().contains(problem));
}

void TestApiRequests::listsCampaigns()
{
    ListCampaignsRequest::Params params;
    params.entityStatuses = {QStringLiteral("ACTIVE"), QStringLiteral("PAUSED"), QStringLiteral("ARCHIVED"), QStringLiteral("DRAFT")};
    auto outcome = run<CampaignPage>(new ListCampaignsRequest(m_sandbox->client.get(), m_usd.id.value(), params),
                                     &ListCampaignsRequest::finished);
    QVERIFY2(outcome.ok(), qPrintable(outcome.describe()));
    QVERIFY(!outcome.result->items.isEmpty());
    for (const Campaign &campaign : outcome.result->items) {
        QCOMPARE(campaign.adAccountId.value(), m_usd.id.value());
        QVERIFY(campaign.objectiveType.hasValue());
    }
}

QList<AdGroup> TestApiRequests::allAdGroups(const QString &accountId, int pageSize)
{
    AdGroupListParams params;
    params.entityStatuses = AdGroupListParams::allStatuses();
    params.pageSize = pageSize;
    params.order = QStringLiteral("ASCENDING");
    AdGroupPager pager(m_sandbox->client.get(), accountId, params);
    QList<AdGroup> all;
    int pages = 0;
    connect(&pager, &AdGroupPager::pageReceived, this, [&](const AdGroupPage &page) {
        all << page.items;
        ++pages;
    });
    pager.start();
    QElapsedTimer timer;
    timer.start();
    while (!pager.isFinished() && !pager.hasFailedChains() && timer.elapsed() < 30000)
        QTest::qWait(5);
    if (!pager.isFinished())
        qWarning("pager did not finish");
    return all;
}

void TestApiRequests::pagesAllAdGroupsWithoutLossOrRepeat()
{
    const QList<AdGroup> big = allAdGroups(m_usd.id.value(), 250);
    const QList<AdGroup> small = allAdGroups(m_usd.id.value(), 7);
    QVERIFY(big.size() > 14);
    QCOMPARE(small.size(), big.size());
    QSet<QString> ids;
    QSet<QString> statuses;
    for (const AdGroup &g : small) {
        QVERIFY2(!ids.contains(g.id.value()), "an ad group was repeated");
        ids.insert(g.id.value());
        statuses.insert(g.status.value());
    }
    for (const AdGroup &g : big)
        QVERIFY2(ids.contains(g.id.value()), "an ad group was lost");
    // ARCHIVED and DRAFT are hidden by default; asking for every status must bring them.
    QVERIFY(statuses.contains(QStringLiteral("ARCHIVED")) || statuses.contains(QStringLiteral("DRAFT")));
}

void TestApiRequests::parallelCampaignChainsSeeTheSameAdGroups()
{
    const QList<AdGroup> sequential = allAdGroups(m_usd.id.value(), 25);
    QSet<QString> campaigns;
    for (const AdGroup &g : sequential)
        campaigns.insert(g.campaignId.value());
    QVERIFY(campaigns.size() >= 2);

    AdGroupListParams params;
    params.entityStatuses = AdGroupListParams::allStatuses();
    params.pageSize = 5;
    params.campaignIds = QStringList(campaigns.cbegin(), campaigns.cend());
    AdGroupPager pager(m_sandbox->client.get(), m_usd.id.value(), params, 3);
    QCOMPARE(pager.chainCount(), std::min(3, static_cast<int>(campaigns.size())));
    QSet<QString> ids;
    int firstPageAt = -1;
    connect(&pager, &AdGroupPager::pageReceived, this, [&](const AdGroupPage &page) {
        if (firstPageAt < 0)
            firstPageAt = pager.pagesReceived();
        for (const AdGroup &g : page.items) {
            QVERIFY(!ids.contains(g.id.value()));
            ids.insert(g.id.value());
        }
    });
    QSignalSpy progress(&pager, &Pager::progress);
    pager.start();
    QTRY_VERIFY_WITH_TIMEOUT(pager.isFinished(), 30000);
    QCOMPARE(ids.size(), sequential.size());
    QCOMPARE(firstPageAt, 0); // handed out before the rest was fetched
    QCOMPARE(progress.last().at(0).toInt(), static_cast<int>(sequential.size()));
}

void TestApiRequests::pagerHoldsWhileTheReaderIsBusy()
{
    const QList<AdGroup> sequential = allAdGroups(m_usd.id.value(), 25);
    AdGroupListParams params;
    params.entityStatuses = AdGroupListParams::allStatuses();
    params.pageSize = 5;
    AdGroupPager pager(m_sandbox->client.get(), m_usd.id.value(), params);
    bool busy = true;
    pager.setHoldWhile([&busy] { return busy; });
    int pages = 0;
    QSet<QString> ids;
    connect(&pager, &AdGroupPager::pageReceived, this, [&](const AdGroupPage &page) {
        ++pages;
        for (const AdGroup &g : page.items)
            ids.insert(g.id.value());
    });
    pager.start();
    // The first page is asked for at once; the next one waits as long as the reader is busy.
    QTRY_COMPARE_WITH_TIMEOUT(pages, 1, 10000);
    QTest::qWait(300);
    QCOMPARE(pages, 1);
    QVERIFY(pager.isRunning());
    QVERIFY(!pager.isFinished());
    busy = false;
    QTRY_VERIFY_WITH_TIMEOUT(pager.isFinished(), 30000);
    QCOMPARE(ids.size(), sequential.size());
    QVERIFY(pages > 2);
}

void TestApiRequests::getsAdGroup()
{
    const QList<AdGroup> all = allAdGroups(m_usd.id.value());
    QVERIFY(!all.isEmpty());
    const AdGroup &listed = all.constFirst();
    auto outcome = run<AdGroup>(new GetAdGroupRequest(m_sandbox->client.get(), m_usd.id.value(), listed.id.value()),
                                &GetAdGroupRequest::finished);
    QVERIFY2(outcome.ok(), qPrintable(outcome.describe()));
    QCOMPARE(outcome.result->toJson(), listed.toJson());
    QVERIFY(outcome.result->budget(Currency::usd()).has_value() || outcome.result->budgetType.hasValue());

    auto missing = run<AdGroup>(new GetAdGroupRequest(m_sandbox->client.get(), m_usd.id.value(), QStringLiteral("123")),
                                &GetAdGroupRequest::finished);
    QVERIFY(missing.error);
    QCOMPARE(missing.error->httpStatus, 404);
}

void TestApiRequests::createsWithPartialFailure()
{
    const QList<AdGroup> existing = allAdGroups(m_usd.id.value());
    const QString campaignId = existing.constFirst().campaignId.value();
    auto body = [&](const QString &name, const QString &campaign) {
        AdGroup g;
        g.name = name;
        g.campaignId = campaign;
        g.billableEvent = QStringLiteral("IMPRESSION");
        g.budgetType = QStringLiteral("DAILY");
        g.budgetInMicroCurrency = 20'000'000;
        g.bidInMicroCurrency = 3'000'000;
        g.status = QStringLiteral("PAUSED");
        TargetingSpec spec;
        spec.location = QStringList{QStringLiteral("US")};
        g.targetingSpec = spec;
        return g.createBody();
    };
    const QList<QJsonObject> bodies{body(QStringLiteral("Created A"), campaignId),
                                    body(QStringLiteral("Orphan"), QStringLiteral("987654321987")),
                                    body(QStringLiteral("Created B"), campaignId)};
    auto outcome = run<AdGroupBatchResult>(new CreateAdGroupsRequest(m_sandbox->client.get(), m_usd.id.value(), bodies),
                                           &CreateAdGroupsRequest::finished);
    QVERIFY2(outcome.ok(), qPrintable(outcome.describe()));
    const AdGroupBatchResult &result = *outcome.result;
    QCOMPARE(result.items.size(), 3);
    QVERIFY(result.items.at(0).data.has_value());
    QCOMPARE(result.items.at(0).data->name.value(), QStringLiteral("Created A"));
    QVERIFY(result.items.at(0).exceptions.isEmpty());
    QVERIFY(!result.items.at(1).data.has_value());
    QCOMPARE(result.items.at(1).exceptions.size(), 1);
    QVERIFY(!result.items.at(1).exceptions.constFirst().message.valueOr({}).isEmpty());
    QVERIFY(result.items.at(2).data.has_value());
    QCOMPARE(allAdGroups(m_usd.id.value()).size(), existing.size() + 2);
}

void TestApiRequests::updatesOnlySentFieldsWithPartialFailure()
{
    const QList<AdGroup> all = allAdGroups(m_usd.id.value());
    AdGroup active;
    for (const AdGroup &g : all) {
        if (g.status.value() == QLatin1String("ACTIVE") && g.budgetInMicroCurrency.hasValue()) {
            active = g;
            break;
        }
    }
    QVERIFY(active.id.hasValue());
    AdGroup raised = active;
    raised.budgetInMicroCurrency = active.budgetInMicroCurrency.value() + 5'000'000;
    const QJsonObject good = AdGroup::updateBody(active, raised);
    QCOMPARE(good.keys(), (QStringList{QStringLiteral("budget_in_micro_currency"), QStringLiteral("id")}));
    AdGroup changedEvent = active;
    changedEvent.billableEvent = active.billableEvent.value() == QLatin1String("CLICKTHROUGH")
        ? QStringLiteral("IMPRESSION") : QStringLiteral("CLICKTHROUGH");
    const QJsonObject bad = AdGroup::updateBody(active, changedEvent); // only DRAFT may change it

    auto outcome = run<AdGroupBatchResult>(
        new UpdateAdGroupsRequest(m_sandbox->client.get(), m_usd.id.value(), {good, bad}),
        &UpdateAdGroupsRequest::finished);
    QVERIFY2(outcome.ok(), qPrintable(outcome.describe()));
    QCOMPARE(outcome.result->items.size(), 2);
    QVERIFY(outcome.result->items.at(0).exceptions.isEmpty());
    QCOMPARE(outcome.result->items.at(1).exceptions.size(), 1);

    auto fresh = run<AdGroup>(new GetAdGroupRequest(m_sandbox->client.get(), m_usd.id.value(), active.id.value()),
                              &GetAdGroupRequest::finished);
    QVERIFY(fresh.ok());
    QCOMPARE(fresh.result->budgetInMicroCurrency.value(), raised.budgetInMicroCurrency.value());
    QVERIFY(fresh.result->updatedTime.value() >= active.updatedTime.value());
    // Everything not sent is as it was.
    AdGroup expected = raised;
    expected.updatedTime = fresh.result->updatedTime;
    expected.summaryStatus = fresh.result->summaryStatus;
    QCOMPARE(fresh.result->toJson(), expected.toJson());
}

void TestApiRequests::analyticsDaysSumToTotal()
{
    const QList<AdGroup> all = allAdGroups(m_usd.id.value());
    AnalyticsQuery query;
    for (const AdGroup &g : all.mid(0, 5))
        query.adGroupIds << g.id.value();
    query.startDate = AnalyticsQuery::todayUtc().addDays(-14);
    query.endDate = AnalyticsQuery::todayUtc().addDays(-1);
    query.columns = {QStringLiteral("SPEND_IN_MICRO_DOLLAR"), QStringLiteral("IMPRESSION_1"), QStringLiteral("CLICKTHROUGH_1"),
                     QStringLiteral("CTR")};
    query.granularity = QStringLiteral("DAY");
    auto daily = run<AnalyticsReport>(new AdGroupAnalyticsRequest(m_sandbox->client.get(), m_usd.id.value(), query),
                                      &AdGroupAnalyticsRequest::finished);
    QVERIFY2(daily.ok(), qPrintable(daily.describe()));
    query.granularity = QStringLiteral("TOTAL");
    auto total = run<AnalyticsReport>(new AdGroupAnalyticsRequest(m_sandbox->client.get(), m_usd.id.value(), query),
                                      &AdGroupAnalyticsRequest::finished);
    QVERIFY2(total.ok(), qPrintable(total.describe()));

    qint64 dailySpend = 0;
    qint64 dailyImpressions = 0;
    for (const AnalyticsRow &row : daily.result->rows) {
        QVERIFY(query.adGroupIds.contains(row.adGroupId));
        QVERIFY(row.date.isValid());
        QVERIFY(row.date >= query.startDate && row.date <= query.endDate);
        dailySpend += row.money(QStringLiteral("SPEND_IN_MICRO_DOLLAR"), Currency::usd()).value_or(Money()).micros();
        dailyImpressions += row.count(QStringLiteral("IMPRESSION_1"));
    }
    qint64 totalSpend = 0;
    qint64 totalImpressions = 0;
    for (const AnalyticsRow &row : total.result->rows) {
        totalSpend += row.money(QStringLiteral("SPEND_IN_MICRO_DOLLAR"), Currency::usd()).value_or(Money()).micros();
        totalImpressions += row.count(QStringLiteral("IMPRESSION_1"));
    }
    QVERIFY(totalImpressions > 0);
    QCOMPARE(dailyImpressions, totalImpressions);
    QCOMPARE(dailySpend, totalSpend);
}

void TestApiRequests::targetingAnalyticsBreaksDown()
{
    // Pick the ad group that delivered most last week (drafts and archived ones have no data).
    const QList<AdGroup> all = allAdGroups(m_usd.id.value());
    AnalyticsQuery query;
    for (const AdGroup &g : all.mid(0, 250))
        query.adGroupIds << g.id.value();
    query.startDate = AnalyticsQuery::todayUtc().addDays(-7);
    query.endDate = AnalyticsQuery::todayUtc().addDays(-1);
    query.columns = {QStringLiteral("IMPRESSION_1"), QStringLiteral("SPEND_IN_MICRO_DOLLAR")};
    query.granularity = QStringLiteral("TOTAL");
    auto overview = run<AnalyticsReport>(new AdGroupAnalyticsRequest(m_sandbox->client.get(), m_usd.id.value(), query),
                                         &AdGroupAnalyticsRequest::finished);
    QVERIFY2(overview.ok(), qPrintable(overview.describe()));
    QString busiest;
    qint64 most = 0;
    for (const AnalyticsRow &row : overview.result->rows) {
        if (row.count(QStringLiteral("IMPRESSION_1")) > most) {
            most = row.count(QStringLiteral("IMPRESSION_1"));
            busiest = row.adGroupId;
        }
    }
    QVERIFY(most > 0);
    query.adGroupIds = {busiest};
    query.targetingTypes = {QStringLiteral("AGE_BUCKET"), QStringLiteral("GENDER")};
    auto outcome = run<TargetingAnalytics>(
        new TargetingAnalyticsRequest(m_sandbox->client.get(), m_usd.id.value(), query),
        &TargetingAnalyticsRequest::finished);
    QVERIFY2(outcome.ok(), qPrintable(outcome.describe()));
    QSet<QString> types;
    qint64 ageImpressions = 0;
    for (const TargetingAnalyticsEntry &entry : outcome.result->entries()) {
        types.insert(entry.targetingType.valueOr({}));
        QVERIFY(!entry.targetingValue.isEmpty());
        QCOMPARE(entry.adGroupId(), query.adGroupIds.constFirst());
        if (entry.targetingType.valueOr({}) == QLatin1String("AGE_BUCKET"))
            ageImpressions += entry.count(QStringLiteral("IMPRESSION_1"));
    }
    QCOMPARE(types, (QSet<QString>{QStringLiteral("AGE_BUCKET"), QStringLiteral("GENDER")}));

    // The age breakdown adds up to the ad group's total.
    query.granularity = QStringLiteral("TOTAL");
    auto total = run<AnalyticsReport>(new AdGroupAnalyticsRequest(m_sandbox->client.get(), m_usd.id.value(), query),
                                      &AdGroupAnalyticsRequest::finished);
    QVERIFY2(total.ok(), qPrintable(total.describe()));
    qint64 totalImpressions = 0;
    for (const AnalyticsRow &row : total.result->rows)
        totalImpressions += row.count(QStringLiteral("IMPRESSION_1"));
    QCOMPARE(ageImpressions, totalImpressions);
}

void TestApiRequests::bidFloorsPerSpec()
{
    BidFloorSpec us;
    us.billableEvent = QStringLiteral("CLICKTHROUGH");
    us.currency = Currency::eur();
    us.countries = QStringList{QStringLiteral("US")};
    us.objectiveType = QStringLiteral("CONSIDERATION");
    BidFloorSpec de = us;
    de.countries = QStringList{QStringLiteral("DE")};
    BidFloorRequest body;
    body.bidFloorSpecs = QList<BidFloorSpec>{us, de};
    auto outcome = run<BidFloor>(new FetchBidFloorsRequest(m_sandbox->client.get(), m_usd.id.value(), body),
                                 &FetchBidFloorsRequest::finished);
    QVERIFY2(outcome.ok(), qPrintable(outcome.describe()));
    QCOMPARE(outcome.result->floors().size(), 2);
    for (qint64 floor : outcome.result->floors())
        QVERIFY(floor > 0);
}

void TestApiRequests::audienceSize()
{
    AudienceSizingRequest body;
    TargetingSpec spec;
    spec.location = QStringList{QStringLiteral("US")};
    spec.gender = QStringList{QStringLiteral("female")};
    body.targetingSpec = spec;
    auto outcome = run<AudienceSizing>(new EstimateAudienceSizeRequest(m_sandbox->client.get(), m_usd.id.value(), body),
                                       &EstimateAudienceSizeRequest::finished);
    QVERIFY2(outcome.ok(), qPrintable(outcome.describe()));
    QVERIFY(outcome.result->audienceSizeLowerBound.value() > 0);
    QVERIFY(outcome.result->audienceSizeLowerBound.value() <= outcome.result->audienceSizeUpperBound.value());
}

void TestApiRequests::audienceSizeTakesItsOwnCreativeTypes()
{
    // Audience sizing accepts 8 creative types, not all 13 of CreativeType: the others are
    // refused before anything is sent, with the parameter named.
    AudienceSizingRequest body;
    TargetingSpec spec;
    spec.location = QStringList{QStringLiteral("US")};
    body.targetingSpec = spec;
    body.creativeTypes = QStringList{QStringLiteral("MAX_WIDTH_VIDEO_COLLECTION")};
    auto refused = run<AudienceSizing>(new EstimateAudienceSizeRequest(m_sandbox->client.get(), m_usd.id.value(), body),
                                       &EstimateAudienceSizeRequest::finished);
    QVERIFY(refused.error);
    QVERIFY2(refused.describe().contains(QLatin1String("creative_types")), qPrintable(refused.describe()));
    body.creativeTypes = QStringList{QStringLiteral("IDEA"), QStringLiteral("VIDEO")};
    auto outcome = run<AudienceSizing>(new EstimateAudienceSizeRequest(m_sandbox->client.get(), m_usd.id.value(), body),
                                       &EstimateAudienceSizeRequest::finished);
    QVERIFY2(outcome.ok(), qPrintable(outcome.describe()));
}

void TestApiRequests::queryValuesAreFullyEncoded()
{
    // A bookmark in standard base64 keeps its "+", "/" and "=" on the wire: a server that decodes
    // form-style would read an unencoded "+" as a space.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("bookmark"), QStringLiteral("a+b/c=="));
    query.addQueryItem(QStringLiteral("name"), QStringLiteral("Frühling & Sommer"));
    const QUrl url = m_sandbox->client->urlFor(QStringLiteral("/ad_accounts/1/ad_groups"), query);
    const QByteArray wire = url.toEncoded();
    QVERIFY2(wire.contains("bookmark=a%2Bb%2Fc%3D%3D"), wire.constData());
    QVERIFY2(wire.contains("name=Fr%C3%BChling%20%26%20Sommer"), wire.constData());
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("bookmark"), QUrl::FullyDecoded), QStringLiteral("a+b/c=="));
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded), QStringLiteral("Frühling & Sommer"));
}

void TestApiRequests::wrongTokenIs401()
{
    StaticTokenProvider wrong(QStringLiteral("not-a-token"));
    ApiClient client(m_sandbox->server->baseUrl(), &wrong);
    auto outcome = run<AdAccountPage>(new ListAdAccountsRequest(&client, {}), &ListAdAccountsRequest::finished);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->httpStatus, 401);
    QCOMPARE(outcome.error->code, 2);
    QVERIFY(outcome.error->isAuthenticationFailure());
    QCOMPARE(outcome.attempts, 1);
}

namespace {
QStringList g_log;
QtMessageHandler g_previous = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log << message;
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

void TestApiRequests::logsCarryNoToken()
{
    QLoggingCategory::setFilterRules(QStringLiteral("pinstripe.*.debug=true"));
    g_previous = qInstallMessageHandler(captureLog);
    installRedactingMessageHandler();
    g_log.clear();
    StaticTokenProvider secret(QStringLiteral("pina_SECRETTOKEN123"));
    ApiClient client(m_sandbox->server->baseUrl(), &secret);
    run<AdAccountPage>(new ListAdAccountsRequest(&client, {}), &ListAdAccountsRequest::finished);
    run<AdAccountPage>(new ListAdAccountsRequest(m_sandbox->client.get(), {}), &ListAdAccountsRequest::finished);
    qInstallMessageHandler(nullptr);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(g_log.size() >= 2); // the requests were logged…
    for (const QString &line : std::as_const(g_log)) {
        QVERIFY2(!line.contains(QStringLiteral("SECRETTOKEN")), qPrintable(line)); // …without the token
        QVERIFY2(!line.contains(m_sandbox->server->options().accessToken), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(TestApiRequests)
#include "tst_apirequests.moc"
