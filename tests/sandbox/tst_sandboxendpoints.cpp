// The sandbox's REST endpoints over real loopback HTTP: successes, every limit's 400, 401s,
// 404s, partial batch results, partial updates, paging stability and state persistence.
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"
#include "sandboxclient.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace pinstripe::sandbox;
using namespace pinstripe::sandbox::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

SandboxOptions pinnedOptions()
{
    SandboxOptions o;
    o.now = QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
    return o;
}

QString allStatuses()
{
    return s("entity_statuses=ACTIVE&entity_statuses=PAUSED&entity_statuses=ARCHIVED&entity_statuses=DRAFT"
             "&entity_statuses=DELETED_DRAFT");
}

} // namespace

class TestSandboxEndpoints : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void adAccounts();
    void campaigns();
    void listAndGetAdGroups();
    void limits_data();
    void limits();
    void unauthorized_data();
    void unauthorized();
    void notFound_data();
    void notFound();
    void partialBatchCreate();
    void createRules_data();
    void createRules();
    void updateChangesOnlySentFields();
    void draftRules();
    void pagingIsStable_data();
    void pagingIsStable();
    void translateInterests();
    void currencyAmounts();
    void bidFloors();
    void audienceSizing();
    void statePersists();
    void tenThousandAdGroupsPage();

private:
    QJsonObject campaignWith(const QString &objective, bool cbo);
    QJsonObject validItem(const QJsonObject &campaign, const QString &name);
    QString path(const QString &rest = {}) const { return s("/ad_accounts/") + m_account + rest; }

    std::unique_ptr<SandboxThread> m_sandbox;
    std::unique_ptr<Client> m_client;
    QString m_account;
    QJsonArray m_campaigns;
};

void TestSandboxEndpoints::initTestCase()
{
    m_sandbox = startSandboxThread(pinnedOptions());
    QVERIFY(m_sandbox);
    QCOMPARE(m_sandbox->baseUrl().host(), s("127.0.0.1"));
    m_client = std::make_unique<Client>(m_sandbox->baseUrl());
    const Reply accounts = m_client->get(s("/ad_accounts"));
    QCOMPARE(accounts.status, 200);
    m_account = accounts.object()[s("items")].toArray().at(0)[s("id")].toString();
    const Reply campaigns = m_client->get(path(s("/campaigns")), allStatuses() + s("&page_size=250"));
    QCOMPARE(campaigns.status, 200);
    m_campaigns = campaigns.object()[s("items")].toArray();
    QVERIFY(m_campaigns.size() >= 3);
}

QJsonObject TestSandboxEndpoints::campaignWith(const QString &objective, bool cbo)
{
    for (const QJsonValue &c : std::as_const(m_campaigns)) {
        if (c[s("objective_type")].toString() == objective && c[s("is_campaign_budget_optimization")].toBool() == cbo)
            return c.toObject();
    }
    return {};
}

QJsonObject TestSandboxEndpoints::validItem(const QJsonObject &campaign, const QString &name)
{
    return QJsonObject{{s("campaign_id"), campaign[s("id")]},
                       {s("name"), name},
                       {s("billable_event"), s("IMPRESSION")},
                       {s("bid_strategy_type"), s("MAX_BID")},
                       {s("bid_in_micro_currency"), 5000000},
                       {s("budget_type"), s("DAILY")},
                       {s("budget_in_micro_currency"), 20000000},
                       {s("targeting_spec"), QJsonObject{{s("LOCATION"), QJsonArray{s("US")}},
                                                         {s("GENDER"), QJsonArray{s("female")}}}}};
}

void TestSandboxEndpoints::adAccounts()
{
    const Reply list = m_client->get(s("/ad_accounts"));
    QCOMPARE(list.status, 200);
    QVERIFY(list.object()[s("bookmark")].isNull());
    const QJsonArray items = list.object()[s("items")].toArray();
    QSet<QString> currencies;
    for (const QJsonValue &a : items) {
        currencies << a[s("currency")].toString();
        QVERIFY(!a[s("name")].toString().isEmpty());
        QVERIFY(!a[s("owner")][s("username")].toString().isEmpty());
        QVERIFY(!a[s("permissions")].toArray().isEmpty());
        const Reply one = m_client->get(s("/ad_accounts/") + a[s("id")].toString());
        QCOMPARE(one.status, 200);
        QCOMPARE(one.object(), a.toObject());
    }
    QVERIFY(currencies.contains(s("USD")) && currencies.contains(s("EUR")) && currencies.contains(s("JPY")));

    // Paging one by one reaches every account exactly once.
    QStringList seen;
    QString bookmark;
    do {
        const Reply page = m_client->get(s("/ad_accounts"), bookmark.isEmpty() ? s("page_size=1")
                                                                               : query({{"page_size", s("1")}, {"bookmark", bookmark}}));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.object()[s("items")].toArray().size(), 1);
        seen << page.object()[s("items")].toArray().at(0)[s("id")].toString();
        bookmark = page.object()[s("bookmark")].toString();
    } while (!bookmark.isEmpty());
    QCOMPARE(seen.size(), items.size());
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), items.size());
}

