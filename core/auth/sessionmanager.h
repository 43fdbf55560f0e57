#pragma once

#include "core/auth/appcredentials.h"
#include "core/auth/authenvironment.h"
#include "core/auth/tokenset.h"
#include "core/auth/tokenstore.h"
#include "core/model/adaccount.h"

#include <QList>
#include <QObject>
#include <QUrl>

namespace pinstripe {

class Clock;
class SessionTokenProvider;
class TokenProvider;

/**
 * The signed-in session: which environment and Pinterest user, the API base URL, the
 * TokenProvider for ApiClient, the ad accounts the token sees, and the stored accounts to
 * switch between. Ties TokenStore (keychain) and SessionTokenProvider (renewal) together.
 *
 * Start-up: restoreLastSession() → restoreFinished(); on sessionChanged() build a new
 * ApiClient(apiBaseUrl(), tokenProvider()). signInRequired() means the user must sign in
 * again (show the Connect dialog); the session and everything pending stay as they are.
 */
class SessionManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionManager)

public:
    /** @p store and @p clock are not owned (nullptr clock = Clock::system()). */
    explicit SessionManager(TokenStore *store, Clock *clock = nullptr, QObject *parent = nullptr);
    ~SessionManager() override;

    TokenStore *tokenStore() const { return m_store; }
    Clock *clock() const { return m_clock; }

    /** Base URL of the Demo/local environment (the in-process sandbox's, or a local server). */
    void setDemoBaseUrl(const QUrl &url) { m_demoBaseUrl = url; }
    QUrl demoBaseUrl() const { return m_demoBaseUrl; }
    /** The environment with that id, with the demo base URL filled in. */
    AuthEnvironment environmentFor(const QString &id) const;

    bool isSignedIn() const;
    AuthEnvironment environment() const { return m_environment; }
    QString user() const;
    StoredAccount currentAccount() const;
    /** Where ApiClient sends requests for this session; empty when signed out. */
    QUrl apiBaseUrl() const { return isSignedIn() ? m_environment.apiBaseUrl() : QUrl(); }
    /** Lives as long as the manager; give it to ApiClient. Empty token when signed out. */
    TokenProvider *tokenProvider() const;
    SessionTokenProvider *sessionTokenProvider() const { return m_provider; }
    TokenSet tokens() const;

    /** The ad accounts the token can see (after sign-in, restore or refreshAdAccounts()). */
    QList<AdAccount> adAccounts() const { return m_adAccounts; }
    /** The ad account last used with this sign-in (settings, per environment and user). */
    QString lastAdAccountId() const;
    void setLastAdAccountId(const QString &id);

    /** True when the tokens live only in memory because the keychain was unusable. */
    bool isSessionOnly() const { return m_sessionOnly; }
    /** Why, in plain words; empty when the keychain holds the tokens. */
    QString storageNotice() const { return m_storageNotice; }

    /** "northwindhome · Demo/local — access token renews in 29 days; sign-in needed again in 59 days" */
    QString healthSummary() const;
    QList<StoredAccount> storedAccounts() const { return m_store->storedAccounts(); }

    /** Restores the last session from the keychain; ends with restoreFinished(). */
    void restoreLastSession();
    /**
     * Finishes a sign-in with @p tokens (from OAuthSignIn or pasted): lists the ad accounts
     * (which checks the token and names the user), stores tokens and @p app (when complete) in
     * the keychain and makes it the current session. Ends with signInFinished().
     */
    void signIn(const AuthEnvironment &environment, const TokenSet &tokens, const AppCredentials &app);
    /**
     * Signs in to @p environment (the demo sandbox) with its public demo @p accessToken like any
     * sign-in — the user is named from the token's ad accounts, the status bar and menus show
     * the session — but stores nothing in the keychain and is not offered as a saved sign-in.
     * Ends with signInFinished().
     */
    void startDemoSession(const AuthEnvironment &environment, const QString &accessToken);
    /** True while the current session is a demo session (see startDemoSession()). */
    bool isDemoSession() const { return m_demoSession && isSignedIn(); }

    /** Makes a stored account current; ends with switchFinished(). */
    void switchTo(const StoredAccount &account);
    /** Deletes every keychain entry of the current account; ends with signOutFinished(). */
    void signOut();
    /** Lists the ad accounts again; ends with adAccountsChanged() or adAccountsFailed(). */
    void refreshAdAccounts();

Q_SIGNALS:
    /** Signed in, restored, switched or signed out: rebuild the ApiClient. */
    void sessionChanged();
    void restoreFinished(bool signedIn, const QString &message);
    void signInFinished(bool ok, const QString &message);
    void switchFinished(bool ok, const QString &message);
    void signOutFinished(bool ok, const QString &message);
    /** The refresh token is no longer accepted: show the sign-in dialog. */
    void signInRequired(const QString &reason);
    /** The keychain could not be used; @p message says what that means. */
    void storageProblem(const QString &message);
    void tokensRenewed();
    void adAccountsChanged();
    void adAccountsFailed(const QString &message);
    /** The health summary may read differently. */
    void healthChanged();

private:
    void activate(const AuthEnvironment &environment, const TokenSet &tokens, const AppCredentials &app);
    void loadAccount(const StoredAccount &account, std::function<void(bool, const QString &)> done);
    void noteStorage(const TokenStore::Result &result);
    void rememberSession(const StoredAccount &account);
    QString lastAdAccountKey() const;

    TokenStore *m_store;
    Clock *m_clock;
    SessionTokenProvider *m_provider;
    QUrl m_demoBaseUrl;
    AuthEnvironment m_environment;
    QList<AdAccount> m_adAccounts;
    bool m_sessionOnly = false;
    bool m_demoSession = false;
    QString m_storageNotice;
};

} // namespace pinstripe
