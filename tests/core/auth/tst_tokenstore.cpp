// TokenStore against a real gnome-keyring in a private D-Bus session (KEYCHAIN), and the
// "no keychain" path (no bus): values are then kept for this session only, never on disk.
#include "authtestsupport.h"

#include "core/auth/secretstore.h"
#include "core/auth/tokenstore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace pinstripe;
using namespace pinstripe::test;

namespace {

const QString service = QStringLiteral("PinstripeTest");

TokenSet sampleTokens(const QString &user, const QString &environment = QStringLiteral("demo"))
{
    TokenSet t;
    t.accessToken = QStringLiteral("pina_access_") + user;
    t.refreshToken = QStringLiteral("pinr_refresh_") + user;
    t.accessExpiresAt = QDateTime(QDate(2025, 4, 1), QTime(0, 0), Qt::UTC);
    t.refreshExpiresAt = QDateTime(QDate(2025, 5, 1), QTime(0, 0), Qt::UTC);
    t.obtainedAt = QDateTime(QDate(2025, 3, 1), QTime(0, 0), Qt::UTC);
    t.scopes = {QStringLiteral("ads:read"), QStringLiteral("ads:write")};
    t.environment = environment;
    t.user = user;
    return t;
}

template<typename R>
R waitFor(const std::function<void(std::function<void(const R &)>)> &call)
{
    std::optional<R> result;
    call([&result](const R &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return R{};
    return *result;
}

} // namespace

class TestTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void tokensWriteReadDelete();
    void appCredentialsOwnEntry();
    void longValuesAreSplit();
    void tooLongIsRefused();
    void signOutDeletesEveryEntry();
    void settingsHoldNoSecrets();
    void sessionOnlyWithoutKeychain();

private:
    TokenStore::Result save(TokenStore &store, const TokenSet &t);
    std::pair<TokenStore::Result, TokenSet> load(TokenStore &store, const StoredAccount &a);
    std::pair<TokenStore::Result, QByteArray> read(TokenStore &store, const QString &key);
    SecretStore::Result rawRead(const QString &key);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_settings;
};

void TestTokenStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = m_dir->filePath(QStringLiteral("Pinstripe.conf"));
}

TokenStore::Result TestTokenStore::save(TokenStore &store, const TokenSet &t)
{
    return waitFor<TokenStore::Result>([&](auto done) { store.saveTokens(t, this, done); });
}

std::pair<TokenStore::Result, TokenSet> TestTokenStore::load(TokenStore &store, const StoredAccount &a)
{
    using P = std::pair<TokenStore::Result, TokenSet>;
    return waitFor<P>([&](auto done) {
        store.loadTokens(a, this, [done](const TokenStore::Result &r, const TokenSet &t) { done(P{r, t}); });
    });
}

std::pair<TokenStore::Result, QByteArray> TestTokenStore::read(TokenStore &store, const QString &key)
{
    using P = std::pair<TokenStore::Result, QByteArray>;
    return waitFor<P>([&](auto done) {
        store.readValue(key, this, [done](const TokenStore::Result &r, const QByteArray &v) { done(P{r, v}); });
    });
}

SecretStore::Result TestTokenStore::rawRead(const QString &key)
{
    SecretStore raw(service);
    return waitFor<SecretStore::Result>([&](auto done) { raw.read(key, this, done); });
}

void TestTokenStore::tokensWriteReadDelete()
{
    TokenStore store(service, m_settings);
    const TokenSet t = sampleTokens(QStringLiteral("northwindhome"));
    const auto saved = save(store, t);
    QVERIFY2(saved.status == TokenStore::Status::Ok, qPrintable(saved.message));
    QVERIFY(!store.hasSessionOnlyValues());

    // A second store (a restarted app) reads it from the keychain.
    TokenStore restarted(service, m_settings);
    const auto [result, loaded] = load(restarted, {QStringLiteral("demo"), QStringLiteral("northwindhome")});
    QCOMPARE(result.status, TokenStore::Status::Ok);
    QCOMPARE(loaded, t);
    QCOMPARE(restarted.storedAccounts(), QList<StoredAccount>({{QStringLiteral("demo"), QStringLiteral("northwindhome")}}));
    // It really is in the keychain, under the documented key, as JSON.
    const auto raw = rawRead(TokenStore::tokenKey(QStringLiteral("demo"), QStringLiteral("northwindhome")));
    QVERIFY(raw.ok());
    QVERIFY(raw.value.contains("pina_access_northwindhome"));

    const auto removed = waitFor<TokenStore::Result>([&](auto done) {
        restarted.removeValue(TokenStore::tokenKey(QStringLiteral("demo"), QStringLiteral("northwindhome")), this, done);
    });
    QVERIFY(removed.ok());
    QCOMPARE(load(restarted, {QStringLiteral("demo"), QStringLiteral("northwindhome")}).first.status,
             TokenStore::Status::NotFound);
    QVERIFY(restarted.storedAccounts().isEmpty());
    QVERIFY(restarted.indexedKeys().isEmpty());
}

