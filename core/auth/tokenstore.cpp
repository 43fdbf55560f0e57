#include "core/auth/tokenstore.h"

#include "core/auth/secretstore.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QPointer>
#include <QSettings>

#include <algorithm>

namespace pinstripe {

namespace {

const QByteArray splitHeader = QByteArrayLiteral("pinstripe-split:1:");
const QString indexKey = QStringLiteral("auth/keychainIndex");

// A class, not a free function, so that lupdate files these messages under
// the context they are looked up in.
struct TokenStoreText
{
    Q_DECLARE_TR_FUNCTIONS(pinstripe::TokenStore)
};

QString partKey(const QString &key, int part)
{
    return key + QLatin1Char('#') + QString::number(part);
}

/** Keys must stay readable in the index and unambiguous: encode the separators in names. */
QString keyPart(const QString &name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name, "@.-_"));
}

QString sessionOnlyMessage(const QString &reason)
{
    return TokenStoreText::tr("Pinstripe could not use the system keychain (%1). Your sign-in is kept for this session "
              "only and is not saved anywhere on disk; you will need to sign in again after restarting "
              "Pinstripe.").arg(reason);
}

bool keychainUnusable(SecretStore::Status status)
{
    return status == SecretStore::Status::Unavailable || status == SecretStore::Status::AccessDenied;
}

} // namespace

TokenStore::TokenStore(const QString &service, QString settingsFile, QObject *parent)
    : QObject(parent)
    , m_secrets(new SecretStore(service, this))
    , m_settingsFile(std::move(settingsFile))
{
}

TokenStore::~TokenStore() = default;

