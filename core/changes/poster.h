#pragma once

#include "core/api/apiclient.h"
#include "core/api/apierror.h"
#include "core/changes/pendingchange.h"
#include "core/changes/writebatch.h"
#include "core/model/adgroup.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace pinstripe {

class AdGroupListing;
class ApiClient;
class ChangeSet;
class Clock;
class ClockTimer;
class OutcomeCheck;
class PendingChangeStore;
struct AdGroupBatchResult;

/**
 * Posts pending changes of one ad account to Pinterest safely.
 *
 * 1. Changes sent earlier whose outcome is unknown (an answer was lost, or the app was stopped
 *    while they were in flight: state Unknown or Sent) are checked first. Creates by listing
 *    their campaign: found → done, not found → sent again, never a duplicate ad group.
 * 2. The changed ad groups are fetched; a field the server changed since the edit was based on
 *    it becomes a Conflict (with the server's value) and is not sent. An update already on the
 *    server is done; an unknown one still at its old value is sent again.
 * 3. Updates are combined per ad group and sent with creates in batches of at most 30, several
 *    batches in flight, paced by the ads_write budget. Every change of a batch is written as
 *    Sent (one transaction) before the batch's request leaves.
 * 4. Per item: success journals the change and removes it in one transaction and reports the
 *    server's ad group; Pinterest's refusal marks it Failed with Pinterest's message. A batch
 *    whose answer was lost (reset, cut off, 5xx, timeout) leaves its changes Unknown; updates are
 *    then checked with Pinterest at the end of the post and reported applied or not.
 * 5. A 429 is never a refusal: the batch or lookup goes back into the queue and the post waits
 *    as long as Pinterest asks (waitingForRateLimit()), then goes on by itself.
 * cancel() stops sending new batches (and any wait); what was sent is reported.
 */
class Poster final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Poster)

public:
    struct Summary
    {
        int succeeded = 0;    ///< changes applied (also those found applied by checking)
        int failed = 0;       ///< changes Pinterest refused (now Failed)
        int invalid = 0;      ///< changes Pinstripe's own check kept from being sent (now Failed)
        int conflicts = 0;    ///< changes not sent because the server changed the field
        int unknown = 0;      ///< changes whose outcome is still unknown (checked before the next post)
        int notApplied = 0;   ///< sent before, checked with Pinterest: not applied, pending again
        int notSent = 0;      ///< left pending by cancel()
        int writeCalls = 0;   ///< create/update calls made
        int rateLimitWaits = 0; ///< times the post waited for Pinterest's rate limit
        bool cancelled = false;
        QString error;        ///< set when posting stopped on a request-level failure
    };

    /** Neither argument is owned; @p journal may be null (no journal kept). */
    Poster(ApiClient *client, ChangeSet *changes, PendingChangeStore *journal, QObject *parent = nullptr);
    ~Poster() override;

    /** Batches in flight at once (default 3). */
    void setMaxInFlight(int batches) { m_maxInFlight = qMax(1, batches); }
    /** Who posts: the signed-in user's name, kept with each journal entry (empty: not known). */
    void setPostedBy(const QString &user) { m_postedBy = user; }
    QString postedBy() const { return m_postedBy; }

    /** Posts every postable change of @p adAccountId, or only those in @p changeIds. */
    void post(const QString &adAccountId, const QStringList &changeIds = {});
    /**
     * Sends nothing: only checks with Pinterest the changes of @p adAccountId whose outcome is
     * unknown (an interrupted post), so each ends applied (journaled), pending again or in conflict.
     */
    void check(const QString &adAccountId);
    /** Sends no further batches and stops waiting; in-flight ones are still reported. */
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /** Batches done so far out of all batches of this post. */
    void progress(int done, int total);
    /** Pinterest asked to wait (HTTP 429): the post goes on by itself in @p seconds. */
    void waitingForRateLimit(int seconds);
    /** @p count changes whose answer was lost are being checked with Pinterest. */
    void checking(int count);
    /** Pinterest's version of an ad group after an update or a create was applied. */
    void adGroupSaved(const pinstripe::AdGroup &adGroup);
    void finished(const pinstripe::Poster::Summary &summary);

private:
    void begin(const QString &adAccountId, const QStringList &changeIds, bool checkOnly);
    void reconcileCreates();
    void fetchCurrentVersions();
    void applyConflictRules(const QHash<QString, AdGroup> &current);
    void buildBatches();
    void dispatch();
    void onBatchFinished(const WriteBatch &batch, const AdGroupBatchResult &result);
    void onBatchFailed(const WriteBatch &batch, const ApiError &error);
    void waitForRateLimit(const ApiError &error);
    void verifyLostUpdates();
    void setStates(const QStringList &changeIds, PendingChange::State state, const QString &message);
    void markSucceeded(const QString &changeId, const AdGroup &saved);
    void markFailed(const QString &changeId, const QString &message);
    void markNotApplied(const QString &changeId, const QString &message);
    AdGroupListing *newListing();
    OutcomeCheck *newOutcomeCheck();
    void finishIfDone();
    QList<PendingChange> selected() const;
    Clock *clock() const;

    QPointer<ApiClient> m_client;
    QPointer<ChangeSet> m_changes;
    PendingChangeStore *m_journal;
    QString m_account;
    QString m_postedBy;
    QStringList m_only;
    QList<WriteBatch> m_queue;
    QStringList m_lostUpdates; ///< updates whose answer was lost in this post, checked at its end
    QList<QPointer<AdGroupListing>> m_listings;
    QPointer<OutcomeCheck> m_check;
    ClockTimer *m_waitTimer = nullptr;
    qint64 m_postId = 0;
    int m_totalBatches = 0;
    int m_inFlight = 0;
    int m_doneBatches = 0;
    int m_maxInFlight = 3;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_checkOnly = false;
    bool m_verified = false;
    Summary m_summary;
};

} // namespace pinstripe

Q_DECLARE_METATYPE(pinstripe::Poster::Summary)
