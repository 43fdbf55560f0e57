// Started with no sign-in, the app shows a welcome page in its centre, not an empty table; it
// says whether a keychain was found, and Try the demo ends with the demo's ad groups in the table.
#include "../journeys/journeysupport.h"

#include "core/app/appcontext.h"
#include "core/store/adgrouprepository.h"
#include "ui/adgroups/adgroupbrowser.h"
#include "ui/adgroups/adgrouptablemodel.h"
#include "ui/auth/accountmenucontroller.h"
#include "ui/auth/connectdialog.h"
#include "ui/mainwindow.h"
#include "ui/workspace/appsession.h"
#include "ui/workspace/welcomepage.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace pinstripe;
using namespace pinstripe::journeys;

class TestWelcome : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tryTheDemoFromTheWelcomePage();
};

void TestWelcome::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PinstripeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_welcome"));
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestWelcome::tryTheDemoFromTheWelcomePage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::unique_ptr<Application> app = start({}, dir.path());
    QVERIFY(app);
    MainWindow *window = app->window();
    window->resize(1280, 800);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));

    // Nothing to restore: the welcome page, with both ways in.
    QTRY_VERIFY(window->isShowingWelcome());
    WelcomePage *welcome = app->session()->welcomePage();
    QVERIFY(welcome->isVisible());
    QVERIFY(!window->browser()->isVisible());
    QVERIFY(!app->session()->accountMenu()->connectDialog()); // the page offers it; nothing pops up
    QAbstractButton *connect = button(QStringLiteral("Connect to Pinterest…"), welcome);
    QAbstractButton *demo = button(QStringLiteral("Try the demo"), welcome);
    QVERIFY(connect && demo);
    // Every sentence is shown whole, wrapped at words: no label is shorter than its text needs.
    for (QLabel *label : welcome->findChildren<QLabel *>()) {
        if (label->wordWrap())
            QVERIFY2(label->height() >= label->heightForWidth(label->width()), qPrintable(label->text()));
    }
    // The keychain question is answered in words, one way or the other.
    QTRY_VERIFY_WITH_TIMEOUT(!welcome->keychainText().startsWith(QStringLiteral("Looking")), 20000);
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QCOMPARE(welcome->keychainText(), QStringLiteral("No system keychain found: tokens will be kept for this session only."));

    // Connect to Pinterest… is the Account menu's Connect command: the Connect dialog opens.
    QTest::mouseClick(connect, Qt::LeftButton);
    QTRY_VERIFY(app->session()->accountMenu()->connectDialog() && app->session()->accountMenu()->connectDialog()->isVisible());
    app->session()->accountMenu()->connectDialog()->close();

    // Try the demo: the demo session, and the demo's ad groups in the table.
    QTest::mouseClick(demo, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(app->context()->client() != nullptr, 20000);
    QTRY_VERIFY(!window->isShowingWelcome());
    AdGroupBrowser *browser = window->browser();
    QTRY_VERIFY_WITH_TIMEOUT(browser->model()->rowCount() > 5 && !browser->repository()->isLoading(), 30000);
    QVERIFY(browser->isVisible());
    auto *connection = window->findChild<QLabel *>(QStringLiteral("connectionLabel"));
    QVERIFY(connection && connection->text().startsWith(QStringLiteral("Demo sandbox")));
    screenshot(window, QStringLiteral("welcome-then-demo"));
}

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
