// Every endpoint's successful answer spoiled by the sandbox's fault injection (wrong types,
// a missing id, huge strings, deep nesting, duplicate keys, unknown enum values), read by the
// real request objects over loopback HTTP: the request fails as an unreadable answer whose
// message names what was wrong and Pinterest's request id — never a crash, never a half-read
// result. Plus AnswerCheck itself: Pinterest's own examples pass it.
#include "apitestsupport.h"

#include "core/api/adgroupanalyticsrequest.h"
#include "core/api/answercheck.h"
#include "core/api/estimateaudiencesizerequest.h"
#include "core/api/fetchbidfloorsrequest.h"
#include "core/api/getadgrouprequest.h"
#include "core/api/listadaccountsrequest.h"
#include "core/api/listadgroupsrequest.h"
#include "core/api/listcampaignsrequest.h"
#include "core/api/targetinganalyticsrequest.h"
#include "core/api/updateadgroupsrequest.h"

#include <QFile>
#include <QJsonArray>

using namespace pinstripe;
using namespace pinstripe::testing;

namespace {

enum Endpoint { AdAccounts, Campaigns, AdGroups, OneAdGroup, Analytics, TargetingBreakdown, BidFloors, AudienceSize, Update };

const char *const kPaths[] = {"/ad_accounts$",          "/campaigns$",      "/ad_groups$",
                              "/ad_groups/\\d+$",       "/ad_groups/analytics$", "/targeting_analytics$",
                              "/bid_floor$",            "/audience_sizing$", "/ad_groups$"};

QJsonObject example(const QString &name)
{
    QFile file(QDir(qEnvironmentVariable("PINSTRIPE_SHARED_DIR")).filePath(QStringLiteral("pinterest-api/examples/") + name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestMalformedAnswers final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rawProblems();
    void memberProblems();
    void pinterestsExamplesPass();
    void everyEndpointSaysWhatIsWrong_data();
    void everyEndpointSaysWhatIsWrong();

private:
    /** Runs the request of @p endpoint; its error if it failed. */
    std::optional<ApiError> call(Endpoint endpoint);

    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_account;
    AdGroup m_adGroup;
};

void TestMalformedAnswers::initTestCase()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    auto accounts = run<AdAccountPage>(new ListAdAccountsRequest(m_sandbox->client.get(), {}), &ListAdAccountsRequest::finished);
    QVERIFY2(accounts.ok(), qPrintable(accounts.describe()));
    m_account = accounts.result->items.constFirst().id.value();
    auto adGroups = run<AdGroupPage>(new ListAdGroupsRequest(m_sandbox->client.get(), m_account, {}),
                                     &ListAdGroupsRequest::finished);
    QVERIFY2(adGroups.ok(), qPrintable(adGroups.describe()));
    m_adGroup = adGroups.result->items.constFirst();
    // Analytics answers are spoiled in their first row, so pick an ad group that delivered.
    AnalyticsQuery query;
    for (const AdGroup &adGroup : adGroups.result->items)
        query.adGroupIds << adGroup.id.value();
    query.startDate = AnalyticsQuery::todayUtc().addDays(-7);
    query.endDate = AnalyticsQuery::todayUtc().addDays(-1);
    query.columns = {QStringLiteral("IMPRESSION_1")};
    query.granularity = QStringLiteral("TOTAL");
    auto report = run<AnalyticsReport>(new AdGroupAnalyticsRequest(m_sandbox->client.get(), m_account, query),
                                       &AdGroupAnalyticsRequest::finished);
    QVERIFY2(report.ok(), qPrintable(report.describe()));
    qint64 most = 0;
    for (const AnalyticsRow &row : report.result->rows) {
        if (row.count(QStringLiteral("IMPRESSION_1")) <= most)
            continue;
        most = row.count(QStringLiteral("IMPRESSION_1"));
        for (const AdGroup &adGroup : adGroups.result->items) {
            if (adGroup.id.value() == row.adGroupId)
                m_adGroup = adGroup;
        }
    }
    QVERIFY(most > 0);
}

void TestMalformedAnswers::rawProblems()
{
    using answercheck::rawProblem;
    QCOMPARE(rawProblem("{\"items\": [{\"id\": \"1\", \"name\": \"a\"}, {\"id\": \"2\"}], \"bookmark\": null}"), QString());
    // Keys are per object: the same name in two objects, or as a value, is fine.
    QCOMPARE(rawProblem("{\"a\": {\"a\": \"a\"}, \"b\": [\"a\", \"a\"]}"), QString());
    QVERIFY(rawProblem("{\"id\": \"1\", \"name\": \"x\", \"id\": \"2\"}").contains(QStringLiteral("\"id\" appears twice")));
    QVERIFY(rawProblem("[{\"a\": 1}, {\"b\": {\"c\": 1, \"c\": 2}}]").contains(QStringLiteral("\"c\" appears twice")));
    // An escaped quote does not end a string.
    QCOMPARE(rawProblem("{\"a\": \"say \\\"id\\\": 1\", \"id\": 2}"), QString());
    QVERIFY(rawProblem(QByteArray(65, '[') + QByteArray(65, ']')).contains(QStringLiteral("nested more than 64 levels")));
    QCOMPARE(rawProblem(QByteArray(64, '[') + QByteArray(64, ']')), QString());
    const QByteArray huge = "{\"name\": \"" + QByteArray(answercheck::kMaxStringBytes + 1, 'x') + "\"}";
    QVERIFY(rawProblem(huge).contains(QStringLiteral("a text of 1048577 bytes")));
    QCOMPARE(rawProblem("{\"unterminated"), QString()); // the JSON parser names that
}

void TestMalformedAnswers::memberProblems()
{
    using answercheck::problemIn;
    const auto object = [](const char *json) { return QJsonDocument::fromJson(json).object(); };
    QCOMPARE(problemIn(object("{\"id\": \"1\", \"budget_in_micro_currency\": 5000000, \"status\": \"ACTIVE\", \"x\": 1}"),
                       AnswerKind::AdGroup),
             QString());
    QCOMPARE(problemIn(object("{\"id\": \"1\", \"budget_in_micro_currency\": \"5000000\"}"), AnswerKind::AdGroup),
             QStringLiteral("\"budget_in_micro_currency\" is text \"5000000\", not a whole number"));
    QCOMPARE(problemIn(object("{\"id\": \"1\", \"bid_in_micro_currency\": 1.5}"), AnswerKind::AdGroup),
             QStringLiteral("\"bid_in_micro_currency\" is the number 1.5, not a whole number"));
    QCOMPARE(problemIn(object("{\"id\": 1}"), AnswerKind::AdGroup),
             QStringLiteral("\"id\" is the number 1, not text"));
    QCOMPARE(problemIn(object("{\"name\": \"A\"}"), AnswerKind::Campaign), QStringLiteral("\"id\" is missing"));
    QCOMPARE(problemIn(object("{\"id\": \"1\", \"status\": \"SLEEPING\"}"), AnswerKind::AdGroup),
             QStringLiteral("\"status\" has the value \"SLEEPING\", which Pinterest's API does not list"));
    // Null is accepted anywhere: Pinterest answers with nulls its description does not mention.
    QCOMPARE(problemIn(object("{\"id\": \"1\", \"name\": null, \"status\": null}"), AnswerKind::AdGroup), QString());
    QCOMPARE(problemIn(object("{\"id\": \"1\", \"currency\": \"XXX\"}"), AnswerKind::AdAccount),
             QStringLiteral("\"currency\" has the value \"XXX\", which Pinterest's API does not list"));
    QCOMPARE(answercheck::problemInAnalyticsRow(object("{\"AD_GROUP_ID\": \"1\", \"DATE\": \"2026-11-30\", \"SPEND_IN_DOLLAR\": \"12\"}")),
             QStringLiteral("\"SPEND_IN_DOLLAR\" of ad group 1 is text \"12\", not a number"));
    QCOMPARE(answercheck::problemInAnalyticsRow(object("{\"DATE\": \"2026-11-30\"}")),
             QStringLiteral("a row has no \"AD_GROUP_ID\""));
}

void TestMalformedAnswers::pinterestsExamplesPass()
{
    const QJsonObject adGroup = example(QStringLiteral("ad_group_response.json"));
    if (adGroup.isEmpty())
        QSKIP("Pinterest's examples are missing (PINSTRIPE_SHARED_DIR)");
    QCOMPARE(answercheck::problemIn(adGroup, AnswerKind::AdGroup), QString());
    const QJsonArray items = example(QStringLiteral("ad_groups_list_page.json")).value(QLatin1String("items")).toArray();
    QVERIFY(!items.isEmpty());
    for (const QJsonValue &item : items)
        QCOMPARE(answercheck::problemIn(item.toObject(), AnswerKind::AdGroup), QString());
    QCOMPARE(answercheck::problemIn(example(QStringLiteral("bid_floor_response.json")), AnswerKind::BidFloor), QString());
    QCOMPARE(answercheck::problemIn(example(QStringLiteral("audience_sizing_response.json")), AnswerKind::AudienceSizing),
             QString());
    QCOMPARE(answercheck::problemInTargetingAnalytics(example(QStringLiteral("ad_groups_targeting_analytics_metrics_response.json"))),
             QString());
}

std::optional<ApiError> TestMalformedAnswers::call(Endpoint endpoint)
{
    ApiClient *client = m_sandbox->client.get();
    const auto errorOf = [](const auto &outcome) { return outcome.error; };
    AnalyticsQuery analytics;
    analytics.adGroupIds = {m_adGroup.id.value()};
    analytics.startDate = AnalyticsQuery::todayUtc().addDays(-7);
    analytics.endDate = AnalyticsQuery::todayUtc().addDays(-1);
    analytics.columns = {QStringLiteral("IMPRESSION_1"), QStringLiteral("SPEND_IN_MICRO_DOLLAR")};
    analytics.granularity = QStringLiteral("DAY");
    switch (endpoint) {
    case AdAccounts:
        return errorOf(run<AdAccountPage>(new ListAdAccountsRequest(client, {}), &ListAdAccountsRequest::finished, 60000));
    case Campaigns:
        return errorOf(run<CampaignPage>(new ListCampaignsRequest(client, m_account, {}), &ListCampaignsRequest::finished, 60000));
    case AdGroups:
        return errorOf(run<AdGroupPage>(new ListAdGroupsRequest(client, m_account, {}), &ListAdGroupsRequest::finished, 60000));
    case OneAdGroup:
        return errorOf(run<AdGroup>(new GetAdGroupRequest(client, m_account, m_adGroup.id.value()),
                                    &GetAdGroupRequest::finished, 60000));
    case Analytics:
        return errorOf(run<AnalyticsReport>(new AdGroupAnalyticsRequest(client, m_account, analytics),
                                            &AdGroupAnalyticsRequest::finished, 60000));
    case TargetingBreakdown:
        analytics.targetingTypes = {QStringLiteral("GENDER")};
        analytics.granularity = QStringLiteral("TOTAL");
        return errorOf(run<pinstripe::TargetingAnalytics>(new TargetingAnalyticsRequest(client, m_account, analytics),
                                                          &TargetingAnalyticsRequest::finished, 60000));
    case BidFloors: {
        BidFloorSpec spec;
        spec.billableEvent = QStringLiteral("IMPRESSION");
        spec.currency = Currency::usd();
        spec.countries = QStringList{QStringLiteral("US")};
        BidFloorRequest body;
        body.bidFloorSpecs = QList<BidFloorSpec>{spec};
        return errorOf(run<BidFloor>(new FetchBidFloorsRequest(client, m_account, body), &FetchBidFloorsRequest::finished, 60000));
    }
    case AudienceSize: {
        AudienceSizingRequest body;
        body.targetingSpec = m_adGroup.targetingSpec.valueOr({});
        return errorOf(run<AudienceSizing>(new EstimateAudienceSizeRequest(client, m_account, body),
                                           &EstimateAudienceSizeRequest::finished, 60000));
    }
    case Update: {
        const QJsonObject body{{QStringLiteral("id"), m_adGroup.id.value()}, {QStringLiteral("name"), m_adGroup.name.value()}};
        return errorOf(run<AdGroupBatchResult>(new UpdateAdGroupsRequest(client, m_account, {body}),
                                               &UpdateAdGroupsRequest::finished, 60000));
    }
    }
    return std::nullopt;
}

void TestMalformedAnswers::everyEndpointSaysWhatIsWrong_data()
{
    QTest::addColumn<int>("endpoint");
    QTest::addColumn<int>("malformation");
    QTest::addColumn<QString>("said");
    using M = sandbox::Malformation;
    const QList<std::pair<Endpoint, const char *>> endpoints{
        {AdAccounts, "ad accounts"}, {Campaigns, "campaigns"},     {AdGroups, "ad groups"},
        {OneAdGroup, "one ad group"}, {Analytics, "analytics"},    {TargetingBreakdown, "targeting analytics"},
        {BidFloors, "bid floors"},    {AudienceSize, "audience size"}, {Update, "update"}};
    for (const auto &[endpoint, name] : endpoints) {
        const bool hasId = endpoint != Analytics && endpoint != TargetingBreakdown && endpoint != AudienceSize;
        const bool hasChoice = endpoint <= OneAdGroup || endpoint == Update;
        const auto row = [&](M how, const char *what, const QString &said) {
            QTest::addRow("%s, %s", name, what) << int(endpoint) << int(how) << said;
        };
        row(M::WrongType, "wrong type", QStringLiteral(", not "));
        if (hasId || endpoint == Analytics)
            row(M::MissingMember, "missing member", QStringLiteral("is missing|has no"));
        row(M::HugeString, "huge string", QStringLiteral("a text of 4194304 bytes"));
        row(M::DeepNesting, "deep nesting", QStringLiteral("nested more than 64 levels deep"));
        row(M::DuplicateKey, "duplicate key", QStringLiteral("appears twice in one object"));
        if (hasChoice)
            row(M::UnknownEnum, "unknown enum", QStringLiteral("\"NOT_IN_THE_API\", which Pinterest's API does not list"));
    }
}

void TestMalformedAnswers::everyEndpointSaysWhatIsWrong()
{
    QFETCH(int, endpoint);
    QFETCH(int, malformation);
    QFETCH(QString, said);
    sandbox::FaultOptions faults;
    faults.pathPattern = QString::fromLatin1(kPaths[endpoint]);
    faults.malformedRate = 1.0;
    faults.malformation = sandbox::Malformation(malformation);
    m_sandbox->server->setFaults(faults);
    const std::optional<ApiError> error = call(Endpoint(endpoint));
    m_sandbox->server->setFaults({});
    QVERIFY2(error.has_value(), "a spoiled answer was read as if it were fine");
    QCOMPARE(error->kind, ApiError::Kind::InvalidResponse);
    QVERIFY2(QRegularExpression(said).match(error->message).hasMatch(), qPrintable(error->message));
    QVERIFY(!error->requestId.isEmpty());
    const QString shown = error->userMessage();
    QVERIFY2(shown.contains(error->message) && shown.contains(QStringLiteral("Pinterest's request id: ") + error->requestId),
             qPrintable(shown));
}

QTEST_GUILESS_MAIN(TestMalformedAnswers)
#include "tst_malformedanswers.moc"