std::unique_ptr<QSettings> TokenStore::settings() const
{
    if (m_settingsFile.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(m_settingsFile, QSettings::IniFormat);
}

QString TokenStore::tokenKey(const QString &environment, const QString &user)
{
    return QStringLiteral("tokens/") + keyPart(environment) + QLatin1Char('/') + keyPart(user);
}

QString TokenStore::appKey(const QString &environment)
{
    return QStringLiteral("app/") + keyPart(environment);
}

QStringList TokenStore::indexedKeys() const
{
    return settings()->value(indexKey).toStringList();
}

void TokenStore::addToIndex(const QStringList &keys)
{
    auto s = settings();
    QStringList index = s->value(indexKey).toStringList();
    for (const QString &k : keys) {
        if (!index.contains(k))
            index << k;
    }
    index.sort();
    s->setValue(indexKey, index);
}

void TokenStore::removeFromIndex(const QStringList &keys)
{
    auto s = settings();
    QStringList index = s->value(indexKey).toStringList();
    for (const QString &k : keys)
        index.removeAll(k);
    if (index.isEmpty())
        s->remove(indexKey);
    else
        s->setValue(indexKey, index);
}

QStringList TokenStore::partKeysInIndex(const QString &key) const
{
    QStringList parts;
    const QString prefix = key + QLatin1Char('#');
    for (const QString &k : indexedKeys()) {
        if (k.startsWith(prefix))
            parts << k;
    }
    return parts;
}

QList<StoredAccount> TokenStore::storedAccounts() const
{
    QStringList keys = indexedKeys();
    keys += m_sessionValues.keys();
    QList<StoredAccount> accounts;
    for (const QString &k : std::as_const(keys)) {
        const QStringList parts = k.split(QLatin1Char('/'));
        if (parts.size() != 3 || parts.at(0) != QLatin1String("tokens") || k.contains(QLatin1Char('#')))
            continue;
        const StoredAccount account{QUrl::fromPercentEncoding(parts.at(1).toLatin1()),
                                    QUrl::fromPercentEncoding(parts.at(2).toLatin1())};
        if (!accounts.contains(account))
            accounts << account;
    }
    std::sort(accounts.begin(), accounts.end(), [](const StoredAccount &a, const StoredAccount &b) {
        return std::tie(a.environment, a.user) < std::tie(b.environment, b.user);
    });
    return accounts;
}

void TokenStore::writeValue(const QString &key, const QByteArray &value, QObject *context, Callback done)
{
    QList<QByteArray> parts;
    if (value.size() <= chunkBytes) {
        parts << value;
    } else {
        const int count = int((value.size() + chunkBytes - 1) / chunkBytes);
        if (count > maxChunks) {
            done({Status::TooLong,
                  TokenStoreText::tr("This value is too long for the system keychain (%1 bytes; at most %2 bytes can be stored).")
                      .arg(value.size()).arg(chunkBytes * maxChunks)});
            return;
        }
        // Parts first and the header last, so a reader never finds a header without its parts.
        for (int i = 0; i < count; ++i)
            parts << value.mid(qsizetype(i) * chunkBytes, chunkBytes);
        parts << splitHeader + QByteArray::number(count);
    }
    QPointer<TokenStore> self(this);
    writeParts(key, parts, 0, context,
               [self, key, value, count = int(parts.size()), context, done = std::move(done)](const Result &result) {
                   if (!self)
                       return;
                   if (result.status == Status::SessionOnly) {
                       self->m_sessionValues.insert(key, value);
                       done(result);
                       return;
                   }
                   if (!result.ok()) {
                       done(result);
                       return;
                   }
                   self->m_sessionValues.remove(key);
                   const int chunks = count == 1 ? 0 : count - 1;
                   QStringList written{key};
                   for (int i = 1; i <= chunks; ++i)
                       written << partKey(key, i);
                   self->addToIndex(written);
                   // A shorter value leaves parts of a longer one behind: delete them.
                   QStringList stale = self->partKeysInIndex(key);
                   for (const QString &k : std::as_const(written))
                       stale.removeAll(k);
                   if (stale.isEmpty()) {
                       done(result);
                       return;
                   }
                   self->removeKeys(stale, context, [done](const Result &) { done({Status::Ok, {}}); });
               });
}

void TokenStore::writeParts(const QString &key, const QList<QByteArray> &parts, int index, QObject *context,
                            Callback done)
{
    if (index >= parts.size()) {
        done({Status::Ok, {}});
        return;
    }
    const bool header = index == parts.size() - 1;
    const QString target = header ? key : partKey(key, index + 1);
    QPointer<TokenStore> self(this);
    m_secrets->write(target, parts.at(index), context,
                     [self, key, parts, index, context, done = std::move(done)](const SecretStore::Result &r) {
                         if (!self)
                             return;
                         if (keychainUnusable(r.status)) {
                             done({Status::SessionOnly, sessionOnlyMessage(r.message)});
                             return;
                         }
                         if (!r.ok()) {
                             done({Status::Failed, r.message});
                             return;
                         }
                         self->writeParts(key, parts, index + 1, context, done);
                     });
}

void TokenStore::readValue(const QString &key, QObject *context, ValueCallback done)
{
    const auto session = m_sessionValues.constFind(key);
    if (session != m_sessionValues.cend()) {
        done({Status::SessionOnly, TokenStoreText::tr("Kept for this session only: the system keychain could not be used.")},
             *session);
        return;
    }
    QPointer<TokenStore> self(this);
    m_secrets->read(key, context, [self, key, context, done = std::move(done)](const SecretStore::Result &r) {
        if (!self)
            return;
        if (r.status == SecretStore::Status::NotFound) {
            done({Status::NotFound, r.message}, {});
            return;
        }
        if (!r.ok()) {
            done({Status::Failed, r.message}, {});
            return;
        }
        if (!r.value.startsWith(splitHeader)) {
            done({Status::Ok, {}}, r.value);
            return;
        }
        bool valid = false;
        const int count = r.value.mid(splitHeader.size()).toInt(&valid);
        if (!valid || count < 1 || count > maxChunks) {
            done({Status::Failed, TokenStoreText::tr("A keychain entry of Pinstripe is damaged; please sign in again.")}, {});
            return;
        }
        self->readParts(key, count, 1, {}, context, done);
    });
}

void TokenStore::readParts(const QString &key, int count, int index, QByteArray collected, QObject *context,
                           ValueCallback done)
{
    if (index > count) {
        done({Status::Ok, {}}, collected);
        return;
    }
    QPointer<TokenStore> self(this);
    m_secrets->read(partKey(key, index), context,
                    [self, key, count, index, collected, context, done = std::move(done)](const SecretStore::Result &r) {
                        if (!self)
                            return;
                        if (!r.ok()) {
                            done({Status::Failed, TokenStoreText::tr("A keychain entry of Pinstripe is incomplete; please sign in again.")},
                                 {});
                            return;
                        }
                        self->readParts(key, count, index + 1, collected + r.value, context, done);
                    });
}

void TokenStore::removeValue(const QString &key, QObject *context, Callback done)
{
    m_sessionValues.remove(key);
    QStringList keys{key};
    keys += partKeysInIndex(key);
    removeKeys(keys, context, std::move(done));
}

void TokenStore::removeKeys(QStringList keys, QObject *context, Callback done, Result soFar)
{
    if (keys.isEmpty()) {
        done(soFar);
        return;
    }
    const QString key = keys.takeFirst();
    if (!indexedKeys().contains(key)) {
        // Never written to the keychain (or already gone): nothing to ask it for, which also
        // keeps sign-out working when there is no keychain at all.
        removeKeys(keys, context, std::move(done), soFar);
        return;
    }
    QPointer<TokenStore> self(this);
    m_secrets->remove(key, context,
                      [self, key, keys, context, soFar, done = std::move(done)](const SecretStore::Result &r) mutable {
                          if (!self)
                              return;
                          if (r.ok()) {
                              self->removeFromIndex({key});
                          } else if (soFar.status == Status::Ok) {
                              // Keep the key in the index so a later sign-out can try again.
                              soFar = {Status::Failed, r.message};
                          }
                          self->removeKeys(keys, context, std::move(done), soFar);
                      });
}

void TokenStore::saveTokens(const TokenSet &tokens, QObject *context, Callback done)
{
    writeValue(tokenKey(tokens.environment, tokens.user), QJsonDocument(tokens.toJson()).toJson(QJsonDocument::Compact),
               context, std::move(done));
}

void TokenStore::loadTokens(const StoredAccount &account, QObject *context, TokensCallback done)
{
    readValue(tokenKey(account.environment, account.user), context,
              [done = std::move(done)](const Result &result, const QByteArray &value) {
                  if (!result.ok()) {
                      done(result, {});
                      return;
                  }
                  done(result, TokenSet::fromJson(QJsonDocument::fromJson(value).object()));
              });
}

void TokenStore::saveAppCredentials(const QString &environment, const AppCredentials &app, QObject *context,
                                    Callback done)
{
    writeValue(appKey(environment), QJsonDocument(app.toJson()).toJson(QJsonDocument::Compact), context,
               std::move(done));
}

void TokenStore::loadAppCredentials(const QString &environment, QObject *context, AppCallback done)
{
    readValue(appKey(environment), context, [done = std::move(done)](const Result &result, const QByteArray &value) {
        if (!result.ok()) {
            done(result, {});
            return;
        }
        done(result, AppCredentials::fromJson(QJsonDocument::fromJson(value).object()));
    });
}

void TokenStore::removeAccount(const StoredAccount &account, QObject *context, Callback done)
{
    const QString key = tokenKey(account.environment, account.user);
    bool othersInEnvironment = false;
    for (const StoredAccount &a : storedAccounts()) {
        if (a.environment == account.environment && !(a == account))
            othersInEnvironment = true;
    }
    m_sessionValues.remove(key);
    QStringList keys{key};
    keys += partKeysInIndex(key);
    if (!othersInEnvironment) {
        const QString app = appKey(account.environment);
        m_sessionValues.remove(app);
        keys << app << partKeysInIndex(app);
    }
    qCInfo(lcAuth) << "removing" << keys.size() << "keychain entries of" << account.environment << account.user;
    removeKeys(keys, context, std::move(done));
}

void TokenStore::removeAll(QObject *context, Callback done)
{
    m_sessionValues.clear();
    removeKeys(indexedKeys(), context, std::move(done));
}

void TokenStore::probeKeychain(QObject *context, std::function<void(bool available)> done)
{
    m_secrets->read(QStringLiteral("keychain-probe"), context, [done = std::move(done)](const SecretStore::Result &result) {
        done(result.status == SecretStore::Status::Ok || result.status == SecretStore::Status::NotFound);
    });
}

} // namespace pinstripe
