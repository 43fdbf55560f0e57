#pragma once

#include "core/changes/pendingchange.h"
#include "core/model/adgroup.h"

#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>

namespace pinstripe {

class AdGroupListing;
class ApiClient;

/**
 * Asks Pinterest what became of changes that were sent without a readable answer (lost, cut
 * off, or the app stopped while they were in flight), so none is reported refused or sent twice
 * on a guess.
 *
 * Creates: each campaign is listed and the ad group looked for by name (made after the edit);
 * found → applied, listed and absent → not applied. Updates: the ad groups are fetched and the
 * field compared: the wanted value → applied, the value from before → not applied, anything
 * else → changed on Pinterest by someone else. A listing that fails leaves its changes Unknown;
 * one that meets a 429 waits as Pinterest asks (waiting()) and goes on.
 */
class OutcomeCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomeCheck)

public:
    enum class Verdict { Applied, NotApplied, Conflict, Unknown };

    struct Outcome
    {
        QString changeId;
        Verdict verdict = Verdict::Unknown;
        /** Pinterest's ad group for Applied and Conflict. */
        AdGroup adGroup;
    };

    OutcomeCheck(ApiClient *client, QString adAccountId, QObject *parent = nullptr);
    ~OutcomeCheck() override;

    /** Checks @p changes (creates and updates of the account); finished() follows once. */
    void start(const QList<PendingChange> &changes);
    /** Stops the listings; what was not decided yet is reported Unknown. */
    void cancel();
    bool isRunning() const { return m_open > 0; }

    /** JSON equality that does not care whether 5 was stored as an integer or a double. */
    static bool sameValue(const QJsonValue &a, const QJsonValue &b);

Q_SIGNALS:
    /** Pinterest answered 429: the check goes on by itself in @p seconds. */
    void waiting(int seconds);
    void finished(const QList<pinstripe::OutcomeCheck::Outcome> &outcomes);

private:
    AdGroupListing *newListing(const QList<PendingChange> &changes);
    void decideCreates(const QList<PendingChange> &creates, const QList<AdGroup> &found);
    void decideUpdates(const QList<PendingChange> &updates, const QList<AdGroup> &found);
    void listingEnded();

    QPointer<ApiClient> m_client;
    QString m_account;
    QList<QPointer<AdGroupListing>> m_listings;
    QList<Outcome> m_outcomes;
    int m_open = 0;
};

} // namespace pinstripe

Q_DECLARE_METATYPE(pinstripe::OutcomeCheck::Outcome)
