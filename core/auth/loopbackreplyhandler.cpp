#include "core/auth/loopbackreplyhandler.h"

#include <QHostAddress>

namespace pinstripe {

LoopbackReplyHandler::LoopbackReplyHandler(QObject *parent)
    : QOAuthHttpServerReplyHandler(parent)
{
    // The base class constructor starts listening on any free port of every interface; only
    // the loopback interface may ever see an authorization code.
    close();
}

bool LoopbackReplyHandler::listenOn(const QUrl &redirectUri)
{
    close();
    const int port = redirectUri.port(80);
    if (!listen(QHostAddress::LocalHost, quint16(port)))
        return false;
    m_redirectUri = redirectUri;
    if (port == 0 || redirectUri.port() == 0)
        m_redirectUri.setPort(this->port());
    QString path = redirectUri.path();
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    setCallbackPath(path);
    return true;
}

QString LoopbackReplyHandler::callback() const
{
    return m_redirectUri.toString(QUrl::FullyEncoded);
}

} // namespace pinstripe
