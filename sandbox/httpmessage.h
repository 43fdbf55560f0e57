#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace pinstripe::sandbox {

/** One parsed HTTP/1.1 request. Header names are stored lower-case. */
struct HttpRequest
{
    QByteArray method;
    QByteArray version;  ///< "HTTP/1.1" or "HTTP/1.0"
    QString path;        ///< percent-decoded path without the query, e.g. "/v5/ad_accounts"
    QByteArray rawQuery; ///< undecoded query string without '?'
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    /** The first header called @p lowerCaseName, or an empty array. */
    QByteArray header(const QByteArray &lowerCaseName) const;
    /**
     * The credentials of the Authorization header when its scheme is @p scheme ("Bearer",
     * "Basic"), trimmed; empty otherwise. The scheme is compared case-insensitively (RFC 9110 11.1).
     */
    QByteArray credentials(const QByteArray &scheme) const;
    /** The query as QUrlQuery; '+' is read as a space, as HTML forms and many clients send it. */
    QUrlQuery query() const;
    /** The body parsed as application/x-www-form-urlencoded. */
    QUrlQuery formBody() const;
};

/** An answer before it is written to the socket. */
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    /** A JSON answer with the given status. */
    static HttpResponse json(int status, const QByteArray &body);
    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse json(int status, const QJsonArray &array);
    /** Pinterest's error body {"code": code, "message": message}. */
    static HttpResponse error(int status, int code, const QString &message);
    /** Reason phrase for a status code. */
    static QByteArray reasonPhrase(int status);
};

/** How the server delivers a response; everything but Normal is an injected fault. */
enum class Delivery {
    Normal,
    Reset,    ///< send the head and part of the body, then reset the connection
    Truncate, ///< send a body cut short, with a Content-Length that matches the cut
    Drip,     ///< send the response in small pieces with pauses
    Hang      ///< never answer
};

/** A response plus how and when to deliver it. */
struct HttpReply
{
    HttpResponse response;
    Delivery delivery = Delivery::Normal;
    int delayMs = 0;
    int dripChunkBytes = 64;
    int dripIntervalMs = 20;
};

} // namespace pinstripe::sandbox
