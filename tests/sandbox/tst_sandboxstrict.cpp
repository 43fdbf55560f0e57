// The sandbox's strict mode over real loopback HTTP: write bodies with a read-only key or a
// key their request schema does not have are refused with Pinterest's 400 naming the key
// (nothing is applied), the same bodies pass leniently without it; the key table agrees with
// Pinterest's examples; numbers where the spec has numbers; array query parameters as
// repeated keys, comma lists and mixes, sent as exact bytes.
#include "rawhttp.h"
#include "sandbox/sandboxcommandline.h"
#include "sandbox/sandboxthread.h"
#include "sandbox/writekeys.h"
#include "sandboxclient.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace pinstripe::sandbox;
using namespace pinstripe::sandbox::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QByteArray bearer = "Authorization: Bearer pinstripe-demo-token\r\n";

QJsonValue example(const char *name)
{
    QFile file(qEnvironmentVariable("PINSTRIPE_SHARED_DIR") + s("/pinterest-api/examples/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QSet<QString> idsOf(const QJsonArray &items)
{
    QSet<QString> ids;
    for (const QJsonValue &item : items)
        ids.insert(item[s("id")].toString());
    return ids;
}

} // namespace

class TestSandboxStrict : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void strictIsTheDefault();
    void executableIsStrictOnlyWhenAsked();
    void refusesReadOnlyKeysOnCreate_data();
    void refusesReadOnlyKeysOnCreate();
    void refusesKeysOutsideTheSchema_data();
    void refusesKeysOutsideTheSchema();
    void refusedUpdateChangesNothing();
    void acceptsEverySchemaMember();
    void lenientSandboxIgnoresTheKeys();
    void keyTableAgreesWithPinterestsExamples();
    void targetingAnalyticsAdGroupIdIsANumber();
    void arrayParametersInBothForms_data();
    void arrayParametersInBothForms();
    void emptyIdInACommaListIsRefused();

private:
    QJsonObject validItem(const QString &name) const;
    std::optional<RawResponse> rawGet(const QByteArray &pathAndQuery) const;
    QString path(const QString &rest = {}) const { return s("/ad_accounts/") + m_account + rest; }

    std::unique_ptr<SandboxThread> m_sandbox;
    std::unique_ptr<Client> m_client;
    QString m_account;
    QJsonObject m_campaign; ///< a non-CBO AWARENESS campaign
    QJsonArray m_adGroups;  ///< the account's ad groups of every status
    QString m_active;       ///< an ACTIVE ad group, so it has metrics
};

void TestSandboxStrict::initTestCase()
{
    m_sandbox = startSandboxThread(SandboxOptions());
    QVERIFY(m_sandbox);
    m_client = std::make_unique<Client>(m_sandbox->baseUrl());
    m_account = m_client->get(s("/ad_accounts")).object()[s("items")].toArray().at(0)[s("id")].toString();
    QVERIFY(!m_account.isEmpty());
    const Reply campaigns = m_client->get(path(s("/campaigns")), s("page_size=250"));
    QCOMPARE(campaigns.status, 200);
    for (const QJsonValue &c : campaigns.object()[s("items")].toArray()) {
        if (c[s("objective_type")].toString() == s("AWARENESS") && !c[s("is_campaign_budget_optimization")].toBool())
            m_campaign = c.toObject();
    }
    QVERIFY(!m_campaign.isEmpty());
    const Reply groups = m_client->get(path(s("/ad_groups")),
                                       s("page_size=250&entity_statuses=ACTIVE,PAUSED,ARCHIVED,DRAFT"));
    QCOMPARE(groups.status, 200);
    m_adGroups = groups.object()[s("items")].toArray();
    QVERIFY(m_adGroups.size() >= 6);
    for (const QJsonValue &g : std::as_const(m_adGroups)) {
        if (g[s("status")].toString() == s("ACTIVE") && m_active.isEmpty())
            m_active = g[s("id")].toString();
    }
    QVERIFY(!m_active.isEmpty());
}

QJsonObject TestSandboxStrict::validItem(const QString &name) const
{
    return QJsonObject{{s("campaign_id"), m_campaign[s("id")]},
                       {s("name"), name},
                       {s("billable_event"), s("IMPRESSION")},
                       {s("bid_strategy_type"), s("MAX_BID")},
                       {s("bid_in_micro_currency"), 5000000},
                       {s("budget_type"), s("DAILY")},
                       {s("budget_in_micro_currency"), 20000000},
                       {s("targeting_spec"), QJsonObject{{s("LOCATION"), QJsonArray{s("US")}}}}};
}

std::optional<RawResponse> TestSandboxStrict::rawGet(const QByteArray &pathAndQuery) const
{
    RawConnection c(quint16(m_sandbox->baseUrl().port()));
    if (!c.isConnected() || !c.write("GET /v5/ad_accounts/" + m_account.toLatin1() + pathAndQuery
                                     + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + bearer + "\r\n"))
        return std::nullopt;
    return c.readFinal();
}

void TestSandboxStrict::strictIsTheDefault()
{
    // Every in-process sandbox (tests, demo) is strict unless told otherwise.
    QVERIFY(SandboxOptions().strict);
}

void TestSandboxStrict::executableIsStrictOnlyWhenAsked()
{
    const SandboxCommandLine plain = SandboxCommandLine::parse({s("pinstripe-sandbox")});
    const SandboxCommandLine strict = SandboxCommandLine::parse({s("pinstripe-sandbox"), s("--strict")});
    QCOMPARE(plain.action, SandboxCommandLine::Action::Run);
    QCOMPARE(strict.action, SandboxCommandLine::Action::Run);
    QVERIFY(!plain.options.strict);
    QVERIFY(strict.options.strict);
}

void TestSandboxStrict::refusesReadOnlyKeysOnCreate_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("id") << s("id") << QJsonValue(s("2680060704746"));
    QTest::newRow("created_time") << s("created_time") << QJsonValue(1476477189);
    QTest::newRow("updated_time") << s("updated_time") << QJsonValue(1476477189);
    QTest::newRow("type") << s("type") << QJsonValue(s("adgroup"));
    QTest::newRow("summary_status") << s("summary_status") << QJsonValue(s("RUNNING"));
    QTest::newRow("feed_profile_id") << s("feed_profile_id") << QJsonValue(s("626736533506"));
    QTest::newRow("ad_account_id") << s("ad_account_id") << QJsonValue(s("549755885175"));
    QTest::newRow("conversion_learning_mode_type") << s("conversion_learning_mode_type") << QJsonValue(s("ACTIVE"));
}

