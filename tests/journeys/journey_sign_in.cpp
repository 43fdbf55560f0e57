// J6: the application started without --demo against a Pinterest-like server (the sandbox, on
// loopback). The person pastes a token in Connect, opens an ad account and sees its ad groups;
// after a restart the session comes back from the keychain; Account › Sign Out removes the
// keychain entries; at no point is the token written to a file under HOME or the data folder.
// Runs in tests/keychain-session.sh's private keyring and temporary HOME.
#include "journeysupport.h"

#include "core/auth/secretstore.h"
#include "core/auth/sessionmanager.h"
#include "core/auth/tokenstore.h"
#include "sandbox/sandboxthread.h"
#include "ui/auth/connectdialog.h"

#include <QClipboard>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QListWidget>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QUuid>

using namespace pinstripe;
using namespace pinstripe::journeys;

class JourneySignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pasteTokenRestartSignOut();

private:
    /** Files under @p folder whose bytes contain @p secret. */
    static QStringList filesContaining(const QString &folder, const QByteArray &secret);
};

void JourneySignIn::initTestCase()
{
    // The keyring and HOME are tests/keychain-session.sh's throw-away ones.
    if (!QDir(QDir::homePath()).exists(QStringLiteral("runtime")))
        QSKIP("needs tests/keychain-session.sh (private keyring, temporary HOME)");
    prepareJourney(QStringLiteral("journey_sign_in"));
}

QStringList JourneySignIn::filesContaining(const QString &folder, const QByteArray &secret)
{
    QStringList found;
    QDirIterator files(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
            found << file.fileName();
    }
    return found;
}