void TestSandboxEndpoints::campaigns()
{
    const Reply defaults = m_client->get(path(s("/campaigns")), s("page_size=250"));
    QCOMPARE(defaults.status, 200);
    const QJsonArray active = defaults.object()[s("items")].toArray();
    QVERIFY(!active.isEmpty());
    for (const QJsonValue &c : active) {
        QCOMPARE(c[s("type")].toString(), s("campaign"));
        QCOMPARE(c[s("ad_account_id")].toString(), m_account);
        QVERIFY(QStringList({s("ACTIVE"), s("PAUSED")}).contains(c[s("status")].toString()));
    }
    QVERIFY2(m_campaigns.size() > active.size(), "ARCHIVED/DRAFT campaigns only come when asked for");
    const QString id = m_campaigns.at(0)[s("id")].toString();
    const Reply filtered = m_client->get(path(s("/campaigns")), s("campaign_ids=") + id + s("&") + allStatuses());
    QCOMPARE(filtered.object()[s("items")].toArray().size(), 1);
    QCOMPARE(filtered.object()[s("items")].toArray().at(0)[s("id")].toString(), id);
}

void TestSandboxEndpoints::listAndGetAdGroups()
{
    const Reply page = m_client->get(path(s("/ad_groups")));
    QCOMPARE(page.status, 200);
    const QJsonArray items = page.object()[s("items")].toArray();
    QCOMPARE(items.size(), 25); // default page size
    QVERIFY(page.object()[s("bookmark")].isString());
    for (const QJsonValue &g : items) {
        QCOMPARE(g[s("type")].toString(), s("adgroup"));
        QVERIFY(QStringList({s("ACTIVE"), s("PAUSED")}).contains(g[s("status")].toString()));
        QVERIFY(g[s("targeting_spec")].isObject());
    }
    const QString id = items.at(3)[s("id")].toString();
    const Reply one = m_client->get(path(s("/ad_groups/")) + id);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.object(), items.at(3).toObject());
    QVERIFY(!one.header("x-pinterest-rid").isEmpty());
    QVERIFY(!one.header("X-RateLimit-Remaining").isEmpty());

    // Every status exists in the demo data.
    const Reply all = m_client->get(path(s("/ad_groups")), allStatuses() + s("&page_size=250"));
    QSet<QString> statuses;
    for (const QJsonValue &g : all.object()[s("items")].toArray())
        statuses << g[s("status")].toString();
    QVERIFY(statuses.contains(s("ARCHIVED")) && statuses.contains(s("DRAFT")) && statuses.contains(s("ACTIVE")));
}

