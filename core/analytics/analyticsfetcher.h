#pragma once

#include "core/api/analyticsquery.h"
#include "core/api/apierror.h"
#include "core/model/analyticsreport.h"
#include "core/model/targetinganalytics.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace pinstripe {

class ApiClient;
class ApiRequest;

/**
 * Runs an analytics query of any size: splits it into calls of at most 250 ad group ids
 * (AnalyticsQuery::chunked()), sends them through the ads_analytics rate budget, reports
 * progress and can be cancelled.
 *
 * A chunk that fails does not discard the others: report() / targeting() hold every chunk
 * received so far, failures() says which ids are missing and why, and retryFailed() sends
 * only those chunks again.
 */
class AnalyticsFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsFetcher)

public:
    enum class Kind {
        AdGroups,  ///< ad group analytics (AnalyticsReport)
        Targeting, ///< targeting analytics (TargetingAnalytics)
    };

    /** A chunk that did not arrive. */
    struct Failure
    {
        int chunk = 0;
        QStringList adGroupIds;
        ApiError error;
    };

    AnalyticsFetcher(ApiClient *client, QString adAccountId, QObject *parent = nullptr);
    ~AnalyticsFetcher() override;

    /** Calls in flight at once (default 2); the rate limiter paces them further. */
    void setMaxParallel(int calls);

    /** Starts @p query (cancelling a fetch in progress). Results so far are dropped. */
    void start(const AnalyticsQuery &query, Kind kind = Kind::AdGroups);
    /** Stops every call in flight; chunks already received stay. Emits cancelled(). */
    void cancel();
    /** Sends the failed chunks again; false when there are none or a fetch is running. */
    bool retryFailed();

    bool isRunning() const;
    /** True when every chunk arrived. */
    bool isComplete() const;
    int chunkCount() const { return int(m_chunks.size()); }
    /** Chunks that arrived. */
    int receivedChunks() const;
    QList<Failure> failures() const;
    QString adAccountId() const { return m_adAccountId; }
    AnalyticsQuery query() const { return m_query; }
    Kind kind() const { return m_kind; }

    /** Rows of every chunk received so far, in chunk order (ad group analytics). */
    AnalyticsReport report() const;
    /** Rows of chunk @p chunk, empty until it is received (ad group analytics). */
    AnalyticsReport chunkReport(int chunk) const;
    /**
     * Moves the rows of chunk @p chunk out (the chunk stays received, its rows are gone from
     * report()): a reader that takes each chunk as it comes keeps no second copy of an account's
     * analytics, which at 100,000 ad groups is half a gigabyte.
     */
    AnalyticsReport takeChunkReport(int chunk);
    /** Entries of every chunk received so far, in chunk order (targeting analytics). */
    TargetingAnalytics targeting() const;

Q_SIGNALS:
    /** @p settled chunks (received or failed) of @p total. */
    void progress(int settled, int total);
    void chunkReceived(int chunk);
    void chunkFailed(int chunk, const pinstripe::ApiError &error);
    /** Every chunk settled; check failures() for the ones that did not arrive. */
    void finished();
    void cancelled();

private:
    enum class State { Pending, Running, Received, Failed };
    struct Chunk
    {
        AnalyticsQuery query;
        State state = State::Pending;
        std::optional<AnalyticsReport> report;
        std::optional<TargetingAnalytics> targeting;
        ApiError error;
        QPointer<ApiRequest> request;
    };

    void pump();
    void startChunk(int index, quint64 generation);
    void settle(int chunk, quint64 generation);
    int settledCount() const;
    int runningCount() const;

    QPointer<ApiClient> m_client;
    QString m_adAccountId;
    AnalyticsQuery m_query;
    Kind m_kind = Kind::AdGroups;
    QList<Chunk> m_chunks;
    int m_maxParallel = 2;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_pumping = false;
    bool m_pumpAgain = false;
};

} // namespace pinstripe
