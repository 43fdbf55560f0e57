#include "ui/workspace/appsession.h"

#include "core/app/appcontext.h"
#include "core/auth/sessionmanager.h"
#include "ui/auth/accountmenucontroller.h"
#include "ui/auth/connectdialog.h"
#include "ui/auth/tokenhealthlabel.h"
#include "ui/mainwindow.h"

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
            if (!signedIn)
                m_menu->openConnectDialog(why);
        });
    }
    context->start(interactive);
}

} // namespace pinstripe