void TestSandboxEndpoints::limits_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("rest");
    QTest::addColumn<QString>("queryOrBody");
    QTest::addColumn<QString>("message");
    QString ids;
    for (int i = 0; i < 251; ++i)
        ids += s("ad_group_ids=%1&").arg(1000 + i);
    const QString good = s("&columns=SPEND_IN_DOLLAR&granularity=DAY&ad_group_ids=1");
    QJsonArray many;
    for (int i = 0; i < 31; ++i)
        many.append(QJsonObject{{s("id"), s("1")}});
    const QString tooMany = QString::fromUtf8(QJsonDocument(many).toJson(QJsonDocument::Compact));

    QTest::newRow("page_size 0") << QByteArray("GET") << s("/ad_groups") << s("page_size=0") << s("page_size");
    QTest::newRow("page_size 251") << QByteArray("GET") << s("/ad_groups") << s("page_size=251") << s("between 1 and 250");
    QTest::newRow("page_size text") << QByteArray("GET") << s("/campaigns") << s("page_size=ten") << s("page_size");
    QTest::newRow("251 ids") << QByteArray("GET") << s("/ad_groups") << ids << s("at most 250");
    QTest::newRow("id pattern") << QByteArray("GET") << s("/ad_groups") << s("ad_group_ids=12a") << s("^\\d+$");
    QTest::newRow("id length") << QByteArray("GET") << s("/campaigns") << s("campaign_ids=1234567890123456789")
                               << s("18 digits");
    QTest::newRow("status enum") << QByteArray("GET") << s("/ad_groups") << s("entity_statuses=LIVE") << s("entity_statuses");
    QTest::newRow("order enum") << QByteArray("GET") << s("/ad_groups") << s("order=RANDOM") << s("order");
    QTest::newRow("both filters") << QByteArray("GET") << s("/ad_groups") << s("campaign_ids=1&ad_group_ids=2")
                                  << s("not both");
    QTest::newRow("bookmark") << QByteArray("GET") << s("/ad_groups") << s("bookmark=bm90LWEtYm9va21hcms") << s("bookmark");
    QTest::newRow("bool") << QByteArray("GET") << s("/ad_groups") << s("translate_interests_to_names=yes")
                          << s("translate_interests_to_names");
    QTest::newRow("create empty") << QByteArray("POST") << s("/ad_groups") << s("[]") << s("1 to 30");
    QTest::newRow("update 31") << QByteArray("PATCH") << s("/ad_groups") << tooMany << s("1 to 30");
    QTest::newRow("create object") << QByteArray("POST") << s("/ad_groups") << s("{}") << s("JSON array");
    QTest::newRow("start_date missing") << QByteArray("GET") << s("/ad_groups/analytics")
                                        << s("end_date=2025-02-27") + good << s("start_date is required");
    QTest::newRow("ad_group_ids missing") << QByteArray("GET") << s("/ad_groups/analytics")
        << s("start_date=2025-02-20&end_date=2025-02-27&columns=CTR&granularity=DAY") << s("ad_group_ids is required");
    QTest::newRow("columns enum") << QByteArray("GET") << s("/ad_groups/analytics")
        << s("start_date=2025-02-20&end_date=2025-02-27&granularity=DAY&ad_group_ids=1&columns=CTR,NOPE") << s("NOPE");
    QTest::newRow("granularity enum") << QByteArray("GET") << s("/ad_groups/analytics")
        << s("start_date=2025-02-20&end_date=2025-02-27&granularity=WEEKLY&ad_group_ids=1&columns=CTR") << s("granularity");
    QTest::newRow("date format") << QByteArray("GET") << s("/ad_groups/analytics")
                                 << s("start_date=2025/02/20&end_date=2025-02-27") + good << s("YYYY-MM-DD");
    QTest::newRow("91 days back") << QByteArray("GET") << s("/ad_groups/analytics")
                                  << s("start_date=2024-11-30&end_date=2024-12-05") + good << s("90 days back");
    QTest::newRow("end before start") << QByteArray("GET") << s("/ad_groups/analytics")
                                      << s("start_date=2025-02-20&end_date=2025-02-19") + good << s("before start_date");
    QTest::newRow("span over 90") << QByteArray("GET") << s("/ad_groups/analytics")
                                  << s("start_date=2024-12-02&end_date=2025-03-03") + good << s("90 days past start_date");
    QTest::newRow("hour 9 days back") << QByteArray("GET") << s("/ad_groups/analytics")
        << s("start_date=2025-02-20&end_date=2025-02-21&granularity=HOUR&ad_group_ids=1&columns=CTR") << s("8 days back");
    QTest::newRow("hour span 4 days") << QByteArray("GET") << s("/ad_groups/analytics")
        << s("start_date=2025-02-24&end_date=2025-02-28&granularity=HOUR&ad_group_ids=1&columns=CTR") << s("3 days past");
    QTest::newRow("window enum") << QByteArray("GET") << s("/ad_groups/analytics")
                                 << s("start_date=2025-02-20&end_date=2025-02-27&click_window_days=5") + good
                                 << s("click_window_days");
    QTest::newRow("targeting_types missing") << QByteArray("GET") << s("/ad_groups/targeting_analytics")
                                             << s("start_date=2025-02-20&end_date=2025-02-27") + good
                                             << s("targeting_types is required");
    QTest::newRow("targeting_types enum") << QByteArray("GET") << s("/ad_groups/targeting_analytics")
        << s("start_date=2025-02-20&end_date=2025-02-27&targeting_types=GENDER,AUDIENCE_EXCLUDE") + good
        << s("AUDIENCE_EXCLUDE");
    QTest::newRow("attribution_types") << QByteArray("GET") << s("/ad_groups/targeting_analytics")
        << s("start_date=2025-02-20&end_date=2025-02-27&targeting_types=GENDER&attribution_types=INDIVIDUAL,HOUSEHOLD,"
             "INDIVIDUAL") + good << s("at most 2");
    QTest::newRow("bid floor specs") << QByteArray("POST") << s("/bid_floor") << s("{}") << s("bid_floor_specs");
    QTest::newRow("bid floor currency") << QByteArray("POST") << s("/bid_floor")
        << s(R"({"bid_floor_specs":[{"billable_event":"CLICKTHROUGH","currency":"XXX"}]})") << s("currency");
    QTest::newRow("bid floor country") << QByteArray("POST") << s("/bid_floor")
        << s(R"({"bid_floor_specs":[{"billable_event":"CLICKTHROUGH","currency":"USD","countries":["ZZ"]}]})") << s("ZZ");
    QTest::newRow("sizing placement") << QByteArray("POST") << s("/ad_groups/audience_sizing")
                                      << s(R"({"placement_group":"FEED"})") << s("placement_group");
    QTest::newRow("sizing gender") << QByteArray("POST") << s("/ad_groups/audience_sizing")
        << s(R"({"targeting_spec":{"LOCATION":["US"],"GENDER":["other"]}})") << s("GENDER");
    QTest::newRow("path id") << QByteArray("GET") << s("/ad_groups/12x") << QString() << s("ad_group_id");
}

