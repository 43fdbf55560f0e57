#include "core/analytics/analyticsfetcher.h"

#include "core/api/adgroupanalyticsrequest.h"
#include "core/api/apiclient.h"
#include "core/api/targetinganalyticsrequest.h"

#include <utility>

namespace pinstripe {

AnalyticsFetcher::AnalyticsFetcher(ApiClient *client, QString adAccountId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_adAccountId(std::move(adAccountId))
{
}

AnalyticsFetcher::~AnalyticsFetcher()
{
    ++m_generation; // answers of cancelled calls must not reach a half-destroyed object
    for (Chunk &chunk : m_chunks) {
        if (chunk.request)
            chunk.request->cancel();
    }
}

void AnalyticsFetcher::setMaxParallel(int calls)
{
    m_maxParallel = qMax(1, calls);
}

void AnalyticsFetcher::start(const AnalyticsQuery &query, Kind kind)
{
    if (m_running) {
        ++m_generation;
        for (Chunk &chunk : m_chunks) {
            if (chunk.request)
                chunk.request->cancel();
        }
    }
    ++m_generation;
    m_query = query;
    m_kind = kind;
    m_chunks.clear();
    for (const AnalyticsQuery &part : query.chunked())
        m_chunks.append(Chunk{part, State::Pending, std::nullopt, std::nullopt, {}, {}});
    m_running = true;
    Q_EMIT progress(0, chunkCount());
    pump();
}

void AnalyticsFetcher::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    for (Chunk &chunk : m_chunks) {
        if (chunk.state == State::Running || chunk.state == State::Pending) {
            if (chunk.request)
                chunk.request->cancel();
            chunk.state = State::Failed;
            chunk.error = ApiError::cancelled();
        }
    }
    m_running = false;
    Q_EMIT cancelled();
}

bool AnalyticsFetcher::retryFailed()
{
    if (m_running)
        return false;
    bool any = false;
    for (Chunk &chunk : m_chunks) {
        if (chunk.state == State::Failed) {
            chunk.state = State::Pending;
            chunk.error = {};
            any = true;
        }
    }
    if (!any)
        return false;
    ++m_generation;
    m_running = true;
    Q_EMIT progress(settledCount(), chunkCount());
    pump();
    return true;
}

bool AnalyticsFetcher::isRunning() const
{
    return m_running;
}

bool AnalyticsFetcher::isComplete() const
{
    return !m_chunks.isEmpty() && receivedChunks() == chunkCount();
}

int AnalyticsFetcher::receivedChunks() const
{
    int n = 0;
    for (const Chunk &chunk : m_chunks)
        n += chunk.state == State::Received ? 1 : 0;
    return n;
}

int AnalyticsFetcher::settledCount() const
{
    int n = 0;
    for (const Chunk &chunk : m_chunks)
        n += (chunk.state == State::Received || chunk.state == State::Failed) ? 1 : 0;
    return n;
}

QList<AnalyticsFetcher::Failure> AnalyticsFetcher::failures() const
{
    QList<Failure> out;
    for (qsizetype i = 0; i < m_chunks.size(); ++i) {
        const Chunk &chunk = m_chunks.at(i);
        if (chunk.state == State::Failed)
            out.append(Failure{int(i), chunk.query.adGroupIds, chunk.error});
    }
    return out;
}

AnalyticsReport AnalyticsFetcher::report() const
{
    AnalyticsReport merged;
    for (const Chunk &chunk : m_chunks) {
        if (chunk.report)
            merged.rows += chunk.report->rows;
    }
    return merged;
}

AnalyticsReport AnalyticsFetcher::chunkReport(int chunk) const
{
    if (chunk < 0 || chunk >= m_chunks.size() || !m_chunks.at(chunk).report)
        return {};
    return *m_chunks.at(chunk).report;
}

AnalyticsReport AnalyticsFetcher::takeChunkReport(int chunk)
{
    if (chunk < 0 || chunk >= m_chunks.size() || !m_chunks.at(chunk).report)
        return {};
    return std::exchange(*m_chunks[chunk].report, AnalyticsReport());
}

TargetingAnalytics AnalyticsFetcher::targeting() const
{
    QList<TargetingAnalyticsEntry> entries;
    for (const Chunk &chunk : m_chunks) {
        if (chunk.targeting)
            entries += chunk.targeting->entries();
    }
    TargetingAnalytics merged;
    merged.data = entries;
    return merged;
}

void AnalyticsFetcher::pump()
{
    // A request may fail inside start() (validation); its handler calls pump() again, which
    // must not start a second loop over the same chunks.
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    const quint64 generation = m_generation;
    do {
        m_pumpAgain = false;
        for (qsizetype i = 0; i < m_chunks.size() && runningCount() < m_maxParallel; ++i) {
            if (m_chunks.at(i).state != State::Pending)
                continue;
            startChunk(int(i), generation);
            if (generation != m_generation)
                break; // a handler cancelled or restarted the fetch
        }
    } while (m_pumpAgain && generation == m_generation);
    m_pumping = false;
    if (generation == m_generation && m_running && settledCount() == chunkCount()) {
        m_running = false;
        Q_EMIT finished();
    }
}

int AnalyticsFetcher::runningCount() const
{
    int n = 0;
    for (const Chunk &chunk : m_chunks)
        n += chunk.state == State::Running ? 1 : 0;
    return n;
}

void AnalyticsFetcher::startChunk(int index, quint64 generation)
{
    Chunk &chunk = m_chunks[index];
    if (!m_client) {
        chunk.state = State::Failed;
        chunk.error = ApiError::validation(tr("The connection to Pinterest is gone."));
        Q_EMIT chunkFailed(index, chunk.error);
        return;
    }
    chunk.state = State::Running;
    ApiRequest *request = nullptr;
    if (m_kind == Kind::AdGroups) {
        auto *r = new AdGroupAnalyticsRequest(m_client, m_adAccountId, chunk.query);
        connect(r, &AdGroupAnalyticsRequest::finished, this, [this, index, generation](const AnalyticsReport &report) {
            if (generation != m_generation)
                return;
            m_chunks[index].report = report;
            m_chunks[index].state = State::Received;
            Q_EMIT chunkReceived(index);
            settle(index, generation);
        });
        request = r;
    } else {
        auto *r = new TargetingAnalyticsRequest(m_client, m_adAccountId, chunk.query);
        connect(r, &TargetingAnalyticsRequest::finished, this, [this, index, generation](const TargetingAnalytics &t) {
            if (generation != m_generation)
                return;
            m_chunks[index].targeting = t;
            m_chunks[index].state = State::Received;
            Q_EMIT chunkReceived(index);
            settle(index, generation);
        });
        request = r;
    }
    connect(request, &ApiRequest::failed, this, [this, index, generation](const ApiError &error) {
        if (generation != m_generation)
            return;
        m_chunks[index].error = error;
        m_chunks[index].state = State::Failed;
        Q_EMIT chunkFailed(index, error);
        settle(index, generation);
    });
    chunk.request = request;
    request->start();
}

void AnalyticsFetcher::settle(int chunk, quint64 generation)
{
    m_chunks[chunk].request = nullptr;
    Q_EMIT progress(settledCount(), chunkCount());
    if (generation == m_generation && m_running)
        pump();
}

} // namespace pinstripe
