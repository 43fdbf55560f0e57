#pragma once

#include "sandbox/httpconnection.h"

#include <QTcpServer>

namespace pinstripe::sandbox {

/**
 * A small HTTP/1.1 server on QTcpServer. Written by hand rather than on QHttpServer so that
 * faults (resets, truncated bodies, slow drips, hangs) can be injected at the socket level.
 */
class HttpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    explicit HttpServer(HttpConnection::Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    HttpConnection::Handler m_handler;
};

} // namespace pinstripe::sandbox
