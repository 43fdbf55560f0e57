#include "core/changes/outcomecheck.h"

#include "core/api/apiclient.h"
#include "core/changes/adgrouplisting.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimer>

#include <functional>

namespace pinstripe {

namespace {

/** A create found by listing must be at most this much older than the edit (clock skew). */
constexpr qint64 kCreateMatchSlackSeconds = 600;

} // namespace

OutcomeCheck::OutcomeCheck(ApiClient *client, QString adAccountId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_account(std::move(adAccountId))
{
}

OutcomeCheck::~OutcomeCheck() = default;

bool OutcomeCheck::sameValue(const QJsonValue &a, const QJsonValue &b)
{
    const auto canonical = [](const QJsonValue &v) {
        return QJsonDocument(QJsonArray{v.isUndefined() ? QJsonValue() : v}).toJson(QJsonDocument::Compact);
    };
    return canonical(a) == canonical(b);
}

void OutcomeCheck::start(const QList<PendingChange> &changes)
{
    QHash<QString, QList<PendingChange>> createsByCampaign;
    QList<PendingChange> updates;
    QStringList adGroupIds;
    for (const PendingChange &change : changes) {
        if (change.kind == PendingChange::Kind::Create) {
            createsByCampaign[change.createBody.value(QLatin1String("campaign_id")).toString()] << change;
            continue;
        }
        updates << change;
        if (!adGroupIds.contains(change.adGroupId))
            adGroupIds << change.adGroupId;
    }
    QList<std::function<void()>> starts;
    for (auto it = createsByCampaign.cbegin(); it != createsByCampaign.cend(); ++it) {
        const QList<PendingChange> creates = it.value();
        AdGroupListing *listing = newListing(creates);
        connect(listing, &AdGroupListing::finished, this, [this, creates](const QList<AdGroup> &found) {
            decideCreates(creates, found);
            listingEnded();
        });
        starts << [listing, campaignId = it.key()] { listing->startByCampaign(campaignId); };
    }
    if (!updates.isEmpty()) {
        AdGroupListing *listing = newListing(updates);
        connect(listing, &AdGroupListing::finished, this, [this, updates](const QList<AdGroup> &found) {
            decideUpdates(updates, found);
            listingEnded();
        });
        starts << [listing, adGroupIds] { listing->startByIds(adGroupIds); };
    }
    if (starts.isEmpty()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT finished({}); });
        return;
    }
    m_open = static_cast<int>(starts.size());
    for (const auto &go : std::as_const(starts))
        go();
}

AdGroupListing *OutcomeCheck::newListing(const QList<PendingChange> &changes)
{
    auto *listing = new AdGroupListing(m_client, m_account, this);
    m_listings << listing;
    connect(listing, &AdGroupListing::waiting, this, &OutcomeCheck::waiting);
    connect(listing, &AdGroupListing::failed, this, [this, changes] {
        // Not listed, so nothing is known: they stay Unknown and are asked about again later.
        for (const PendingChange &change : changes)
            m_outcomes << Outcome{change.id, Verdict::Unknown, {}};
        listingEnded();
    });
    return listing;
}

void OutcomeCheck::decideCreates(const QList<PendingChange> &creates, const QList<AdGroup> &found)
{
    QSet<QString> taken;
    for (const PendingChange &change : creates) {
        Outcome outcome{change.id, Verdict::NotApplied, {}}; // listed and not there: never created
        for (const AdGroup &g : found) {
            if (!taken.contains(g.id.valueOr({})) && g.name.valueOr({}) == change.adGroupName
                && g.createdTime.valueOr(0) >= change.createdAt.toSecsSinceEpoch() - kCreateMatchSlackSeconds) {
                taken.insert(g.id.valueOr({}));
                outcome.verdict = Verdict::Applied;
                outcome.adGroup = g;
                break;
            }
        }
        m_outcomes << outcome;
    }
}

void OutcomeCheck::decideUpdates(const QList<PendingChange> &updates, const QList<AdGroup> &found)
{
    QHash<QString, AdGroup> current;
    for (const AdGroup &g : found)
        current.insert(g.id.valueOr({}), g);
    for (const PendingChange &change : updates) {
        Outcome outcome{change.id, Verdict::Unknown, {}};
        const auto g = current.constFind(change.adGroupId);
        if (g != current.cend()) {
            const QJsonValue serverValue = g->toJson().value(change.field);
            outcome.adGroup = *g;
            if (sameValue(serverValue, change.after))
                outcome.verdict = Verdict::Applied;
            else if (sameValue(serverValue, change.before))
                outcome.verdict = Verdict::NotApplied;
            else
                outcome.verdict = Verdict::Conflict;
        }
        m_outcomes << outcome;
    }
}

void OutcomeCheck::listingEnded()
{
    if (--m_open > 0)
        return;
    for (const QPointer<AdGroupListing> &listing : std::as_const(m_listings)) {
        if (listing)
            listing->deleteLater();
    }
    m_listings.clear();
    const QList<Outcome> outcomes = m_outcomes;
    m_outcomes.clear();
    Q_EMIT finished(outcomes);
}

void OutcomeCheck::cancel()
{
    // Each running listing reports failed(Cancelled), which leaves its changes Unknown.
    const QList<QPointer<AdGroupListing>> listings = m_listings;
    for (const QPointer<AdGroupListing> &listing : listings) {
        if (listing)
            listing->cancel();
    }
}

} // namespace pinstripe
