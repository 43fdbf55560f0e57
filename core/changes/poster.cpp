#include "core/changes/poster.h"

#include "core/api/apiclient.h"
#include "core/api/createadgroupsrequest.h"
#include "core/api/ratelimiter.h"
#include "core/api/updateadgroupsrequest.h"
#include "core/changes/adgrouplisting.h"
#include "core/changes/changeset.h"
#include "core/changes/outcomecheck.h"
#include "core/changes/pendingchangestore.h"
#include "core/logging.h"
#include "core/time/clock.h"
#include "core/time/clocktimer.h"

#include <QTimer>

namespace pinstripe {

namespace {


bool isPostable(const PendingChange &change)
{
    return change.state == PendingChange::State::Pending || change.state == PendingChange::State::Failed;
}

/** Pinterest's own "no" to the whole call: a 4xx answer other than 429, or refused before sending. */
bool isRefusal(const ApiError &error)
{
    return error.kind == ApiError::Kind::Validation
        || (error.kind == ApiError::Kind::Http && error.httpStatus >= 400 && error.httpStatus < 500 && !error.isRateLimited());
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

Clock *Poster::clock() const
{
    // The connection's clock: the rate limiter and the poster wait on the same time.
    return m_client ? m_client->rateLimiter()->clock() : Clock::system();
}

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
    begin(adAccountId, changeIds, false);
}

void Poster::check(const QString &adAccountId)
{
    begin(adAccountId, {}, true);
}

void Poster::begin(const QString &adAccountId, const QStringList &changeIds, bool checkOnly)
{
    if (m_running || !m_client || !m_changes)
        return;
    m_running = true;
    m_cancelled = false;
    m_checkOnly = checkOnly;
    m_verified = false;
    m_account = adAccountId;
    m_only = changeIds;
    m_queue.clear();
    m_lostUpdates.clear();
    m_totalBatches = m_inFlight = m_doneBatches = 0;
    m_postId = 0;
    m_summary = {};
    if (checkOnly) {
        // Only what an earlier post left unconfirmed; an empty m_only would mean "everything".
        m_only.clear();
        for (const PendingChange &change : m_changes->changes()) {
            if (change.adAccountId == adAccountId && change.isOutcomeUnknown())
                m_only << change.id;
        }
        if (m_only.isEmpty()) {
            QTimer::singleShot(0, this, &Poster::finishIfDone);
            return;
        }
    } else if (m_journal) {
        // Remembered so that, should the app be stopped midway, the next start can say so.
        m_postId = m_journal->beginPost(adAccountId, static_cast<int>(selected().size()), clock()->now());
    }
    reconcileCreates();
}

void Poster::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_waitTimer && m_waitTimer->isActive())
        m_waitTimer->stop();
    for (const QPointer<AdGroupListing> &listing : std::as_const(m_listings)) {
        if (listing)
            listing->cancel();
    }
    if (m_check)
        m_check->cancel();
    finishIfDone();
}

AdGroupListing *Poster::newListing()
{
    auto *listing = new AdGroupListing(m_client, m_account, this);
    m_listings << listing;
    connect(listing, &AdGroupListing::waiting, this, [this](int seconds) {
        ++m_summary.rateLimitWaits;
        Q_EMIT waitingForRateLimit(seconds);
    });
    return listing;
}

OutcomeCheck *Poster::newOutcomeCheck()
{
    auto *check = new OutcomeCheck(m_client, m_account, this);
    m_check = check;
    connect(check, &OutcomeCheck::waiting, this, [this](int seconds) {
        ++m_summary.rateLimitWaits;
        Q_EMIT waitingForRateLimit(seconds);
    });
    return check;
}

void Poster::reconcileCreates()
{
    QList<PendingChange> unknown;
    for (const PendingChange &change : selected()) {
        if (change.kind == PendingChange::Kind::Create && change.isOutcomeUnknown())
            unknown << change;
    }
    if (unknown.isEmpty()) {
        fetchCurrentVersions();
        return;
    }
    OutcomeCheck *check = newOutcomeCheck();
    connect(check, &OutcomeCheck::finished, this, [this, check](const QList<OutcomeCheck::Outcome> &outcomes) {
        check->deleteLater();
        QStringList stillUnknown;
        for (const OutcomeCheck::Outcome &outcome : outcomes) {
            if (outcome.verdict == OutcomeCheck::Verdict::Applied) {
                markSucceeded(outcome.changeId, outcome.adGroup);
                Q_EMIT adGroupSaved(outcome.adGroup);
            } else if (outcome.verdict == OutcomeCheck::Verdict::NotApplied) {
                // Listed and not there: it was never created, so sending it again is safe.
                markNotApplied(outcome.changeId, tr("Not created on Pinterest; it will be sent again."));
            } else {
                stillUnknown << outcome.changeId;
            }
        }
        setStates(stillUnknown, PendingChange::State::Unknown,
                  tr("Sent, but Pinterest's answer was lost; checked before the next post."));
        if (m_cancelled)
            finishIfDone();
        else
            fetchCurrentVersions();
    });
    check->start(unknown);
}

