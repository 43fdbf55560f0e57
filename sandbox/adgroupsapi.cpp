#include "sandbox/adgroupsapi.h"

#include "sandbox/adgroupvalidator.h"
#include "sandbox/bookmark.h"
#include "sandbox/catalog.h"
#include "sandbox/datastore.h"
#include "sandbox/jsonbody.h"
#include "sandbox/queryparams.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/specenums.h"
#include "sandbox/writekeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace pinstripe::sandbox {

namespace {

QByteArray withInterestNames(const QByteArray &json)
{
    QJsonObject g = QJsonDocument::fromJson(json).object();
    QJsonObject spec = g.value(QLatin1String("targeting_spec")).toObject();
    if (!spec.contains(QLatin1String("INTEREST")))
        return json;
    QJsonArray names;
    const QJsonArray ids = spec.value(QLatin1String("INTEREST")).toArray();
    for (const QJsonValue &id : ids)
        names.append(catalog::interestName(id.toString()));
    spec.insert(QStringLiteral("INTEREST"), names);
    g.insert(QStringLiteral("targeting_spec"), spec);
    return QJsonDocument(g).toJson(QJsonDocument::Compact);
}

} // namespace

AdGroupsApi::AdGroupsApi(SandboxContext &context)
    : m_context(context)
{
}

HttpResponse AdGroupsApi::list(const AccountRecord &account, const HttpRequest &request)
{
    QueryParams p(request);
    const QStringList campaignIds = p.ids("campaign_ids", false);
    const QStringList adGroupIds = p.ids("ad_group_ids", false);
    const QStringList statuses = p.repeatedEnum("entity_statuses", specenums::entityStatuses(),
                                                {QStringLiteral("ACTIVE"), QStringLiteral("PAUSED")});
    const int pageSize = p.integer("page_size", 25, 1, 250);
    const QString order = p.enumValue("order", {QStringLiteral("ASCENDING"), QStringLiteral("DESCENDING")},
                                      QStringLiteral("ASCENDING"));
    const bool names = p.boolean("translate_interests_to_names", false);
    if (p.ok() && !campaignIds.isEmpty() && !adGroupIds.isEmpty())
        return HttpResponse::error(400, 400, errors::invalid("ad account group",
            QStringLiteral("provide only campaign_ids or ad_group_ids, not both")));
    if (!p.ok())
        return HttpResponse::error(400, 400, errors::invalid("ad account group", p.error()));

    QStringList c1 = campaignIds, c2 = adGroupIds, c3 = statuses;
    c1.sort();
    c2.sort();
    c3.sort();
    const QByteArray fingerprint = Bookmark::fingerprint(QStringLiteral("adgroups|%1|%2|%3|%4|%5")
        .arg(account.id, c1.join(QLatin1Char(',')), c2.join(QLatin1Char(',')), c3.join(QLatin1Char(',')), order));
    PageSpec spec;
    spec.pageSize = pageSize;
    spec.descending = order == QLatin1String("DESCENDING");
    if (p.has("bookmark")) {
        spec.after = Bookmark::decode(p.string("bookmark"), fingerprint);
        if (!spec.after)
            return HttpResponse::error(400, 400, errors::invalid("ad account group",
                QStringLiteral("bookmark is not valid for this request (filters or order changed?)")));
    }
    const QSet<QString> campaignSet(campaignIds.cbegin(), campaignIds.cend());
    const QSet<QString> idSet(adGroupIds.cbegin(), adGroupIds.cend());
    const QSet<QString> statusSet(statuses.cbegin(), statuses.cend());
    bool more = false;
    const auto rows = DataStore::page(account.adGroups, spec, [&](const AdGroupRecord &g) {
        return statusSet.contains(g.status) && (campaignSet.isEmpty() || campaignSet.contains(g.campaignId))
            && (idSet.isEmpty() || idSet.contains(g.id));
    }, &more);

    QList<QByteArray> translated;
    QList<const QByteArray *> items;
    if (names) {
        translated.reserve(rows.size());
        for (const AdGroupRecord *g : rows)
            translated << withInterestNames(g->json);
        for (const QByteArray &t : std::as_const(translated))
            items << &t;
    } else {
        for (const AdGroupRecord *g : rows)
            items << &g->json;
    }
    return HttpResponse::json(200, pageBody(items, more ? Bookmark::encode(rows.last()->key, fingerprint) : QString()));
}

HttpResponse AdGroupsApi::get(const AccountRecord &account, const QString &adGroupId)
{
    const AdGroupRecord *g = DataStore::adGroup(account, adGroupId);
    if (!g)
        return HttpResponse::error(404, 2, QStringLiteral("Ad group not found."));
    return HttpResponse::json(200, g->json);
}

HttpResponse AdGroupsApi::create(AccountRecord &account, const HttpRequest &request)
{
    return write(account, request, true);
}

HttpResponse AdGroupsApi::update(AccountRecord &account, const HttpRequest &request)
{
    return write(account, request, false);
}

HttpResponse AdGroupsApi::write(AccountRecord &account, const HttpRequest &request, bool create)
{
    QJsonDocument doc;
    const QString problem = jsonbody::parse(request.body, jsonbody::Shape::Array, &doc);
    if (!problem.isEmpty())
        return HttpResponse::error(400, 400, errors::invalid("ad group",
            QStringLiteral("the body must be a JSON array of ad groups, but %1").arg(problem)));
    const QJsonArray batch = doc.array();
    if (batch.isEmpty() || batch.size() > maxBatch)
        return HttpResponse::error(400, 400, errors::invalid("ad group",
            QStringLiteral("a batch takes 1 to %1 ad groups (got %2)").arg(maxBatch).arg(batch.size())));
    if (m_context.options.strict) {
        // The body's schema is checked before any item is applied, as a whole: a key the schema
        // does not have refuses the request, not one item of it.
        const auto schema = create ? writekeys::Body::AdGroupCreate : writekeys::Body::AdGroupUpdate;
        for (qsizetype i = 0; i < batch.size(); ++i) {
            if (const QString p = writekeys::check(schema, batch.at(i)); !p.isEmpty())
                return HttpResponse::error(400, 400, errors::invalid("ad group",
                    QStringLiteral("ad group %1 of %2: %3").arg(i + 1).arg(batch.size()).arg(p)));
        }
    }

    const qint64 now = m_context.clock.nowSeconds();
    QByteArray out = "{\"items\":[";
    bool changed = false;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        if (i)
            out += ',';
        // Each item is validated against the state left by the items before it.
        const AdGroupValidator validator(account, now);
        AdGroupValidator::Outcome o = create ? validator.create(batch.at(i)) : validator.update(batch.at(i));
        if (!o.ok()) {
            const QJsonObject exception{{QStringLiteral("code"), o.code}, {QStringLiteral("message"), o.message}};
            out += "{\"exceptions\":[" + QJsonDocument(exception).toJson(QJsonDocument::Compact) + "]}";
            continue;
        }
        if (create)
            o.adGroup.insert(QStringLiteral("id"), m_context.store.allocateId());
        const AdGroupRecord &stored = m_context.store.putAdGroup(account, o.adGroup);
        out += "{\"data\":" + stored.json + ",\"exceptions\":[]}";
        changed = true;
    }
    out += "]}";
    if (changed && m_context.changed)
        m_context.changed();
    return HttpResponse::json(200, out);
}

} // namespace pinstripe::sandbox
