#include "ui/workspace/appsession.h"

#include "core/api/apiendpoint.h"
#include "core/auth/sessionmanager.h"
#include "core/auth/tokenstore.h"
#include "ui/auth/accountmenucontroller.h"
#include "ui/auth/connectdialog.h"
#include "ui/auth/tokenhealthlabel.h"
#include "ui/mainwindow.h"

#include <QStatusBar>

namespace pinstripe {

AppSession::AppSession(MainWindow *window)
    : m_window(window)
    , m_store(new TokenStore(QStringLiteral("Pinstripe"), {}, this))
    , m_session(new SessionManager(m_store, nullptr, this))
    , m_menu(new AccountMenuController(m_session, window, this))
{
    window->adoptFeature(this);
    m_menu->install(window->accountMenu());
    window->statusBar()->addPermanentWidget(new TokenHealthLabel(m_session));
    connect(m_session, &SessionManager::sessionChanged, this, &AppSession::connectWindow);
}

AppSession::~AppSession() = default;

void AppSession::start(const QUrl &apiBaseUrl, bool demo, const QString &demoToken, bool interactive)
{
    if (demo || ApiEndpoint::kindOf(apiBaseUrl) == ApiEndpoint::Kind::Custom)
        m_session->setDemoBaseUrl(apiBaseUrl);
    if (demo) {
        // The demo works with no setup: signed in at once as the sandbox's demo user, shown in
        // the status bar and menus like any session, with nothing written to the keychain.
        connect(m_session, &SessionManager::signInFinished, this, [this](bool ok, const QString &message) {
            if (!ok && m_window)
                m_window->statusBar()->showMessage(message);
        }, Qt::SingleShotConnection);
        m_session->startDemoSession(AuthEnvironment::demo(apiBaseUrl), demoToken);
        return;
    }
    if (!interactive)
        return;
    connect(m_session, &SessionManager::restoreFinished, this, [this](bool signedIn, const QString &why) {
        if (!signedIn)
            m_menu->openConnectDialog(why);
    });
    m_session->restoreLastSession();
}

void AppSession::connectWindow()
{
    if (!m_window)
        return;
    if (m_session->isSignedIn()) {
        m_window->setConnection(m_session->apiBaseUrl(), m_session->tokenProvider(),
                                m_session->environment().kind() == AuthEnvironment::Kind::Demo);
    } else {
        m_window->setConnection({}, nullptr, false);
    }
}

} // namespace pinstripe