void TestTokenStore::appCredentialsOwnEntry()
{
    TokenStore store(service, m_settings);
    const AppCredentials app{QStringLiteral("1484000"), QStringLiteral("app-secret-xyz")};
    const auto saved = waitFor<TokenStore::Result>([&](auto done) {
        store.saveAppCredentials(QStringLiteral("production"), app, this, done);
    });
    QVERIFY2(saved.status == TokenStore::Status::Ok, qPrintable(saved.message));
    using P = std::pair<TokenStore::Result, AppCredentials>;
    const auto [r, loaded] = waitFor<P>([&](auto done) {
        store.loadAppCredentials(QStringLiteral("production"), this,
                                 [done](const TokenStore::Result &r, const AppCredentials &a) { done(P{r, a}); });
    });
    QVERIFY(r.ok());
    QCOMPARE(loaded, app);
    QVERIFY(store.indexedKeys().contains(TokenStore::appKey(QStringLiteral("production"))));
    QVERIFY(store.storedAccounts().isEmpty()); // app credentials are not an account
}

void TestTokenStore::longValuesAreSplit()
{
    TokenStore store(service, m_settings);
    QByteArray value;
    for (int i = 0; value.size() < 5000; ++i)
        value += "chunk-" + QByteArray::number(i) + ';';
    const QString key = QStringLiteral("tokens/demo/long");
    const auto written = waitFor<TokenStore::Result>([&](auto done) { store.writeValue(key, value, this, done); });
    QVERIFY2(written.status == TokenStore::Status::Ok, qPrintable(written.message));
    const int parts = int((value.size() + TokenStore::chunkBytes - 1) / TokenStore::chunkBytes);
    QCOMPARE(parts, 3);
    for (int i = 1; i <= parts; ++i) {
        const auto part = rawRead(key + QLatin1Char('#') + QString::number(i));
        QVERIFY(part.ok());
        QVERIFY(part.value.size() <= TokenStore::maxEntryBytes);
        QVERIFY(store.indexedKeys().contains(key + QLatin1Char('#') + QString::number(i)));
    }
    QVERIFY(rawRead(key).value.size() < 64); // only a header
    QCOMPARE(read(store, key).second, value);

    // A shorter value replaces it whole, and the old parts are gone.
    const auto shorter = waitFor<TokenStore::Result>([&](auto done) { store.writeValue(key, "short", this, done); });
    QVERIFY(shorter.ok());
    QCOMPARE(read(store, key).second, QByteArray("short"));
    QCOMPARE(rawRead(key + QStringLiteral("#1")).status, SecretStore::Status::NotFound);
    QCOMPARE(store.indexedKeys(), QStringList{key});
}

void TestTokenStore::tooLongIsRefused()
{
    TokenStore store(service, m_settings);
    const QByteArray value(TokenStore::chunkBytes * TokenStore::maxChunks + 1, 'x');
    const auto written = waitFor<TokenStore::Result>([&](auto done) {
        store.writeValue(QStringLiteral("tokens/demo/huge"), value, this, done);
    });
    QCOMPARE(written.status, TokenStore::Status::TooLong);
    QVERIFY(written.message.contains(QStringLiteral("too long")));
    QVERIFY(store.indexedKeys().isEmpty());
}

