// The whole OAuth authorization-code flow against the sandbox's /oauth/ and /v5/oauth/token
// over loopback HTTP; the browser step is a GET that follows the redirect into the listener.
#include "authtestsupport.h"

#include "core/auth/authenvironment.h"
#include "core/auth/basicauthnetworkaccessmanager.h"
#include "core/auth/oauthsignin.h"
#include "core/logredaction.h"
#include "core/time/manualclock.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace pinstripe;
using namespace pinstripe::test;

class TestOAuthSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signsInEndToEnd();
    void registeredLocalhostRedirect();
    void stateMismatchIsRejected();
    void wrongClientSecret();
    void consentRefused();
    void invalidOptions_data();
    void invalidOptions();
    void portInUse();
    void cancel();
    void environmentUrls();

private:
    OAuthSignIn::Options options() const;

    std::unique_ptr<sandbox::SandboxThread> m_sandbox;
    sandbox::SandboxOptions m_sandboxOptions;
};

void TestOAuthSignIn::initTestCase()
{
    installRedactingMessageHandler();
    m_sandboxOptions.tokenTtlSeconds = 3600;
    m_sandbox = sandbox::startSandboxThread(m_sandboxOptions);
    QVERIFY(m_sandbox);
}

OAuthSignIn::Options TestOAuthSignIn::options() const
{
    OAuthSignIn::Options o;
    o.environment = AuthEnvironment::demo(m_sandbox->baseUrl());
    o.app = {m_sandboxOptions.clientId, m_sandboxOptions.clientSecret};
    o.redirectUri = QUrl(QStringLiteral("http://127.0.0.1:0/callback"));
    return o;
}

void TestOAuthSignIn::signsInEndToEnd()
{
    LogCapture log;
    ManualClock clock(QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC));
    OAuthSignIn signIn(&clock);
    BrowserStub browser;
    connect(&signIn, &OAuthSignIn::openBrowser, this, [&browser](const QUrl &url) { browser.open(url); });
    QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    QSignalSpy exchanging(&signIn, &OAuthSignIn::exchangingCode);
    const int before = m_sandbox->server()->tokenRequestCount();

    QVERIFY(signIn.start(options()));
    QVERIFY(signIn.isRunning());
    QVERIFY(signIn.redirectUri().port() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.size() + failed.size(), 1, 10000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(exchanging.size(), 1);
    QVERIFY(!signIn.isRunning());

    // The consent URL carried what Pinterest needs.
    const QUrlQuery q(browser.lastAuthorizeUrl);
    QCOMPARE(browser.lastAuthorizeUrl.path(), QStringLiteral("/oauth/"));
    QCOMPARE(q.queryItemValue(QStringLiteral("client_id")), m_sandboxOptions.clientId);
    QCOMPARE(q.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    QCOMPARE(q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded), QStringLiteral("ads:read,ads:write"));
    QCOMPARE(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), signIn.redirectUri().toString());
    QVERIFY(q.queryItemValue(QStringLiteral("state")).size() >= 24);
    QVERIFY2(!browser.lastAuthorizeUrl.toString().contains(m_sandboxOptions.clientSecret), "secret in consent URL");
    QCOMPARE(browser.authorizeStatus, 302);
    QTRY_COMPARE(browser.callbackStatus, 200);

    const auto tokens = succeeded.first().first().value<TokenSet>();
    QVERIFY(tokens.accessToken.startsWith(QStringLiteral("pina_")));
    QVERIFY(tokens.refreshToken.startsWith(QStringLiteral("pinr_")));
    QCOMPARE(tokens.environment, QStringLiteral("demo"));
    QCOMPARE(tokens.scopes, QStringList({QStringLiteral("ads:read"), QStringLiteral("ads:write")}));
    QCOMPARE(tokens.obtainedAt, clock.now());
    QVERIFY(qAbs(clock.now().secsTo(tokens.accessExpiresAt) - 3600) <= 2);
    QCOMPARE(clock.now().secsTo(tokens.refreshExpiresAt), qint64(m_sandboxOptions.refreshTokenTtlSeconds));
    QCOMPARE(m_sandbox->server()->tokenRequestCount(), before + 1);

    // The listener is closed after the sign-in: nobody else can deliver a code to it.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, quint16(signIn.redirectUri().port())));

    // Nothing logged carries the tokens or the app secret.
    const QString logged = log.text();
    QVERIFY(!logged.contains(tokens.accessToken));
    QVERIFY(!logged.contains(tokens.refreshToken));
    QVERIFY(!logged.contains(m_sandboxOptions.clientSecret));
}

