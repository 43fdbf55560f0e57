// OAuth code flow, token exchange and refresh rotation, token expiry, scopes and the
// per-category rate limits of the sandbox.
#include "core/time/manualclock.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"
#include "sandboxclient.h"

#include <QTest>

using namespace pinstripe::sandbox;
using namespace pinstripe::sandbox::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString redirect = s("http://localhost:8085/callback");

} // namespace

class TestSandboxOAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void authorizeRedirectsWithCodeAndState();
    void authorizeRejects_data();
    void authorizeRejects();
    void codeExchange();
    void codeIsSingleUse();
    void redirectMustMatch();
    void clientAuthentication_data();
    void clientAuthentication();
    void refreshRotates();
    void scopesAreEnforced();
    void accessTokenExpires();
    void rateLimits();

private:
    /** Runs the authorize step and returns the code. */
    QString authorize(Client &client, const QString &scope = s("ads:read,ads:write"));
    Reply token(Client &client, const QString &form, const QByteArray &basic = {});

    std::unique_ptr<SandboxThread> m_sandbox;
    std::unique_ptr<Client> m_client;
    SandboxOptions m_options;
};

void TestSandboxOAuth::initTestCase()
{
    m_sandbox = startSandboxThread(m_options);
    QVERIFY(m_sandbox);
    m_client = std::make_unique<Client>(m_sandbox->baseUrl(), QString());
}

QString TestSandboxOAuth::authorize(Client &client, const QString &scope)
{
    QUrl u = client.url(QString());
    u.setPath(s("/oauth/"));
    u.setQuery(query({{"client_id", m_options.clientId}, {"redirect_uri", redirect}, {"response_type", s("code")},
                      {"scope", scope}, {"state", s("st&ate 1")}}), QUrl::StrictMode);
    const Reply r = client.send("GET", u, {}, {}, false);
    const QUrl location(QString::fromLatin1(r.header("Location")));
    return QUrlQuery(location).queryItemValue(s("code"), QUrl::FullyDecoded);
}

Reply TestSandboxOAuth::token(Client &client, const QString &form, const QByteArray &basic)
{
    const QByteArray credentials = basic.isEmpty()
        ? (m_options.clientId + QLatin1Char(':') + m_options.clientSecret).toUtf8().toBase64()
        : basic;
    return client.send("POST", client.url(s("/oauth/token")), form.toUtf8(),
                       {{"Authorization", "Basic " + credentials},
                        {"Content-Type", "application/x-www-form-urlencoded"}},
                       false);
}

void TestSandboxOAuth::authorizeRedirectsWithCodeAndState()
{
    QUrl u = m_client->url(QString());
    u.setPath(s("/oauth/"));
    u.setQuery(query({{"client_id", m_options.clientId}, {"redirect_uri", redirect}, {"response_type", s("code")},
                      {"scope", s("ads:read,ads:write")}, {"state", s("st&ate 1")}}), QUrl::StrictMode);
    const Reply r = m_client->send("GET", u, {}, {}, false);
    QCOMPARE(r.status, 302);
    const QUrl location(QString::fromLatin1(r.header("Location")));
    QVERIFY(location.toString().startsWith(redirect + QLatin1Char('?')));
    const QUrlQuery q(location);
    QCOMPARE(q.queryItemValue(s("state"), QUrl::FullyDecoded), s("st&ate 1"));
    QVERIFY(q.queryItemValue(s("code")).size() >= 16);
}

void TestSandboxOAuth::authorizeRejects_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("redirectUri");
    QTest::addColumn<QString>("responseType");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("state");
    const QString id = SandboxOptions().clientId;
    QTest::newRow("unknown client") << s("999") << redirect << s("code") << s("ads:read") << s("x");
    QTest::newRow("remote http redirect") << id << s("http://evil.example/cb") << s("code") << s("ads:read") << s("x");
    QTest::newRow("token response type") << id << redirect << s("token") << s("ads:read") << s("x");
    QTest::newRow("unknown scope") << id << redirect << s("code") << s("ads:read,ads:everything") << s("x");
    QTest::newRow("no scope") << id << redirect << s("code") << QString() << s("x");
    QTest::newRow("no state") << id << redirect << s("code") << s("ads:read") << QString();
}

void TestSandboxOAuth::authorizeRejects()
{
    QFETCH(QString, clientId);
    QFETCH(QString, redirectUri);
    QFETCH(QString, responseType);
    QFETCH(QString, scope);
    QFETCH(QString, state);
    QUrl u = m_client->url(QString());
    u.setPath(s("/oauth/"));
    u.setQuery(query({{"client_id", clientId}, {"redirect_uri", redirectUri}, {"response_type", responseType},
                      {"scope", scope}, {"state", state}}), QUrl::StrictMode);
    const Reply r = m_client->send("GET", u, {}, {}, false);
    QCOMPARE(r.status, 400);
    QVERIFY(r.header("Location").isEmpty());
    QVERIFY(r.body.contains("Authorization error"));
}

