// libFuzzer target: what Pinstripe reads from failed answers and from the OAuth token service —
// Pinterest's `{code, message}` error bodies (as ApiRequest turns them into an ApiError and the
// messages people see), batch item exceptions, token endpoint answers and the stored TokenSet.
// The first byte picks the reader; for error bodies it also picks the HTTP status.

#include "core/api/apierror.h"
#include "core/auth/basicauthnetworkaccessmanager.h"
#include "core/auth/tokenset.h"
#include "core/model/apiexception.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QDateTime>
#include <QTimeZone>

using namespace pinstripe;

namespace {

const int statuses[] = {400, 401, 403, 404, 409, 429, 500, 503};

/** ApiRequest::errorFromReply's reading of an HTTP error body, without the reply around it. */
ApiError errorFromBody(int status, const QByteArray &payload)
{
    ApiError error;
    error.operation = QStringLiteral("Updating ad groups");
    error.kind = ApiError::Kind::Http;
    error.httpStatus = status;
    const QJsonObject object = QJsonDocument::fromJson(payload).object();
    error.code = object.value(QLatin1String("code")).toInt();
    error.message = object.value(QLatin1String("message")).toString();
    if (error.message.isEmpty())
        error.message = QString::fromUtf8(payload.left(200)).simplified();
    return error;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray body = fuzz::payload(data, size);
    const int status = statuses[(data[0] >> 3) % 8];
    const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc());
    switch (data[0] % 5) {
    case 0: {
        const ApiError error = errorFromBody(status, body);
        FUZZ_CHECK(!error.userMessage().isEmpty());
        FUZZ_CHECK(!error.toString().isEmpty());
        // Only Pinterest's refusal is final: a 5xx is worth another try, and a 429 too unless
        // it is a spam block.
        const bool spamBlock = error.message.contains(QLatin1String("spam"), Qt::CaseInsensitive);
        FUZZ_CHECK(error.isTransient() == (status >= 500 || (status == 429 && !spamBlock)));
        FUZZ_CHECK(error.isRateLimited() == (status == 429));
        break;
    }
    case 1: {
        bool ok = false;
        const QJsonObject object = fuzz::toObject(body, &ok);
        if (ok)
            FUZZ_ROUND_TRIP(ApiException, object);
        break;
    }
    case 2: {
        const QString message = BasicAuthNetworkAccessManager::describeTokenFailure(status, body, QStringLiteral("Error"));
        FUZZ_CHECK(!message.isEmpty());
        break;
    }
    case 3: {
        bool ok = false;
        const QJsonObject object = fuzz::toObject(body, &ok);
        if (!ok)
            break;
        TokenSet tokens;
        tokens.accessToken = QStringLiteral("old-access");
        tokens.refreshToken = QStringLiteral("old-refresh");
        const QString problem = TokenSet::applyTokenResponse(object, now, tokens);
        if (problem.isEmpty())
            FUZZ_CHECK(!tokens.accessToken.isEmpty());
        // What is stored is what is read back.
        FUZZ_CHECK(TokenSet::fromJson(tokens.toJson()).toJson() == tokens.toJson());
        (void)tokens.renewDueAt();
        (void)describeTokenHealth(tokens, now);
        break;
    }
    case 4: {
        bool ok = false;
        const QJsonObject object = fuzz::toObject(body, &ok);
        if (!ok)
            break;
        FUZZ_ROUND_TRIP(TokenSet, object);
        const TokenSet tokens = TokenSet::fromJson(object);
        (void)tokens.renewDueAt();
        (void)describeTokenHealth(tokens, now);
        break;
    }
    }
    return 0;
}