void TestOAuthSignIn::registeredLocalhostRedirect()
{
    // The redirect URI is given to Pinterest exactly as registered (localhost, not 127.0.0.1).
    QTcpServer freePort;
    QVERIFY(freePort.listen(QHostAddress::LocalHost, 0));
    const quint16 port = freePort.serverPort();
    freePort.close();
    OAuthSignIn signIn;
    BrowserStub browser;
    browser.tamper = [](QUrl url) { url.setHost(QStringLiteral("127.0.0.1")); return url; };
    connect(&signIn, &OAuthSignIn::openBrowser, this, [&browser](const QUrl &url) { browser.open(url); });
    QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    OAuthSignIn::Options o = options();
    o.redirectUri = QUrl(QStringLiteral("http://localhost:%1/").arg(port));
    QVERIFY(signIn.start(o));
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.size() + failed.size(), 1, 10000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(QUrlQuery(browser.lastAuthorizeUrl).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
             o.redirectUri.toString());
}

void TestOAuthSignIn::stateMismatchIsRejected()
{
    OAuthSignIn signIn;
    BrowserStub browser;
    browser.tamper = [](QUrl url) {
        QUrlQuery q(url);
        q.removeQueryItem(QStringLiteral("state"));
        q.addQueryItem(QStringLiteral("state"), QStringLiteral("forged-state"));
        url.setQuery(q);
        return url;
    };
    connect(&signIn, &OAuthSignIn::openBrowser, this, [&browser](const QUrl &url) { browser.open(url); });
    QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    const int before = m_sandbox->server()->tokenRequestCount();
    QVERIFY(signIn.start(options()));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("state mismatch")));
    // The forged answer's code was never exchanged.
    QTest::qWait(200);
    QCOMPARE(succeeded.size(), 0);
    QCOMPARE(m_sandbox->server()->tokenRequestCount(), before);
    QVERIFY(!signIn.isRunning());
}

void TestOAuthSignIn::wrongClientSecret()
{
    OAuthSignIn signIn;
    BrowserStub browser;
    connect(&signIn, &OAuthSignIn::openBrowser, this, [&browser](const QUrl &url) { browser.open(url); });
    QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    OAuthSignIn::Options o = options();
    o.app.clientSecret = QStringLiteral("not-the-secret");
    QVERIFY(signIn.start(o));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("did not accept the app ID and app secret")), qPrintable(message));
    QVERIFY(!message.contains(QStringLiteral("not-the-secret")));
    QCOMPARE(succeeded.size(), 0);
}

void TestOAuthSignIn::consentRefused()
{
    // Pinterest redirects with error=access_denied when the user clicks "Cancel".
    OAuthSignIn signIn;
    BrowserStub browser;
    browser.tamper = [](QUrl url) {
        const QString state = QUrlQuery(url).queryItemValue(QStringLiteral("state"));
        url.setQuery(QStringLiteral("error=access_denied&error_description=The+user+denied+access&state=") + state);
        return url;
    };
    connect(&signIn, &OAuthSignIn::openBrowser, this, [&browser](const QUrl &url) { browser.open(url); });
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    QVERIFY(signIn.start(options()));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("did not grant access")),
             qPrintable(failed.first().first().toString()));
}

