// SessionManager against the sandbox and a real gnome-keyring: sign in (pasted token and
// OAuth), restart and still be signed in, watch a renewal being stored, switch accounts,
// sign out, and afterwards find no secret in any config, cache or log file.
#include "authtestsupport.h"

#include "core/api/apiclient.h"
#include "core/auth/oauthsignin.h"
#include "core/auth/secretstore.h"
#include "core/auth/sessionmanager.h"
#include "core/auth/sessiontokenprovider.h"
#include "core/auth/tokenstore.h"
#include "core/logredaction.h"
#include "core/time/manualclock.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace pinstripe;
using namespace pinstripe::test;

class TestSessionManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pastedTokenSurvivesRestart();
    void oauthSignInRenewalAndSignOut();
    void switchBetweenAccounts();
    void rejectedTokenIsNotStored();
    void demoSessionIsASessionWithoutKeychain();
    void noSecretsOnDisk();
    void sessionOnlyWithoutKeychain();

private:
    bool signIn(SessionManager &session, const TokenSet &tokens, const AppCredentials &app = {});
    TokenSet oauth();

    std::unique_ptr<sandbox::SandboxThread> m_sandbox;
    sandbox::SandboxOptions m_options;
    QList<QByteArray> m_secretsSeen;
    std::unique_ptr<LogCapture> m_log;
};

void TestSessionManager::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Pinstripe"));
    QCoreApplication::setApplicationName(QStringLiteral("Pinstripe"));
    QLoggingCategory::setFilterRules(QStringLiteral("pinstripe.*=true"));
    m_log = std::make_unique<LogCapture>();
    installRedactingMessageHandler();
    m_options.tokenTtlSeconds = 3600;
    m_sandbox = sandbox::startSandboxThread(m_options);
    QVERIFY(m_sandbox);
    m_secretsSeen << m_options.clientSecret.toUtf8() << m_options.accessToken.toUtf8();
}

bool TestSessionManager::signIn(SessionManager &session, const TokenSet &tokens, const AppCredentials &app)
{
    QSignalSpy finished(&session, &SessionManager::signInFinished);
    session.signIn(session.environmentFor(QStringLiteral("demo")), tokens, app);
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000))
        return false;
    if (!finished.first().first().toBool())
        qWarning() << "sign-in failed:" << finished.first().at(1).toString();
    return finished.first().first().toBool();
}

TokenSet TestSessionManager::oauth()
{
    OAuthSignIn flow;
    BrowserStub browser;
    connect(&flow, &OAuthSignIn::openBrowser, this, [&browser](const QUrl &url) { browser.open(url); });
    QSignalSpy succeeded(&flow, &OAuthSignIn::succeeded);
    OAuthSignIn::Options o;
    o.environment = AuthEnvironment::demo(m_sandbox->baseUrl());
    o.app = {m_options.clientId, m_options.clientSecret};
    o.redirectUri = QUrl(QStringLiteral("http://127.0.0.1:0/"));
    flow.start(o);
    (void)QTest::qWaitFor([&] { return !flow.isRunning(); }, 10000);
    if (succeeded.isEmpty())
        return {};
    const TokenSet t = succeeded.first().first().value<TokenSet>();
    m_secretsSeen << t.accessToken.toUtf8() << t.refreshToken.toUtf8();
    return t;
}

void TestSessionManager::pastedTokenSurvivesRestart()
{
    {
        TokenStore store;
        SessionManager session(&store);
        session.setDemoBaseUrl(m_sandbox->baseUrl());
        QSignalSpy changed(&session, &SessionManager::sessionChanged);
        TokenSet pasted;
        pasted.accessToken = QStringLiteral("  ") + m_options.accessToken + QStringLiteral("\n"); // as pasted
        QVERIFY(signIn(session, pasted));
        QCOMPARE(changed.size(), 1);
        QVERIFY(session.isSignedIn());
        QCOMPARE(session.user(), QStringLiteral("northwindhome")); // owner of the first OWNER account
        QCOMPARE(session.adAccounts().size(), m_options.adAccounts);
        QCOMPARE(session.apiBaseUrl(), m_sandbox->baseUrl());
        QCOMPARE(session.tokenProvider()->accessToken(), m_options.accessToken);
        QVERIFY(!session.isSessionOnly());
        QVERIFY2(session.healthSummary().startsWith(QStringLiteral("northwindhome · Demo/local — ")),
                 qPrintable(session.healthSummary()));
        session.setLastAdAccountId(session.adAccounts().at(1).id.value());
    }
    // A restarted app: new objects, only the keychain and settings carry over.
    TokenStore store;
    SessionManager session(&store);
    session.setDemoBaseUrl(m_sandbox->baseUrl());
    QSignalSpy restored(&session, &SessionManager::restoreFinished);
    QSignalSpy accounts(&session, &SessionManager::adAccountsChanged);
    session.restoreLastSession();
    QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 20000);
    QVERIFY2(restored.first().first().toBool(), qPrintable(restored.first().at(1).toString()));
    QCOMPARE(session.user(), QStringLiteral("northwindhome"));
    QCOMPARE(session.tokenProvider()->accessToken(), m_options.accessToken);
    QTRY_COMPARE(accounts.size(), 1);
    QCOMPARE(session.lastAdAccountId(), session.adAccounts().at(1).id.value());
}

