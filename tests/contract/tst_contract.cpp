// Every sandbox endpoint, with valid and invalid requests, through Prism in proxy mode with
// --errors: Prism answers 500 when the sandbox's response violates Pinterest's OpenAPI
// description, so any 500 here is a contract break. Skips (77) without node, Prism or the spec.
#include "sandbox/sandboxthread.h"
#include "../sandbox/sandboxclient.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <cstdio>

using namespace pinstripe::sandbox;
using namespace pinstripe::sandbox::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString specPath()
{
    return QDir(qEnvironmentVariable("PINSTRIPE_SHARED_DIR")).filePath(s("pinterest-api/openapi.prism.yaml"));
}

QString prismScript()
{
    return QDir(QStringLiteral(PINSTRIPE_PRISM_DIR)).filePath(s("node_modules/@stoplight/prism-cli/dist/index.js"));
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void validRequests();
    void invalidRequests();
    void writes();
    void oauthToken();

private:
    /** Sends through Prism; fails the test on a 500 and prints Prism's violation list. */
    Reply checked(const QByteArray &method, const QString &path, const QString &query = {},
                  const QByteArray &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {},
                  bool bearer = true);

    std::unique_ptr<SandboxThread> m_sandbox;
    QProcess m_prism;
    std::unique_ptr<Client> m_client;
    QString m_account;
    QStringList m_adGroups;
    QString m_campaign;
    int m_requests = 0;
};

void TestContract::initTestCase()
{
    SandboxOptions options;
    options.rateLimits = {0, 0, 0, 60}; // the contract run must never meet a budget
    m_sandbox = startSandboxThread(options);
    QVERIFY(m_sandbox);
    const quint16 port = freePort();
    m_prism.setProcessChannelMode(QProcess::MergedChannels);
    m_prism.start(QStandardPaths::findExecutable(s("node")),
                  {prismScript(), s("proxy"), s("-h"), s("127.0.0.1"), s("-p"), QString::number(port), s("--errors"),
                   specPath(), m_sandbox->baseUrl().toString()});
    QVERIFY(m_prism.waitForStarted(10000));
    // Prism parses a 1.5 MB description first; wait until it accepts connections.
    bool up = false;
    for (int i = 0; i < 240 && !up && m_prism.state() == QProcess::Running; ++i) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        up = probe.waitForConnected(250);
        if (!up)
            QTest::qWait(250);
    }
    QVERIFY2(up, m_prism.readAll().constData());
    QUrl base;
    base.setScheme(s("http"));
    base.setHost(s("127.0.0.1"));
    base.setPort(port);
    base.setPath(QString()); // Prism serves the spec's paths; it adds /v5 when it forwards
    m_client = std::make_unique<Client>(base);
    m_client->setTimeoutMs(30000);

    const Reply accounts = checked("GET", s("/ad_accounts"));
    QCOMPARE(accounts.status, 200);
    m_account = accounts.object()[s("items")][0][s("id")].toString();
    const Reply groups = checked("GET", s("/ad_accounts/") + m_account + s("/ad_groups"), s("page_size=50"));
    QCOMPARE(groups.status, 200);
    for (const QJsonValue &g : groups.object()[s("items")].toArray())
        m_adGroups << g[s("id")].toString();
    QVERIFY(m_adGroups.size() >= 10);
}

void TestContract::cleanupTestCase()
{
    qInfo("%d requests went through Prism", m_requests);
    m_prism.kill();
    m_prism.waitForFinished(5000);
}

Reply TestContract::checked(const QByteArray &method, const QString &path, const QString &query, const QByteArray &body,
                            const QList<QPair<QByteArray, QByteArray>> &headers, bool bearer)
{
    ++m_requests;
    const Reply r = m_client->send(method, m_client->url(path, query), body, headers, bearer);
    [&] {
        QVERIFY2(!r.timedOut, qPrintable(path));
        QVERIFY2(r.status != 500, qPrintable(QString::fromUtf8(method) + QLatin1Char(' ') + path + QLatin1Char('?') + query
                                             + QStringLiteral("\n") + QString::fromUtf8(r.body.left(4000))));
    }();
    return r;
}

