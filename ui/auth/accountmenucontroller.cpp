#include "ui/auth/accountmenucontroller.h"

#include "core/auth/authenvironment.h"
#include "core/auth/sessionmanager.h"
#include "ui/auth/connectdialog.h"
#include "ui/common/commandhost.h"
#include "ui/common/themedicon.h"

#include <QAction>
#include <QMenu>

namespace pinstripe {

AccountMenuController::AccountMenuController(SessionManager *session, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_dialogParent(dialogParent)
    , m_connect(new QAction(tr("&Connect…"), this))
    , m_signOut(new QAction(tr("Sign &Out"), this))
    , m_switchMenu(new QMenu(tr("S&witch User")))
{
    m_connect->setObjectName(QStringLiteral("connectAction"));
    m_connect->setIcon(themedIcon(QStringLiteral("network-transmit-receive")));
    m_signOut->setObjectName(QStringLiteral("signOutAction"));
    m_signOut->setIcon(themedIcon(QStringLiteral("system-log-out")));
    m_switchMenu->setObjectName(QStringLiteral("switchAccountMenu"));
    m_switchMenu->menuAction()->setObjectName(QStringLiteral("switchUserAction"));
    connect(this, &QObject::destroyed, m_switchMenu, &QObject::deleteLater);
    connect(m_connect, &QAction::triggered, this, [this] { openConnectDialog(); });
    connect(m_signOut, &QAction::triggered, m_session, &SessionManager::signOut);
    connect(m_switchMenu, &QMenu::aboutToShow, this, &AccountMenuController::rebuildSwitchMenu);
    connect(m_session, &SessionManager::sessionChanged, this, &AccountMenuController::updateActions);
    connect(m_session, &SessionManager::signOutFinished, this,
            [this](bool, const QString &message) { Q_EMIT signedOut(message); });
    connect(m_session, &SessionManager::signInRequired, this,
            [this](const QString &reason) { openConnectDialog(reason); });
    rebuildSwitchMenu();
    updateActions();
}

void AccountMenuController::contribute(CommandHost *host)
{
    host->addCommand(m_connect, {MenuRole::Account, CommandGroup::Session});
    host->addCommandMenu(m_switchMenu, {MenuRole::Account, CommandGroup::Session});
    host->addCommand(m_signOut, {MenuRole::Account, CommandGroup::Session});
}

ConnectDialog *AccountMenuController::openConnectDialog(const QString &reason)
{
    if (!m_dialog) {
        m_dialog = new ConnectDialog(m_session, m_dialogParent);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->setReason(reason);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

void AccountMenuController::rebuildSwitchMenu()
{
    m_switchMenu->clear();
    const StoredAccount current = m_session->currentAccount();
    const QList<StoredAccount> accounts = m_session->storedAccounts();
    for (const StoredAccount &account : accounts) {
        const AuthEnvironment environment = m_session->environmentFor(account.environment);
        QAction *action = m_switchMenu->addAction(
            tr("%1 (%2)").arg(account.user, environment.isValid() ? environment.displayName() : account.environment));
        action->setCheckable(true);
        action->setChecked(m_session->isSignedIn() && account == current);
        connect(action, &QAction::triggered, this, [this, account] { m_session->switchTo(account); });
    }
    if (accounts.isEmpty())
        m_switchMenu->addAction(tr("No saved sign-ins"))->setEnabled(false);
    m_switchMenu->menuAction()->setEnabled(!accounts.isEmpty());
}

void AccountMenuController::updateActions()
{
    m_signOut->setEnabled(m_session->isSignedIn());
    m_signOut->setText(m_session->isSignedIn() ? tr("Sign &Out %1").arg(m_session->user()) : tr("Sign &Out"));
    rebuildSwitchMenu();
}

} // namespace pinstripe