void TestSandboxStrict::refusesReadOnlyKeysOnCreate()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    const QSet<QString> before = idsOf(m_client->get(path(s("/ad_groups")),
        s("page_size=250&entity_statuses=ACTIVE,PAUSED,ARCHIVED,DRAFT")).object()[s("items")].toArray());
    QJsonObject leaking = validItem(s("Leaks ") + key);
    leaking.insert(key, value);
    // The leaking item is the second of two: the whole request is refused, the first is not created.
    const Reply r = m_client->post(path(s("/ad_groups")), QJsonDocument(QJsonArray{validItem(s("Fine")), leaking}));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), 400);
    QVERIFY2(r.message().startsWith(s("Invalid ad group parameters: ad group 2 of 2: '") + key + s("' is read-only")),
             qPrintable(r.message()));
    const QSet<QString> after = idsOf(m_client->get(path(s("/ad_groups")),
        s("page_size=250&entity_statuses=ACTIVE,PAUSED,ARCHIVED,DRAFT")).object()[s("items")].toArray());
    QCOMPARE(after, before);
}

void TestSandboxStrict::refusesKeysOutsideTheSchema_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("route");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    const QByteArray targeting = R"("targeting_spec":{"LOCATION":["US"]})";
    QTest::newRow("create: unknown top-level key") << QByteArray("POST") << s("/ad_groups")
        << QByteArray(R"([{"campaign_id":"CAMPAIGN","name":"x","billable_event":"IMPRESSION","colour":"red"}])")
        << s("Invalid ad group parameters: ad group 1 of 1: 'colour' is not a member of the request body");
    QTest::newRow("update: unknown targeting key") << QByteArray("PATCH") << s("/ad_groups")
        << QByteArray(R"([{"id":"ADGROUP","targeting_spec":{"LOCATION":["US"],"SHOE_SIZE":["44"]}}])")
        << s("Invalid ad group parameters: ad group 1 of 1: 'targeting_spec.SHOE_SIZE' is not a member of targeting_spec");
    QTest::newRow("update: read-only key") << QByteArray("PATCH") << s("/ad_groups")
        << QByteArray(R"([{"id":"ADGROUP","summary_status":"RUNNING"}])")
        << s("Invalid ad group parameters: ad group 1 of 1: 'summary_status' is read-only and cannot be sent");
    QTest::newRow("update: nested optimization goal key") << QByteArray("PATCH") << s("/ad_groups")
        << QByteArray(R"([{"id":"ADGROUP","optimization_goal_metadata":{"frequency_goal_metadata":{"frequency":2,"every":"DAY"}}}])")
        << s("Invalid ad group parameters: ad group 1 of 1: 'optimization_goal_metadata.frequency_goal_metadata.every' "
             "is not a member of optimization_goal_metadata.frequency_goal_metadata");
    QTest::newRow("create: unknown tracking event") << QByteArray("POST") << s("/ad_groups")
        << QByteArray(R"([{"campaign_id":"CAMPAIGN","name":"x","billable_event":"IMPRESSION",)"
                      R"("tracking_urls":{"view":["https://a.example/1"]}}])")
        << s("Invalid ad group parameters: ad group 1 of 1: 'tracking_urls.view' is not a member of tracking_urls");
    QTest::newRow("bid floor: unknown spec key") << QByteArray("POST") << s("/bid_floor")
        << QByteArray(R"({"bid_floor_specs":[{"billable_event":"IMPRESSION","currency":"USD"},)"
                      R"({"billable_event":"CLICKTHROUGH","currency":"USD","bid":1}],)") + targeting + "}"
        << s("Invalid bid floor parameters: 'bid_floor_specs[1].bid' is not a member of bid_floor_specs[1]");
    QTest::newRow("bid floor: unknown top-level key") << QByteArray("POST") << s("/bid_floor")
        << QByteArray(R"({"bid_floor_specs":[{"billable_event":"IMPRESSION","currency":"USD"}],"ad_group_id":"1",)")
            + targeting + "}"
        << s("Invalid bid floor parameters: 'ad_group_id' is not a member of the request body");
    QTest::newRow("audience sizing: unknown key") << QByteArray("POST") << s("/ad_groups/audience_sizing")
        << QByteArray(R"({"objective_type":"AWARENESS",)") + targeting + "}"
        << s("Invalid ad group audience sizing parameters: 'objective_type' is not a member of the request body");
    QTest::newRow("audience sizing: unknown keyword key") << QByteArray("POST") << s("/ad_groups/audience_sizing")
        << QByteArray(R"({"keywords":[{"match_type":"BROAD","value":"lamps","bid":5}],)") + targeting + "}"
        << s("Invalid ad group audience sizing parameters: 'keywords[0].bid' is not a member of keywords[0]");
}

