#pragma once

// A small synchronous HTTP client for the sandbox tests: real QNetworkAccessManager requests
// over loopback, waited for in a local event loop with a timeout. The server runs on its own
// thread (SandboxThread), so waiting here never stalls it.

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace pinstripe::sandbox::test {

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool timedOut = false;
    qint64 elapsedMs = 0;

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    /** The "message" of a Pinterest error body. */
    QString message() const { return object().value(QLatin1String("message")).toString(); }
    int code() const { return object().value(QLatin1String("code")).toInt(); }
};

class Client
{
public:
    explicit Client(const QUrl &baseUrl, const QString &token = QStringLiteral("pinstripe-demo-token"))
        : m_base(baseUrl)
        , m_token(token)
    {
    }

    void setToken(const QString &token) { m_token = token; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    QNetworkAccessManager &manager() { return m_manager; }

    /** @p path relative to the base URL ("/ad_accounts"), @p query already encoded. */
    QUrl url(const QString &path, const QString &query = {}) const
    {
        QUrl u = m_base;
        u.setPath(m_base.path() + path);
        if (!query.isEmpty())
            u.setQuery(query, QUrl::StrictMode);
        return u;
    }

    Reply get(const QString &path, const QString &query = {}) { return send("GET", url(path, query), {}); }
    Reply post(const QString &path, const QByteArray &body) { return send("POST", url(path), body); }
    Reply patch(const QString &path, const QByteArray &body) { return send("PATCH", url(path), body); }
    Reply post(const QString &path, const QJsonDocument &body) { return post(path, body.toJson(QJsonDocument::Compact)); }
    Reply patch(const QString &path, const QJsonDocument &body) { return patch(path, body.toJson(QJsonDocument::Compact)); }

    Reply send(const QByteArray &method, const QUrl &url, const QByteArray &body,
               const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {}, bool bearer = true)
    {
        QNetworkRequest request(url);
        if (bearer && !m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        if (!body.isEmpty() || method == "POST" || method == "PATCH")
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &h : extraHeaders)
            request.setRawHeader(h.first, h.second);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(m_timeoutMs);
        loop.exec();
        Reply r;
        r.elapsedMs = clock.elapsed();
        if (!reply->isFinished()) {
            r.timedOut = true;
            reply->abort();
        }
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return r;
    }

private:
    QNetworkAccessManager m_manager;
    QUrl m_base;
    QString m_token;
    int m_timeoutMs = 10000;
};

/** Query string from key/value pairs, percent-encoded, keys may repeat. */
inline QString query(std::initializer_list<std::pair<const char *, QString>> items)
{
    QStringList parts;
    for (const auto &[key, value] : items)
        parts << QLatin1String(key) + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
    return parts.join(QLatin1Char('&'));
}

} // namespace pinstripe::sandbox::test
