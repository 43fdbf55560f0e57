#pragma once

#include "core/api/apierror.h"
#include "core/api/pagechain.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace pinstripe {

class ApiClient;
class ApiRequest;

/**
 * Follows Pinterest's bookmark chains for a list call and hands out pages as they arrive,
 * so the first page reaches the screen long before the last is fetched.
 *
 * A pager may run several independent chains at once (e.g. one per group of campaigns);
 * they share the client's rate budget. A chain that fails stops where it is and reports
 * failed(); the other chains go on, and retryFailed() resumes the failed ones from their
 * last bookmark, so nothing already loaded is fetched again. A chain whose server sends a
 * bookmark it already followed fails for good (see PageChain). Subclasses create the typed
 * list request for a chain and report each page with pageDone().
 */
class Pager : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Pager)

public:
    ~Pager() override;

    void start();
    /** Stops every chain; no signal follows. */
    void cancel();
    /** Resumes chains that failed, from the bookmark they stopped at. */
    void retryFailed();

    int chainCount() const { return static_cast<int>(m_chains.size()); }
    int itemsReceived() const { return m_items; }
    int pagesReceived() const { return m_pages; }
    bool isFinished() const;
    bool hasFailedChains() const;
    /** True while any chain is fetching a page. */
    bool isRunning() const;
    /** True while a chain's page request has been running longer than the client's slow threshold. */
    bool isAnsweringSlowly() const { return !m_slowChains.isEmpty(); }

    /**
     * While @p busy says so, a chain waits before asking for its next page: a reader that
     * cannot keep up (the cache writer of a big account) would otherwise have every page of the
     * account piled up in memory.
     */
    void setHoldWhile(std::function<bool()> busy) { m_busy = std::move(busy); }

Q_SIGNALS:
    /** After every page: running totals. */
    void progress(int items, int pages);
    /** Every chain reached its last page. */
    void finished();
    /** A chain stopped with @p error; the others continue. */
    void failed(const pinstripe::ApiError &error);
    /** isAnsweringSlowly() changed. */
    void answeringSlowlyChanged(bool slow);

protected:
    Pager(ApiClient *client, int chains, QObject *parent);

    /**
     * Creates (not starts) the list request for @p chain continuing at @p bookmark (empty for
     * the first page). The subclass connects the request's typed result to its own handler,
     * which emits the typed page and calls pageDone(). The base connects failed().
     */
    virtual ApiRequest *createRequest(int chain, const QString &bookmark) = 0;

    /** A page of @p chain arrived with @p itemCount items; an empty @p nextBookmark ends it. */
    void pageDone(int chain, int itemCount, const QString &nextBookmark);

    ApiClient *client() const;

private:
    enum class State { Idle, Running, Done, Failed };
    struct Chain
    {
        State state = State::Idle;
        PageChain pages;
        QPointer<ApiRequest> request;
    };

    void fetch(int chain);
    void fetchWhenReady(int chain);
    void setChainSlow(int chain, bool slow);

    QPointer<ApiClient> m_client;
    QList<Chain> m_chains;
    QSet<int> m_slowChains;
    int m_items = 0;
    int m_pages = 0;
    bool m_cancelled = false;
    std::function<bool()> m_busy;
};

} // namespace pinstripe