void TestSandboxStrict::refusesKeysOutsideTheSchema()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, route);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    body.replace("CAMPAIGN", m_campaign[s("id")].toString().toLatin1());
    body.replace("ADGROUP", m_adGroups.at(0)[s("id")].toString().toLatin1());
    const Reply r = m_client->send(method, m_client->url(path(route)), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), 400);
    QCOMPARE(r.message(), expected);
}

void TestSandboxStrict::refusedUpdateChangesNothing()
{
    const QJsonObject target = m_adGroups.at(1).toObject();
    const QString id = target[s("id")].toString();
    const QJsonObject item{{s("id"), id}, {s("name"), s("Renamed")}, {s("updated_time"), 1}};
    const Reply r = m_client->patch(path(s("/ad_groups")), QJsonDocument(QJsonArray{item}));
    QCOMPARE(r.status, 400);
    QVERIFY2(r.message().contains(s("'updated_time' is read-only")), qPrintable(r.message()));
    const Reply now = m_client->get(path(s("/ad_groups/")) + id);
    QCOMPARE(now.status, 200);
    QCOMPARE(now.object()[s("name")], target[s("name")]);
    QCOMPARE(now.object()[s("updated_time")], target[s("updated_time")]);
}

void TestSandboxStrict::acceptsEverySchemaMember()
{
    // A create with members from every part of the schema, nested ones included, passes.
    QJsonObject item = validItem(s("Every member"));
    item.insert(s("status"), s("PAUSED"));
    item.insert(s("pacing_delivery_type"), s("STANDARD"));
    item.insert(s("placement_group"), s("ALL"));
    item.insert(s("auto_targeting_enabled"), false);
    item.insert(s("is_creative_optimization"), false);
    item.insert(s("promotion_application_level"), QJsonValue());
    item.insert(s("tracking_urls"), QJsonObject{{s("click"), QJsonArray{s("https://example.com/c")}}});
    item.insert(s("targeting_spec"), QJsonObject{{s("LOCATION"), QJsonArray{s("US")}},
                                                 {s("GENDER"), QJsonArray{s("female")}},
                                                 {s("AGE_BUCKET"), QJsonArray{s("25-34")}}});
    const Reply created = m_client->post(path(s("/ad_groups")), QJsonDocument(QJsonArray{item}));
    QCOMPARE(created.status, 200);
    const QJsonObject result = created.object()[s("items")].toArray().at(0).toObject();
    QVERIFY2(result[s("exceptions")].toArray().isEmpty(), created.body.constData());
    // What the server answered, with its read-only members taken out, is a valid update body.
    QJsonObject echo = result[s("data")].toObject();
    for (const QString &key : writekeys::readOnly(writekeys::Body::AdGroupUpdate))
        echo.remove(key);
    for (const QString &key : echo.keys()) {
        if (echo.value(key).isNull())
            echo.remove(key); // nulls the update schema refuses (bid_multiplier…) are another matter
    }
    echo.insert(s("name"), s("Every member, echoed"));
    const Reply updated = m_client->patch(path(s("/ad_groups")), QJsonDocument(QJsonArray{echo}));
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.object()[s("items")].toArray().at(0)[s("data")][s("name")].toString(), s("Every member, echoed"));
}

