#include "sandbox/apirouter.h"

#include "sandbox/datastore.h"
#include "sandbox/oauthservice.h"
#include "sandbox/queryparams.h"

#include <functional>

namespace pinstripe::sandbox {

namespace {

HttpResponse notFound(const QString &path)
{
    return HttpResponse::error(404, 404, QStringLiteral("Not found: no endpoint at %1").arg(path));
}

HttpResponse methodNotAllowed(const QByteArray &method, const QString &path)
{
    return HttpResponse::error(405, 405, QStringLiteral("Method %1 is not allowed on %2")
                                             .arg(QString::fromLatin1(method), path));
}

} // namespace

ApiRouter::ApiRouter(SandboxContext &context, OAuthService &oauth, RateLimiter &rateLimiter)
    : m_context(context)
    , m_oauth(oauth)
    , m_rateLimiter(rateLimiter)
    , m_accounts(context)
    , m_adGroups(context)
    , m_analytics(context)
    , m_planning(context)
{
}

HttpResponse ApiRouter::rateLimited(const RateLimiter::Result &result)
{
    HttpResponse r = HttpResponse::error(429, 8,
        QStringLiteral("This request exceeded a rate limit. This can happen if the client exceeds one of the "
                       "published rate limits within a short time window."));
    r.setHeader("Retry-After", QByteArray::number(qMax(1, result.resetSeconds)));
    return r;
}

HttpResponse ApiRouter::route(const HttpRequest &request)
{
    const QString &path = request.path;
    if (path == QLatin1String("/oauth") || path == QLatin1String("/oauth/")) {
        if (request.method != "GET")
            return methodNotAllowed(request.method, path);
        return m_oauth.authorize(request);
    }
    if (path == QLatin1String("/v5/oauth/token")) {
        if (request.method != "POST")
            return methodNotAllowed(request.method, path);
        return m_oauth.token(request);
    }
    if (path != QLatin1String("/v5") && !path.startsWith(QLatin1String("/v5/")))
        return notFound(path);

    // Authentication comes before routing, as on Pinterest: no token, no information.
    const QString token = QString::fromLatin1(request.credentials("Bearer"));
    const std::optional<QStringList> scopes = m_oauth.scopesOf(token);
    if (!scopes)
        return HttpResponse::error(401, 2, QStringLiteral("Authentication failed."));

    QStringList segments = path.mid(4).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.size() == 3 && segments.at(0) == QLatin1String("resources") && segments.at(1) == QLatin1String("targeting")) {
        if (request.method != "GET")
            return methodNotAllowed(request.method, path);
        if (!scopes->contains(QStringLiteral("ads:read")))
            return HttpResponse::error(403, 3, QStringLiteral("Your token does not have sufficient permissions to perform "
                                                              "this action. It needs the scope ads:read."));
        const RateLimiter::Result budget = m_rateLimiter.take(RateCategory::AdsRead);
        return budget.allowed ? m_resources.targetingOptions(segments.at(2)) : rateLimited(budget);
    }
    if (segments.isEmpty() || segments.at(0) != QLatin1String("ad_accounts") || segments.size() > 4)
        return notFound(path);

    // Resolve the route: what to call, which method it takes and which budget it spends.
    const QByteArray &method = request.method;
    QByteArray allowed;
    RateCategory category = RateCategory::AdsRead;
    bool write = false;
    std::function<HttpResponse(AccountRecord *)> call;
    const qsizetype n = segments.size();
    const QString third = n > 2 ? segments.at(2) : QString();
    const QString fourth = n > 3 ? segments.at(3) : QString();
    if (n == 1) {
        allowed = "GET";
        call = [&](AccountRecord *) { return m_accounts.list(request); };
    } else if (n == 2) {
        allowed = "GET";
        call = [&](AccountRecord *a) { return m_accounts.get(*a); };
    } else if (n == 3 && third == QLatin1String("campaigns")) {
        allowed = "GET";
        call = [&](AccountRecord *a) { return m_accounts.campaigns(*a, request); };
    } else if (n == 3 && third == QLatin1String("bid_floor")) {
        allowed = "POST";
        call = [&](AccountRecord *a) { return m_planning.bidFloor(*a, request); };
    } else if (n == 3 && third == QLatin1String("ad_groups")) {
        if (method == "POST") {
            allowed = "POST";
            write = true;
            category = RateCategory::AdsWrite;
            call = [&](AccountRecord *a) { return m_adGroups.create(*a, request); };
        } else if (method == "PATCH") {
            allowed = "PATCH";
            write = true;
            category = RateCategory::AdsWrite;
            call = [&](AccountRecord *a) { return m_adGroups.update(*a, request); };
        } else {
            allowed = "GET";
            call = [&](AccountRecord *a) { return m_adGroups.list(*a, request); };
        }
    } else if (n == 4 && third == QLatin1String("ad_groups")) {
        if (fourth == QLatin1String("analytics")) {
            allowed = "GET";
            category = RateCategory::AdsAnalytics;
            call = [&](AccountRecord *a) { return m_analytics.adGroupAnalytics(*a, request); };
        } else if (fourth == QLatin1String("targeting_analytics")) {
            allowed = "GET";
            category = RateCategory::AdsAnalytics;
            call = [&](AccountRecord *a) { return m_analytics.targetingAnalytics(*a, request); };
        } else if (fourth == QLatin1String("audience_sizing")) {
            allowed = "POST";
            call = [&](AccountRecord *a) { return m_planning.audienceSizing(*a, request); };
        } else {
            allowed = "GET";
            if (!QueryParams::isValidId(fourth))
                return HttpResponse::error(400, 400, QStringLiteral("Invalid ad group parameters: ad_group_id '%1' "
                                                                    "must match ^\\d+$ with at most 18 digits").arg(fourth));
            call = [&, fourth](AccountRecord *a) { return m_adGroups.get(*a, fourth); };
        }
    } else {
        return notFound(path);
    }
    if (method != allowed)
        return methodNotAllowed(method, path);

    const QString requiredScope = write ? QStringLiteral("ads:write") : QStringLiteral("ads:read");
    if (!scopes->contains(requiredScope))
        return HttpResponse::error(403, 3, QStringLiteral("Your token does not have sufficient permissions to perform "
                                                          "this action. It needs the scope %1.").arg(requiredScope));

    AccountRecord *account = nullptr;
    if (n >= 2) {
        const QString &accountId = segments.at(1);
        if (!QueryParams::isValidId(accountId))
            return HttpResponse::error(400, 1, QStringLiteral("Invalid ad account parameters: ad_account_id '%1' must "
                                                              "match ^\\d+$ with at most 18 digits").arg(accountId));
        account = m_context.store.account(accountId);
        if (!account)
            return HttpResponse::error(404, 2, QStringLiteral("AdAccount not found."));
    }

    const RateLimiter::Result budget = m_rateLimiter.take(category);
    HttpResponse response = budget.allowed ? call(account) : rateLimited(budget);
    if (budget.limit > 0) {
        response.setHeader("X-RateLimit-Limit", QByteArray::number(budget.limit));
        response.setHeader("X-RateLimit-Remaining", QByteArray::number(budget.remaining));
        response.setHeader("X-RateLimit-Reset", QByteArray::number(budget.resetSeconds));
    }
    return response;
}

} // namespace pinstripe::sandbox
