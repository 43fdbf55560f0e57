// The Connect dialog, the token health label and the Account menu actions, driven offscreen
// against the sandbox and a private gnome-keyring. Screenshots go to $PINSTRIPE_TEST_ARTIFACTS.
#include "../../core/auth/authtestsupport.h"

#include "core/auth/secretstore.h"
#include "core/auth/sessionmanager.h"
#include "core/auth/sessiontokenprovider.h"
#include "core/auth/tokenstore.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"
#include "ui/auth/accountmenucontroller.h"
#include "ui/auth/connectdialog.h"
#include "ui/common/commandhost.h"
#include "ui/auth/tokenhealthlabel.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace pinstripe;
using namespace pinstripe::test;

/** Stands in for the system browser: QDesktopServices hands it every http URL. */
class FakeBrowser : public QObject
{
    Q_OBJECT

public:
    BrowserStub stub;

public slots:
    void open(const QUrl &url) { stub.open(url); }
};

class TestConnectDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void pasteToken();
    void signInWithBrowser();
    void wrongSecretIsShownAtTheField();
    void missingFieldsByKeyboard();
    void accountMenuAndHealthLabel();

private:
    template<typename T>
    T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }
    void screenshot(QWidget *widget, const QString &name);
    void chooseDemo(ConnectDialog &dialog);

    std::unique_ptr<sandbox::SandboxThread> m_sandbox;
    sandbox::SandboxOptions m_options;
    FakeBrowser m_browser;
    std::unique_ptr<TokenStore> m_store;
    std::unique_ptr<SessionManager> m_session;
};

void TestConnectDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Pinstripe"));
    QCoreApplication::setApplicationName(QStringLiteral("Pinstripe"));
    m_sandbox = sandbox::startSandboxThread(m_options);
    QVERIFY(m_sandbox);
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "open");
}

void TestConnectDialog::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
}

void TestConnectDialog::init()
{
    m_session.reset();
    m_store = std::make_unique<TokenStore>();
    std::optional<TokenStore::Result> cleared;
    m_store->removeAll(this, [&](const TokenStore::Result &r) { cleared = r; });
    QTRY_VERIFY(cleared.has_value());
    m_session = std::make_unique<SessionManager>(m_store.get());
    m_session->setDemoBaseUrl(m_sandbox->baseUrl());
}

void TestConnectDialog::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PINSTRIPE_TEST_ARTIFACTS");
    if (dir.isEmpty())
        return;
    QVERIFY(widget->grab().save(dir + QStringLiteral("/connectdialog-") + name + QStringLiteral(".png")));
}

void TestConnectDialog::chooseDemo(ConnectDialog &dialog)
{
    auto *environment = child<QComboBox>(&dialog, "environment");
    QVERIFY(environment);
    environment->setCurrentIndex(environment->findData(int(AuthEnvironment::Kind::Demo)));
    QCOMPARE(dialog.chosenEnvironment().kind(), AuthEnvironment::Kind::Demo);
    QCOMPARE(dialog.chosenEnvironment().apiBaseUrl(), m_sandbox->baseUrl());
    QVERIFY(child<QLineEdit>(&dialog, "demoBaseUrl")->isVisibleTo(&dialog));
}