void TestSandboxEndpoints::limits()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, rest);
    QFETCH(QString, queryOrBody);
    QFETCH(QString, message);
    const Reply r = method == "GET" ? m_client->get(path(rest), queryOrBody)
                                    : m_client->send(method, m_client->url(path(rest)), queryOrBody.toUtf8());
    QCOMPARE(r.status, 400);
    QVERIFY(r.object()[s("code")].isDouble());
    QVERIFY2(r.message().contains(message), qPrintable(r.message()));
}

void TestSandboxEndpoints::unauthorized_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("missing") << QByteArray();
    QTest::newRow("wrong token") << QByteArray("Bearer not-a-token");
    QTest::newRow("basic") << QByteArray("Basic MTIzOnNlY3JldA==");
    QTest::newRow("empty bearer") << QByteArray("Bearer ");
}

void TestSandboxEndpoints::unauthorized()
{
    QFETCH(QByteArray, authorization);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    for (const QString &p : {s("/ad_accounts"), path(s("/ad_groups")), s("/no/such/path")}) {
        const Reply r = m_client->send("GET", m_client->url(p), {}, headers, false);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), 2);
        QCOMPARE(r.message(), s("Authentication failed."));
    }
}

void TestSandboxEndpoints::notFound_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("code");
    QTest::newRow("unknown path") << s("/v5/pins") << 404;
    QTest::newRow("outside v5") << s("/nothing-here") << 404;
    QTest::newRow("too deep") << s("/v5/ad_accounts/1/ad_groups/1/ads") << 404;
    QTest::newRow("unknown account") << s("/v5/ad_accounts/999/ad_groups") << 2;
    QTest::newRow("unknown ad group") << s("/v5/ad_accounts/ACCOUNT/ad_groups/777") << 2;
}

void TestSandboxEndpoints::notFound()
{
    QFETCH(QString, url);
    QFETCH(int, code);
    QUrl u = m_sandbox->baseUrl();
    u.setPath(QString(url).replace(s("ACCOUNT"), m_account));
    const Reply r = m_client->send("GET", u, {});
    QCOMPARE(r.status, 404);
    QCOMPARE(r.code(), code);
    QVERIFY(!r.message().isEmpty());
}

void TestSandboxEndpoints::partialBatchCreate()
{
    const QJsonObject campaign = campaignWith(s("AWARENESS"), false);
    QVERIFY(!campaign.isEmpty());
    QJsonObject lifetimeWithoutEnd = validItem(campaign, s("bad"));
    lifetimeWithoutEnd[s("budget_type")] = s("LIFETIME");
    QJsonObject unknownCampaign = validItem(campaign, s("orphan"));
    unknownCampaign[s("campaign_id")] = s("42");
    const QJsonArray batch{validItem(campaign, s("Batch first")), lifetimeWithoutEnd, unknownCampaign,
                           validItem(campaign, s("Batch last"))};
    const Reply r = m_client->post(path(s("/ad_groups")), QJsonDocument(batch));
    QCOMPARE(r.status, 200);
    const QJsonArray items = r.object()[s("items")].toArray();
    QCOMPARE(items.size(), 4);
    QCOMPARE(items.at(0)[s("data")][s("name")].toString(), s("Batch first"));
    QVERIFY(items.at(0)[s("exceptions")].toArray().isEmpty());
    QVERIFY(items.at(1)[s("data")].isUndefined());
    QVERIFY(items.at(1)[s("exceptions")][0][s("message")].toString().contains(s("end_time")));
    QVERIFY(items.at(2)[s("exceptions")][0][s("message")].toString().contains(s("42")));
    QCOMPARE(items.at(3)[s("data")][s("name")].toString(), s("Batch last"));

    const QJsonObject created = items.at(0)[s("data")].toObject();
    QCOMPARE(created[s("type")].toString(), s("adgroup"));
    QCOMPARE(created[s("ad_account_id")].toString(), m_account);
    QCOMPARE(created[s("status")].toString(), s("ACTIVE"));
    QCOMPARE(created[s("pacing_delivery_type")].toString(), s("STANDARD"));
    QVERIFY(created[s("id")].toString().toLongLong() < items.at(3)[s("data")][s("id")].toString().toLongLong());
    const Reply fetched = m_client->get(path(s("/ad_groups/")) + created[s("id")].toString());
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.object(), created);
}