void Poster::fetchCurrentVersions()
{
    QStringList ids;
    for (const PendingChange &change : selected()) {
        if (change.kind == PendingChange::Kind::Update && (isPostable(change) || change.isOutcomeUnknown())
            && !ids.contains(change.adGroupId))
            ids << change.adGroupId;
    }
    if (ids.isEmpty()) {
        applyConflictRules({});
        return;
    }
    AdGroupListing *listing = newListing();
    connect(listing, &AdGroupListing::finished, this, [this, listing](const QList<AdGroup> &found) {
        listing->deleteLater();
        QHash<QString, AdGroup> current;
        for (const AdGroup &g : found)
            current.insert(g.id.valueOr({}), g);
        applyConflictRules(current);
    });
    connect(listing, &AdGroupListing::failed, this, [this, listing](const ApiError &error) {
        listing->deleteLater();
        // Without the server's versions conflicts cannot be ruled out: send nothing.
        if (error.kind != ApiError::Kind::Cancelled)
            m_summary.error = error.userMessage();
        finishIfDone();
    });
    listing->startByIds(ids);
}

void Poster::applyConflictRules(const QHash<QString, AdGroup> &current)
{
    QList<PendingChange> rebasedChanges;
    for (const PendingChange &change : selected()) {
        const bool unknown = change.isOutcomeUnknown();
        if (change.kind != PendingChange::Kind::Update || (!isPostable(change) && !unknown))
            continue;
        const auto found = current.constFind(change.adGroupId);
        if (found == current.cend()) {
            markFailed(change.id, tr("The ad group was not found on Pinterest."));
            continue;
        }
        const QJsonValue serverValue = found->toJson().value(change.field);
        if (OutcomeCheck::sameValue(serverValue, change.after)) {
            markSucceeded(change.id, *found); // already so on the server
            continue;
        }
        PendingChange rebased = change;
        if (found->updatedTime.valueOr(0) > change.baseUpdatedTime && !OutcomeCheck::sameValue(serverValue, change.before)) {
            rebased.state = PendingChange::State::Conflict;
            rebased.serverValue = serverValue.isUndefined() ? QJsonValue() : serverValue;
            rebased.serverUpdatedTime = found->updatedTime.valueOr(0);
            rebased.message = tr("Changed on Pinterest since your edit.");
            rebasedChanges << rebased;
            ++m_summary.conflicts;
            continue;
        }
        rebased.baseUpdatedTime = found->updatedTime.valueOr(0);
        rebased.state = PendingChange::State::Pending;
        rebased.message.clear();
        rebased.sentAt = {};
        if (unknown) {
            // Checked: Pinterest still has the old value, so it was not applied.
            rebased.message = m_checkOnly ? tr("Checked with Pinterest: not applied. Post sends it again.")
                                          : tr("Checked with Pinterest: not applied; sent again.");
            ++m_summary.notApplied;
        }
        rebasedChanges << rebased;
    }
    if (m_changes)
        m_changes->replaceAll(rebasedChanges);
    if (m_checkOnly || m_cancelled) {
        finishIfDone();
        return;
    }
    buildBatches();
}

void Poster::buildBatches()
{
    m_queue = WriteBatch::plan(selected());
    m_totalBatches = static_cast<int>(m_queue.size());
    Q_EMIT progress(0, m_totalBatches);
    dispatch();
    finishIfDone();
}