void JourneySignIn::pasteTokenRestartSignOut()
{
    // A token of this run only, so finding it anywhere means it was written there.
    sandbox::SandboxOptions options;
    options.accessToken = QStringLiteral("pina_journey_") + QUuid::createUuid().toString(QUuid::Id128);
    const QByteArray secret = options.accessToken.toUtf8();
    std::unique_ptr<sandbox::SandboxThread> server = sandbox::startSandboxThread(options);
    QVERIFY(server);
    const QStringList arguments{QStringLiteral("--api-base-url"), server->baseUrl().toString()};
    QTemporaryDir data;
    QVERIFY(data.isValid());

    // First start: nobody signed in, so the centre welcomes with Connect to Pinterest….
    std::unique_ptr<Application> app = start(arguments, data.path());
    QVERIFY(app);
    MainWindow *window = app->window();
    window->resize(1440, 900);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QAbstractButton *welcomeConnect = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((welcomeConnect = button(QStringLiteral("Connect to Pinterest…"), window)) != nullptr, 20000);
    QTest::mouseClick(welcomeConnect, Qt::LeftButton);
    ConnectDialog *connect = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((connect = openWindow<ConnectDialog>()) != nullptr, 20000);
    QVERIFY(QTest::qWaitForWindowActive(connect));
    auto *address = byAccessibleName<QLineEdit>(QStringLiteral("Local API address"));
    QVERIFY(address);
    QCOMPARE(address->text(), server->baseUrl().toString());

    // Paste a token › paste it (Ctrl+V) › Use This Token.
    QTabBar *methods = nullptr;
    int pasteTab = -1;
    for (QTabBar *bar : connect->findChildren<QTabBar *>()) {
        for (int i = 0; i < bar->count(); ++i) {
            if (visibleText(bar->tabText(i)) == QLatin1String("Paste a token")) {
                methods = bar;
                pasteTab = i;
            }
        }
    }
    QVERIFY(methods);
    QTest::mouseClick(methods, Qt::LeftButton, {}, methods->tabRect(pasteTab).center());
    auto *token = byAccessibleName<QLineEdit>(QStringLiteral("Access token"));
    QVERIFY(token);
    QGuiApplication::clipboard()->setText(options.accessToken);
    QTest::mouseClick(token, Qt::LeftButton);
    QTest::keyClick(token, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(token->text(), options.accessToken);
    QGuiApplication::clipboard()->clear();
    QAbstractButton *use = button(QStringLiteral("Use This Token"), connect);
    QVERIFY(use);
    QTest::mouseClick(use, Qt::LeftButton);

    // The ad accounts this token sees; the first one, Open Ad Account.
    auto *accounts = byAccessibleName<QListWidget>(QStringLiteral("Ad accounts"));
    QTRY_VERIFY_WITH_TIMEOUT((accounts = byAccessibleName<QListWidget>(QStringLiteral("Ad accounts"))) != nullptr
                                 && accounts->count() >= 3, 20000);
    QListWidgetItem *first = accounts->item(0);
    QTest::mouseClick(accounts->viewport(), Qt::LeftButton, {}, accounts->visualItemRect(first).center());
    const QPointer<QDialog> connectGuard(connect);
    QAbstractButton *open = button(QStringLiteral("Open Ad Account"), connect);
    QVERIFY(open);
    QTest::mouseClick(open, Qt::LeftButton);
    QTRY_VERIFY(!connectGuard || !connectGuard->isVisible());
    QVERIFY(showAndLoad(*app));
    SessionManager *session = app->context()->session();
    QVERIFY(session->isSignedIn());
    QVERIFY(!session->isDemoSession());
    const QString user = session->user();
    QVERIFY(!user.isEmpty());
    QCOMPARE(app->context()->tokenStore()->storedAccounts().size(), 1);
    screenshot(window, QStringLiteral("j6-signed-in"));

    // Restart on the same folders: signed in from the keychain, no Connect dialog.
    app.reset();
    app = start(arguments, data.path());
    QVERIFY(app);
    QVERIFY(showAndLoad(*app));
    window = app->window();
    session = app->context()->session();
    QTRY_VERIFY_WITH_TIMEOUT(session->isSignedIn(), 20000); // the keychain answers asynchronously
    QCOMPARE(session->user(), user);
    QVERIFY(app->context()->client());
    QVERIFY(!openWindow<ConnectDialog>());
    const QList<StoredAccount> stored = app->context()->tokenStore()->storedAccounts();
    QCOMPARE(stored.size(), 1);
    const QStringList keys = app->context()->tokenStore()->indexedKeys();
    QVERIFY(!keys.isEmpty());
    screenshot(window, QStringLiteral("j6-restored"));

    // Account › Sign Out <user>.
    QVERIFY(window->isActiveWindow() || QTest::qWaitForWindowActive(window));
    QVERIFY(chooseMenuItem(window, QStringLiteral("Account"), QStringLiteral("Sign Out %1").arg(user)));
    QTRY_VERIFY_WITH_TIMEOUT(!session->isSignedIn(), 20000);
    QTRY_VERIFY(app->context()->tokenStore()->storedAccounts().isEmpty());
    QTRY_VERIFY(app->context()->tokenStore()->indexedKeys().isEmpty());
    // Asked of the keychain itself: every key the sign-in had is gone.
    SecretStore keychain(app->context()->tokenStore()->secretStore()->service());
    for (const QString &key : keys) {
        std::optional<SecretStore::Result> answer;
        keychain.read(key, this, [&answer](const SecretStore::Result &result) { answer = result; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
        QVERIFY2(answer->status == SecretStore::Status::NotFound, qPrintable(key + QLatin1String(": ") + answer->message));
    }
    if (ConnectDialog *again = openWindow<ConnectDialog>())
        again->close();
    screenshot(window, QStringLiteral("j6-signed-out"));
    app.reset();

    // The token was never written to a file: not under HOME (settings, caches, the keyring's
    // encrypted file) and not in the data folder.
    // The search does reach the settings and the keyring's own file.
    const QString everything = filesContaining(QDir::homePath(), QByteArray()).join(QLatin1Char(' '));
    QVERIFY2(everything.contains(QLatin1String(".conf")) && everything.contains(QLatin1String("keyrings/")), qPrintable(everything));
    QVERIFY2(filesContaining(QDir::homePath(), secret).isEmpty(), qPrintable(filesContaining(QDir::homePath(), secret).join(QLatin1Char(' '))));
    QVERIFY2(filesContaining(data.path(), secret).isEmpty(), qPrintable(filesContaining(data.path(), secret).join(QLatin1Char(' '))));
}

QTEST_MAIN(JourneySignIn)
#include "journey_sign_in.moc"
