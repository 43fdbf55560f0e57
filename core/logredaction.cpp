#include "core/logredaction.h"

#include <QRegularExpression>

namespace pinstripe {

namespace {

const QString kRedacted = QStringLiteral("<redacted>");

QtMessageHandler g_previousHandler = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString safe = redactSecrets(message);
    if (g_previousHandler)
        g_previousHandler(type, context, safe);
}

} // namespace

QString redactSecrets(const QString &text)
{
    // Authorization header values with a scheme ("Authorization: Bearer abc", "authorization": "Basic xyz").
    static const QRegularExpression authWithScheme(
        QStringLiteral(R"((authorization["']?\s*[:=]\s*["']?(?:bearer|basic)\s+)[^\s"',;]+)"),
        QRegularExpression::CaseInsensitiveOption);
    // ... and without one ("Authorization: abc").
    static const QRegularExpression authWithoutScheme(
        QStringLiteral(R"((authorization["']?\s*[:=]\s*["']?)(?!(?:bearer|basic)\s|<redacted>)[^\s"',;]+)"),
        QRegularExpression::CaseInsensitiveOption);
    // A bearer token quoted anywhere else.
    static const QRegularExpression bearer(
        QStringLiteral(R"(\b(bearer\s+)(?!<redacted>)[A-Za-z0-9\-._~+/]+=*)"),
        QRegularExpression::CaseInsensitiveOption);
    // Credential-bearing fields in query strings, form bodies and JSON.
    static const QRegularExpression fields(
        QStringLiteral(R"(((?:access_token|refresh_token|client_secret|app_secret|password)["']?\s*[:=]\s*["']?)(?!<redacted>)[^\s"'&,;}]+)"),
        QRegularExpression::CaseInsensitiveOption);

    // An OAuth authorization code in a redirect URL (only as a query parameter: "code" is also
    // the name of Pinterest's error numbers, which logs should keep).
    static const QRegularExpression authorizationCode(QStringLiteral(R"(([?&]code=)(?!<redacted>)[^&\s"'#]+)"));

    const QString replacement = QStringLiteral("\\1") + kRedacted;
    QString out = text;
    out.replace(authWithScheme, replacement);
    out.replace(authWithoutScheme, replacement);
    out.replace(bearer, replacement);
    out.replace(fields, replacement);
    out.replace(authorizationCode, replacement);
    return out;
}

void installRedactingMessageHandler()
{
    QtMessageHandler previous = qInstallMessageHandler(redactingHandler);
    if (previous != redactingHandler)
        g_previousHandler = previous;
}

} // namespace pinstripe
