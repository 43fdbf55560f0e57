#include "core/auth/sessionmanager.h"

#include "core/api/apiclient.h"
#include "core/api/apiendpoint.h"
#include "core/auth/adaccountlister.h"
#include "core/auth/sessiontokenprovider.h"
#include "core/logging.h"
#include "core/time/clock.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>

#include <memory>

namespace pinstripe {

namespace {

const QString sessionEnvironmentKey = QStringLiteral("auth/session/environment");
const QString sessionUserKey = QStringLiteral("auth/session/user");

/** A user name for accounts-less tokens, so they can still be stored and switched to. */
QString fallbackUser()
{
    return QStringLiteral("pinterest-user");
}

/**
 * Runs AdAccountLister with a token that is not (yet) the session's, on a throw-away client.
 * Calls @p done once with the accounts or an error message.
 */
void listAccounts(const QUrl &baseUrl, TokenProvider *tokens, QObject *context,
                  std::function<void(const QList<AdAccount> &, const QString &error)> done)
{
    auto *client = new ApiClient(baseUrl, tokens, context);
    if (!client->baseUrlProblem().isEmpty()) {
        const QString problem = client->baseUrlProblem();
        client->deleteLater();
        done({}, problem);
        return;
    }
    auto *lister = new AdAccountLister(client);
    QObject::connect(lister, &AdAccountLister::finished, context, [client, done](const QList<AdAccount> &accounts) {
        client->deleteLater();
        done(accounts, {});
    });
    QObject::connect(lister, &AdAccountLister::failed, context, [client, done](const ApiError &error) {
        client->deleteLater();
        done({}, error.userMessage());
    });
    lister->start();
}

} // namespace

SessionManager::SessionManager(TokenStore *store, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock ? clock : Clock::system())
    , m_provider(new SessionTokenProvider(m_clock, this))
{
    connect(m_provider, &SessionTokenProvider::tokensRenewed, this, [this](const TokenSet &tokens) {
        // The old refresh token died with this renewal: store the new one at once.
        m_store->saveTokens(tokens, this, [this](const TokenStore::Result &result) { noteStorage(result); });
        Q_EMIT tokensRenewed();
        Q_EMIT healthChanged();
    });
    connect(m_provider, &SessionTokenProvider::signInRequired, this, [this](const QString &reason) {
        Q_EMIT signInRequired(reason);
        Q_EMIT healthChanged();
    });
}

SessionManager::~SessionManager() = default;

AuthEnvironment SessionManager::environmentFor(const QString &id) const
{
    return AuthEnvironment::fromId(id, m_demoBaseUrl);
}

bool SessionManager::isSignedIn() const
{
    return !m_provider->tokens().isEmpty();
}

QString SessionManager::user() const
{
    return m_provider->tokens().user;
}

StoredAccount SessionManager::currentAccount() const
{
    const TokenSet t = m_provider->tokens();
    return {t.environment, t.user};
}

TokenProvider *SessionManager::tokenProvider() const
{
    return m_provider;
}

TokenSet SessionManager::tokens() const
{
    return m_provider->tokens();
}

QString SessionManager::lastAdAccountKey() const
{
    const StoredAccount a = currentAccount();
    return QStringLiteral("auth/lastAdAccount/") + TokenStore::tokenKey(a.environment, a.user).mid(7);
}

QString SessionManager::lastAdAccountId() const
{
    if (!isSignedIn())
        return {};
    return m_store->settings()->value(lastAdAccountKey()).toString();
}

void SessionManager::setLastAdAccountId(const QString &id)
{
    if (isSignedIn())
        m_store->settings()->setValue(lastAdAccountKey(), id);
}

QString SessionManager::healthSummary() const
{
    if (!isSignedIn())
        return tr("Not signed in");
    QString text = tr("%1 · %2 — %3")
                       .arg(user(), m_environment.displayName(), describeTokenHealth(tokens(), m_clock->now()));
    if (m_provider->needsSignIn())
        text = tr("%1 — sign-in needed").arg(text);
    if (m_demoSession)
        text = tr("%1 · %2 — demo session, nothing stored").arg(user(), m_environment.displayName());
    else if (m_sessionOnly)
        text = tr("%1 (this session only)").arg(text);
    return text;
}

void SessionManager::noteStorage(const TokenStore::Result &result)
{
    if (result.status == TokenStore::Status::Ok)
        return;
    const bool wasSessionOnly = m_sessionOnly;
    m_sessionOnly = true;
    m_storageNotice = result.message;
    if (!wasSessionOnly || result.status != TokenStore::Status::SessionOnly)
        Q_EMIT storageProblem(result.message);
}

void SessionManager::rememberSession(const StoredAccount &account)
{
    auto settings = m_store->settings();
    if (account.environment.isEmpty()) {
        settings->remove(sessionEnvironmentKey);
        settings->remove(sessionUserKey);
    } else {
        settings->setValue(sessionEnvironmentKey, account.environment);
        settings->setValue(sessionUserKey, account.user);
    }
}

void SessionManager::activate(const AuthEnvironment &environment, const TokenSet &tokens, const AppCredentials &app)
{
    m_environment = environment;
    m_provider->setSession(tokens, environment.tokenUrl(), app);
    qCInfo(lcAuth) << "session:" << tokens.environment << tokens.user;
    Q_EMIT sessionChanged();
    Q_EMIT healthChanged();
}

void SessionManager::signIn(const AuthEnvironment &environment, const TokenSet &signedIn, const AppCredentials &app)
{
    if (!environment.isValid() || signedIn.accessToken.trimmed().isEmpty()) {
        Q_EMIT signInFinished(false, tr("There is no token to sign in with."));
        return;
    }
    if (const QString problem = ApiEndpoint::validateBaseUrl(environment.apiBaseUrl()); !problem.isEmpty()) {
        Q_EMIT signInFinished(false, problem);
        return;
    }
    TokenSet tokens = signedIn;
    tokens.accessToken = tokens.accessToken.trimmed();
    tokens.refreshToken = tokens.refreshToken.trimmed();
    tokens.environment = environment.id();
    if (!tokens.obtainedAt.isValid())
        tokens.obtainedAt = m_clock->now();

    auto probe = std::make_shared<StaticTokenProvider>(tokens.accessToken);
    QPointer<SessionManager> self(this);
    listAccounts(environment.apiBaseUrl(), probe.get(), this,
                 [self, probe, environment, tokens, app](const QList<AdAccount> &accounts, const QString &error) mutable {
                     if (!self)
                         return;
                     if (!error.isEmpty()) {
                         Q_EMIT self->signInFinished(false, tr("Pinterest did not accept this sign-in: %1").arg(error));
                         return;
                     }
                     tokens.user = AdAccountLister::userOf(accounts);
                     if (tokens.user.isEmpty())
                         tokens.user = fallbackUser();
                     self->m_demoSession = false;
                     self->m_sessionOnly = false;
                     self->m_storageNotice.clear();
                     auto storeTokens = [self, environment, tokens, app, accounts] {
                         self->m_store->saveTokens(tokens, self, [self, environment, tokens, app, accounts](const TokenStore::Result &r) {
                             if (!r.ok()) {
                                 Q_EMIT self->signInFinished(false, r.message);
                                 return;
                             }
                             self->noteStorage(r);
                             self->m_adAccounts = accounts;
                             self->rememberSession({tokens.environment, tokens.user});
                             self->activate(environment, tokens, app);
                             Q_EMIT self->adAccountsChanged();
                             Q_EMIT self->signInFinished(true, self->m_storageNotice);
                         });
                     };
                     if (!app.isComplete()) {
                         storeTokens();
                         return;
                     }
                     self->m_store->saveAppCredentials(environment.id(), app, self,
                                                       [self, storeTokens](const TokenStore::Result &r) {
                                                           self->noteStorage(r);
                                                           storeTokens();
                                                       });
                 });
}

void SessionManager::startDemoSession(const AuthEnvironment &environment, const QString &accessToken)
{
    if (!environment.isValid() || accessToken.isEmpty()) {
        Q_EMIT signInFinished(false, tr("There is no token to sign in with."));
        return;
    }
    TokenSet tokens;
    tokens.accessToken = accessToken;
    tokens.environment = environment.id();
    tokens.obtainedAt = m_clock->now();
    auto probe = std::make_shared<StaticTokenProvider>(accessToken);
    QPointer<SessionManager> self(this);
    listAccounts(environment.apiBaseUrl(), probe.get(), this,
                 [self, probe, environment, tokens](const QList<AdAccount> &accounts, const QString &error) mutable {
                     if (!self)
                         return;
                     if (!error.isEmpty()) {
                         Q_EMIT self->signInFinished(false, tr("The demo sandbox did not answer: %1").arg(error));
                         return;
                     }
                     tokens.user = AdAccountLister::userOf(accounts);
                     if (tokens.user.isEmpty())
                         tokens.user = fallbackUser();
                     self->m_demoSession = true;
                     self->m_sessionOnly = false;
                     self->m_storageNotice.clear();
                     self->m_adAccounts = accounts;
                     self->activate(environment, tokens, {});
                     Q_EMIT self->adAccountsChanged();
                     Q_EMIT self->signInFinished(true, {});
                 });
}

void SessionManager::loadAccount(const StoredAccount &account, std::function<void(bool, const QString &)> done)
{
    const AuthEnvironment environment = environmentFor(account.environment);
    if (!environment.isValid()) {
        done(false, tr("Unknown environment \"%1\".").arg(account.environment));
        return;
    }
    QPointer<SessionManager> self(this);
    m_store->loadTokens(account, this, [self, account, environment, done](const TokenStore::Result &r, const TokenSet &tokens) {
        if (!self)
            return;
        if (!r.ok() || tokens.isEmpty()) {
            done(false, r.status == TokenStore::Status::NotFound
                            ? tr("The sign-in of %1 is no longer in the system keychain. Please sign in again.").arg(account.user)
                            : r.message);
            return;
        }
        const bool sessionOnly = r.status == TokenStore::Status::SessionOnly;
        self->m_store->loadAppCredentials(account.environment, self,
                                          [self, environment, tokens, sessionOnly, done](const TokenStore::Result &, const AppCredentials &app) {
                                              if (!self)
                                                  return;
                                              self->m_demoSession = false;
                                              self->m_sessionOnly = sessionOnly;
                                              self->m_storageNotice = sessionOnly ? tr("Kept for this session only.") : QString();
                                              self->m_adAccounts.clear();
                                              self->rememberSession({tokens.environment, tokens.user});
                                              self->activate(environment, tokens, app);
                                              done(true, {});
                                              self->refreshAdAccounts();
                                          });
    });
}

void SessionManager::restoreLastSession()
{
    auto settings = m_store->settings();
    const StoredAccount last{settings->value(sessionEnvironmentKey).toString(), settings->value(sessionUserKey).toString()};
    if (last.environment.isEmpty() || last.user.isEmpty()) {
        Q_EMIT restoreFinished(false, {});
        return;
    }
    loadAccount(last, [this](bool ok, const QString &message) { Q_EMIT restoreFinished(ok, message); });
}

void SessionManager::switchTo(const StoredAccount &account)
{
    loadAccount(account, [this](bool ok, const QString &message) { Q_EMIT switchFinished(ok, message); });
}

void SessionManager::signOut()
{
    if (!isSignedIn()) {
        Q_EMIT signOutFinished(true, {});
        return;
    }
    if (m_demoSession) {
        // Nothing of a demo session was stored: ending it is all there is to do.
        m_demoSession = false;
        m_provider->clear();
        m_adAccounts.clear();
        m_environment = {};
        Q_EMIT sessionChanged();
        Q_EMIT healthChanged();
        Q_EMIT signOutFinished(true, {});
        return;
    }
    const StoredAccount account = currentAccount();
    m_store->settings()->remove(lastAdAccountKey());
    rememberSession({});
    m_provider->clear();
    m_adAccounts.clear();
    m_environment = {};
    m_sessionOnly = false;
    m_storageNotice.clear();
    Q_EMIT sessionChanged();
    Q_EMIT healthChanged();
    m_store->removeAccount(account, this, [this](const TokenStore::Result &r) {
        Q_EMIT signOutFinished(r.ok(), r.ok() ? QString()
                                              : tr("Some saved credentials could not be deleted from the system keychain: %1")
                                                    .arg(r.message));
    });
}

void SessionManager::refreshAdAccounts()
{
    if (!isSignedIn())
        return;
    const StoredAccount account = currentAccount();
    QPointer<SessionManager> self(this);
    listAccounts(apiBaseUrl(), m_provider, this, [self, account](const QList<AdAccount> &accounts, const QString &error) {
        if (!self || !(self->currentAccount() == account))
            return;
        if (!error.isEmpty()) {
            Q_EMIT self->adAccountsFailed(error);
            return;
        }
        self->m_adAccounts = accounts;
        Q_EMIT self->adAccountsChanged();
    });
}

} // namespace pinstripe
