#include "sandbox/httpserver.h"

#include <QTcpSocket>

namespace pinstripe::sandbox {

HttpServer::HttpServer(HttpConnection::Handler handler, QObject *parent)
    : QTcpServer(parent)
    , m_handler(std::move(handler))
{
}

HttpServer::~HttpServer() = default;

void HttpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket;
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    // Pages are written in one go; Nagle would only add latency to the tail of each answer.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    new HttpConnection(socket, m_handler, this);
}

} // namespace pinstripe::sandbox
