// Pinstripe's entry point: parse the command line, then hand over to the UI library.
#include "commandline.h"

#include "core/appinfo.h"
#include "core/logging.h"
#include "core/logredaction.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxthread.h"
#include "ui/common/translations.h"
#include "ui/mainwindow.h"
#include "ui/workspace/appsession.h"
#include "ui/workspace/workspacecontroller.h"

#include <QApplication>
#include <QTimer>

#include <memory>

using namespace pinstripe;

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(appinfo::organizationName());
    QCoreApplication::setOrganizationDomain(appinfo::organizationDomain());
    QCoreApplication::setApplicationName(appinfo::applicationName());
    QCoreApplication::setApplicationVersion(appinfo::version());
    installRedactingMessageHandler();

    // --help and --version are answered before QApplication exists, so they work without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const CommandLine commandLine = CommandLine::parse(arguments);
    if (commandLine.action == CommandLine::Action::ExitOk)
        return 0;
    if (commandLine.action == CommandLine::Action::ExitError)
        return 2;

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(appinfo::appId());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/pinstripe.svg")));
    installTranslations(&app, QLocale::system());

    // --demo runs the local sandbox in-process, on its own thread so the UI never waits on it.
    std::unique_ptr<sandbox::SandboxThread> demoSandbox;
    QUrl apiBaseUrl = commandLine.apiBaseUrl;
    if (commandLine.demo) {
        demoSandbox = sandbox::startSandboxThread();
        if (!demoSandbox) {
            qCCritical(lcApp) << "the demo sandbox could not start";
            return 1;
        }
        apiBaseUrl = demoSandbox->baseUrl();
        qCInfo(lcApp) << "demo sandbox listening on" << apiBaseUrl.toDisplayString();
    }

    MainWindow window;
    // Pending changes, bid floors and analytics around the browser.
    new WorkspaceController(&window);
    // Sign-in: the demo sandbox always accepts its demo token; against Pinterest the last
    // sign-in comes back from the keychain, or the Connect dialog asks for one.
    auto *session = new AppSession(&window);
    session->start(apiBaseUrl, commandLine.demo, sandbox::SandboxOptions().accessToken, !commandLine.smokeTest);
    window.show();
    qCInfo(lcApp) << "started" << appinfo::version() << "against" << apiBaseUrl.toDisplayString();

    if (commandLine.smokeTest)
        QTimer::singleShot(0, &window, &QWidget::close);
    return app.exec();
}
