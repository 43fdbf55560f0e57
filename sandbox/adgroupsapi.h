#pragma once

#include "sandbox/httpmessage.h"
#include "sandbox/sandboxcontext.h"

namespace pinstripe::sandbox {

struct AccountRecord;

/** List, get, batch-create and batch-update ad groups of an ad account. */
class AdGroupsApi final
{
public:
    explicit AdGroupsApi(SandboxContext &context);

    HttpResponse list(const AccountRecord &account, const HttpRequest &request);
    HttpResponse get(const AccountRecord &account, const QString &adGroupId);
    /** POST: a JSON array of 1–30 AdGroupCreateRequest; partial success per item. */
    HttpResponse create(AccountRecord &account, const HttpRequest &request);
    /** PATCH: a JSON array of 1–30 AdGroupUpdateRequest (id required); only sent fields change. */
    HttpResponse update(AccountRecord &account, const HttpRequest &request);

    /** The largest batch Pinterest accepts per write. */
    static constexpr int maxBatch = 30;

private:
    HttpResponse write(AccountRecord &account, const HttpRequest &request, bool create);

    SandboxContext &m_context;
};

} // namespace pinstripe::sandbox
