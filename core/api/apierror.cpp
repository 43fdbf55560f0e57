#include "core/api/apierror.h"

#include <QCoreApplication>

namespace pinstripe {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pinstripe::ApiError", text);
}

} // namespace

ApiError ApiError::validation(const QString &message)
{
    ApiError error;
    error.kind = Kind::Validation;
    error.message = message;
    return error;
}

ApiError ApiError::cancelled()
{
    ApiError error;
    error.kind = Kind::Cancelled;
    error.message = tr("Cancelled.");
    return error;
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::InvalidResponse:
        return true;
    case Kind::Http:
        // Pinterest uses 429 both for quotas and for spam blocks; a spam block does not pass.
        if (httpStatus == 429)
            return !message.contains(QLatin1String("spam"), Qt::CaseInsensitive);
        return httpStatus >= 500;
    case Kind::None:
    case Kind::Validation:
    case Kind::Cancelled:
    case Kind::OutcomeUnknown:
        return false;
    }
    return false;
}

QString ApiError::userMessage() const
{
    QString why;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Validation:
        why = message;
        break;
    case Kind::Network:
        why = tr("Pinterest could not be reached (%1).").arg(message);
        break;
    case Kind::Timeout:
        why = tr("Pinterest did not answer in time.");
        break;
    case Kind::InvalidResponse:
        // The request id lets Pinterest's support find the answer that was wrong.
        why = requestId.isEmpty() ? tr("Pinterest's answer could not be read: %1.").arg(message)
                                  : tr("Pinterest's answer could not be read: %1. Pinterest's request id: %2.")
                                        .arg(message, requestId);
        break;
    case Kind::Cancelled:
        why = tr("It was cancelled.");
        break;
    case Kind::OutcomeUnknown:
        why = tr("The answer was lost, so it is not known whether Pinterest applied it. "
                 "Pinstripe checks by listing before anything is sent again.");
        break;
    case Kind::Http:
        if (httpStatus == 401)
            why = tr("Your Pinterest sign-in has expired or was revoked; sign in again.");
        else if (httpStatus == 403)
            why = tr("Your Pinterest user has no access to this (%1).").arg(message);
        else if (httpStatus == 429 && retryAfter)
            why = QCoreApplication::translate("pinstripe::ApiError",
                                              "Pinterest's rate limit was reached; try again in %n second(s).",
                                              nullptr, static_cast<int>(retryAfter->count()));
        else if (httpStatus == 429)
            why = tr("Pinterest's rate limit was reached; try again shortly.");
        else if (httpStatus >= 500)
            why = tr("Pinterest had a temporary problem (HTTP %1). Try again.").arg(httpStatus);
        else if (!message.isEmpty())
            why = tr("Pinterest rejected it: %1").arg(message);
        else
            why = tr("Pinterest answered with HTTP %1.").arg(httpStatus);
        break;
    }
    if (operation.isEmpty())
        return why;
    return tr("%1 failed: %2").arg(operation, why);
}

QString ApiError::toString() const
{
    QString text = QStringLiteral("ApiError(kind=%1").arg(static_cast<int>(kind));
    if (httpStatus)
        text += QStringLiteral(", http=%1").arg(httpStatus);
    if (code)
        text += QStringLiteral(", code=%1").arg(code);
    if (!message.isEmpty())
        text += QStringLiteral(", message=\"%1\"").arg(message);
    if (!requestId.isEmpty())
        text += QStringLiteral(", x-pinterest-rid=%1").arg(requestId);
    if (retryAfter)
        text += QStringLiteral(", retry-after=%1s").arg(static_cast<qlonglong>(retryAfter->count()));
    return text + QLatin1Char(')');
}

} // namespace pinstripe
