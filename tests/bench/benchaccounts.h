#pragma once

// What the benchmarks ask the sandbox before they measure: which ad account to use.

#include "core/api/apiclient.h"
#include "core/api/listadaccountsrequest.h"

#include <QEventLoop>

#include <cstdio>

namespace pinstripe::bench {

/**
 * The id of the first ad account @p client lists: the sandbox's big account when started with
 * --big-account, and as big as any other otherwise (accounts share the ad groups evenly).
 * Empty when listing fails, which is printed.
 */
inline QString firstAdAccount(ApiClient *client)
{
    QString id;
    QEventLoop loop;
    auto *request = new ListAdAccountsRequest(client, {});
    QObject::connect(request, &ListAdAccountsRequest::finished, &loop, [&](const AdAccountPage &page) {
        if (!page.items.isEmpty())
            id = page.items.constFirst().id.valueOr({});
        loop.quit();
    });
    QObject::connect(request, &ApiRequest::failed, &loop, [&](const ApiError &e) {
        std::fprintf(stderr, "listing accounts failed: %s\n", qPrintable(e.toString()));
        loop.quit();
    });
    request->start();
    loop.exec();
    return id;
}

} // namespace pinstripe::bench
