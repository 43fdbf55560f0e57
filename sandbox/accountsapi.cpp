#include "sandbox/accountsapi.h"

#include "sandbox/bookmark.h"
#include "sandbox/datastore.h"
#include "sandbox/queryparams.h"
#include "sandbox/specenums.h"

#include <QJsonArray>
#include <QSet>

namespace pinstripe::sandbox {

AccountsApi::AccountsApi(SandboxContext &context)
    : m_context(context)
{
}

HttpResponse AccountsApi::list(const HttpRequest &request)
{
    QueryParams p(request);
    const int pageSize = p.integer("page_size", 25, 1, 250);
    const bool shared = p.boolean("include_shared_accounts", true);
    if (!p.ok())
        return HttpResponse::error(400, 1, errors::invalid("ad account", p.error()));
    const QByteArray fingerprint = Bookmark::fingerprint(QStringLiteral("accounts|%1").arg(shared));
    PageSpec spec;
    spec.pageSize = pageSize;
    if (p.has("bookmark")) {
        spec.after = Bookmark::decode(p.string("bookmark"), fingerprint);
        if (!spec.after)
            return HttpResponse::error(400, 1, errors::invalid("ad account", QStringLiteral("bookmark is not valid for this request")));
    }
    bool more = false;
    const auto rows = DataStore::page(m_context.store.accounts(), spec, [shared](const AccountRecord &a) {
        // Accounts the user does not own come from Business Access sharing.
        return shared || a.object.value(QLatin1String("permissions")).toArray().contains(QStringLiteral("OWNER"));
    }, &more);
    QList<const QByteArray *> items;
    for (const AccountRecord *a : rows)
        items << &a->json;
    return HttpResponse::json(200, pageBody(items, more ? Bookmark::encode(rows.last()->key, fingerprint) : QString()));
}

HttpResponse AccountsApi::get(const AccountRecord &account)
{
    return HttpResponse::json(200, account.json);
}

HttpResponse AccountsApi::campaigns(const AccountRecord &account, const HttpRequest &request)
{
    QueryParams p(request);
    const QStringList ids = p.ids("campaign_ids", false);
    const QStringList statuses = p.repeatedEnum("entity_statuses", specenums::entityStatuses(),
                                                {QStringLiteral("ACTIVE"), QStringLiteral("PAUSED")});
    const int pageSize = p.integer("page_size", 25, 1, 250);
    const QString order = p.enumValue("order", {QStringLiteral("ASCENDING"), QStringLiteral("DESCENDING")},
                                      QStringLiteral("ASCENDING"));
    if (!p.ok())
        return HttpResponse::error(400, 400, errors::invalid("ad account campaign", p.error()));

    QStringList canonicalIds = ids;
    canonicalIds.sort();
    QStringList canonicalStatuses = statuses;
    canonicalStatuses.sort();
    const QByteArray fingerprint = Bookmark::fingerprint(
        QStringLiteral("campaigns|%1|%2|%3|%4").arg(account.id, canonicalIds.join(QLatin1Char(',')),
                                                    canonicalStatuses.join(QLatin1Char(',')), order));
    PageSpec spec;
    spec.pageSize = pageSize;
    spec.descending = order == QLatin1String("DESCENDING");
    if (p.has("bookmark")) {
        spec.after = Bookmark::decode(p.string("bookmark"), fingerprint);
        if (!spec.after)
            return HttpResponse::error(400, 400, errors::invalid("ad account campaign",
                                                                 QStringLiteral("bookmark is not valid for this request")));
    }
    const QSet<QString> idSet(ids.cbegin(), ids.cend());
    const QSet<QString> statusSet(statuses.cbegin(), statuses.cend());
    bool more = false;
    const auto rows = DataStore::page(account.campaigns, spec, [&](const CampaignRecord &c) {
        return (idSet.isEmpty() || idSet.contains(c.id)) && statusSet.contains(c.status);
    }, &more);
    QList<const QByteArray *> items;
    for (const CampaignRecord *c : rows)
        items << &c->json;
    return HttpResponse::json(200, pageBody(items, more ? Bookmark::encode(rows.last()->key, fingerprint) : QString()));
}

} // namespace pinstripe::sandbox