void TestSandboxStrict::lenientSandboxIgnoresTheKeys()
{
    SandboxOptions options;
    options.strict = false;
    const auto lenient = startSandboxThread(options);
    QVERIFY(lenient);
    Client client(lenient->baseUrl());
    QJsonObject item = validItem(s("Lenient"));
    item.insert(s("created_time"), 1);
    item.insert(s("colour"), s("red"));
    const Reply r = client.post(path(s("/ad_groups")), QJsonDocument(QJsonArray{item}));
    QCOMPARE(r.status, 200);
    const QJsonObject data = r.object()[s("items")].toArray().at(0)[s("data")].toObject();
    QCOMPARE(data[s("name")].toString(), s("Lenient"));
    QVERIFY(data[s("created_time")].toInteger() > 1); // the server's own value, not the one sent
    QVERIFY(!data.contains(s("colour")));
    // Keys the endpoint validates itself are still refused, per item, as before.
    item.insert(s("tracking_urls"), QJsonObject{{s("view"), QJsonArray{s("https://a.example/1")}}});
    const Reply unknownEvent = client.post(path(s("/ad_groups")), QJsonDocument(QJsonArray{item}));
    QCOMPARE(unknownEvent.status, 200);
    const QJsonObject result = unknownEvent.object()[s("items")].toArray().at(0).toObject();
    QVERIFY(!result.contains(s("data")));
    QVERIFY2(result[s("exceptions")][0][s("message")].toString().contains(s("tracking_urls key 'view'")),
             unknownEvent.body.constData());
}

