// Token renewal against the sandbox over loopback HTTP: after the access token's lifetime
// (--token-ttl), on a 401 with many requests in flight (exactly one refresh), ahead of
// expiry on the clock seam, and a revoked refresh token asking for a new sign-in. The sandbox
// runs on a ManualClock: its tokens expire when the test moves that clock, not after a sleep.
#include "authtestsupport.h"

#include "core/api/apiclient.h"
#include "core/api/listadaccountsrequest.h"
#include "core/auth/authenvironment.h"
#include "core/auth/oauthsignin.h"
#include "core/auth/sessiontokenprovider.h"
#include "core/logredaction.h"
#include "core/time/manualclock.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace pinstripe;
using namespace pinstripe::test;

class TestTokenRefresh : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void renewsAfterTokenTtl();
    void concurrentRequestsShareOneRefresh();
    void renewsAheadOfExpiry();
    void revokedRefreshTokenAsksForSignIn();
    void noRefreshTokenAsksForSignIn();
    void requestLogHasNoToken();

private:
    /** A real sign-in through the OAuth flow, as the app does it. */
    TokenSet signIn(Clock *clock = nullptr);
    /** Runs @p n ad-account listings at once; returns how many succeeded. */
    int listAccounts(ApiClient &client, int n);
    AppCredentials app() const { return {m_options.clientId, m_options.clientSecret}; }

    /** The sandbox's time (read from its thread; ManualClock is thread-safe). */
    ManualClock m_sandboxClock;
    std::unique_ptr<sandbox::SandboxThread> m_sandbox;
    sandbox::SandboxOptions m_options;
    AuthEnvironment m_environment;
};

void TestTokenRefresh::initTestCase()
{
    installRedactingMessageHandler();
    m_options.tokenTtlSeconds = 2; // like `pinstripe-sandbox --token-ttl 2`
    m_options.clock = &m_sandboxClock;
    m_sandbox = sandbox::startSandboxThread(m_options);
    QVERIFY(m_sandbox);
    m_environment = AuthEnvironment::demo(m_sandbox->baseUrl());
}

TokenSet TestTokenRefresh::signIn(Clock *clock)
{
    OAuthSignIn flow(clock);
    BrowserStub browser;
    connect(&flow, &OAuthSignIn::openBrowser, this, [&browser](const QUrl &url) { browser.open(url); });
    QSignalSpy succeeded(&flow, &OAuthSignIn::succeeded);
    OAuthSignIn::Options o;
    o.environment = m_environment;
    o.app = app();
    o.redirectUri = QUrl(QStringLiteral("http://127.0.0.1:0/"));
    if (!flow.start(o))
        return {};
    if (!QTest::qWaitFor([&] { return !succeeded.isEmpty() || !flow.isRunning(); }, 10000) || succeeded.isEmpty())
        return {};
    return succeeded.first().first().value<TokenSet>();
}

int TestTokenRefresh::listAccounts(ApiClient &client, int n)
{
    int ok = 0;
    int done = 0;
    for (int i = 0; i < n; ++i) {
        auto *request = new ListAdAccountsRequest(&client, {});
        connect(request, &ListAdAccountsRequest::finished, this, [&](const AdAccountPage &page) {
            ok += page.items.isEmpty() ? 0 : 1;
            ++done;
        });
        connect(request, &ApiRequest::failed, this, [&](const ApiError &) { ++done; });
        request->start();
    }
    if (!QTest::qWaitFor([&] { return done == n; }, 15000))
        return -1;
    return ok;
}

void TestTokenRefresh::renewsAfterTokenTtl()
{
    // The app and the sandbox share one clock here, as they share real time in use.
    const TokenSet tokens = signIn(&m_sandboxClock);
    QVERIFY(!tokens.isEmpty());
    SessionTokenProvider provider(&m_sandboxClock);
    provider.setSession(tokens, m_environment.tokenUrl(), app());
    QSignalSpy renewed(&provider, &SessionTokenProvider::tokensRenewed);
    ApiClient client(m_sandbox->baseUrl(), &provider);
    QCOMPARE(listAccounts(client, 1), 1);

    // The token's lifetime passes: the sandbox expires it and the renewal timer falls due on
    // the same clock. Exactly one refresh, and the next request succeeds.
    const int before = m_sandbox->server()->tokenRequestCount();
    m_sandboxClock.advance(std::chrono::milliseconds(2100));
    QCOMPARE(provider.refreshCount(), 1); // the timer, not a 401, started it
    QCOMPARE(listAccounts(client, 1), 1);
    QCOMPARE(m_sandbox->server()->tokenRequestCount() - before, 1);
    QCOMPARE(renewed.size(), 1);
    const TokenSet after = renewed.first().first().value<TokenSet>();
    QVERIFY(after.accessToken != tokens.accessToken);
    QVERIFY2(after.refreshToken != tokens.refreshToken, "the refresh token is rotated");
    QCOMPARE(provider.tokens(), after);
    QCOMPARE(provider.accessToken(), after.accessToken);
}

