#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace pinstripe {

class ApiClient;
class ChangeSet;
class Clock;
class LocalStore;
class MetricsArchive;
class PendingChangeStore;
class SessionManager;
class TargetingPresetStore;
class TokenProvider;
class TokenStore;

/**
 * The one composition root: everything that lives as long as the application — the ad group
 * cache, the pending changes and their journal, the metrics archive, the targeting presets,
 * the keychain-backed session — and the current connection (base URL, token provider and the
 * ApiClient), announced by connectionChanged().
 *
 * main() builds it once, and every test that drives the application builds it the same way
 * with its own data directory. Nothing in ui/ constructs a store or a client: it asks the
 * context when it acts, or follows connectionChanged(), so nothing holds a stale client.
 */
class AppContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppContext)

public:
    struct Options
    {
        /** Pinterest, a local sandbox, or the demo sandbox. */
        QUrl apiBaseUrl;
        /** Sign in to apiBaseUrl as the demo sandbox's demo user (see SessionManager::startDemoSession()). */
        bool demo = false;
        /** The demo sandbox's public token. */
        QString demoToken;
        /** Where the databases live; empty = the platform's app data folder. */
        QString dataDirectory;
        /** The keychain's service name for tokens. */
        QString keychainService = QStringLiteral("Pinstripe");
        /**
         * The app's one clock (token renewal, rate limits, posting waits); not owned, must
         * outlive the context. nullptr = Clock::system().
         */
        Clock *clock = nullptr;
    };

    explicit AppContext(const Options &options, QObject *parent = nullptr);
    ~AppContext() override;

    const Options &options() const { return m_options; }
    /** @p fileName inside the data directory (created if missing). */
    QString dataFile(const QString &fileName) const { return dataFile(m_options.dataDirectory, fileName); }
    /** @p fileName inside @p dataDirectory (empty: the platform's app data folder), created if missing. */
    static QString dataFile(const QString &dataDirectory, const QString &fileName);

    LocalStore *cache() const { return m_cache.get(); }
    PendingChangeStore *pendingChanges() const { return m_pendingChanges.get(); }
    ChangeSet *changeSet() const { return m_changeSet.get(); }
    MetricsArchive *metricsArchive() const { return m_metricsArchive.get(); }
    TargetingPresetStore *targetingPresets() const { return m_targetingPresets.get(); }
    TokenStore *tokenStore() const { return m_tokenStore; }
    SessionManager *session() const { return m_session; }
    /** The app's clock, handed to the session and every connection. */
    Clock *clock() const { return m_clock; }

    /** The client of the current connection, or nullptr while not connected. */
    ApiClient *client() const { return m_client.get(); }
    /** Where the current connection (or the last one) points. */
    QUrl apiBaseUrl() const { return m_baseUrl; }
    /** True while connected to the demo sandbox or another local server. */
    bool isDemoConnection() const { return m_demoConnection; }

    /**
     * Starts the session: the demo sign-in in demo mode; otherwise, if @p restore, the last
     * sign-in from the keychain (SessionManager::restoreFinished() tells how it went).
     */
    void start(bool restore);

    /**
     * Signs in to a demo sandbox at @p baseUrl as its demo user with @p accessToken (a session
     * like any other, kept out of the keychain). Ends with SessionManager::signInFinished().
     */
    void startDemo(const QUrl &baseUrl, const QString &accessToken);

    /**
     * Connects to @p baseUrl with bearer tokens from @p tokens (not owned; must outlive the
     * connection), replacing the client. The session does this after every sign-in; tests with
     * a fixed token call it directly. @p tokens nullptr disconnects.
     */
    void connectTo(const QUrl &baseUrl, TokenProvider *tokens, bool demo);

Q_SIGNALS:
    /** A new client (nullptr when disconnected). The previous one is deleted right after. */
    void connectionChanged(pinstripe::ApiClient *client);

private:
    void followSession();

    Options m_options;
    Clock *m_clock;
    std::unique_ptr<LocalStore> m_cache;
    std::unique_ptr<PendingChangeStore> m_pendingChanges;
    std::unique_ptr<ChangeSet> m_changeSet;
    std::unique_ptr<MetricsArchive> m_metricsArchive;
    std::unique_ptr<TargetingPresetStore> m_targetingPresets;
    TokenStore *m_tokenStore = nullptr;
    SessionManager *m_session = nullptr;
    std::unique_ptr<ApiClient> m_client;
    QUrl m_baseUrl;
    bool m_demoConnection = false;
};

} // namespace pinstripe
