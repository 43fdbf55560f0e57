#include "core/auth/adaccountlister.h"

#include "core/api/apiclient.h"
#include "core/api/listadaccountsrequest.h"

namespace pinstripe {

namespace {

/** 250 per page: more than 20 pages means something is wrong (a bookmark loop). */
constexpr int maxPages = 20;

} // namespace

AdAccountLister::AdAccountLister(ApiClient *client)
    : QObject(client)
    , m_client(client)
{
}

void AdAccountLister::start()
{
    fetch({});
}

void AdAccountLister::fetch(const QString &bookmark)
{
    ListAdAccountsRequest::Params params;
    params.bookmark = bookmark;
    auto *request = new ListAdAccountsRequest(m_client, params);
    connect(request, &ListAdAccountsRequest::finished, this, [this](const AdAccountPage &page) {
        m_accounts += page.items;
        if (!page.bookmark.isEmpty() && ++m_pages < maxPages) {
            fetch(page.bookmark);
            return;
        }
        Q_EMIT finished(m_accounts);
        deleteLater();
    });
    connect(request, &ApiRequest::failed, this, [this](const ApiError &error) {
        Q_EMIT failed(error);
        deleteLater();
    });
    request->start();
}

QString AdAccountLister::userOf(const QList<AdAccount> &accounts)
{
    auto ownerName = [](const AdAccount &a) {
        return a.owner.hasValue() ? a.owner.value().username.valueOr(QString()) : QString();
    };
    for (const AdAccount &a : accounts) {
        if (a.permissions.valueOr({}).contains(QStringLiteral("OWNER")) && !ownerName(a).isEmpty())
            return ownerName(a);
    }
    for (const AdAccount &a : accounts) {
        if (!ownerName(a).isEmpty())
            return ownerName(a);
    }
    return {};
}

} // namespace pinstripe
