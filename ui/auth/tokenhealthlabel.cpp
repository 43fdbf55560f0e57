#include "ui/auth/tokenhealthlabel.h"

#include "core/auth/sessionmanager.h"

#include <QTimer>

namespace pinstripe {

TokenHealthLabel::TokenHealthLabel(SessionManager *session, QWidget *parent)
    : QLabel(parent)
    , m_session(session)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("tokenHealthLabel"));
    setAccessibleName(tr("Sign-in status"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_session, &SessionManager::healthChanged, this, &TokenHealthLabel::refresh);
    connect(m_session, &SessionManager::sessionChanged, this, &TokenHealthLabel::refresh);
    connect(m_session, &SessionManager::storageProblem, this, &TokenHealthLabel::refresh);
    connect(m_timer, &QTimer::timeout, this, &TokenHealthLabel::refresh);
    m_timer->start(60'000);
    refresh();
}

void TokenHealthLabel::refresh()
{
    setText(m_session->healthSummary());
    setToolTip(m_session->isSessionOnly() ? m_session->storageNotice()
                                          : tr("Your Pinterest sign-in is kept in the system keychain."));
}

} // namespace pinstripe
