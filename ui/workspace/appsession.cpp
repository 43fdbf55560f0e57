#include "ui/workspace/appsession.h"

#include "core/api/apiclient.h"
#include "core/app/appcontext.h"
#include "core/auth/sessionmanager.h"
#include "core/auth/tokenstore.h"
#include "ui/auth/accountmenucontroller.h"
#include "ui/auth/connectdialog.h"
#include "ui/auth/tokenhealthlabel.h"
#include "ui/mainwindow.h"
#include "ui/workspace/welcomepage.h"

#include <QStatusBar>

namespace pinstripe {

AppSession::AppSession(MainWindow *window)
    : m_window(window)
    , m_session(window->context()->session())
    , m_menu(new AccountMenuController(m_session, window, this))
{
    window->adoptFeature(this);
    m_menu->contribute(window);
    window->statusBar()->addPermanentWidget(new TokenHealthLabel(m_session));

    m_welcome = new WelcomePage(m_menu->connectAction());
    m_welcome->setDemoOffered(false);
    window->setWelcomePage(m_welcome);
    connect(m_welcome, &WelcomePage::demoRequested, this, [this] {
        if (m_demoStarter)
            m_demoStarter();
    });
    const auto settle = [this] {
        m_settled = true;
        updateWelcome();
    };
    connect(m_session, &SessionManager::restoreFinished, this, settle);
    connect(m_session, &SessionManager::sessionChanged, this, settle);
    connect(window->context(), &AppContext::connectionChanged, this, &AppSession::updateWelcome);
}

void AppSession::setDemoStarter(std::function<void()> starter)
{
    m_demoStarter = std::move(starter);
    m_welcome->setDemoOffered(static_cast<bool>(m_demoStarter));
}

void AppSession::updateWelcome()
{
    if (m_window)
        m_window->showWelcome(m_settled && !m_window->context()->client());
}

AppSession::~AppSession() = default;

void AppSession::start(bool interactive)
{
    AppContext *context = m_window->context();
    if (context->options().demo) {
        connect(m_session, &SessionManager::signInFinished, this, [this](bool ok, const QString &message) {
            if (!ok && m_window)
                m_window->statusBar()->showMessage(message);
        }, Qt::SingleShotConnection);
    } else if (interactive) {
        connect(m_session, &SessionManager::restoreFinished, this, [this](bool signedIn, const QString &why) {
            // A first start has the welcome page to offer Connect; a sign-in that could not be
            // restored says why in the Connect dialog.
            if (!signedIn && !why.isEmpty())
                m_menu->openConnectDialog(why);
        });
    }
    if (!context->options().demo) {
        context->tokenStore()->probeKeychain(m_welcome, [this](bool available) { m_welcome->setKeychainAvailable(available); });
        if (!interactive) { // nothing to restore: not connected is how it starts
            m_settled = true;
            updateWelcome();
        }
    }
    context->start(interactive);
}

} // namespace pinstripe