void TestSandboxStrict::keyTableAgreesWithPinterestsExamples()
{
    // Like the other checks against ../shared, this one is skipped where the folder is missing.
    const QString shared = qEnvironmentVariable("PINSTRIPE_SHARED_DIR");
    if (shared.isEmpty() || !QFile::exists(shared + s("/pinterest-api/examples")))
        QSKIP("Pinterest's examples are not there (PINSTRIPE_SHARED_DIR/pinterest-api/examples)");
    const QJsonObject create = example("ad_group_create_request.json").toArray().at(0).toObject();
    const QJsonObject update = example("ad_group_update_request.json").toArray().at(0).toObject();
    const QJsonObject response = example("ad_group_response.json").toObject();
    const QJsonObject bidFloor = example("bid_floor_request.json").toObject();
    QVERIFY2(!create.isEmpty() && !response.isEmpty() && !bidFloor.isEmpty(), "an example could not be read");
    using writekeys::Body;
    QCOMPARE(writekeys::check(Body::AdGroupCreate, create), QString());
    QCOMPARE(writekeys::check(Body::AdGroupUpdate, update), QString());
    QCOMPARE(writekeys::check(Body::BidFloor, bidFloor), QString());
    // Every member of an answer is either writable or read-only, never both.
    const QStringList writable = writekeys::allowed(Body::AdGroupCreate, QString());
    const QStringList readOnly = writekeys::readOnly(Body::AdGroupCreate);
    for (auto it = response.begin(); it != response.end(); ++it)
        QVERIFY2(writable.contains(it.key()) != readOnly.contains(it.key()), qPrintable(it.key()));
    QVERIFY(readOnly.contains(s("id")));
    QVERIFY(!writekeys::readOnly(Body::AdGroupUpdate).contains(s("id")));
    QVERIFY(writekeys::allowed(Body::AdGroupUpdate, QString()).contains(s("id")));
    // The example answer sent back as a create is refused at its first read-only member.
    QVERIFY(writekeys::check(Body::AdGroupCreate, response).contains(s("is read-only")));
}

void TestSandboxStrict::targetingAnalyticsAdGroupIdIsANumber()
{
    const QString &id = m_active;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const Reply r = m_client->get(path(s("/ad_groups/targeting_analytics")),
        query({{"ad_group_ids", id}, {"start_date", today.addDays(-20).toString(Qt::ISODate)},
               {"end_date", today.addDays(-1).toString(Qt::ISODate)}, {"targeting_types", s("APPTYPE,GENDER")},
               {"columns", s("SPEND_IN_DOLLAR,IMPRESSION_1,AD_GROUP_ID")}, {"granularity", s("TOTAL")}}));
    QCOMPARE(r.status, 200);
    const QJsonArray data = r.object()[s("data")].toArray();
    QVERIFY2(!data.isEmpty(), r.body.constData());
    for (const QJsonValue &row : data) {
        const QJsonValue adGroupId = row[s("metrics")][s("AD_GROUP_ID")];
        QVERIFY(adGroupId.isDouble());
        QCOMPARE(QString::number(adGroupId.toInteger()), id);
    }
    // On the wire: the digits as a JSON number, exactly as Pinterest's example has it.
    QVERIFY(r.body.contains(QByteArray("\"AD_GROUP_ID\":" + id.toLatin1() + ',')));
    // The ad group report keeps its string, as its schema says.
    const Reply report = m_client->get(path(s("/ad_groups/analytics")),
        query({{"ad_group_ids", id}, {"start_date", today.addDays(-3).toString(Qt::ISODate)},
               {"end_date", today.addDays(-1).toString(Qt::ISODate)}, {"columns", s("SPEND_IN_DOLLAR")},
               {"granularity", s("TOTAL")}}));
    QCOMPARE(report.status, 200);
    QCOMPARE(report.array().at(0)[s("AD_GROUP_ID")], QJsonValue(id));
}