void TestSandboxEndpoints::createRules_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    auto spec = [](const char *json) { return QJsonValue(QJsonDocument::fromJson(QByteArray(json)).object()); };
    QTest::newRow("name missing") << s("name") << QJsonValue(QJsonValue::Undefined) << s("name is required");
    QTest::newRow("billable enum") << s("billable_event") << QJsonValue(s("VIEW")) << s("billable_event");
    QTest::newRow("status enum") << s("status") << QJsonValue(s("LIVE")) << s("status");
    QTest::newRow("bid needed") << s("bid_in_micro_currency") << QJsonValue() << s("bid_in_micro_currency is required");
    QTest::newRow("bid_multiplier") << s("bid_multiplier") << QJsonValue(10.5) << s("bid_multiplier");
    QTest::newRow("end before start") << s("end_time") << QJsonValue(1700000000) << s("end_time must be after");
    QTest::newRow("frequency cap") << s("lifetime_frequency_cap") << QJsonValue(5) << s("requires end_time");
    QTest::newRow("CBO budget type") << s("budget_type") << QJsonValue(s("CBO_ADGROUP")) << s("CBO");
    QTest::newRow("no budget") << s("budget_in_micro_currency") << QJsonValue() << s("budget_in_micro_currency is required");
    QTest::newRow("min without max") << s("targeting_spec") << spec(R"({"LOCATION":["US"],"MINIMUM_AGE":"25"})")
                                     << s("together");
    QTest::newRow("age bucket and min") << s("targeting_spec")
        << spec(R"({"LOCATION":["US"],"MINIMUM_AGE":"25","MAXIMUM_AGE":"34","AGE_BUCKET":["25-34"]})") << s("AGE_BUCKET");
    QTest::newRow("age as number") << s("targeting_spec")
        << spec(R"({"LOCATION":["US"],"MINIMUM_AGE":25,"MAXIMUM_AGE":"34"})") << s("strings");
    QTest::newRow("gender enum") << s("targeting_spec") << spec(R"({"LOCATION":["US"],"GENDER":["woman"]})") << s("woman");
    QTest::newRow("apptype enum") << s("targeting_spec") << spec(R"({"LOCATION":["US"],"APPTYPE":["IPHONE"]})") << s("IPHONE");
    QTest::newRow("age bucket enum") << s("targeting_spec") << spec(R"({"LOCATION":["US"],"AGE_BUCKET":["30-40"]})")
                                     << s("30-40");
    QTest::newRow("no location") << s("targeting_spec") << spec(R"({"GENDER":["male"]})") << s("LOCATION or GEO");
    QTest::newRow("four urls") << s("tracking_urls")
        << spec(R"({"click":["https://a.example/1","https://a.example/2","https://a.example/3","https://a.example/4"]})")
        << s("at most 3");
    // An unknown tracking event is a key outside the schema: tst_sandboxstrict checks both modes.
}

void TestSandboxEndpoints::createRules()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    QJsonObject item = validItem(campaignWith(s("AWARENESS"), false), s("Rule check"));
    item[s("start_time")] = 1740787200;
    if (value.isUndefined())
        item.remove(field);
    else
        item[field] = value;
    const Reply r = m_client->post(path(s("/ad_groups")), QJsonDocument(QJsonArray{item}));
    QCOMPARE(r.status, 200);
    const QJsonObject result = r.object()[s("items")].toArray().at(0).toObject();
    QVERIFY2(!result.contains(s("data")), "an invalid item must not be created");
    const QString got = result[s("exceptions")][0][s("message")].toString();
    QVERIFY2(got.contains(message), qPrintable(got));
}

