// Pinstripe's entry point: parse the command line, then build the application and run it.
#include "application.h"
#include "commandline.h"

#include "core/appinfo.h"
#include "core/logging.h"
#include "core/logredaction.h"
#include "ui/common/theme.h"
#include "ui/common/languagechoice.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QTimer>

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
    installChosenTranslations(&app);
    if (const Theme theme = savedTheme(); theme != Theme::System) // System: leave the desktop's as it is
        applyTheme(theme);

    const std::unique_ptr<Application> application = Application::build(commandLine);
    if (!application)
        return 1;
    MainWindow *window = application->window();
    window->show();
    qCInfo(lcApp) << "started" << appinfo::version();

    if (commandLine.smokeTest)
        QTimer::singleShot(0, window, &QWidget::close);
    return app.exec();
}
