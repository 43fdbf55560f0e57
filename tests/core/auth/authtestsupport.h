#pragma once

// Helpers for the auth tests: a stand-in for the system browser that performs the consent
// step over real HTTP (GET the authorize URL, then GET the redirect it answers with, which
// lands in the app's loopback listener), and a log capture to prove no secret is logged.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace pinstripe::test {

/** Follows the sandbox's consent redirect into the loopback listener, asynchronously. */
class BrowserStub
{
public:
    /** Changes the redirect before it is followed (e.g. to forge the state). */
    std::function<QUrl(const QUrl &)> tamper;
    /** Status of the authorize answer and of the loopback answer; -1 until known. */
    int authorizeStatus = -1;
    int callbackStatus = -1;
    QUrl lastAuthorizeUrl;
    QUrl lastRedirect;
    int opened = 0;

    void open(const QUrl &url)
    {
        ++opened;
        lastAuthorizeUrl = url;
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &m_network, [this, reply] {
            reply->deleteLater();
            authorizeStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QUrl location(QString::fromLatin1(reply->rawHeader("Location")));
            if (!location.isValid() || location.isEmpty())
                return;
            if (tamper)
                location = tamper(location);
            lastRedirect = location;
            QNetworkReply *callback = m_network.get(QNetworkRequest(location));
            QObject::connect(callback, &QNetworkReply::finished, &m_network, [this, callback] {
                callback->deleteLater();
                callbackStatus = callback->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            });
        });
    }

private:
    QNetworkAccessManager m_network;
};

/** Every message Qt logs while alive (after the app's redaction handler, if installed). */
class LogCapture
{
public:
    LogCapture()
    {
        s_instance = this;
        m_previous = qInstallMessageHandler(&LogCapture::handler);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        s_instance = nullptr;
    }
    QStringList lines() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lines;
    }
    QString text() const { return lines().join(QLatin1Char('\n')); }

private:
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (s_instance) {
            QMutexLocker lock(&s_instance->m_mutex);
            s_instance->m_lines << QString::fromLatin1(context.category ? context.category : "default")
                    + QStringLiteral(": ") + message;
        }
        if (s_instance && s_instance->m_previous && type >= QtWarningMsg)
            s_instance->m_previous(type, context, message);
    }

    static inline LogCapture *s_instance = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QStringList m_lines;
};

/**
 * Files under @p root whose bytes contain any of @p secrets; @p skipDirs are relative
 * folders not to look into (the keyring's own encrypted store).
 */
inline QStringList filesContaining(const QString &root, const QList<QByteArray> &secrets,
                                   const QStringList &skipDirs = {})
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(root).relativeFilePath(path);
        bool skip = false;
        for (const QString &d : skipDirs)
            skip = skip || relative.startsWith(d);
        if (skip)
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        for (const QByteArray &secret : secrets) {
            if (!secret.isEmpty() && content.contains(secret))
                hits << relative;
        }
    }
    return hits;
}

} // namespace pinstripe::test