void TestConnectDialog::pasteToken()
{
    ConnectDialog dialog(m_session.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    chooseDemo(dialog);
    dialog.setMethod(ConnectDialog::Method::PasteToken);
    auto *token = child<QLineEdit>(&dialog, "accessToken");
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QTest::keyClicks(token, m_options.accessToken);
    screenshot(&dialog, QStringLiteral("paste-token"));
    QTest::mouseClick(child<QPushButton>(&dialog, "useTokenButton"), Qt::LeftButton);

    auto *accounts = child<QListWidget>(&dialog, "adAccounts");
    QTRY_VERIFY_WITH_TIMEOUT(accounts->isVisible(), 20000);
    QCOMPARE(accounts->count(), m_options.adAccounts);
    QVERIFY(child<QLabel>(&dialog, "signedInAs")->text().contains(QStringLiteral("northwindhome")));
    QVERIFY(token->text().isEmpty()); // the token does not linger in the widget
    screenshot(&dialog, QStringLiteral("ad-accounts"));

    accounts->setCurrentRow(2);
    QTest::mouseClick(child<QPushButton>(&dialog, "doneButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(m_session->isSignedIn());
    QCOMPARE(m_session->lastAdAccountId(), accounts->item(2)->data(Qt::UserRole).toString());
}

void TestConnectDialog::signInWithBrowser()
{
    {
        ConnectDialog dialog(m_session.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        chooseDemo(dialog);
        dialog.setMethod(ConnectDialog::Method::Browser);
        QCOMPARE(child<QLineEdit>(&dialog, "redirectUri")->text(), QStringLiteral("http://localhost:8085/"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "appId"), m_options.clientId);
        QTest::keyClicks(child<QLineEdit>(&dialog, "appSecret"), m_options.clientSecret);
        auto *redirect = child<QLineEdit>(&dialog, "redirectUri");
        redirect->setText(QStringLiteral("http://127.0.0.1:0/")); // a free port, as this machine is shared
        const int opened = m_browser.stub.opened;
        QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QVERIFY(child<QPushButton>(&dialog, "cancelButton")->isVisible());
        screenshot(&dialog, QStringLiteral("waiting-for-browser"));
        QTRY_VERIFY_WITH_TIMEOUT(child<QListWidget>(&dialog, "adAccounts")->isVisible(), 20000);
        QCOMPARE(m_browser.stub.opened, opened + 1);
        QVERIFY(m_session->isSignedIn());
        QVERIFY(m_session->tokens().canRefresh());
        QVERIFY(m_session->tokens().accessToken.startsWith(QStringLiteral("pina_")));
        QVERIFY(dialog.errorText().isEmpty());
    }
    // The app ID and secret were stored: a new dialog fills them in from the keychain.
    QVERIFY(m_store->indexedKeys().contains(TokenStore::appKey(QStringLiteral("demo"))));
    ConnectDialog again(m_session.get());
    chooseDemo(again);
    QTRY_COMPARE(child<QLineEdit>(&again, "appId")->text(), m_options.clientId);
    QCOMPARE(child<QLineEdit>(&again, "appSecret")->text(), m_options.clientSecret);
}

void TestConnectDialog::wrongSecretIsShownAtTheField()
{
    ConnectDialog dialog(m_session.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    chooseDemo(dialog);
    child<QLineEdit>(&dialog, "appId")->setText(m_options.clientId);
    auto *secret = child<QLineEdit>(&dialog, "appSecret");
    secret->setText(QStringLiteral("wrong-secret"));
    child<QLineEdit>(&dialog, "redirectUri")->setText(QStringLiteral("http://127.0.0.1:0/"));
    QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 20000);
    QVERIFY2(dialog.errorText().contains(QStringLiteral("did not accept the app ID and app secret")),
             qPrintable(dialog.errorText()));
    QVERIFY(!dialog.errorText().contains(QStringLiteral("wrong-secret")));
    QCOMPARE(QApplication::focusWidget(), secret);
    QCOMPARE(secret->accessibleDescription(), dialog.errorText());
    QVERIFY(!dialog.isBusy());
    QVERIFY(!m_session->isSignedIn());
    screenshot(&dialog, QStringLiteral("wrong-secret"));
}

void TestConnectDialog::missingFieldsByKeyboard()
{
    ConnectDialog dialog(m_session.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    chooseDemo(dialog);
    // Every input is named for screen readers.
    for (const char *name : {"environment", "demoBaseUrl", "appId", "appSecret", "redirectUri", "accessToken", "refreshToken"})
        QVERIFY2(!child<QWidget>(&dialog, name)->accessibleName().isEmpty(), name);

    auto *signIn = child<QPushButton>(&dialog, "signInButton");
    signIn->setFocus();
    QTest::keyClick(signIn, Qt::Key_Space);
    QVERIFY(dialog.errorText().contains(QStringLiteral("app ID")));
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "appId"));

    dialog.setMethod(ConnectDialog::Method::PasteToken);
    child<QLineEdit>(&dialog, "refreshToken")->setText(QStringLiteral("pinr_x"));
    child<QLineEdit>(&dialog, "accessToken")->setText(QStringLiteral("pina_x"));
    QTest::mouseClick(child<QPushButton>(&dialog, "useTokenButton"), Qt::LeftButton);
    QVERIFY(dialog.errorText().contains(QStringLiteral("app ID and app secret")));

    child<QLineEdit>(&dialog, "accessToken")->setText(QStringLiteral("pina_unknown"));
    child<QLineEdit>(&dialog, "refreshToken")->clear();
    QTest::mouseClick(child<QPushButton>(&dialog, "useTokenButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.errorText().contains(QStringLiteral("did not accept")), 20000);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "accessToken"));
    QVERIFY(!m_session->isSignedIn());
}

void TestConnectDialog::accountMenuAndHealthLabel()
{
    QWidget window;
    // What the main window gets: the session's commands, each in the Account menu's session group.
    struct RecordingHost final : CommandHost
    {
        void addCommand(QAction *action, const CommandPlacement &placement) override { commands << std::pair{action, placement}; }
        void addCommandMenu(QMenu *menu, const CommandPlacement &placement) override { addCommand(menu->menuAction(), placement); }
        QList<std::pair<QAction *, CommandPlacement>> commands;
    } host;
    AccountMenuController controller(m_session.get(), &window);
    controller.contribute(&host);
    QCOMPARE(host.commands.size(), 3);
    QCOMPARE(host.commands.at(0).first, controller.connectAction());
    QCOMPARE(host.commands.at(1).first, controller.switchMenu()->menuAction());
    QCOMPARE(host.commands.at(2).first, controller.signOutAction());
    for (const auto &[action, placement] : std::as_const(host.commands)) {
        QCOMPARE(placement.menu, MenuRole::Account);
        QCOMPARE(placement.group, CommandGroup::Session);
    }
    QVERIFY(!controller.signOutAction()->isEnabled());
    TokenHealthLabel label(m_session.get());
    QCOMPARE(label.text(), QStringLiteral("Not signed in"));

    TokenSet pasted;
    pasted.accessToken = m_options.accessToken;
    QSignalSpy finished(m_session.get(), &SessionManager::signInFinished);
    m_session->signIn(m_session->environmentFor(QStringLiteral("demo")), pasted, {});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY(label.text().startsWith(QStringLiteral("northwindhome · Demo/local — access token expiry unknown")));
    QVERIFY(controller.signOutAction()->isEnabled());
    QVERIFY(controller.signOutAction()->text().contains(QStringLiteral("northwindhome")));
    Q_EMIT controller.switchMenu()->aboutToShow();
    QCOMPARE(controller.switchMenu()->actions().size(), 1);
    QVERIFY(controller.switchMenu()->actions().first()->isChecked());

    // The refresh token is gone: the Connect dialog comes back by itself, with the reason.
    Q_EMIT m_session->sessionTokenProvider()->signInRequired(QStringLiteral("Your sign-in has run out."));
    QVERIFY(controller.connectDialog());
    QVERIFY(controller.connectDialog()->isVisible());
    QCOMPARE(child<QLabel>(controller.connectDialog(), "reasonLabel")->text(), QStringLiteral("Your sign-in has run out."));
    screenshot(controller.connectDialog(), QStringLiteral("sign-in-required"));
    controller.connectDialog()->close();

    QSignalSpy signedOut(&controller, &AccountMenuController::signedOut);
    controller.signOutAction()->trigger();
    QTRY_COMPARE(signedOut.size(), 1);
    QVERIFY(signedOut.first().first().toString().isEmpty());
    QVERIFY(!m_session->isSignedIn());
    QCOMPARE(label.text(), QStringLiteral("Not signed in"));
    QVERIFY(m_session->storedAccounts().isEmpty());
}

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
