#include "application.h"

#include "core/app/appcontext.h"
#include "core/logging.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxthread.h"
#include "ui/mainwindow.h"
#include "ui/workspace/appsession.h"
#include "ui/workspace/workspacecontroller.h"

namespace pinstripe {

Application::~Application()
{
    m_window.reset();
    m_context.reset();
    m_demoSandbox.reset();
}

bool Application::startDemoSandbox(const QString &dataDirectory)
{
    if (m_demoSandbox)
        return true;
    // The demo sandbox runs in-process on its own thread, so the UI never waits on it; it
    // keeps its state beside the app's data, so demo edits survive a restart too.
    sandbox::SandboxOptions sandboxOptions;
    sandboxOptions.stateFile = AppContext::dataFile(dataDirectory, QStringLiteral("demo-sandbox.json"));
    m_demoSandbox = sandbox::startSandboxThread(sandboxOptions);
    if (!m_demoSandbox) {
        qCCritical(lcApp) << "the demo sandbox could not start";
        return false;
    }
    m_demoToken = sandboxOptions.accessToken;
    qCInfo(lcApp) << "demo sandbox listening on" << m_demoSandbox->baseUrl().toDisplayString();
    return true;
}

void Application::startDemo(const QString &dataDirectory)
{
    if (startDemoSandbox(dataDirectory))
        m_context->startDemo(m_demoSandbox->baseUrl(), m_demoToken);
}

std::unique_ptr<Application> Application::build(const CommandLine &commandLine, const QString &dataDirectory)
{
    std::unique_ptr<Application> app(new Application);
    AppContext::Options options;
    options.apiBaseUrl = commandLine.apiBaseUrl;
    options.dataDirectory = dataDirectory;
    if (commandLine.demo) {
        if (!app->startDemoSandbox(dataDirectory))
            return nullptr;
        options.apiBaseUrl = app->m_demoSandbox->baseUrl();
        options.demo = true;
        options.demoToken = app->m_demoToken;
    }
    app->m_context = std::make_unique<AppContext>(options);
    app->m_window = std::make_unique<MainWindow>(app->m_context.get());
    // Pending changes, bid floors and analytics around the browser; then sign-in.
    app->m_workspace = new WorkspaceController(app->m_window.get());
    app->m_session = new AppSession(app->m_window.get());
    Application *self = app.get();
    app->m_session->setDemoStarter([self, dataDirectory] { self->startDemo(dataDirectory); });
    app->m_session->start(!commandLine.smokeTest);
    return app;
}

} // namespace pinstripe
