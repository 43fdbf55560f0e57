#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace pinstripe {

class CommandHost;
class ConnectDialog;
class SessionManager;

/**
 * The Account menu's sign-in actions: "Connect…", "Switch User" (every stored sign-in)
 * and "Sign Out". Also brings the Connect dialog back by itself when the session says a
 * new sign-in is needed.
 */
class AccountMenuController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountMenuController)

public:
    /** Dialogs open over @p dialogParent (the main window). */
    AccountMenuController(SessionManager *session, QWidget *dialogParent, QObject *parent = nullptr);

    /** Contributes Connect…, Switch User and Sign Out to @p host's Account menu. */
    void contribute(CommandHost *host);

    QAction *connectAction() const { return m_connect; }
    QAction *signOutAction() const { return m_signOut; }
    QMenu *switchMenu() const { return m_switchMenu; }

    /** Opens (or raises) the Connect dialog, non-modal; @p reason is shown at its top. */
    ConnectDialog *openConnectDialog(const QString &reason = {});
    ConnectDialog *connectDialog() const { return m_dialog; }

Q_SIGNALS:
    /** A sign-out finished; @p message is empty or says what could not be deleted. */
    void signedOut(const QString &message);

private:
    void rebuildSwitchMenu();
    void updateActions();

    SessionManager *m_session;
    QPointer<QWidget> m_dialogParent;
    QPointer<ConnectDialog> m_dialog;
    QAction *m_connect;
    QAction *m_signOut;
    QMenu *m_switchMenu;
};

} // namespace pinstripe