void TestSandboxOAuth::codeExchange()
{
    const int before = m_sandbox->server()->tokenRequestCount();
    const QString code = authorize(*m_client);
    const Reply r = token(*m_client, query({{"grant_type", s("authorization_code")}, {"code", code}, {"redirect_uri", redirect}}));
    QCOMPARE(r.status, 200);
    const QJsonObject t = r.object();
    QCOMPARE(t[s("token_type")].toString(), s("bearer"));
    QCOMPARE(t[s("response_type")].toString(), s("authorization_code"));
    QCOMPARE(t[s("scope")].toString(), s("ads:read,ads:write"));
    QCOMPARE(t[s("expires_in")].toInt(), m_options.tokenTtlSeconds);
    QVERIFY(!t[s("refresh_token")].toString().isEmpty());
    QVERIFY(t[s("refresh_token_expires_in")].toInt() > 0);
    QVERIFY(t[s("refresh_token_expires_at")].toInteger() > QDateTime::currentSecsSinceEpoch());
    QCOMPARE(m_sandbox->server()->tokenRequestCount(), before + 1);

    Client api(m_sandbox->baseUrl(), t[s("access_token")].toString());
    QCOMPARE(api.get(s("/ad_accounts")).status, 200);
}

void TestSandboxOAuth::codeIsSingleUse()
{
    const QString code = authorize(*m_client);
    const QString form = query({{"grant_type", s("authorization_code")}, {"code", code}, {"redirect_uri", redirect}});
    QCOMPARE(token(*m_client, form).status, 200);
    const Reply again = token(*m_client, form);
    QCOMPARE(again.status, 400);
    QVERIFY(again.message().contains(s("already used")));
}

void TestSandboxOAuth::redirectMustMatch()
{
    const QString code = authorize(*m_client);
    const Reply r = token(*m_client, query({{"grant_type", s("authorization_code")}, {"code", code},
                                            {"redirect_uri", s("http://localhost:9999/other")}}));
    QCOMPARE(r.status, 400);
    QVERIFY(r.message().contains(s("redirect_uri")));
}

void TestSandboxOAuth::clientAuthentication_data()
{
    QTest::addColumn<QByteArray>("basic");
    QTest::newRow("wrong secret") << QByteArray("1484000:wrong").toBase64();
    QTest::newRow("wrong client") << QByteArray("1:pinstripe-demo-secret").toBase64();
    QTest::newRow("garbage") << QByteArray("!!!");
}

void TestSandboxOAuth::clientAuthentication()
{
    QFETCH(QByteArray, basic);
    const QString code = authorize(*m_client);
    const Reply r = token(*m_client, query({{"grant_type", s("authorization_code")}, {"code", code}, {"redirect_uri", redirect}}),
                          basic);
    QCOMPARE(r.status, 401);
    QVERIFY2(r.message().contains(s("client_id or client_secret")), qPrintable(r.message()));
    // Without any Basic header at all.
    const Reply none = m_client->send("POST", m_client->url(s("/oauth/token")), QByteArray("grant_type=refresh_token"),
                                      {{"Content-Type", "application/x-www-form-urlencoded"}}, false);
    QCOMPARE(none.status, 401);
    QVERIFY(none.message().contains(s("Basic")));
}

void TestSandboxOAuth::refreshRotates()
{
    const QString code = authorize(*m_client);
    const QJsonObject first = token(*m_client, query({{"grant_type", s("authorization_code")}, {"code", code},
                                                      {"redirect_uri", redirect}})).object();
    const QString refresh1 = first[s("refresh_token")].toString();
    const Reply r = token(*m_client, query({{"grant_type", s("refresh_token")}, {"refresh_token", refresh1}}));
    QCOMPARE(r.status, 200);
    const QJsonObject second = r.object();
    QCOMPARE(second[s("response_type")].toString(), s("refresh_token"));
    const QString refresh2 = second[s("refresh_token")].toString();
    QVERIFY(!refresh2.isEmpty() && refresh2 != refresh1);
    QVERIFY(second[s("refresh_token_expires_at")].isDouble());
    QVERIFY(second[s("access_token")].toString() != first[s("access_token")].toString());
    // The old refresh token died with the rotation; the new one works once more.
    QCOMPARE(token(*m_client, query({{"grant_type", s("refresh_token")}, {"refresh_token", refresh1}})).status, 400);
    QCOMPARE(token(*m_client, query({{"grant_type", s("refresh_token")}, {"refresh_token", refresh2}})).status, 200);
    QCOMPARE(token(*m_client, query({{"grant_type", s("password")}})).status, 400);
}

