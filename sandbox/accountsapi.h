#pragma once

#include "sandbox/httpmessage.h"
#include "sandbox/sandboxcontext.h"

namespace pinstripe::sandbox {

struct AccountRecord;

/** GET /ad_accounts, GET /ad_accounts/{id} and GET /ad_accounts/{id}/campaigns. */
class AccountsApi final
{
public:
    explicit AccountsApi(SandboxContext &context);

    HttpResponse list(const HttpRequest &request);
    HttpResponse get(const AccountRecord &account);
    HttpResponse campaigns(const AccountRecord &account, const HttpRequest &request);

private:
    SandboxContext &m_context;
};

} // namespace pinstripe::sandbox
