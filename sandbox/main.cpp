// pinstripe-sandbox: the local Pinterest API v5 server as a headless program, for scripts,
// benchmarks and trying the app against a sandbox in another process.
#include "core/appinfo.h"
#include "core/logredaction.h"
#include "sandbox/sandboxcommandline.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

using namespace pinstripe;

namespace {

void quitOnSignal(int)
{
    QCoreApplication::quit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(appinfo::organizationName());
    QCoreApplication::setApplicationName(QStringLiteral("pinstripe-sandbox"));
    QCoreApplication::setApplicationVersion(appinfo::version());
    installRedactingMessageHandler();

    const sandbox::SandboxCommandLine commandLine = sandbox::SandboxCommandLine::parse(QCoreApplication::arguments());
    if (commandLine.action == sandbox::SandboxCommandLine::Action::ExitOk)
        return 0;
    if (commandLine.action == sandbox::SandboxCommandLine::Action::ExitError)
        return 2;

    sandbox::SandboxServer server(commandLine.options);
    if (!server.listen(commandLine.port)) {
        std::fprintf(stderr, "cannot listen on 127.0.0.1:%u: %s\n", unsigned(commandLine.port),
                     qPrintable(server.errorString()));
        return 1;
    }
    // Scripts wait for exactly this line to learn the port.
    std::printf("listening on %s\n", server.baseUrl().toString().toUtf8().constData());
    std::fflush(stdout);

    // Ctrl+C and kill end the event loop normally, so a --state file gets its last save.
    std::signal(SIGINT, quitOnSignal);
    std::signal(SIGTERM, quitOnSignal);
    return app.exec();
}