void TestSandboxEndpoints::updateChangesOnlySentFields()
{
    const Reply list = m_client->get(path(s("/ad_groups")), s("entity_statuses=ACTIVE&page_size=5"));
    const QJsonObject before = list.object()[s("items")].toArray().at(2).toObject();
    const QString id = before[s("id")].toString();
    const QJsonArray update{QJsonObject{{s("id"), id}, {s("name"), s("Only the name changes")}},
                            QJsonObject{{s("id"), id}, {s("budget_in_micro_currency"), QJsonValue()}},
                            QJsonObject{{s("name"), s("no id")}}};
    const Reply r = m_client->patch(path(s("/ad_groups")), QJsonDocument(update));
    QCOMPARE(r.status, 200);
    const QJsonArray items = r.object()[s("items")].toArray();
    QCOMPARE(items.size(), 3);
    const QJsonObject after = items.at(0)[s("data")].toObject();
    QCOMPARE(after[s("name")].toString(), s("Only the name changes"));
    QVERIFY(after[s("updated_time")].toInteger() > before[s("updated_time")].toInteger());
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (it.key() != s("name") && it.key() != s("updated_time") && it.key() != s("summary_status"))
            QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
    }
    QCOMPARE(after.keys(), before.keys());
    QVERIFY(items.at(1)[s("exceptions")][0][s("message")].toString().contains(s("budget_in_micro_currency")));
    QVERIFY(items.at(2)[s("exceptions")][0][s("message")].toString().contains(s("id is required")));
    const Reply fetched = m_client->get(path(s("/ad_groups/")) + id);
    QCOMPARE(fetched.object(), after);

    // A second update in the same second still moves updated_time forward.
    const Reply again = m_client->patch(path(s("/ad_groups")),
                                        QJsonDocument(QJsonArray{QJsonObject{{s("id"), id}, {s("status"), s("PAUSED")}}}));
    const QJsonObject third = again.object()[s("items")][0][s("data")].toObject();
    QCOMPARE(third[s("status")].toString(), s("PAUSED"));
    QCOMPARE(third[s("summary_status")].toString(), s("PAUSED"));
    QVERIFY(third[s("updated_time")].toInteger() > after[s("updated_time")].toInteger());
}

void TestSandboxEndpoints::draftRules()
{
    const Reply list = m_client->get(path(s("/ad_groups")), allStatuses() + s("&page_size=250"));
    QString active;
    QString draft;
    for (const QJsonValue &g : list.object()[s("items")].toArray()) {
        if (g[s("status")].toString() == s("ACTIVE") && g[s("budget_type")].toString() == s("DAILY") && active.isEmpty())
            active = g[s("id")].toString();
        if (g[s("status")].toString() == s("DRAFT") && g[s("budget_type")].toString() == s("DAILY")
            && g[s("bid_strategy_type")].toString() == s("AUTOMATIC_BID") && draft.isEmpty())
            draft = g[s("id")].toString();
    }
    QVERIFY(!active.isEmpty());
    QVERIFY(!draft.isEmpty());
    const QJsonObject changeEnd{{s("end_time"), 1790000000}, {s("budget_type"), s("LIFETIME")}};
    QJsonObject a = changeEnd;
    a[s("id")] = active;
    QJsonObject d = changeEnd;
    d[s("id")] = draft;
    const Reply r = m_client->patch(path(s("/ad_groups")), QJsonDocument(QJsonArray{a, d}));
    const QJsonArray items = r.object()[s("items")].toArray();
    QVERIFY(items.at(0)[s("exceptions")][0][s("message")].toString().contains(s("only be changed on DRAFT")));
    QCOMPARE(items.at(1)[s("data")][s("budget_type")].toString(), s("LIFETIME"));
}

void TestSandboxEndpoints::pagingIsStable_data()
{
    QTest::addColumn<QString>("order");
    QTest::newRow("ascending") << s("ASCENDING");
    QTest::newRow("descending") << s("DESCENDING");
}

