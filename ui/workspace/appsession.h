#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

namespace pinstripe {

class AccountMenuController;
class MainWindow;
class SessionManager;
class WelcomePage;

/**
 * Sign-in for the main window: the Account menu's Connect / Switch User / Sign Out, the token
 * health in the status bar, and the Connect dialog when the last sign-in cannot be restored.
 * The session itself is the window's context's, which also keeps the connection in step
 * with it. In demo mode the app signs in to the demo sandbox as its demo user at once (a
 * session like any other, kept out of the keychain); signing in elsewhere is still possible.
 * While connected nowhere, the window's centre shows the welcome page.
 */
class AppSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSession)

public:
    explicit AppSession(MainWindow *window);
    ~AppSession() override;

    /**
     * Starts the context's session. @p interactive: restore the last sign-in and ask for one
     * if there is none (demo mode signs in by itself either way).
     */
    void start(bool interactive);

    SessionManager *session() const { return m_session; }
    AccountMenuController *accountMenu() const { return m_menu; }
    WelcomePage *welcomePage() const { return m_welcome; }

    /**
     * How Try the demo starts a demo sandbox and signs in to it (the application knows the
     * sandbox; the session does not). Without one, the welcome page does not offer the demo.
     */
    void setDemoStarter(std::function<void()> starter);

private:
    void updateWelcome();

    QPointer<MainWindow> m_window;
    SessionManager *m_session;
    AccountMenuController *m_menu;
    WelcomePage *m_welcome = nullptr;
    std::function<void()> m_demoStarter;
    bool m_settled = false; ///< the start-up sign-in has had its go: now "not connected" means it
};

} // namespace pinstripe