void TestContract::validRequests()
{
    const QString a = s("/ad_accounts/") + m_account;
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    const QString weekAgo = QDateTime::currentDateTimeUtc().date().addDays(-6).toString(Qt::ISODate);
    const QString monthsAgo = QDateTime::currentDateTimeUtc().date().addDays(-80).toString(Qt::ISODate);
    QString ids;
    for (const QString &id : std::as_const(m_adGroups))
        ids += s("&ad_group_ids=") + id;
    const QString all = s("entity_statuses=ACTIVE&entity_statuses=PAUSED&entity_statuses=ARCHIVED&entity_statuses=DRAFT"
                          "&entity_statuses=DELETED_DRAFT");
    const QString columns = s("SPEND_IN_MICRO_DOLLAR,SPEND_IN_DOLLAR,PAID_IMPRESSION,IMPRESSION_1,IMPRESSION_2,"
                              "TOTAL_IMPRESSION,CLICKTHROUGH_1,CLICKTHROUGH_2,TOTAL_CLICKTHROUGH,OUTBOUND_CLICK_1,CTR,ECTR,"
                              "CPC_IN_MICRO_DOLLAR,ECPC_IN_MICRO_DOLLAR,CPM_IN_MICRO_DOLLAR,ECPM_IN_MICRO_DOLLAR,"
                              "TOTAL_ENGAGEMENT,ENGAGEMENT_RATE,TOTAL_CONVERSIONS,TOTAL_CHECKOUT,"
                              "TOTAL_CHECKOUT_VALUE_IN_MICRO_DOLLAR,CHECKOUT_ROAS,TOTAL_PAGE_VISIT,TOTAL_SIGNUP,TOTAL_LEAD,"
                              "TOTAL_VIDEO_3SEC_VIEWS,TOTAL_VIDEO_MRC_VIEWS,TOTAL_VIDEO_P100_COMPLETE,AD_GROUP_ID,"
                              "CAMPAIGN_ID,AD_GROUP_NAME,CAMPAIGN_NAME,PIN_ID");
    struct Call
    {
        QString path;
        QString query;
    };
    const QList<Call> calls = {
        {s("/ad_accounts"), s("page_size=1")},
        {s("/ad_accounts"), s("include_shared_accounts=false")},
        {a, {}},
        {a + s("/campaigns"), {}},
        {a + s("/campaigns"), all + s("&order=DESCENDING&page_size=2")},
        {a + s("/ad_groups"), all + s("&page_size=250")},
        {a + s("/ad_groups"), s("order=DESCENDING&translate_interests_to_names=true&page_size=100")},
        {a + s("/ad_groups"), s("ad_group_ids=") + m_adGroups.at(0) + s("&ad_group_ids=") + m_adGroups.at(1)},
        {a + s("/ad_groups/") + m_adGroups.at(2), {}},
        {a + s("/ad_groups/analytics"), s("start_date=") + monthsAgo + s("&end_date=") + today + s("&granularity=DAY&columns=") + columns + ids},
        {a + s("/ad_groups/analytics"), s("start_date=") + monthsAgo + s("&end_date=") + today + s("&granularity=TOTAL&columns=") + columns + ids},
        {a + s("/ad_groups/analytics"), s("start_date=") + monthsAgo + s("&end_date=") + today + s("&granularity=WEEK&columns=") + columns + ids + s("&aggregate_report_rows=true")},
        {a + s("/ad_groups/analytics"), s("start_date=") + weekAgo + s("&end_date=") + weekAgo + s("&granularity=HOUR&columns=") + columns + ids},
        {a + s("/ad_groups/targeting_analytics"), s("start_date=") + monthsAgo + s("&end_date=") + today
            + s("&granularity=TOTAL&columns=SPEND_IN_DOLLAR,IMPRESSION_1,CTR&targeting_types=KEYWORD,APPTYPE,GENDER,"
                "LOCATION,PLACEMENT,COUNTRY,TARGETED_INTEREST,PINNER_INTEREST,AUDIENCE_INCLUDE,GEO,AGE_BUCKET,REGION")
            + ids},
        {a + s("/ad_groups/targeting_analytics"), s("start_date=") + weekAgo + s("&end_date=") + today
            + s("&granularity=DAY&columns=SPEND_IN_MICRO_DOLLAR,CLICKTHROUGH_1&targeting_types=AGE_BUCKET,GENDER"
                "&attribution_types=INDIVIDUAL,HOUSEHOLD") + ids},
    };
    for (const Call &c : calls) {
        const Reply r = checked("GET", c.path, c.query);
        QVERIFY2(r.status == 200, qPrintable(c.path + QLatin1Char(' ') + QString::number(r.status) + QLatin1Char(' ')
                                             + QString::fromUtf8(r.body.left(1500))));
    }
    const Reply floors = checked("POST", a + s("/bid_floor"),
        {}, R"({"bid_floor_specs":[{"billable_event":"CLICKTHROUGH","currency":"USD","countries":["US"],"creative_type":"REGULAR","objective_type":"CONSIDERATION"},{"billable_event":"IMPRESSION","currency":"JPY","countries":["JP"]}],"targeting_spec":{"LOCATION":["US"],"GENDER":["female"],"APPTYPE":["iphone"]}})");
    QCOMPARE(floors.status, 200);
    const Reply sizing = checked("POST", a + s("/ad_groups/audience_sizing"),
        {}, R"({"targeting_spec":{"LOCATION":["US"],"GENDER":["female"],"MINIMUM_AGE":"25","MAXIMUM_AGE":"54"},"placement_group":"SEARCH","keywords":[{"match_type":"BROAD","value":"patio chairs"}],"creative_types":["REGULAR"]})");
    QCOMPARE(sizing.status, 200);
    const Reply campaigns = checked("GET", a + s("/campaigns"), all + s("&page_size=250"));
    for (const QJsonValue &c : campaigns.object()[s("items")].toArray()) {
        if (c[s("objective_type")].toString() == s("AWARENESS") && !c[s("is_campaign_budget_optimization")].toBool())
            m_campaign = c[s("id")].toString();
    }
    QVERIFY(!m_campaign.isEmpty());
}