void TestSandboxEndpoints::pagingIsStable()
{
    QFETCH(QString, order);
    const QString base = allStatuses() + s("&order=") + order;
    const Reply everything = m_client->get(path(s("/ad_groups")), base + s("&page_size=250"));
    QSet<QString> before;
    for (const QJsonValue &g : everything.object()[s("items")].toArray())
        before << g[s("id")].toString();
    QVERIFY(before.size() > 40);

    const QJsonObject campaign = campaignWith(s("AWARENESS"), false);
    QStringList walked;
    QString bookmark;
    int pages = 0;
    do {
        const Reply page = m_client->get(path(s("/ad_groups")), base + s("&page_size=7")
                                             + (bookmark.isEmpty() ? QString() : s("&bookmark=") + bookmark));
        QCOMPARE(page.status, 200);
        for (const QJsonValue &g : page.object()[s("items")].toArray())
            walked << g[s("id")].toString();
        bookmark = QString::fromLatin1(QUrl::toPercentEncoding(page.object()[s("bookmark")].toString()));
        // Someone else creates an ad group while we page.
        const Reply created = m_client->post(path(s("/ad_groups")),
                                             QJsonDocument(QJsonArray{validItem(campaign, s("Created while paging"))}));
        QVERIFY(created.object()[s("items")][0][s("data")].isObject());
        ++pages;
    } while (!bookmark.isEmpty() && pages < 200);
    QVERIFY(bookmark.isEmpty());
    const QSet<QString> walkedSet(walked.cbegin(), walked.cend());
    QCOMPARE(walkedSet.size(), walked.size()); // nothing twice
    QVERIFY(walkedSet.contains(before));       // nothing lost
    for (qsizetype i = 1; i < walked.size(); ++i) {
        const bool ascending = walked.at(i - 1).toLongLong() < walked.at(i).toLongLong();
        QCOMPARE(ascending, order == s("ASCENDING"));
    }
}

void TestSandboxEndpoints::translateInterests()
{
    const Reply ids = m_client->get(path(s("/ad_groups")), allStatuses() + s("&page_size=250"));
    const Reply names = m_client->get(path(s("/ad_groups")), allStatuses() + s("&page_size=250&translate_interests_to_names=true"));
    const QJsonArray a = ids.object()[s("items")].toArray();
    const QJsonArray b = names.object()[s("items")].toArray();
    QCOMPARE(a.size(), b.size());
    int translated = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QJsonArray interestIds = a.at(i)[s("targeting_spec")][s("INTEREST")].toArray();
        const QJsonArray interestNames = b.at(i)[s("targeting_spec")][s("INTEREST")].toArray();
        QCOMPARE(interestIds.size(), interestNames.size());
        if (!interestIds.isEmpty()) {
            QVERIFY(interestIds.at(0).toString().toLongLong() > 0);
            QVERIFY(interestNames.at(0).toString().toLongLong() == 0);
            ++translated;
        }
    }
    QVERIFY(translated > 0);
}

void TestSandboxEndpoints::currencyAmounts()
{
    const Reply accounts = m_client->get(s("/ad_accounts"));
    for (const QJsonValue &account : accounts.object()[s("items")].toArray()) {
        const qint64 unit = account[s("currency")].toString() == s("JPY") ? 1000000 : 10000;
        const Reply list = m_client->get(s("/ad_accounts/") + account[s("id")].toString() + s("/ad_groups"),
                                         allStatuses() + s("&page_size=250"));
        const QJsonArray items = list.object()[s("items")].toArray();
        QVERIFY(!items.isEmpty());
        for (const QJsonValue &g : items) {
            for (const char *key : {"budget_in_micro_currency", "bid_in_micro_currency"}) {
                const QJsonValue v = g[QLatin1String(key)];
                if (!v.isNull())
                    QVERIFY2(v.toInteger() > 0 && v.toInteger() % unit == 0, qPrintable(account[s("currency")].toString()));
            }
        }
    }
}

void TestSandboxEndpoints::bidFloors()
{
    auto floorsOf = [this](const QJsonArray &specs, const QJsonObject &targeting = {}) {
        QJsonObject body{{s("bid_floor_specs"), specs}};
        if (!targeting.isEmpty())
            body[s("targeting_spec")] = targeting;
        const Reply r = m_client->post(path(s("/bid_floor")), QJsonDocument(body));
        [&] { QCOMPARE(r.status, 200); QCOMPARE(r.object()[s("type")].toString(), s("bidfloor")); }();
        QList<qint64> out;
        for (const QJsonValue &f : r.object()[s("bid_floors")].toArray())
            out << f.toInteger();
        return out;
    };
    auto spec = [](const char *billable, const char *currency, const char *country) {
        return QJsonObject{{s("billable_event"), s(billable)}, {s("currency"), s(currency)},
                           {s("countries"), QJsonArray{s(country)}}, {s("objective_type"), s("CONSIDERATION")}};
    };
    const QList<qint64> floors = floorsOf({spec("CLICKTHROUGH", "USD", "US"), spec("IMPRESSION", "USD", "US"),
                                           spec("CLICKTHROUGH", "USD", "IN"), spec("CLICKTHROUGH", "JPY", "JP")});
    QCOMPARE(floors.size(), 4);
    for (qint64 f : floors)
        QVERIFY(f > 0);
    QVERIFY(floors.at(1) > floors.at(0)); // a CPM floor is above a CPC floor
    QVERIFY(floors.at(2) < floors.at(0)); // cheaper market
    QCOMPARE(floors.at(3) % 1000000, 0);  // whole yen
    const QList<qint64> narrow = floorsOf({spec("CLICKTHROUGH", "USD", "US")},
                                          QJsonObject{{s("LOCATION"), QJsonArray{s("US")}}, {s("GENDER"), QJsonArray{s("female")}},
                                                      {s("APPTYPE"), QJsonArray{s("iphone")}}});
    QVERIFY(narrow.at(0) > floors.at(0));
}

