#pragma once

#include "core/api/apierror.h"
#include "core/api/listadgroupsrequest.h"
#include "core/model/adgroup.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSemaphore>
#include <QThreadPool>

#include <atomic>
#include <functional>

namespace pinstripe {

class AdGroupPager;
class ApiClient;
class LocalStore;

/**
 * The ad groups of one ad account, from the cache at once and then fresh from the API.
 *
 * open() reads the account's cached ad groups on a worker thread (a large cache would stall
 * the UI) and emits cacheLoaded(); then it lists the account with an AdGroupPager and emits
 * each page as it arrives, saving it to the LocalStore in one transaction. When every chain
 * finished, listingComplete() names the ids the server returned, so views drop rows that no
 * longer exist, and the store forgets them too.
 *
 * Writing to the cache (serialising 250 ad groups to JSON and one SQLite transaction per page)
 * happens on one writer thread, in arrival order, so the UI thread only parses and shows pages;
 * listingComplete() is emitted once the cache holds the whole listing.
 *
 * A failed chain stops; pages already received stay and retry() resumes from the bookmark.
 *
 * While listing it tells why nothing arrives when that is known: the client's rate limiter
 * holds the ads_read requests back (waitingForRateLimit()), or a page has been on its way for
 * long (answeringSlowlyChanged()).
 */
class AdGroupRepository final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdGroupRepository)

public:
    /** @p store is not owned and must outlive the repository (nullptr: no cache). */
    explicit AdGroupRepository(LocalStore *store, QObject *parent = nullptr);
    ~AdGroupRepository() override;

    /** The API to list from; not owned. Without a client only the cache is served. */
    void setClient(ApiClient *client);
    ApiClient *client() const { return m_client; }

    /** How many bookmark chains list campaigns in parallel (see AdGroupPager). */
    void setMaxChains(int chains) { m_maxChains = qMax(1, chains); }

    /**
     * Switches to @p accountId: emits opened(), then the cache, then (if @p listNow) fetches
     * with @p params. Campaign ids in @p params split the listing into parallel chains; too
     * many to send (over 250 per chain) are dropped and the account is listed whole.
     */
    void open(const QString &accountId, const AdGroupListParams &params = {}, bool listNow = true);
    /**
     * Lists the current account again with @p params (e.g. other entity statuses, or the
     * campaigns once they are known). While the cache is still being read, listing starts
     * right after it has been served.
     */
    void refresh(const AdGroupListParams &params);
    /** Lists the current account again with the last parameters. */
    void refresh();
    /** Stops listing; pages received so far stay. */
    void cancel();
    /** Resumes failed chains from their bookmarks. */
    void retry();

    QString accountId() const { return m_accountId; }
    AdGroupListParams params() const { return m_params; }
    bool isLoading() const { return m_loading; }
    /** Entity statuses the last listing asked for (the server default when none were given). */
    QStringList fetchedStatuses() const;
    /** Blocks until every queued cache write is done (for shutdown and tests). */
    void waitForStoreWrites();

    /**
     * Full ad groups of the open account from the cache, by id (after the queued cache writes,
     * so a page that has arrived is there): the table keeps only compact rows, and whoever needs
     * a whole ad group (an editor, a check, a post) reads it here instead of from a copy of the
     * account in memory. Ids not cached are left out.
     */
    QHash<QString, AdGroup> cached(const QStringList &ids);
    /** Every cached ad group of the open account (for sheets of the whole account). */
    QList<AdGroup> cachedAll();
    /**
     * The same read, to be run on another thread (a big account takes a while to read): the
     * queued cache writes are waited for now, the returned function reads through a connection
     * of its own.
     */
    std::function<QList<AdGroup>()> cachedAllReader();
    /** Keeps @p adGroups (e.g. as Pinterest answered a post) in the cache of the open account. */
    void save(const QList<AdGroup> &adGroups);

Q_SIGNALS:
    /** A new account is shown; views clear their rows. */
    void opened(const QString &accountId);
    /**
     * Cached ad groups of the account, a part at a time (a big cache is read and shown in parts,
     * so neither memory nor the UI thread holds it all at once); at least once, empty when
     * nothing is cached. @p asOf is when they were last fully listed (invalid if never).
     */
    void cacheLoaded(const QList<pinstripe::AdGroup> &adGroups, const QDateTime &asOf);
    /** Every part of the cache has been served: @p count ad groups in all. */
    void cacheComplete(int count, const QDateTime &asOf);
    /** A page from the API. */
    void pageArrived(const QList<pinstripe::AdGroup> &adGroups);
    /** Ad groups received from the API since the listing started. */
    void progress(int loaded);
    void loadingChanged(bool loading);
    /**
     * Every chain finished: @p seenIds are all ad groups the server listed for @p statuses;
     * a cached ad group with one of those statuses that is not among them is gone.
     */
    void listingComplete(const QSet<QString> &seenIds, const QStringList &statuses, const QDateTime &fetchedAt);
    /** A chain failed; loaded pages stay, retry() resumes. */
    void failed(const pinstripe::ApiError &error);
    void cancelled();
    /** While loading: the listing waits @p waitMs for Pinterest's rate limit before it goes on. */
    void waitingForRateLimit(int waitMs);
    /** While loading: a page has been on its way for long (true), or no longer (false). */
    void answeringSlowlyChanged(bool slow);

private:
    void startListing();
    void serveCachePart(quint64 generation, QList<AdGroup> part, const QDateTime &asOf, bool last);
    void onPage(const AdGroupPage &page);
    void onFinished();
    void setLoading(bool loading);
    void reportRateLimitWait();

    LocalStore *m_store;
    QThreadPool m_writer; ///< one thread: cache writes stay in order
    QThreadPool m_reader; ///< one thread: reads the cache part by part when an account opens
    QSemaphore m_partsAhead{2}; ///< how many parts the reader may be ahead of the UI thread
    QPointer<ApiClient> m_client;
    QMetaObject::Connection m_pausedConnection;
    QPointer<AdGroupPager> m_pager;
    QString m_accountId;
    AdGroupListParams m_params;
    QSet<QString> m_seen;
    QDateTime m_listingStarted;
    std::atomic<quint64> m_cacheGeneration = 0; ///< read by the cache reader to stop early
    std::atomic<int> m_pagesToWrite = 0; ///< pages handed to the writer and not yet in the cache
    int m_cachedCount = 0;
    bool m_cachePending = false;
    bool m_listAfterCache = false;
    int m_maxChains = 6;
    bool m_loading = false;
};

} // namespace pinstripe
