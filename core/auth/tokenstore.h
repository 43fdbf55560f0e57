#pragma once

#include "core/auth/appcredentials.h"
#include "core/auth/tokenset.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QSettings;

namespace pinstripe {

class SecretStore;

/** One stored sign-in: an environment id and a Pinterest username. */
struct StoredAccount
{
    QString environment;
    QString user;
    friend bool operator==(const StoredAccount &, const StoredAccount &) = default;
};

/**
 * Tokens and app credentials in the OS keychain (service "Pinstripe"), over SecretStore.
 *
 * Layout: "tokens/<environment>/<user>" holds a TokenSet as JSON, "app/<environment>" the
 * AppCredentials. A value longer than one keychain entry may hold (Windows' Credential
 * Manager takes 2560 bytes) is split over "<key>#1…#n" with a small header in "<key>";
 * beyond maxChunks it is refused with a message. QSettings keeps an index of the key names
 * (never values) so sign-out can delete every entry.
 *
 * No plaintext fallback: when the keychain cannot be used, the value is kept in memory for
 * this session only, the result says so in plain words, and nothing is written to disk.
 */
class TokenStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenStore)

public:
    enum class Status {
        Ok,          ///< done, in the keychain
        SessionOnly, ///< no usable keychain: kept in memory until the app quits (see message)
        NotFound,    ///< nothing stored under that key
        TooLong,     ///< refused: more than maxChunks entries would be needed
        Failed,      ///< keychain error; see message
    };

    struct Result
    {
        Status status = Status::Failed;
        /** A sentence for people when status is not Ok; never contains a secret. */
        QString message;
        /** True when the value is available (in the keychain or for this session). */
        bool ok() const { return status == Status::Ok || status == Status::SessionOnly; }
    };

    using Callback = std::function<void(const Result &)>;
    using ValueCallback = std::function<void(const Result &, const QByteArray &value)>;
    using TokensCallback = std::function<void(const Result &, const TokenSet &tokens)>;
    using AppCallback = std::function<void(const Result &, const AppCredentials &app)>;

    /** Largest value one keychain entry takes on every platform (Windows: 2560 bytes). */
    static constexpr int maxEntryBytes = 2560;
    /** Bytes per chunk of a split value (below maxEntryBytes, leaving room for the platform). */
    static constexpr int chunkBytes = 2048;
    /** More chunks than this and a value is refused (16 KiB, far above any Pinterest token). */
    static constexpr int maxChunks = 8;

    /**
     * @p service is the keychain service name ("Pinstripe"). @p settingsFile is an INI file
     * for the key index; empty = the application's default QSettings.
     */
    explicit TokenStore(const QString &service = QStringLiteral("Pinstripe"), QString settingsFile = {},
                        QObject *parent = nullptr);
    ~TokenStore() override;

    /**
     * Finds out whether a system keychain can be used, by reading an entry that is never
     * written: @p done(true) when the keychain answered (found or not), false when there is none
     * or it refused. Runs on @p context's thread.
     */
    void probeKeychain(QObject *context, std::function<void(bool available)> done);

    SecretStore *secretStore() const { return m_secrets; }
    /** The QSettings this store (and the session) keep non-secret state in. */
    std::unique_ptr<QSettings> settings() const;

    static QString tokenKey(const QString &environment, const QString &user);
    static QString appKey(const QString &environment);

    void saveTokens(const TokenSet &tokens, QObject *context, Callback done);
    void loadTokens(const StoredAccount &account, QObject *context, TokensCallback done);
    void saveAppCredentials(const QString &environment, const AppCredentials &app, QObject *context, Callback done);
    void loadAppCredentials(const QString &environment, QObject *context, AppCallback done);

    /**
     * Deletes the account's token entries, and the environment's app credentials when no
     * other account of that environment is left.
     */
    void removeAccount(const StoredAccount &account, QObject *context, Callback done);
    /** Deletes every entry in the index and every session-only value. */
    void removeAll(QObject *context, Callback done);

    /** Accounts with stored tokens (keychain index plus this session's), sorted. */
    QList<StoredAccount> storedAccounts() const;
    /** Key names in the QSettings index (names only). */
    QStringList indexedKeys() const;
    /** True if some value lives only in memory because the keychain was unusable. */
    bool hasSessionOnlyValues() const { return !m_sessionValues.isEmpty(); }

    /** Raw access by key, with splitting and the session-only fallback. */
    void writeValue(const QString &key, const QByteArray &value, QObject *context, Callback done);
    void readValue(const QString &key, QObject *context, ValueCallback done);
    void removeValue(const QString &key, QObject *context, Callback done);

private:
    void writeParts(const QString &key, const QList<QByteArray> &parts, int index, QObject *context, Callback done);
    void readParts(const QString &key, int count, int index, QByteArray collected, QObject *context, ValueCallback done);
    void removeKeys(QStringList keys, QObject *context, Callback done, Result soFar = {Status::Ok, {}});
    void addToIndex(const QStringList &keys);
    void removeFromIndex(const QStringList &keys);
    QStringList partKeysInIndex(const QString &key) const;

    SecretStore *m_secrets;
    QString m_settingsFile;
    /** Values the keychain refused, for this session only (never written anywhere). */
    QHash<QString, QByteArray> m_sessionValues;
};

} // namespace pinstripe