void TestTokenRefresh::concurrentRequestsShareOneRefresh()
{
    // A clock that stands still, so the proactive timer never fires: only 401s trigger renewal.
    ManualClock clock(QDateTime::currentDateTimeUtc());
    const TokenSet tokens = signIn(&clock);
    QVERIFY(!tokens.isEmpty());
    SessionTokenProvider provider(&clock);
    provider.setSession(tokens, m_environment.tokenUrl(), app());
    ApiClient client(m_sandbox->baseUrl(), &provider);
    m_sandboxClock.advance(std::chrono::milliseconds(2100)); // the sandbox's token expires

    const int before = m_sandbox->server()->tokenRequestCount();
    QCOMPARE(listAccounts(client, 12), 12);
    QCOMPARE(m_sandbox->server()->tokenRequestCount() - before, 1);
    QCOMPARE(provider.refreshCount(), 1);
    QVERIFY(!provider.isRefreshing());
}

void TestTokenRefresh::renewsAheadOfExpiry()
{
    ManualClock clock(QDateTime::currentDateTimeUtc());
    const TokenSet tokens = signIn(&clock);
    QVERIFY(!tokens.isEmpty());
    SessionTokenProvider provider(&clock);
    QSignalSpy renewed(&provider, &SessionTokenProvider::tokensRenewed);
    provider.setSession(tokens, m_environment.tokenUrl(), app());
    QCOMPARE(provider.renewalDueAt(), tokens.renewDueAt());

    const int before = m_sandbox->server()->tokenRequestCount();
    provider.checkRenewalDue(); // not due yet
    QCOMPARE(provider.refreshCount(), 0);
    clock.setNow(tokens.renewDueAt().addMSecs(1));
    provider.checkRenewalDue();
    QVERIFY(provider.isRefreshing());
    provider.checkRenewalDue(); // one at a time
    QTRY_COMPARE(renewed.size(), 1);
    QCOMPARE(provider.refreshCount(), 1);
    QCOMPARE(m_sandbox->server()->tokenRequestCount() - before, 1);
    // The next renewal is planned from the new token.
    QVERIFY(provider.renewalDueAt() > clock.now());
}

void TestTokenRefresh::revokedRefreshTokenAsksForSignIn()
{
    ManualClock clock(QDateTime::currentDateTimeUtc());
    const TokenSet tokens = signIn(&clock);
    QVERIFY(!tokens.isEmpty());
    // Rotate the refresh token behind the provider's back: the one it holds is now dead.
    SessionTokenProvider other(&clock);
    other.setSession(tokens, m_environment.tokenUrl(), app());
    QSignalSpy otherRenewed(&other, &SessionTokenProvider::tokensRenewed);
    other.refreshNow();
    QTRY_COMPARE(otherRenewed.size(), 1);

    SessionTokenProvider provider(&clock);
    provider.setSession(tokens, m_environment.tokenUrl(), app());
    QSignalSpy required(&provider, &SessionTokenProvider::signInRequired);
    ApiClient client(m_sandbox->baseUrl(), &provider);
    m_sandboxClock.advance(std::chrono::milliseconds(2100));
    QCOMPARE(listAccounts(client, 3), 0);
    QCOMPARE(required.size(), 1);
    QVERIFY2(required.first().first().toString().contains(QStringLiteral("sign in again")),
             qPrintable(required.first().first().toString()));
    QVERIFY(provider.needsSignIn());
    // The session is kept (nothing pending is lost); it just waits for a new sign-in.
    QCOMPARE(provider.tokens(), tokens);
    const int before = m_sandbox->server()->tokenRequestCount();
    QCOMPARE(listAccounts(client, 2), 0);
    QCOMPARE(m_sandbox->server()->tokenRequestCount(), before); // no hammering of the token endpoint
}

void TestTokenRefresh::noRefreshTokenAsksForSignIn()
{
    SessionTokenProvider provider;
    TokenSet pasted;
    pasted.accessToken = QStringLiteral("pina_not_valid");
    pasted.environment = QStringLiteral("demo");
    provider.setSession(pasted, m_environment.tokenUrl(), {});
    QSignalSpy required(&provider, &SessionTokenProvider::signInRequired);
    ApiClient client(m_sandbox->baseUrl(), &provider);
    QCOMPARE(listAccounts(client, 2), 0);
    QCOMPARE(required.size(), 1);
}

void TestTokenRefresh::requestLogHasNoToken()
{
    QLoggingCategory::setFilterRules(QStringLiteral("pinstripe.*=true\nqt.networkauth*=true\nqt.network*=false"));
    TokenSet tokens;
    QStringList lines;
    {
        LogCapture log;
        tokens = signIn(&m_sandboxClock);
        QVERIFY(!tokens.isEmpty());
        SessionTokenProvider provider(&m_sandboxClock);
        provider.setSession(tokens, m_environment.tokenUrl(), app());
        QSignalSpy renewed(&provider, &SessionTokenProvider::tokensRenewed);
        ApiClient client(m_sandbox->baseUrl(), &provider);
        m_sandboxClock.advance(std::chrono::milliseconds(2100));
        QCOMPARE(listAccounts(client, 2), 2);
        QCOMPARE(renewed.size(), 1);
        const TokenSet after = provider.tokens();
        lines = log.lines();
        QVERIFY2(lines.size() >= 4, "debug logging of the requests was on");
        for (const QString &line : std::as_const(lines)) {
            for (const QString &secret : {tokens.accessToken, tokens.refreshToken, after.accessToken,
                                          after.refreshToken, m_options.clientSecret}) {
                QVERIFY2(!line.contains(secret), qPrintable(QStringLiteral("a secret in: ") + line.left(60)));
            }
        }
    }
    QLoggingCategory::setFilterRules(QString());
}

QTEST_GUILESS_MAIN(TestTokenRefresh)
#include "tst_tokenrefresh.moc"