void TestSandboxEndpoints::audienceSizing()
{
    auto size = [this](const QJsonObject &body) {
        const Reply r = m_client->post(path(s("/ad_groups/audience_sizing")), QJsonDocument(body));
        const qint64 lower = qint64(r.object()[s("audience_size_lower_bound")].toDouble());
        const qint64 upper = qint64(r.object()[s("audience_size_upper_bound")].toDouble());
        [&] { QCOMPARE(r.status, 200); QVERIFY(lower > 0 && lower <= upper); }();
        return lower;
    };
    QJsonObject spec{{s("LOCATION"), QJsonArray{s("US")}}};
    const qint64 broad = size({{s("targeting_spec"), spec}});
    spec[s("GENDER")] = QJsonArray{s("female")};
    const qint64 women = size({{s("targeting_spec"), spec}});
    spec[s("MINIMUM_AGE")] = s("25");
    spec[s("MAXIMUM_AGE")] = s("34");
    const qint64 youngWomen = size({{s("targeting_spec"), spec}});
    const qint64 searchOnly = size({{s("targeting_spec"), spec}, {s("placement_group"), s("SEARCH")}});
    QVERIFY(broad > women);
    QVERIFY(women > youngWomen);
    QVERIFY(youngWomen > searchOnly);
    QVERIFY(size({{s("targeting_spec"), QJsonObject{{s("LOCATION"), QJsonArray{s("FR")}}}}}) < broad);
}

void TestSandboxEndpoints::statePersists()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxOptions options = pinnedOptions();
    options.stateFile = dir.filePath(s("state.json"));
    QString id;
    QString account;
    {
        auto sandbox = startSandboxThread(options);
        QVERIFY(sandbox);
        Client client(sandbox->baseUrl());
        account = client.get(s("/ad_accounts")).object()[s("items")][0][s("id")].toString();
        const Reply list = client.get(s("/ad_accounts/") + account + s("/ad_groups"), s("entity_statuses=ACTIVE"));
        id = list.object()[s("items")][0][s("id")].toString();
        const Reply r = client.patch(s("/ad_accounts/") + account + s("/ad_groups"),
                                     QJsonDocument(QJsonArray{QJsonObject{{s("id"), id}, {s("name"), s("Kept across restarts")}}}));
        QCOMPARE(r.object()[s("items")][0][s("data")][s("name")].toString(), s("Kept across restarts"));
    }
    QVERIFY(QFile::exists(options.stateFile));
    auto sandbox = startSandboxThread(options);
    QVERIFY(sandbox);
    Client client(sandbox->baseUrl());
    const Reply again = client.get(s("/ad_accounts/") + account + s("/ad_groups/") + id);
    QCOMPARE(again.object()[s("name")].toString(), s("Kept across restarts"));
}

void TestSandboxEndpoints::tenThousandAdGroupsPage()
{
    SandboxOptions options = pinnedOptions();
    options.campaigns = 1; // every ad group in the first account
    options.adGroups = 10000;
    auto sandbox = startSandboxThread(options);
    QVERIFY(sandbox);
    Client client(sandbox->baseUrl());
    const QString account = client.get(s("/ad_accounts")).object()[s("items")][0][s("id")].toString();
    QElapsedTimer timer;
    timer.start();
    int count = 0;
    int pages = 0;
    QString bookmark;
    do {
        const Reply page = client.get(s("/ad_accounts/") + account + s("/ad_groups"),
                                      allStatuses() + s("&page_size=250")
                                          + (bookmark.isEmpty() ? QString() : s("&") + query({{"bookmark", bookmark}})));
        QCOMPARE(page.status, 200);
        count += int(page.object()[s("items")].toArray().size());
        bookmark = page.object()[s("bookmark")].toString();
        ++pages;
    } while (!bookmark.isEmpty());
    const qint64 ms = timer.elapsed();
    qInfo("40 pages x 250 ad groups (parsed here as QJsonDocument) in %lld ms", ms);
    QCOMPARE(count, 10000);
    QCOMPARE(pages, 40); // how fast is the benchmark's business (BENCHMARKS.md), not a test's
}

QTEST_GUILESS_MAIN(TestSandboxEndpoints)
#include "tst_sandboxendpoints.moc"