void TestSessionManager::oauthSignInRenewalAndSignOut()
{
    const TokenSet tokens = oauth();
    QVERIFY(!tokens.isEmpty());
    ManualClock clock(tokens.obtainedAt);
    TokenStore store;
    SessionManager session(&store, &clock);
    session.setDemoBaseUrl(m_sandbox->baseUrl());
    QVERIFY(signIn(session, tokens, {m_options.clientId, m_options.clientSecret}));
    QVERIFY(session.healthSummary().contains(QStringLiteral("access token renews in")));

    // Time passes: the renewal runs and the rotated refresh token reaches the keychain.
    QSignalSpy renewed(&session, &SessionManager::tokensRenewed);
    clock.setNow(tokens.renewDueAt().addSecs(1));
    session.sessionTokenProvider()->checkRenewalDue();
    QTRY_COMPARE_WITH_TIMEOUT(renewed.size(), 1, 10000);
    const TokenSet after = session.tokens();
    m_secretsSeen << after.accessToken.toUtf8() << after.refreshToken.toUtf8();
    QVERIFY(after.refreshToken != tokens.refreshToken);
    // The keychain write follows the signal: read the keychain back until it shows the new token.
    const auto storedRefreshToken = [&] {
        TokenStore other;
        std::optional<TokenSet> stored;
        other.loadTokens(session.currentAccount(), this, [&](const TokenStore::Result &, const TokenSet &t) { stored = t; });
        return QTest::qWaitFor([&] { return stored.has_value(); }, 5000) ? stored->refreshToken : QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(storedRefreshToken(), after.refreshToken, 10000);

    QSignalSpy signedOut(&session, &SessionManager::signOutFinished);
    const StoredAccount account = session.currentAccount();
    session.signOut();
    QVERIFY(!session.isSignedIn());
    QVERIFY(session.tokenProvider()->accessToken().isEmpty());
    QTRY_COMPARE(signedOut.size(), 1);
    QVERIFY(signedOut.first().first().toBool());
    SecretStore raw(QStringLiteral("Pinstripe"));
    std::optional<SecretStore::Result> gone;
    raw.read(TokenStore::tokenKey(account.environment, account.user), this, [&](const SecretStore::Result &r) { gone = r; });
    QTRY_VERIFY(gone.has_value());
    QCOMPARE(gone->status, SecretStore::Status::NotFound);
    QVERIFY(store.indexedKeys().isEmpty());
    QCOMPARE(session.healthSummary(), QStringLiteral("Not signed in"));

    // Nothing to restore after signing out.
    TokenStore store2;
    SessionManager restarted(&store2);
    QSignalSpy restored(&restarted, &SessionManager::restoreFinished);
    restarted.restoreLastSession();
    QTRY_COMPARE(restored.size(), 1);
    QVERIFY(!restored.first().first().toBool());
}

void TestSessionManager::switchBetweenAccounts()
{
    TokenStore store;
    SessionManager session(&store);
    session.setDemoBaseUrl(m_sandbox->baseUrl());
    TokenSet pasted;
    pasted.accessToken = m_options.accessToken;
    QVERIFY(signIn(session, pasted));
    const TokenSet second = oauth();
    QVERIFY(!second.isEmpty());
    // A second Pinterest user in another environment, stored earlier.
    TokenSet other = second;
    other.environment = QStringLiteral("production");
    other.user = QStringLiteral("someoneelse");
    std::optional<TokenStore::Result> saved;
    store.saveTokens(other, this, [&](const TokenStore::Result &r) { saved = r; });
    QTRY_VERIFY(saved.has_value());
    QCOMPARE(session.storedAccounts().size(), 2);

    QSignalSpy switched(&session, &SessionManager::switchFinished);
    session.switchTo({QStringLiteral("production"), QStringLiteral("someoneelse")});
    QTRY_COMPARE(switched.size(), 1);
    QVERIFY(switched.first().first().toBool());
    QCOMPARE(session.user(), QStringLiteral("someoneelse"));
    QCOMPARE(session.environment().kind(), AuthEnvironment::Kind::Production);
    QCOMPARE(session.apiBaseUrl(), QUrl(QStringLiteral("https://api.pinterest.com/v5")));
    QCOMPARE(session.tokenProvider()->accessToken(), second.accessToken);

    switched.clear();
    session.switchTo({QStringLiteral("demo"), QStringLiteral("northwindhome")});
    QTRY_COMPARE(switched.size(), 1);
    QCOMPARE(session.tokenProvider()->accessToken(), m_options.accessToken);

    std::optional<TokenStore::Result> cleared;
    store.removeAll(this, [&](const TokenStore::Result &r) { cleared = r; });
    QTRY_VERIFY(cleared.has_value());
}

void TestSessionManager::rejectedTokenIsNotStored()
{
    TokenStore store;
    SessionManager session(&store);
    session.setDemoBaseUrl(m_sandbox->baseUrl());
    QSignalSpy finished(&session, &SessionManager::signInFinished);
    TokenSet wrong;
    wrong.accessToken = QStringLiteral("pina_typo");
    session.signIn(session.environmentFor(QStringLiteral("demo")), wrong, {});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY(!finished.first().first().toBool());
    QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("did not accept")));
    QVERIFY(!session.isSignedIn());
    QVERIFY(store.storedAccounts().isEmpty());
}

