#include "core/changes/poster.h"

#include "core/api/adgrouppager.h"
#include "core/api/apiclient.h"
#include "core/api/createadgroupsrequest.h"
#include "core/api/updateadgroupsrequest.h"
#include "core/changes/changeset.h"
#include "core/changes/pendingchangestore.h"
#include "core/logging.h"
#include "core/model/enums.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace pinstripe {

namespace {

constexpr int kBatchSize = 30;
constexpr int kIdsPerLookup = 250;
/** A create found by listing must be at most this much older than the edit (clock skew). */
constexpr qint64 kCreateMatchSlackSeconds = 600;

/** JSON equality that does not care whether 5 was stored as an integer or a double. */
bool sameJson(const QJsonValue &a, const QJsonValue &b)
{
    const auto canonical = [](const QJsonValue &v) {
        return QJsonDocument(QJsonArray{v.isUndefined() ? QJsonValue() : v}).toJson(QJsonDocument::Compact);
    };
    return canonical(a) == canonical(b);
}

bool isPostable(const PendingChange &change)
{
    return change.state == PendingChange::State::Pending || change.state == PendingChange::State::Failed;
}

} // namespace

Poster::Poster(ApiClient *client, ChangeSet *changes, PendingChangeStore *journal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_changes(changes)
    , m_journal(journal)
{
}

Poster::~Poster() = default;

QList<PendingChange> Poster::selected() const
{
    QList<PendingChange> result;
    if (!m_changes)
        return result;
    for (const PendingChange &change : m_changes->changes()) {
        if (change.adAccountId == m_account && (m_only.isEmpty() || m_only.contains(change.id)))
            result << change;
    }
    return result;
}

void Poster::post(const QString &adAccountId, const QStringList &changeIds)
{
    if (m_running || !m_client || !m_changes)
        return;
    m_running = true;
    m_cancelled = false;
    m_account = adAccountId;
    m_only = changeIds;
    m_batches.clear();
    m_nextBatch = m_inFlight = m_doneBatches = m_pendingLookups = 0;
    m_summary = {};
    reconcileUnknownCreates();
}

void Poster::cancel()
{
    if (m_running)
        m_cancelled = true;
}

void Poster::reconcileUnknownCreates()
{
    QHash<QString, QList<PendingChange>> byCampaign;
    for (const PendingChange &change : selected()) {
        if (change.kind == PendingChange::Kind::Create && change.state == PendingChange::State::Unknown)
            byCampaign[change.createBody.value(QLatin1String("campaign_id")).toString()] << change;
    }
    if (byCampaign.isEmpty()) {
        fetchCurrentVersions();
        return;
    }
    for (auto it = byCampaign.cbegin(); it != byCampaign.cend(); ++it) {
        AdGroupListParams params;
        params.campaignIds = {it.key()};
        params.entityStatuses = enums::entityStatuses();
        auto *pager = new AdGroupPager(m_client, m_account, params, 1, this);
        auto *found = new QList<AdGroup>;
        ++m_pendingLookups;
        connect(pager, &AdGroupPager::pageReceived, this, [found](const AdGroupPage &page) { *found << page.items; });
        const QList<PendingChange> unknown = it.value();
        auto conclude = [this, pager, found, unknown](bool listed) {
            QSet<QString> taken;
            for (const PendingChange &change : unknown) {
                std::optional<AdGroup> match;
                for (const AdGroup &g : std::as_const(*found)) {
                    if (!taken.contains(g.id.valueOr({})) && g.name.valueOr({}) == change.adGroupName
                        && g.createdTime.valueOr(0) >= change.createdAt.toSecsSinceEpoch() - kCreateMatchSlackSeconds) {
                        match = g;
                        break;
                    }
                }
                if (match) {
                    taken.insert(match->id.value());
                    markSucceeded(change.id, *match);
                    Q_EMIT adGroupSaved(*match);
                } else if (listed) {
                    // Listed and not there: it was never created, so sending it again is safe.
                    PendingChange again = change;
                    again.state = PendingChange::State::Pending;
                    again.message = tr("Not created on Pinterest; it will be sent again.");
                    m_changes->replace(again);
                } else {
                    ++m_summary.unknown;
                }
            }
            delete found;
            pager->deleteLater();
            if (--m_pendingLookups == 0)
                fetchCurrentVersions();
        };
        connect(pager, &Pager::finished, this, [conclude] { conclude(true); });
        connect(pager, &Pager::failed, this, [conclude] { conclude(false); });
        pager->start();
    }
}

void Poster::fetchCurrentVersions()
{
    QStringList ids;
    for (const PendingChange &change : selected()) {
        if (change.kind == PendingChange::Kind::Update && isPostable(change) && !ids.contains(change.adGroupId))
            ids << change.adGroupId;
    }
    if (ids.isEmpty()) {
        applyConflictRules({});
        return;
    }
    auto *current = new QHash<QString, AdGroup>;
    for (qsizetype at = 0; at < ids.size(); at += kIdsPerLookup) {
        AdGroupListParams params;
        params.adGroupIds = ids.mid(at, kIdsPerLookup);
        params.entityStatuses = enums::entityStatuses();
        auto *pager = new AdGroupPager(m_client, m_account, params, 1, this);
        ++m_pendingLookups;
        connect(pager, &AdGroupPager::pageReceived, this, [current](const AdGroupPage &page) {
            for (const AdGroup &g : page.items)
                current->insert(g.id.valueOr({}), g);
        });
        auto conclude = [this, pager, current](const QString &error) {
            pager->deleteLater();
            if (!error.isEmpty())
                m_summary.error = error;
            if (--m_pendingLookups > 0)
                return;
            if (!m_summary.error.isEmpty()) {
                // Without the server's versions conflicts cannot be ruled out: send nothing.
                delete current;
                m_running = false;
                Q_EMIT finished(m_summary);
                return;
            }
            applyConflictRules(*current);
            delete current;
        };
        connect(pager, &Pager::finished, this, [conclude] { conclude({}); });
        connect(pager, &Pager::failed, this, [conclude](const ApiError &e) { conclude(e.userMessage()); });
        pager->start();
    }
}

void Poster::applyConflictRules(const QHash<QString, AdGroup> &current)
{
    for (const PendingChange &change : selected()) {
        if (change.kind != PendingChange::Kind::Update || !isPostable(change))
            continue;
        const auto found = current.constFind(change.adGroupId);
        if (found == current.cend()) {
            markFailed(change.id, PendingChange::State::Failed, tr("The ad group was not found on Pinterest."));
            continue;
        }
        const QJsonValue serverValue = found->toJson().value(change.field);
        if (sameJson(serverValue, change.after)) {
            markSucceeded(change.id, *found); // already so on the server
            continue;
        }
        PendingChange rebased = change;
        if (found->updatedTime.valueOr(0) > change.baseUpdatedTime && !sameJson(serverValue, change.before)) {
            rebased.state = PendingChange::State::Conflict;
            rebased.serverValue = serverValue.isUndefined() ? QJsonValue() : serverValue;
            rebased.serverUpdatedTime = found->updatedTime.valueOr(0);
            rebased.message = tr("Changed on Pinterest since your edit.");
            m_changes->replace(rebased);
            ++m_summary.conflicts;
            continue;
        }
        rebased.baseUpdatedTime = found->updatedTime.valueOr(0);
        rebased.state = PendingChange::State::Pending;
        rebased.message.clear();
        m_changes->replace(rebased);
    }
    buildBatches();
}

void Poster::buildBatches()
{
    QList<QJsonObject> updateBodies;
    QList<QStringList> updateIds;
    QHash<QString, qsizetype> bodyOfAdGroup;
    QList<QJsonObject> createBodies;
    QList<QStringList> createIds;
    for (const PendingChange &change : selected()) {
        if (change.state != PendingChange::State::Pending)
            continue;
        if (change.kind == PendingChange::Kind::Create) {
            createBodies << change.createBody;
            createIds << QStringList{change.id};
            continue;
        }
        // One body per ad group carries all of its changed fields.
        auto at = bodyOfAdGroup.constFind(change.adGroupId);
        if (at == bodyOfAdGroup.cend()) {
            at = bodyOfAdGroup.insert(change.adGroupId, updateBodies.size());
            updateBodies << QJsonObject{{QStringLiteral("id"), change.adGroupId}};
            updateIds << QStringList();
        }
        updateBodies[*at].insert(change.field, change.after);
        updateIds[*at] << change.id;
    }
    const auto chunk = [this](bool create, const QList<QJsonObject> &bodies, const QList<QStringList> &ids) {
        for (qsizetype at = 0; at < bodies.size(); at += kBatchSize)
            m_batches << Batch{create, bodies.mid(at, kBatchSize), ids.mid(at, kBatchSize)};
    };
    chunk(true, createBodies, createIds);
    chunk(false, updateBodies, updateIds);
    Q_EMIT progress(0, static_cast<int>(m_batches.size()));
    dispatch();
    finishIfDone();
}

void Poster::dispatch()
{
    while (!m_cancelled && m_client && m_inFlight < m_maxInFlight && m_nextBatch < m_batches.size()) {
        const Batch batch = m_batches.at(m_nextBatch++);
        ApiRequest *request = nullptr;
        if (batch.create) {
            auto *create = new CreateAdGroupsRequest(m_client, m_account, batch.bodies);
            connect(create, &AdGroupWriteRequest::finished, this,
                    [this, batch](const AdGroupBatchResult &result) { onBatchFinished(batch, result); });
            request = create;
        } else {
            auto *update = new UpdateAdGroupsRequest(m_client, m_account, batch.bodies);
            connect(update, &AdGroupWriteRequest::finished, this,
                    [this, batch](const AdGroupBatchResult &result) { onBatchFinished(batch, result); });
            request = update;
        }
        connect(request, &ApiRequest::failed, this, [this, batch](const ApiError &error) { onBatchFailed(batch, error); });
        ++m_inFlight;
        ++m_summary.writeCalls;
        request->start();
    }
}

void Poster::onBatchFinished(const Batch &batch, const AdGroupBatchResult &result)
{
    for (qsizetype i = 0; i < batch.bodies.size() && i < result.items.size(); ++i) {
        const AdGroupBatchItem &item = result.items.at(i);
        if (item.data && item.exceptions.isEmpty()) {
            for (const QString &id : batch.changeIds.at(i))
                markSucceeded(id, *item.data);
            Q_EMIT adGroupSaved(*item.data);
            continue;
        }
        QString message = tr("Pinterest refused this change.");
        if (!item.exceptions.isEmpty()) {
            const ApiException &e = item.exceptions.constFirst();
            message = tr("Pinterest: %1 (code %2)").arg(e.message.valueOr({})).arg(e.code.valueOr(0));
        }
        for (const QString &id : batch.changeIds.at(i))
            markFailed(id, PendingChange::State::Failed, message);
    }
    --m_inFlight;
    Q_EMIT progress(++m_doneBatches, static_cast<int>(m_batches.size()));
    dispatch();
    finishIfDone();
}

void Poster::onBatchFailed(const Batch &batch, const ApiError &error)
{
    const bool unknown = error.kind == ApiError::Kind::OutcomeUnknown;
    for (const QStringList &ids : batch.changeIds) {
        for (const QString &id : ids)
            markFailed(id, unknown ? PendingChange::State::Unknown : PendingChange::State::Failed, error.userMessage());
    }
    if (!unknown)
        m_summary.error = error.userMessage();
    --m_inFlight;
    Q_EMIT progress(++m_doneBatches, static_cast<int>(m_batches.size()));
    dispatch();
    finishIfDone();
}

void Poster::markSucceeded(const QString &changeId, const AdGroup &saved)
{
    const std::optional<PendingChange> change = m_changes->find(changeId);
    if (!change)
        return;
    if (m_journal) {
        JournalEntry entry;
        entry.postedAt = QDateTime::currentDateTimeUtc();
        entry.change = *change;
        if (entry.change.kind == PendingChange::Kind::Create)
            entry.change.adGroupId = saved.id.valueOr({});
        entry.succeeded = true;
        m_journal->appendJournal(entry);
    }
    m_changes->discard(changeId);
    ++m_summary.succeeded;
}

void Poster::markFailed(const QString &changeId, PendingChange::State state, const QString &message)
{
    std::optional<PendingChange> change = m_changes->find(changeId);
    if (!change)
        return;
    change->state = state;
    change->message = message;
    m_changes->replace(*change);
    if (state == PendingChange::State::Unknown) {
        ++m_summary.unknown;
        return;
    }
    ++m_summary.failed;
    if (m_journal) {
        JournalEntry entry;
        entry.postedAt = QDateTime::currentDateTimeUtc();
        entry.change = *change;
        entry.succeeded = false;
        entry.message = message;
        m_journal->appendJournal(entry);
    }
}

void Poster::finishIfDone()
{
    if (!m_running || m_inFlight > 0 || m_pendingLookups > 0)
        return;
    if (!m_cancelled && m_nextBatch < m_batches.size())
        return;
    if (m_cancelled) {
        m_summary.cancelled = true;
        for (qsizetype b = m_nextBatch; b < m_batches.size(); ++b) {
            for (const QStringList &ids : m_batches.at(b).changeIds)
                m_summary.notSent += static_cast<int>(ids.size());
        }
    }
    m_running = false;
    qCInfo(lcChanges) << "posted:" << m_summary.succeeded << "applied," << m_summary.failed << "refused,"
                      << m_summary.conflicts << "conflicts," << m_summary.unknown << "unknown," << m_summary.notSent
                      << "not sent, in" << m_summary.writeCalls << "calls";
    Q_EMIT finished(m_summary);
}

} // namespace pinstripe