void TestSandboxOAuth::scopesAreEnforced()
{
    const QString code = authorize(*m_client, s("ads:read"));
    const QJsonObject t = token(*m_client, query({{"grant_type", s("authorization_code")}, {"code", code},
                                                  {"redirect_uri", redirect}})).object();
    Client api(m_sandbox->baseUrl(), t[s("access_token")].toString());
    const QString account = api.get(s("/ad_accounts")).object()[s("items")][0][s("id")].toString();
    QVERIFY(!account.isEmpty());
    const Reply write = api.patch(s("/ad_accounts/") + account + s("/ad_groups"), QByteArray("[{\"id\":\"1\"}]"));
    QCOMPARE(write.status, 403);
    QVERIFY(write.message().contains(s("ads:write")));
}

void TestSandboxOAuth::accessTokenExpires()
{
    pinstripe::ManualClock clock;
    SandboxOptions options;
    options.tokenTtlSeconds = 1;
    options.clock = &clock;
    auto sandbox = startSandboxThread(options);
    QVERIFY(sandbox);
    Client client(sandbox->baseUrl(), QString());
    const QString code = authorize(client);
    const QJsonObject t = token(client, query({{"grant_type", s("authorization_code")}, {"code", code},
                                               {"redirect_uri", redirect}})).object();
    QCOMPARE(t[s("expires_in")].toInt(), 1);
    Client api(sandbox->baseUrl(), t[s("access_token")].toString());
    QCOMPARE(api.get(s("/ad_accounts")).status, 200);
    clock.advance(std::chrono::milliseconds(999));
    QCOMPARE(api.get(s("/ad_accounts")).status, 200);
    clock.advance(std::chrono::milliseconds(1)); // the second is over
    const Reply expired = api.get(s("/ad_accounts"));
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.code(), 2);
    // The demo token never expires.
    Client demo(sandbox->baseUrl());
    QCOMPARE(demo.get(s("/ad_accounts")).status, 200);
}

void TestSandboxOAuth::rateLimits()
{
    pinstripe::ManualClock clock;
    SandboxOptions options;
    options.rateLimits.adsRead = 5;
    options.rateLimits.adsAnalytics = 2;
    options.clock = &clock;
    auto sandbox = startSandboxThread(options);
    QVERIFY(sandbox);
    Client client(sandbox->baseUrl());
    for (int i = 0; i < 5; ++i) {
        const Reply r = client.get(s("/ad_accounts"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("X-RateLimit-Limit"), QByteArray("5"));
        QCOMPARE(r.header("X-RateLimit-Remaining").toInt(), 4 - i);
        QVERIFY(r.header("X-RateLimit-Reset").toInt() > 0);
    }
    const Reply limited = client.get(s("/ad_accounts"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.code(), 8);
    QVERIFY(limited.message().startsWith(s("This request exceeded a rate limit")));
    QVERIFY(limited.header("Retry-After").toInt() >= 1);
    QCOMPARE(limited.header("X-RateLimit-Remaining"), QByteArray("0"));
    QVERIFY(!limited.header("x-pinterest-rid").isEmpty());
    // The window is a minute on the sandbox's clock: moved past it, the budget is back.
    QCOMPARE(limited.header("Retry-After"), QByteArray("60"));
    clock.advance(std::chrono::seconds(59));
    QCOMPARE(client.get(s("/ad_accounts")).status, 429);
    clock.advance(std::chrono::seconds(1));
    const Reply fresh = client.get(s("/ad_accounts"));
    QCOMPARE(fresh.status, 200);
    QCOMPARE(fresh.header("X-RateLimit-Remaining").toInt(), 4);

    // Analytics has its own budget.
    const QString account = s("549755885175");
    const QString day = QDateTime::currentDateTimeUtc().date().addDays(-2).toString(Qt::ISODate);
    const QString q = s("start_date=") + day + s("&end_date=") + day + s("&granularity=DAY&columns=CTR&ad_group_ids=1");
    client.setToken(options.accessToken);
    QCOMPARE(client.get(s("/ad_accounts/") + account + s("/ad_groups/analytics"), q).status, 200);
    QCOMPARE(client.get(s("/ad_accounts/") + account + s("/ad_groups/analytics"), q).status, 200);
    QCOMPARE(client.get(s("/ad_accounts/") + account + s("/ad_groups/analytics"), q).status, 429);

    // New budgets at run time start fresh windows.
    RateLimitOptions relaxed;
    relaxed.adsRead = 100;
    sandbox->server()->setRateLimits(relaxed);
    QCOMPARE(client.get(s("/ad_accounts")).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxOAuth)
#include "tst_sandboxoauth.moc"
