#pragma once

#include "core/api/tokenprovider.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace pinstripe {

class AccountMenuController;
class MainWindow;
class SessionManager;
class TokenStore;

/**
 * Sign-in for the main window: the keychain-backed session, the Account menu's Connect /
 * Switch / Sign Out, the token health in the status bar, and the window's connection kept
 * in step with the session. In demo mode the app signs in to the demo sandbox as its demo
 * user at once (a session like any other, kept out of the keychain); signing in elsewhere is
 * still possible.
 */
class AppSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSession)

public:
    explicit AppSession(MainWindow *window);
    ~AppSession() override;

    /**
     * Connects the window. @p apiBaseUrl: Pinterest, or a local/custom server (then the
     * "Demo/local" environment of the Connect dialog points there). @p demo: connect at once with
     * @p demoToken. @p interactive: restore the last sign-in and ask for one if there is none.
     */
    void start(const QUrl &apiBaseUrl, bool demo, const QString &demoToken, bool interactive);

    SessionManager *session() const { return m_session; }
    AccountMenuController *accountMenu() const { return m_menu; }

private:
    void connectWindow();

    QPointer<MainWindow> m_window;
    TokenStore *m_store;
    SessionManager *m_session;
    AccountMenuController *m_menu;
};

} // namespace pinstripe
