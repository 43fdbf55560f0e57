#pragma once

#include "sandbox/httpmessage.h"
#include "sandbox/sandboxcontext.h"

namespace pinstripe::sandbox {

struct AccountRecord;

/** POST /ad_accounts/{id}/bid_floor and POST …/ad_groups/audience_sizing. */
class PlanningApi final
{
public:
    explicit PlanningApi(const SandboxContext &context);

    HttpResponse bidFloor(const AccountRecord &account, const HttpRequest &request);
    HttpResponse audienceSizing(const AccountRecord &account, const HttpRequest &request);

private:
    const SandboxContext &m_context;
};

} // namespace pinstripe::sandbox