void TestSessionManager::demoSessionIsASessionWithoutKeychain()
{
    TokenStore store;
    SessionManager session(&store);
    const QList<StoredAccount> storedBefore = store.storedAccounts();
    QSignalSpy changed(&session, &SessionManager::sessionChanged);
    QSignalSpy finished(&session, &SessionManager::signInFinished);
    session.startDemoSession(AuthEnvironment::demo(m_sandbox->baseUrl()), m_options.accessToken);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY(finished.first().first().toBool());
    QCOMPARE(changed.size(), 1);
    QVERIFY(session.isSignedIn());
    QVERIFY(session.isDemoSession());
    QVERIFY(!session.user().isEmpty());
    QCOMPARE(session.environment().kind(), AuthEnvironment::Kind::Demo);
    QCOMPARE(session.apiBaseUrl(), m_sandbox->baseUrl());
    QCOMPARE(session.tokenProvider()->accessToken(), m_options.accessToken);
    QVERIFY(!session.adAccounts().isEmpty());
    QVERIFY2(session.healthSummary().contains(session.user()) && session.healthSummary().contains(QStringLiteral("demo")),
             qPrintable(session.healthSummary()));
    // Nothing was written to the keychain: no new saved sign-in to switch to.
    QCOMPARE(store.storedAccounts(), storedBefore);

    QSignalSpy signedOut(&session, &SessionManager::signOutFinished);
    session.signOut();
    QTRY_COMPARE(signedOut.size(), 1);
    QVERIFY(signedOut.first().first().toBool());
    QVERIFY(!session.isSignedIn());
    QVERIFY(!session.isDemoSession());
    QCOMPARE(store.storedAccounts(), storedBefore);
}

void TestSessionManager::noSecretsOnDisk()
{
    // Everything the app may write lives under the throw-away HOME of the keychain session.
    const QString home = QDir::homePath();
    QVERIFY2(home.contains(QStringLiteral("tmp")), qPrintable(home));
    QVERIFY(QFile::exists(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                          + QStringLiteral("/Pinstripe/Pinstripe.conf")));
    QFile log(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/pinstripe-test.log"));
    QVERIFY(QDir().mkpath(QFileInfo(log).path()));
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write(m_log->text().toUtf8());
    log.close();
    QVERIFY(m_log->lines().size() > 10);
    QVERIFY(m_secretsSeen.size() >= 6);
    // gnome-keyring's own store is encrypted; everything else is searched.
    const QStringList hits = filesContaining(home, m_secretsSeen, {QStringLiteral(".local/share/keyrings")});
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(','))));
}

void TestSessionManager::sessionOnlyWithoutKeychain()
{
    // Runs without a Secret Service and with a settings file of its own (see CMakeLists.txt).
    QTemporaryDir dir;
    const QString settings = dir.filePath(QStringLiteral("Pinstripe.conf"));
    TokenStore store(QStringLiteral("Pinstripe"), settings);
    SessionManager session(&store);
    session.setDemoBaseUrl(m_sandbox->baseUrl());
    QSignalSpy problem(&session, &SessionManager::storageProblem);
    TokenSet pasted;
    pasted.accessToken = m_options.accessToken;
    QVERIFY(signIn(session, pasted));
    QVERIFY(session.isSignedIn());
    QVERIFY(session.isSessionOnly());
    QCOMPARE(problem.size(), 1);
    QVERIFY(problem.first().first().toString().contains(QStringLiteral("for this session only")));
    QVERIFY(session.healthSummary().endsWith(QStringLiteral("(this session only)")));
    QVERIFY(filesContaining(dir.path(), {m_options.accessToken.toUtf8()}).isEmpty());

    TokenStore nextStore(QStringLiteral("Pinstripe"), settings);
    SessionManager nextRun(&nextStore);
    nextRun.setDemoBaseUrl(m_sandbox->baseUrl());
    QSignalSpy restored(&nextRun, &SessionManager::restoreFinished);
    nextRun.restoreLastSession();
    QTRY_COMPARE(restored.size(), 1);
    QVERIFY(!restored.first().first().toBool());
    QVERIFY(!restored.first().at(1).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestSessionManager)
#include "tst_sessionmanager.moc"