void TestSandboxStrict::arrayParametersInBothForms_data()
{
    QTest::addColumn<QByteArray>("repeated");
    QTest::addColumn<QByteArray>("other");
    QTest::newRow("ad_group_ids comma") << QByteArray("ad_group_ids=@0&ad_group_ids=@1&ad_group_ids=@2")
                                        << QByteArray("ad_group_ids=@0,@1,@2");
    QTest::newRow("ad_group_ids encoded comma") << QByteArray("ad_group_ids=@0&ad_group_ids=@1&ad_group_ids=@2")
                                                << QByteArray("ad_group_ids=@0%2C@1%2C@2");
    QTest::newRow("ad_group_ids mixed") << QByteArray("ad_group_ids=@0&ad_group_ids=@1&ad_group_ids=@2")
                                        << QByteArray("ad_group_ids=@0,@1&ad_group_ids=@2");
    QTest::newRow("entity_statuses comma") << QByteArray("entity_statuses=PAUSED&entity_statuses=ARCHIVED")
                                           << QByteArray("entity_statuses=PAUSED,ARCHIVED");
    QTest::newRow("campaign_ids mixed") << QByteArray("campaign_ids=@K&campaign_ids=@L&entity_statuses=ACTIVE")
                                        << QByteArray("campaign_ids=@K,@L&entity_statuses=ACTIVE");
}

void TestSandboxStrict::arrayParametersInBothForms()
{
    QFETCH(QByteArray, repeated);
    QFETCH(QByteArray, other);
    for (QByteArray *q : {&repeated, &other}) {
        for (int i = 0; i < 3; ++i)
            q->replace(QByteArray("@" + QByteArray::number(i)), m_adGroups.at(i)[s("id")].toString().toLatin1());
        q->replace("@K", m_adGroups.at(0)[s("campaign_id")].toString().toLatin1());
        q->replace("@L", m_adGroups.at(m_adGroups.size() - 1)[s("campaign_id")].toString().toLatin1());
    }
    const auto a = rawGet("/ad_groups?page_size=250&" + repeated);
    const auto b = rawGet("/ad_groups?page_size=250&" + other);
    QVERIFY(a && b);
    QCOMPARE(a->status, 200);
    QCOMPARE(b->status, 200);
    const QSet<QString> expected = idsOf(a->object()[s("items")].toArray());
    QVERIFY(!expected.isEmpty());
    QCOMPARE(idsOf(b->object()[s("items")].toArray()), expected);

    // Comma-separated in the spec (columns, targeting_types) and repeated keys give one report.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QByteArray common = "/ad_groups/targeting_analytics?granularity=TOTAL&ad_group_ids="
        + m_active.toLatin1() + "&start_date=" + today.addDays(-10).toString(Qt::ISODate).toLatin1()
        + "&end_date=" + today.addDays(-1).toString(Qt::ISODate).toLatin1();
    const auto csv = rawGet(common + "&columns=SPEND_IN_DOLLAR,IMPRESSION_1&targeting_types=GENDER,APPTYPE");
    const auto keys = rawGet(common + "&columns=SPEND_IN_DOLLAR&columns=IMPRESSION_1"
                                      "&targeting_types=GENDER&targeting_types=APPTYPE");
    QVERIFY(csv && keys);
    QCOMPARE(csv->status, 200);
    QCOMPARE(keys->status, 200);
    QVERIFY(!csv->object()[s("data")].toArray().isEmpty());
    QCOMPARE(keys->object(), csv->object());
}

void TestSandboxStrict::emptyIdInACommaListIsRefused()
{
    // An empty piece is not read as "no filter": that would list every ad group.
    for (const QByteArray &q : {QByteArray("ad_group_ids=1,,2"), QByteArray("ad_group_ids="),
                                QByteArray("entity_statuses=ACTIVE,")}) {
        const auto r = rawGet("/ad_groups?" + q);
        QVERIFY(r);
        QCOMPARE(r->status, 400);
        QCOMPARE(r->code(), 400);
        QVERIFY2(r->message().startsWith(s("Invalid ad account group parameters: ")), qPrintable(r->message()));
    }
}

QTEST_GUILESS_MAIN(TestSandboxStrict)
#include "tst_sandboxstrict.moc"