void TestTokenStore::signOutDeletesEveryEntry()
{
    TokenStore store(service, m_settings);
    TokenSet big = sampleTokens(QStringLiteral("biguser"));
    big.accessToken = QString(3000, QLatin1Char('A')); // forces a split entry
    QVERIFY(save(store, big).ok());
    QVERIFY(save(store, sampleTokens(QStringLiteral("other"))).ok());
    QVERIFY(waitFor<TokenStore::Result>([&](auto done) {
                store.saveAppCredentials(QStringLiteral("demo"), {QStringLiteral("1"), QStringLiteral("s")}, this, done);
            }).ok());
    QVERIFY(save(store, sampleTokens(QStringLiteral("produser"), QStringLiteral("production"))).ok());
    QCOMPARE(store.storedAccounts().size(), 3);

    // Signing out one of two demo accounts keeps the environment's app credentials.
    auto removed = waitFor<TokenStore::Result>([&](auto done) {
        store.removeAccount({QStringLiteral("demo"), QStringLiteral("biguser")}, this, done);
    });
    QVERIFY(removed.ok());
    const QString bigKey = TokenStore::tokenKey(QStringLiteral("demo"), QStringLiteral("biguser"));
    QCOMPARE(rawRead(bigKey).status, SecretStore::Status::NotFound);
    QCOMPARE(rawRead(bigKey + QStringLiteral("#1")).status, SecretStore::Status::NotFound);
    QCOMPARE(rawRead(bigKey + QStringLiteral("#2")).status, SecretStore::Status::NotFound);
    QVERIFY(rawRead(TokenStore::appKey(QStringLiteral("demo"))).ok());

    // The last demo account takes the app credentials with it.
    removed = waitFor<TokenStore::Result>([&](auto done) {
        store.removeAccount({QStringLiteral("demo"), QStringLiteral("other")}, this, done);
    });
    QVERIFY(removed.ok());
    QCOMPARE(rawRead(TokenStore::appKey(QStringLiteral("demo"))).status, SecretStore::Status::NotFound);
    QCOMPARE(store.storedAccounts(), QList<StoredAccount>({{QStringLiteral("production"), QStringLiteral("produser")}}));

    removed = waitFor<TokenStore::Result>([&](auto done) { store.removeAll(this, done); });
    QVERIFY(removed.ok());
    QVERIFY(store.indexedKeys().isEmpty());
    QCOMPARE(rawRead(TokenStore::tokenKey(QStringLiteral("production"), QStringLiteral("produser"))).status,
             SecretStore::Status::NotFound);
}

void TestTokenStore::settingsHoldNoSecrets()
{
    {
        TokenStore store(service, m_settings);
        QVERIFY(save(store, sampleTokens(QStringLiteral("northwindhome"))).ok());
        QVERIFY(waitFor<TokenStore::Result>([&](auto done) {
                    store.saveAppCredentials(QStringLiteral("demo"), {QStringLiteral("1484000"), QStringLiteral("app-secret-xyz")},
                                             this, done);
                }).ok());
        QCOMPARE(store.indexedKeys().size(), 2);
    }
    QVERIFY(QFile::exists(m_settings));
    const QStringList hits = filesContaining(m_dir->path(), {"pina_access_northwindhome", "pinr_refresh_northwindhome",
                                                             "app-secret-xyz"});
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(','))));
    TokenStore store(service, m_settings);
    QVERIFY(waitFor<TokenStore::Result>([&](auto done) { store.removeAll(this, done); }).ok());
}

void TestTokenStore::sessionOnlyWithoutKeychain()
{
    // Run without a Secret Service (see CMakeLists.txt): nothing is written anywhere.
    TokenStore store(service, m_settings);
    const TokenSet t = sampleTokens(QStringLiteral("northwindhome"));
    const auto saved = save(store, t);
    QCOMPARE(saved.status, TokenStore::Status::SessionOnly);
    QVERIFY(saved.ok());
    QVERIFY2(saved.message.contains(QStringLiteral("for this session only")), qPrintable(saved.message));
    QVERIFY(!saved.message.contains(t.accessToken));
    QVERIFY(store.hasSessionOnlyValues());
    // Usable for this session…
    const auto [r, loaded] = load(store, {QStringLiteral("demo"), QStringLiteral("northwindhome")});
    QCOMPARE(r.status, TokenStore::Status::SessionOnly);
    QCOMPARE(loaded, t);
    QCOMPARE(store.storedAccounts().size(), 1);
    // …not in the index, not on disk, gone for the next run…
    QVERIFY(store.indexedKeys().isEmpty());
    QVERIFY(filesContaining(m_dir->path(), {t.accessToken.toUtf8(), t.refreshToken.toUtf8()}).isEmpty());
    TokenStore nextRun(service, m_settings);
    QVERIFY(!load(nextRun, {QStringLiteral("demo"), QStringLiteral("northwindhome")}).first.ok());
    // …and sign-out works without a keychain.
    const auto removed = waitFor<TokenStore::Result>([&](auto done) {
        store.removeAccount({QStringLiteral("demo"), QStringLiteral("northwindhome")}, this, done);
    });
    QVERIFY(removed.ok());
    QVERIFY(store.storedAccounts().isEmpty());
    QVERIFY(!store.hasSessionOnlyValues());
}

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