void TestContract::invalidRequests()
{
    const QString a = s("/ad_accounts/") + m_account;
    const QList<QPair<QString, QString>> calls = {
        {a + s("/ad_groups"), s("page_size=0")},
        {a + s("/ad_groups"), s("page_size=999")},
        {a + s("/ad_groups"), s("campaign_ids=1&ad_group_ids=2")},
        {a + s("/ad_groups"), s("entity_statuses=LIVE")},
        {a + s("/ad_groups"), s("bookmark=broken")},
        {a + s("/campaigns"), s("order=SIDEWAYS")},
        {a + s("/ad_groups/999"), {}},
        {s("/ad_accounts/999"), {}},
        {s("/ad_accounts/999/ad_groups"), {}},
        {s("/ad_accounts/abc"), {}},
        {a + s("/ad_groups/analytics"), s("start_date=2020-01-01&end_date=2020-01-02&granularity=DAY&columns=CTR&ad_group_ids=1")},
        {a + s("/ad_groups/analytics"), s("start_date=2025-01-02&end_date=2025-01-01&granularity=DAY&columns=CTR&ad_group_ids=1")},
        {a + s("/ad_groups/analytics"), s("granularity=DAY&columns=CTR")},
        {a + s("/ad_groups/targeting_analytics"), s("start_date=2025-01-02&end_date=2025-01-03&granularity=DAY&columns=CTR&ad_group_ids=1&targeting_types=NOPE")},
        {s("/no_such_endpoint"), {}},
    };
    for (const auto &c : calls) {
        const Reply r = checked("GET", c.first, c.second);
        QVERIFY2(r.status >= 400 && r.status < 500, qPrintable(c.first + QLatin1Char(' ') + QString::number(r.status)));
    }
    // Unauthenticated and wrongly authenticated calls.
    QVERIFY(checked("GET", s("/ad_accounts"), {}, {}, {}, false).status >= 400);
    QVERIFY(checked("GET", s("/ad_accounts"), {}, {}, {{"Authorization", "Bearer wrong"}}, false).status == 401);
    const QByteArray json = "application/json";
    QVERIFY(checked("POST", a + s("/bid_floor"), {}, "{}", {{"Content-Type", json}}).status >= 400);
    QVERIFY(checked("POST", a + s("/bid_floor"), {}, R"({"bid_floor_specs":[{"billable_event":"CLICKTHROUGH","currency":"XXX"}]})").status >= 400);
    QVERIFY(checked("POST", a + s("/ad_groups/audience_sizing"), {}, R"({"placement_group":"FEED"})").status >= 400);
    QVERIFY(checked("POST", a + s("/ad_groups"), {}, "[]").status >= 400);
    QVERIFY(checked("PATCH", a + s("/ad_groups"), {}, "{\"id\":\"1\"}").status >= 400);
}

