#pragma once

#include "core/auth/appcredentials.h"

#include <QNetworkAccessManager>
#include <QUrl>

namespace pinstripe {

/**
 * A QNetworkAccessManager that adds `Authorization: Basic base64(app id:app secret)` to POSTs
 * to one token URL, and reports failed token answers in words.
 *
 * Why: Pinterest's token endpoint wants HTTP Basic client authentication, while Qt
 * NetworkAuth 6.4's QOAuth2AuthorizationCodeFlow can only put the client credentials in the
 * form body and offers no hook to change its token request (that arrives in Qt 6.9), and
 * it drops failed token answers without a signal.
 */
class BasicAuthNetworkAccessManager final : public QNetworkAccessManager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BasicAuthNetworkAccessManager)

public:
    explicit BasicAuthNetworkAccessManager(QObject *parent = nullptr);

    void setTokenEndpoint(const QUrl &tokenUrl, const AppCredentials &app);
    QUrl tokenUrl() const { return m_tokenUrl; }

    /** True if @p url is the token URL (query and fragment ignored). */
    bool isTokenUrl(const QUrl &url) const;

    /** The `Authorization` header value for @p app. */
    static QByteArray basicAuthorization(const AppCredentials &app);

    /**
     * A failed token answer (HTTP status, Pinterest's error message) in a sentence for people;
     * @p httpStatus 0 for transport failures, described by @p networkError.
     */
    static QString describeTokenFailure(int httpStatus, const QByteArray &body, const QString &networkError);

Q_SIGNALS:
    /** A POST to the token URL failed; @p message is describeTokenFailure(). */
    void tokenRequestFailed(int httpStatus, const QString &message);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    QUrl m_tokenUrl;
    AppCredentials m_app;
};

} // namespace pinstripe
