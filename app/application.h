#pragma once

#include "commandline.h"

#include <QString>

#include <memory>

namespace pinstripe {

class AppContext;
class MainWindow;
class AppSession;
class WorkspaceController;

namespace sandbox {
class SandboxThread;
}

/**
 * The application as the user gets it, built in one place: the demo sandbox when asked for,
 * the AppContext, the main window with every feature joined to it, and the session started.
 * main() builds it from the command line; the journey tests build it through the same
 * function with a temporary data directory, so the wiring they check is the wiring shipped.
 */
class Application final
{
public:
    /**
     * Builds and starts the application for @p commandLine. @p dataDirectory holds the
     * databases (empty: the platform's app data folder). Returns nullptr, having said why on
     * the log, if the demo sandbox could not start.
     */
    static std::unique_ptr<Application> build(const CommandLine &commandLine, const QString &dataDirectory = {});
    ~Application();
    Application(const Application &) = delete;
    Application &operator=(const Application &) = delete;

    AppContext *context() const { return m_context.get(); }
    MainWindow *window() const { return m_window.get(); }
    WorkspaceController *workspace() const { return m_workspace; }
    AppSession *session() const { return m_session; }

    /** Starts the demo sandbox if it is not running and signs in to it (Try the demo). */
    void startDemo(const QString &dataDirectory);

private:
    Application() = default;
    bool startDemoSandbox(const QString &dataDirectory);

    // Declared in the order they are built; destroyed in reverse: the window before the
    // context whose client and stores it uses, the demo sandbox last.
    std::unique_ptr<sandbox::SandboxThread> m_demoSandbox;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    WorkspaceController *m_workspace = nullptr;
    AppSession *m_session = nullptr;
    QString m_demoToken;
};

} // namespace pinstripe
