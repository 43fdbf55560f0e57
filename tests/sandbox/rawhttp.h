#pragma once

// Byte-level HTTP for the sandbox's parser tests: the test writes exactly the bytes it means
// (malformed, oversized, chunked, pipelined) on a loopback QTcpSocket and reads the answer
// back as the server framed it. The server runs on its own thread, so blocking waits here
// never stall it; every wait has an upper bound so a broken server fails the test, not hangs it.

#include <QByteArray>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QTcpSocket>

#include <optional>

namespace pinstripe::sandbox::test {

/** One response as it came off the wire. */
struct RawResponse
{
    QByteArray version;
    int status = 0;
    QByteArray reason; ///< the status line's reason phrase
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QString message() const { return object().value(QLatin1String("message")).toString(); }
    int code() const { return object().value(QLatin1String("code")).toInt(); }
};

class RawConnection
{
public:
    static constexpr int waitMs = 15000;

    explicit RawConnection(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.waitForConnected(waitMs);
    }

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    /** Writes @p bytes as one send and waits until the kernel has taken them. */
    bool write(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        while (m_socket.bytesToWrite() > 0) {
            if (!m_socket.waitForBytesWritten(waitMs))
                return false;
        }
        return true;
    }

    /** The next response, 1xx interim answers included; nullopt if the server closed or stalled first. */
    std::optional<RawResponse> read()
    {
        for (;;) {
            if (auto r = takeResponse())
                return r;
            if (!waitForMore())
                return takeResponse();
        }
    }

    /** The next final (non-1xx) response. */
    std::optional<RawResponse> readFinal()
    {
        for (;;) {
            std::optional<RawResponse> r = read();
            if (!r || r->status >= 200)
                return r;
        }
    }

    /** True once the server has closed the connection (after any bytes still unread). */
    bool waitForClose()
    {
        while (m_socket.state() == QAbstractSocket::ConnectedState) {
            if (!m_socket.waitForReadyRead(waitMs) && m_socket.state() == QAbstractSocket::ConnectedState)
                return false;
            m_in.append(m_socket.readAll());
        }
        return true;
    }

    /** Bytes received but not yet taken as a response. */
    QByteArray pending() const { return m_in; }

private:
    bool waitForMore()
    {
        if (m_socket.state() != QAbstractSocket::ConnectedState && m_socket.bytesAvailable() == 0)
            return false;
        if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(waitMs)) {
            m_in.append(m_socket.readAll());
            return false;
        }
        m_in.append(m_socket.readAll());
        return true;
    }

    std::optional<RawResponse> takeResponse()
    {
        const qsizetype headEnd = m_in.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return std::nullopt;
        const QList<QByteArray> lines = m_in.left(headEnd).split('\n');
        RawResponse r;
        const QByteArray statusLine = lines.value(0).trimmed();
        const qsizetype firstSpace = statusLine.indexOf(' ');
        const qsizetype secondSpace = statusLine.indexOf(' ', firstSpace + 1);
        r.version = statusLine.left(firstSpace);
        r.status = statusLine.mid(firstSpace + 1, secondSpace < 0 ? -1 : secondSpace - firstSpace - 1).toInt();
        r.reason = secondSpace < 0 ? QByteArray() : statusLine.mid(secondSpace + 1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        const qsizetype length = r.status < 200 ? 0 : r.header("Content-Length").toLongLong();
        if (m_in.size() < headEnd + 4 + length)
            return std::nullopt;
        r.body = m_in.mid(headEnd + 4, length);
        m_in.remove(0, headEnd + 4 + length);
        return r;
    }

    QTcpSocket m_socket;
    QByteArray m_in;
};

} // namespace pinstripe::sandbox::test