void Poster::dispatch()
{
    const bool waiting = m_waitTimer && m_waitTimer->isActive();
    while (!m_cancelled && !waiting && m_client && m_changes && m_inFlight < m_maxInFlight && !m_queue.isEmpty()) {
        const WriteBatch batch = m_queue.takeFirst();
        // Written before the request leaves: if the app dies now, the next start knows these
        // may have reached Pinterest and checks before sending anything again.
        QStringList ids;
        for (const QStringList &perBody : batch.changeIds)
            ids << perBody;
        setStates(ids, PendingChange::State::Sent, {});
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

void Poster::onBatchFinished(const WriteBatch &batch, const AdGroupBatchResult &result)
{
    for (qsizetype i = 0; i < batch.bodies.size(); ++i) {
        if (i >= result.items.size()) {
            // No item for it in the answer: whether it was applied is unknown.
            setStates(batch.changeIds.at(i), PendingChange::State::Unknown, tr("Pinterest's answer did not mention it."));
            if (!batch.create)
                m_lostUpdates << batch.changeIds.at(i);
            continue;
        }
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
            markFailed(id, message);
    }
    --m_inFlight;
    Q_EMIT progress(++m_doneBatches, m_totalBatches);
    dispatch();
    finishIfDone();
}

void Poster::onBatchFailed(const WriteBatch &batch, const ApiError &error)
{
    --m_inFlight;
    QStringList ids;
    for (const QStringList &perBody : batch.changeIds)
        ids << perBody;
    if (error.isRateLimited()) {
        // A 429 proves nothing was applied: the batch waits its turn again, first in line.
        setStates(ids, PendingChange::State::Pending, {});
        m_queue.prepend(batch);
        if (!m_cancelled)
            waitForRateLimit(error);
        finishIfDone();
        return;
    }
    if (error.kind == ApiError::Kind::Validation) {
        // Stopped before it left: nothing was sent, so nothing was refused or applied.
        setStates(ids, PendingChange::State::Failed, tr("Not sent: %1").arg(error.userMessage()));
        m_summary.invalid += static_cast<int>(ids.size());
        m_summary.error = error.userMessage();
    } else if (isRefusal(error)) {
        for (const QString &id : std::as_const(ids))
            markFailed(id, error.userMessage());
        m_summary.error = error.userMessage();
    } else {
        // Reset, cut off, 5xx, timeout: Pinterest may have applied it. Only asking can tell.
        setStates(ids, PendingChange::State::Unknown, tr("Sent, but Pinterest's answer was lost (%1).").arg(error.userMessage()));
        if (!batch.create)
            m_lostUpdates << ids;
    }
    Q_EMIT progress(++m_doneBatches, m_totalBatches);
    dispatch();
    finishIfDone();
}

void Poster::waitForRateLimit(const ApiError &error)
{
    const int seconds = error.retryAfter ? qMax(1, static_cast<int>(error.retryAfter->count())) : 1;
    if (!m_waitTimer) {
        m_waitTimer = new ClockTimer(clock(), this);
        connect(m_waitTimer, &ClockTimer::timeout, this, [this] {
            dispatch();
            finishIfDone();
        });
    }
    // Several batches may hit the limit together: the longest wait wins.
    if (m_waitTimer->isActive() && m_waitTimer->remaining() >= std::chrono::seconds(seconds))
        return;
    m_waitTimer->start(std::chrono::seconds(seconds));
    ++m_summary.rateLimitWaits;
    Q_EMIT waitingForRateLimit(seconds);
}

void Poster::verifyLostUpdates()
{
    m_verified = true;
    QList<PendingChange> lost;
    for (const QString &id : std::as_const(m_lostUpdates)) {
        const std::optional<PendingChange> change = m_changes ? m_changes->find(id) : std::nullopt;
        if (change && change->state == PendingChange::State::Unknown)
            lost << *change;
    }
    if (lost.isEmpty()) {
        finishIfDone();
        return;
    }
    Q_EMIT checking(static_cast<int>(lost.size()));
    OutcomeCheck *check = newOutcomeCheck();
    connect(check, &OutcomeCheck::finished, this, [this, check](const QList<OutcomeCheck::Outcome> &outcomes) {
        check->deleteLater();
        QList<PendingChange> conflicts;
        for (const OutcomeCheck::Outcome &outcome : outcomes) {
            const std::optional<PendingChange> change = m_changes ? m_changes->find(outcome.changeId) : std::nullopt;
            if (!change)
                continue;
            switch (outcome.verdict) {
            case OutcomeCheck::Verdict::Applied:
                markSucceeded(outcome.changeId, outcome.adGroup);
                Q_EMIT adGroupSaved(outcome.adGroup);
                break;
            case OutcomeCheck::Verdict::NotApplied:
                markNotApplied(outcome.changeId, tr("Pinterest's answer was lost; checked: not applied. Post again to send it."));
                break;
            case OutcomeCheck::Verdict::Conflict: {
                PendingChange conflict = *change;
                const QJsonValue serverValue = outcome.adGroup.toJson().value(change->field);
                conflict.state = PendingChange::State::Conflict;
                conflict.serverValue = serverValue.isUndefined() ? QJsonValue() : serverValue;
                conflict.serverUpdatedTime = outcome.adGroup.updatedTime.valueOr(0);
                conflict.message = tr("Changed on Pinterest since your edit.");
                conflicts << conflict;
                ++m_summary.conflicts;
                break;
            }
            case OutcomeCheck::Verdict::Unknown:
                break; // stays Unknown: checked before the next post
            }
        }
        if (m_changes)
            m_changes->replaceAll(conflicts);
        finishIfDone();
    });
    check->start(lost);
}

void Poster::setStates(const QStringList &changeIds, PendingChange::State state, const QString &message)
{
    if (!m_changes || changeIds.isEmpty())
        return;
    const QDateTime now = clock()->now();
    QList<PendingChange> changes;
    for (const QString &id : changeIds) {
        std::optional<PendingChange> change = m_changes->find(id);
        if (!change)
            continue;
        if (state == PendingChange::State::Sent)
            change->sentAt = now;
        else if (state == PendingChange::State::Pending)
            change->sentAt = {};
        change->state = state;
        change->message = message;
        changes << *change;
    }
    m_changes->replaceAll(changes);
}

void Poster::markSucceeded(const QString &changeId, const AdGroup &saved)
{
    const std::optional<PendingChange> change = m_changes ? m_changes->find(changeId) : std::nullopt;
    if (!change)
        return;
    JournalEntry entry;
    entry.postedAt = clock()->now();
    entry.postedBy = m_postedBy;
    entry.change = *change;
    entry.change.state = PendingChange::State::Pending;
    entry.change.message.clear();
    if (entry.change.kind == PendingChange::Kind::Create)
        entry.change.adGroupId = saved.id.valueOr({});
    entry.succeeded = true;
    m_changes->settle(entry, m_journal);
    ++m_summary.succeeded;
}

void Poster::markFailed(const QString &changeId, const QString &message)
{
    const std::optional<PendingChange> change = m_changes ? m_changes->find(changeId) : std::nullopt;
    if (!change)
        return;
    setStates({changeId}, PendingChange::State::Failed, message);
    ++m_summary.failed;
    // A refusal is journaled as such (it applied nothing) and stays on its row to be fixed.
    if (m_journal) {
        JournalEntry entry;
        entry.postedAt = clock()->now();
        entry.postedBy = m_postedBy;
        entry.change = *change;
        entry.change.state = PendingChange::State::Failed;
        entry.change.message = message;
        entry.succeeded = false;
        entry.message = message;
        m_journal->appendJournal(entry);
    }
}

void Poster::markNotApplied(const QString &changeId, const QString &message)
{
    setStates({changeId}, PendingChange::State::Pending, message);
    ++m_summary.notApplied;
}

void Poster::finishIfDone()
{
    if (!m_running || m_inFlight > 0)
        return;
    for (const QPointer<AdGroupListing> &listing : std::as_const(m_listings)) {
        if (listing && listing->isRunning())
            return;
    }
    if (m_check && m_check->isRunning())
        return;
    if (!m_cancelled && ((m_waitTimer && m_waitTimer->isActive()) || !m_queue.isEmpty()))
        return;
    if (!m_cancelled && !m_verified && !m_lostUpdates.isEmpty()) {
        verifyLostUpdates();
        return;
    }
    if (m_cancelled) {
        m_summary.cancelled = true;
        for (const WriteBatch &batch : std::as_const(m_queue)) {
            for (const QStringList &ids : batch.changeIds)
                m_summary.notSent += static_cast<int>(ids.size());
        }
        m_queue.clear();
    }
    // Nothing is in flight any more: what is still "Sent" had its answer lost.
    QStringList stillSent;
    for (const PendingChange &change : selected()) {
        if (change.state == PendingChange::State::Sent)
            stillSent << change.id;
    }
    setStates(stillSent, PendingChange::State::Unknown, tr("Sent, but not confirmed by Pinterest; checked before the next post."));
    m_summary.unknown = 0;
    for (const PendingChange &change : selected())
        m_summary.unknown += change.state == PendingChange::State::Unknown ? 1 : 0;
    if (m_journal) {
        if (m_postId)
            m_journal->finishPost(m_postId);
        // Whatever an interrupted post left behind has now been checked (or stays Unknown on its row).
        m_journal->finishInterruptedPosts(m_account);
    }
    m_listings.clear();
    m_running = false;
    qCInfo(lcChanges) << (m_checkOnly ? "checked:" : "posted:") << m_summary.succeeded << "applied," << m_summary.failed
                      << "refused," << m_summary.conflicts << "conflicts," << m_summary.notApplied << "not applied,"
                      << m_summary.unknown << "unknown," << m_summary.notSent << "not sent, in" << m_summary.writeCalls
                      << "calls";
    Q_EMIT finished(m_summary);
}

} // namespace pinstripe
