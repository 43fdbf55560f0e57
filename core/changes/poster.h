#pragma once

#include "core/api/apiclient.h"
#include "core/api/apierror.h"
#include "core/changes/pendingchange.h"
#include "core/model/adgroup.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace pinstripe {

class ApiClient;
class ChangeSet;
class PendingChangeStore;
struct AdGroupBatchResult;

/**
 * Posts pending changes of one ad account to Pinterest safely.
 *
 * 1. Unknown creates (a lost answer earlier) are reconciled by listing first: found → done,
 *    not found → sent again. Never a duplicate ad group.
 * 2. The changed ad groups are fetched; a field the server changed since the edit was based on
 *    it becomes a Conflict (with the server's value) and is not sent.
 * 3. Updates are combined per ad group and sent with creates in batches of at most 30, several
 *    batches in flight, paced by the ads_write budget.
 * 4. Per item: success removes the change, writes the journal and reports the server's ad
 *    group; a refusal marks the change Failed with Pinterest's message.
 * cancel() stops sending new batches; what was sent is reported.
 */
class Poster final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Poster)

public:
    struct Summary
    {
        int succeeded = 0;    ///< changes applied
        int failed = 0;       ///< changes Pinterest refused (now Failed)
        int conflicts = 0;    ///< changes not sent because the server changed the field
        int unknown = 0;      ///< creates whose outcome is still unknown
        int notSent = 0;      ///< left pending by cancel()
        int writeCalls = 0;   ///< create/update calls made
        bool cancelled = false;
        QString error;        ///< set when posting stopped on a request-level failure
    };

    /** Neither argument is owned; @p journal may be null (no journal kept). */
    Poster(ApiClient *client, ChangeSet *changes, PendingChangeStore *journal, QObject *parent = nullptr);
    ~Poster() override;

    /** Batches in flight at once (default 3). */
    void setMaxInFlight(int batches) { m_maxInFlight = qMax(1, batches); }

    /** Posts every postable change of @p adAccountId, or only those in @p changeIds. */
    void post(const QString &adAccountId, const QStringList &changeIds = {});
    /** Sends no further batches; in-flight ones are still reported. */
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /** Batches done so far out of all batches of this post. */
    void progress(int done, int total);
    /** Pinterest's version of an ad group after an update or a create was applied. */
    void adGroupSaved(const pinstripe::AdGroup &adGroup);
    void finished(const pinstripe::Poster::Summary &summary);

private:
    struct Batch
    {
        bool create = false;
        QList<QJsonObject> bodies;
        QList<QStringList> changeIds; ///< per body, the changes it carries
    };

    void reconcileUnknownCreates();
    void fetchCurrentVersions();
    void applyConflictRules(const QHash<QString, AdGroup> &current);
    void buildBatches();
    void dispatch();
    void onBatchFinished(const Batch &batch, const AdGroupBatchResult &result);
    void onBatchFailed(const Batch &batch, const ApiError &error);
    void markSucceeded(const QString &changeId, const AdGroup &saved);
    void markFailed(const QString &changeId, PendingChange::State state, const QString &message);
    void finishIfDone();
    QList<PendingChange> selected() const;

    QPointer<ApiClient> m_client;
    QPointer<ChangeSet> m_changes;
    PendingChangeStore *m_journal;
    QString m_account;
    QStringList m_only;
    QList<Batch> m_batches;
    int m_nextBatch = 0;
    int m_inFlight = 0;
    int m_doneBatches = 0;
    int m_maxInFlight = 3;
    int m_pendingLookups = 0;
    bool m_running = false;
    bool m_cancelled = false;
    Summary m_summary;
};

} // namespace pinstripe

Q_DECLARE_METATYPE(pinstripe::Poster::Summary)
