#include "core/auth/secretstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace pinstripe;

namespace {

/** Runs one keychain call to completion and returns its result. */
SecretStore::Result waitFor(const std::function<void(SecretStore::Callback)> &call)
{
    std::optional<SecretStore::Result> result;
    call([&result](const SecretStore::Result &r) { result = r; });
    [&result] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
    return result.value_or(SecretStore::Result{});
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void writeReadDelete();
    void readMissingEntry();
    void unavailableWithoutSecretService();
};

void TestSecretStore::writeReadDelete()
{
    SecretStore store(QStringLiteral("PinstripeTest"));
    const QString key = QStringLiteral("production/user-42");
    const QByteArray secret = QByteArrayLiteral("{\"access_token\":\"pina_test\",\"refresh_token\":\"pinr_test\"}");

    auto written = waitFor([&](auto done) { store.write(key, secret, this, done); });
    QVERIFY2(written.ok(), qPrintable(written.message));

    auto read = waitFor([&](auto done) { store.read(key, this, done); });
    QVERIFY2(read.ok(), qPrintable(read.message));
    QCOMPARE(read.value, secret);

    // Overwrite replaces the value.
    written = waitFor([&](auto done) { store.write(key, QByteArrayLiteral("second"), this, done); });
    QVERIFY(written.ok());
    read = waitFor([&](auto done) { store.read(key, this, done); });
    QCOMPARE(read.value, QByteArrayLiteral("second"));

    auto removed = waitFor([&](auto done) { store.remove(key, this, done); });
    QVERIFY2(removed.ok(), qPrintable(removed.message));
    read = waitFor([&](auto done) { store.read(key, this, done); });
    QCOMPARE(read.status, SecretStore::Status::NotFound);
    QVERIFY(read.value.isEmpty());
}

void TestSecretStore::readMissingEntry()
{
    SecretStore store(QStringLiteral("PinstripeTest"));
    const auto read = waitFor([&](auto done) { store.read(QStringLiteral("never-written"), this, done); });
    QCOMPARE(read.status, SecretStore::Status::NotFound);
    // Deleting what is not there is not an error.
    const auto removed = waitFor([&](auto done) { store.remove(QStringLiteral("never-written"), this, done); });
    QVERIFY(removed.ok());
}

void TestSecretStore::unavailableWithoutSecretService()
{
    SecretStore store(QStringLiteral("PinstripeTest"));
    const auto written = waitFor([&](auto done) { store.write(QStringLiteral("k"), QByteArrayLiteral("secret-value"), this, done); });
    QVERIFY(!written.ok());
    QVERIFY2(written.status == SecretStore::Status::Unavailable
                 || written.status == SecretStore::Status::AccessDenied,
             qPrintable(written.message));
    QVERIFY(!written.message.isEmpty());
    QVERIFY(!written.message.contains(QStringLiteral("secret-value")));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