void TestOAuthSignIn::invalidOptions_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("redirect");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no app id") << QString() << QStringLiteral("s") << QStringLiteral("http://localhost:8085/") << QStringLiteral("app ID");
    QTest::newRow("no secret") << QStringLiteral("1") << QString() << QStringLiteral("http://localhost:8085/") << QStringLiteral("app secret");
    QTest::newRow("https redirect") << QStringLiteral("1") << QStringLiteral("s") << QStringLiteral("https://localhost:8085/") << QStringLiteral("http://");
    QTest::newRow("remote redirect") << QStringLiteral("1") << QStringLiteral("s") << QStringLiteral("http://example.com:8085/") << QStringLiteral("this computer");
    QTest::newRow("no port") << QStringLiteral("1") << QStringLiteral("s") << QStringLiteral("http://localhost/") << QStringLiteral("port");
}

void TestOAuthSignIn::invalidOptions()
{
    QFETCH(QString, clientId);
    QFETCH(QString, secret);
    QFETCH(QString, redirect);
    QFETCH(QString, expected);
    OAuthSignIn signIn;
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    QSignalSpy browser(&signIn, &OAuthSignIn::openBrowser);
    OAuthSignIn::Options o = options();
    o.app = {clientId, secret};
    o.redirectUri = QUrl(redirect);
    QVERIFY(!signIn.start(o));
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(expected), qPrintable(failed.first().first().toString()));
    QCOMPARE(browser.size(), 0);
}

void TestOAuthSignIn::portInUse()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    OAuthSignIn signIn;
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    OAuthSignIn::Options o = options();
    o.redirectUri = QUrl(QStringLiteral("http://localhost:%1/").arg(taken.serverPort()));
    QVERIFY(!signIn.start(o));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(QString::number(taken.serverPort())));
}

void TestOAuthSignIn::cancel()
{
    OAuthSignIn signIn;
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    QSignalSpy browser(&signIn, &OAuthSignIn::openBrowser);
    QVERIFY(signIn.start(options()));
    QCOMPARE(browser.size(), 1);
    const quint16 port = quint16(signIn.redirectUri().port());
    signIn.cancel();
    QCOMPARE(failed.size(), 1);
    QVERIFY(!signIn.isRunning());
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, port));
}

void TestOAuthSignIn::environmentUrls()
{
    const AuthEnvironment production = AuthEnvironment::production();
    QCOMPARE(production.authorizationUrl(), QUrl(QStringLiteral("https://www.pinterest.com/oauth/")));
    QCOMPARE(production.tokenUrl(), QUrl(QStringLiteral("https://api.pinterest.com/v5/oauth/token")));
    QCOMPARE(production.apiBaseUrl(), QUrl(QStringLiteral("https://api.pinterest.com/v5")));
    const AuthEnvironment demo = AuthEnvironment::demo(QUrl(QStringLiteral("http://127.0.0.1:9000/v5")));
    QCOMPARE(demo.authorizationUrl(), QUrl(QStringLiteral("http://127.0.0.1:9000/oauth/")));
    QCOMPARE(demo.tokenUrl(), QUrl(QStringLiteral("http://127.0.0.1:9000/v5/oauth/token")));
    QCOMPARE(AuthEnvironment::fromId(QStringLiteral("pinterest-sandbox")).apiBaseUrl(),
             QUrl(QStringLiteral("https://api-sandbox.pinterest.com/v5")));
    QVERIFY(!AuthEnvironment::fromId(QStringLiteral("mars")).isValid());
    QCOMPARE(BasicAuthNetworkAccessManager::basicAuthorization({QStringLiteral("1484000"), QStringLiteral("s3")}),
             QByteArray("Basic ") + QByteArray("1484000:s3").toBase64());
}

QTEST_GUILESS_MAIN(TestOAuthSignIn)
#include "tst_oauthsignin.moc"
