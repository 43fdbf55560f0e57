#pragma once

#include "sandbox/accountsapi.h"
#include "sandbox/adgroupsapi.h"
#include "sandbox/analyticsapi.h"
#include "sandbox/planningapi.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/resourcesapi.h"

namespace pinstripe::sandbox {

class OAuthService;

/**
 * Maps a request to its endpoint: checks the bearer token and its scope, validates path
 * ids, counts the request against its rate-limit category, then calls the endpoint class.
 */
class ApiRouter final
{
public:
    ApiRouter(SandboxContext &context, OAuthService &oauth, RateLimiter &rateLimiter);

    HttpResponse route(const HttpRequest &request);

    /** The 429 answer Pinterest gives when a budget is spent. */
    static HttpResponse rateLimited(const RateLimiter::Result &result);

private:
    SandboxContext &m_context;
    OAuthService &m_oauth;
    RateLimiter &m_rateLimiter;
    AccountsApi m_accounts;
    AdGroupsApi m_adGroups;
    AnalyticsApi m_analytics;
    PlanningApi m_planning;
    ResourcesApi m_resources;
};

} // namespace pinstripe::sandbox