void TestContract::writes()
{
    const QString a = s("/ad_accounts/") + m_account;
    const QJsonObject valid{{s("campaign_id"), m_campaign},
                            {s("name"), s("Contract check")},
                            {s("billable_event"), s("IMPRESSION")},
                            {s("bid_strategy_type"), s("MAX_BID")},
                            {s("bid_in_micro_currency"), 5000000},
                            {s("budget_in_micro_currency"), 20000000},
                            {s("tracking_urls"), QJsonObject{{s("click"), QJsonArray{s("https://t.example/c")}}}},
                            {s("targeting_spec"), QJsonObject{{s("LOCATION"), QJsonArray{s("US")}},
                                                              {s("MINIMUM_AGE"), s("25")},
                                                              {s("MAXIMUM_AGE"), s("65+")}}}};
    QJsonObject invalid = valid;
    invalid[s("budget_type")] = s("LIFETIME");
    const Reply created = checked("POST", a + s("/ad_groups"), {},
                                  QJsonDocument(QJsonArray{valid, invalid}).toJson(QJsonDocument::Compact));
    QCOMPARE(created.status, 200);
    const QString id = created.object()[s("items")][0][s("data")][s("id")].toString();
    QVERIFY(!id.isEmpty());
    const QJsonArray update{QJsonObject{{s("id"), id}, {s("name"), s("Contract check, renamed")},
                                        {s("status"), s("PAUSED")}},
                            QJsonObject{{s("id"), s("123")}, {s("name"), s("missing")}},
                            QJsonObject{{s("id"), id}, {s("bid_multiplier"), 20}}};
    const Reply updated = checked("PATCH", a + s("/ad_groups"), {}, QJsonDocument(update).toJson(QJsonDocument::Compact));
    QVERIFY(updated.status == 200 || updated.status == 422); // Prism itself may refuse bid_multiplier 20
}

void TestContract::oauthToken()
{
    const QList<QPair<QByteArray, QByteArray>> form = {{"Content-Type", "application/x-www-form-urlencoded"},
                                                       {"Authorization", "Basic " + QByteArray("1484000:pinstripe-demo-secret").toBase64()}};
    const Reply bad = checked("POST", s("/oauth/token"), {}, "grant_type=refresh_token&refresh_token=unknown", form, false);
    QVERIFY(bad.status >= 400 && bad.status < 500);
    const QList<QPair<QByteArray, QByteArray>> wrong = {{"Content-Type", "application/x-www-form-urlencoded"},
                                                        {"Authorization", "Basic " + QByteArray("1484000:nope").toBase64()}};
    QVERIFY(checked("POST", s("/oauth/token"), {}, "grant_type=refresh_token&refresh_token=x", wrong, false).status >= 400);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString missing;
    if (!QFileInfo::exists(specPath()))
        missing = s("the API description ") + specPath();
    else if (QStandardPaths::findExecutable(s("node")).isEmpty())
        missing = s("node");
    else if (!QFileInfo::exists(prismScript()))
        missing = s("Prism (cmake --build <build> --target prism)");
    if (!missing.isEmpty()) {
        std::printf("SKIP: %s is not available\n", qPrintable(missing));
        return 77;
    }
    TestContract test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_contract.moc"
