#include "core/store/adgrouprepository.h"

#include "core/api/adgrouppager.h"
#include "core/api/apiclient.h"
#include "core/api/ratelimiter.h"
#include "core/logging.h"
#include "core/store/localstore.h"

#include <QFutureWatcher>

#include <memory>
#include <QtConcurrent/QtConcurrentRun>

namespace pinstripe {

namespace {

constexpr int kMaxIdsPerRequest = 250;
constexpr int kPagesAheadOfTheCache = 6;

} // namespace

AdGroupRepository::AdGroupRepository(LocalStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_writer.setMaxThreadCount(1);
    m_writer.setExpiryTimeout(-1); // keep the thread (and its connection) for the next page
    m_reader.setMaxThreadCount(1);
}

AdGroupRepository::~AdGroupRepository()
{
    if (m_pager)
        m_pager->cancel();
    ++m_cacheGeneration; // a cache read still going stops at its next part
    m_reader.waitForDone();
    waitForStoreWrites();
}

void AdGroupRepository::waitForStoreWrites()
{
    m_writer.waitForDone();
}

namespace {

// The writer thread's own connection to the cache file; a QSqlDatabase connection belongs to
// the thread that opened it.
LocalStore &writerStore(const QString &path)
{
    thread_local std::unique_ptr<LocalStore> store;
    if (!store || store->path() != path)
        store = std::make_unique<LocalStore>(path);
    return *store;
}

} // namespace

void AdGroupRepository::setClient(ApiClient *client)
{
    cancel();
    disconnect(m_pausedConnection);
    m_client = client;
    if (client) {
        m_pausedConnection = connect(client->rateLimiter(), &RateLimiter::paused, this,
                                     [this](RateCategory category, std::chrono::milliseconds) {
                                         if (category == RateCategory::AdsRead)
                                             reportRateLimitWait();
                                     });
    }
}

void AdGroupRepository::reportRateLimitWait()
{
    if (!m_loading || !m_pager || !m_client)
        return;
    const auto wait = m_client->rateLimiter()->pauseRemaining(RateCategory::AdsRead);
    if (wait.count() > 0)
        Q_EMIT waitingForRateLimit(static_cast<int>(wait.count()));
}

QStringList AdGroupRepository::fetchedStatuses() const
{
    if (!m_params.entityStatuses.isEmpty())
        return m_params.entityStatuses;
    return {QStringLiteral("ACTIVE"), QStringLiteral("PAUSED")}; // the API's default
}

void AdGroupRepository::open(const QString &accountId, const AdGroupListParams &params, bool listNow)
{
    cancel();
    ++m_cacheGeneration;
    m_accountId = accountId;
    m_params = params;
    m_seen.clear();
    m_listAfterCache = listNow;
    m_cachedCount = 0;
    Q_EMIT opened(accountId);
    if (!m_store || !m_store->isOpen()) {
        m_cachePending = false;
        Q_EMIT cacheLoaded({}, {});
        Q_EMIT cacheComplete(0, {});
        if (listNow)
            startListing();
        return;
    }

    // The reader opens its own connection (a QSqlDatabase belongs to the thread that made it)
    // and hands the cache over in parts: while the UI thread shows one part, the next is read.
    const QString path = m_store->path();
    const quint64 generation = m_cacheGeneration;
    m_cachePending = true;
    setLoading(true);
    m_reader.start([this, path, accountId, generation] {
        // The first part is small, so rows show at once (an account switched to while another
        // lists shares both cores with that listing's page reads); the rest in big parts.
        constexpr int kFirstPart = 200;
        constexpr int kPart = 2000;
        int partSize = kFirstPart;
        const LocalStore reader(path);
        const QDateTime asOf = reader.adGroupsCompletedAt(accountId);
        QString after;
        bool last = false;
        while (!last && generation == m_cacheGeneration) {
            // Not more than two parts ahead of the UI thread: a fast reader would otherwise
            // pile the whole cache up in the event queue.
            if (!m_partsAhead.tryAcquire(1, 50))
                continue;
            const QList<AdGroup> part = reader.adGroupsAfter(accountId, after, partSize);
            last = part.size() < partSize;
            partSize = kPart;
            if (!part.isEmpty())
                after = part.constLast().id.valueOr(QString());
            QMetaObject::invokeMethod(this, [this, part, asOf, generation, last] {
                serveCachePart(generation, part, asOf, last);
            }, Qt::QueuedConnection);
        }
    });
}

void AdGroupRepository::serveCachePart(quint64 generation, QList<AdGroup> part, const QDateTime &asOf, bool last)
{
    m_partsAhead.release();
    if (generation != m_cacheGeneration)
        return; // another account was opened meanwhile
    // Pages that already arrived are fresher than the cache: never overwrite them.
    if (!m_seen.isEmpty())
        part.removeIf([this](const AdGroup &g) { return m_seen.contains(g.id.valueOr(QString())); });
    m_cachedCount += int(part.size());
    Q_EMIT cacheLoaded(part, asOf);
    if (!last)
        return;
    m_cachePending = false;
    qCDebug(lcStore) << "cache of" << m_accountId << "holds" << m_cachedCount << "ad groups";
    Q_EMIT cacheComplete(m_cachedCount, asOf);
    if (m_listAfterCache && !m_pager) {
        m_listAfterCache = false;
        startListing();
    } else if (!m_pager) {
        setLoading(false);
    }
}

void AdGroupRepository::refresh(const AdGroupListParams &params)
{
    m_params = params;
    refresh();
}

void AdGroupRepository::refresh()
{
    if (m_accountId.isEmpty())
        return;
    cancel();
    if (m_cachePending) {
        m_listAfterCache = true;
        setLoading(true);
        return;
    }
    startListing();
}

void AdGroupRepository::startListing()
{
    if (!m_client) {
        setLoading(false);
        return;
    }
    AdGroupListParams params = m_params;
    params.bookmark.clear();
    if (params.campaignIds.size() > kMaxIdsPerRequest * m_maxChains)
        params.campaignIds.clear();
    m_seen.clear();
    m_listingStarted = QDateTime::currentDateTimeUtc();

    m_pager = new AdGroupPager(m_client, m_accountId, params, m_maxChains, this);
    // Pages wait for the cache writer: when the listing outruns it, every page of a big account
    // would pile up in its queue (100,000 full ad groups: a quarter of a gigabyte more).
    m_pager->setHoldWhile([this] { return m_pagesToWrite.load() > kPagesAheadOfTheCache; });
    connect(m_pager, &AdGroupPager::pageReceived, this, &AdGroupRepository::onPage);
    connect(m_pager, &Pager::progress, this, [this](int items, int) { Q_EMIT progress(items); });
    connect(m_pager, &Pager::failed, this, [this](const ApiError &error) {
        qCInfo(lcStore) << "listing ad groups of" << m_accountId << "stopped:" << error.toString();
        // The other chains go on; the listing only counts as stopped when none is left running.
        if (!m_pager || !m_pager->isRunning())
            setLoading(false);
        Q_EMIT failed(error);
    });
    connect(m_pager, &Pager::finished, this, &AdGroupRepository::onFinished);
    connect(m_pager, &Pager::answeringSlowlyChanged, this, &AdGroupRepository::answeringSlowlyChanged);
    setLoading(true);
    Q_EMIT progress(0);
    m_pager->start();
    reportRateLimitWait(); // a pause that began before this listing holds it back, too
}

void AdGroupRepository::onPage(const AdGroupPage &page)
{
    const QList<AdGroup> &adGroups = page.items;
    for (const AdGroup &adGroup : adGroups)
        m_seen.insert(adGroup.id.valueOr(QString()));
    if (m_store && m_store->isOpen()) {
        const QString path = m_store->path();
        const QString accountId = m_accountId;
        const QDateTime stamp = m_listingStarted;
        ++m_pagesToWrite;
        m_writer.start([this, path, accountId, page, stamp] {
            QList<QByteArray> serverTexts; // each ad group's own text, cut from the page on this thread
            serverTexts.reserve(page.itemSpans.size());
            for (qsizetype i = 0; i < page.itemSpans.size(); ++i)
                serverTexts.append(page.itemText(i));
            writerStore(path).saveAdGroups(accountId, page.items, stamp, serverTexts);
            --m_pagesToWrite;
        });
    }
    Q_EMIT pageArrived(adGroups);
    // The pager marks the chain done only after this page is handled: look once it has.
    QMetaObject::invokeMethod(this, [this] {
        if (m_pager && m_pager->hasFailedChains() && !m_pager->isRunning())
            setLoading(false);
    }, Qt::QueuedConnection);
}

QHash<QString, AdGroup> AdGroupRepository::cached(const QStringList &ids)
{
    QHash<QString, AdGroup> found;
    if (!m_store || !m_store->isOpen() || ids.isEmpty())
        return found;
    waitForStoreWrites();
    const QList<AdGroup> adGroups = m_store->adGroups(m_accountId, ids);
    found.reserve(adGroups.size());
    for (const AdGroup &g : adGroups)
        found.insert(g.id.valueOr(QString()), g);
    return found;
}

QList<AdGroup> AdGroupRepository::cachedAll()
{
    if (!m_store || !m_store->isOpen())
        return {};
    waitForStoreWrites();
    return m_store->adGroups(m_accountId);
}

std::function<QList<AdGroup>()> AdGroupRepository::cachedAllReader()
{
    if (!m_store || !m_store->isOpen())
        return [] { return QList<AdGroup>(); };
    waitForStoreWrites();
    return [path = m_store->path(), accountId = m_accountId] { return LocalStore(path).adGroups(accountId); };
}

void AdGroupRepository::save(const QList<AdGroup> &adGroups)
{
    if (!m_store || !m_store->isOpen() || adGroups.isEmpty() || m_accountId.isEmpty())
        return;
    const QString path = m_store->path();
    const QString accountId = m_accountId;
    const QDateTime stamp = QDateTime::currentDateTimeUtc();
    m_writer.start([path, accountId, adGroups, stamp] { writerStore(path).saveAdGroups(accountId, adGroups, stamp); });
}

void AdGroupRepository::onFinished()
{
    if (m_pager && m_pager->hasFailedChains())
        return; // the failure was reported; retry() goes on
    const QStringList statuses = fetchedStatuses();
    const bool wholeAccount = m_params.adGroupIds.isEmpty();
    if (m_pager)
        m_pager->deleteLater();
    m_pager = nullptr;
    if (!wholeAccount || !m_store || !m_store->isOpen()) {
        setLoading(false);
        if (wholeAccount)
            Q_EMIT listingComplete(m_seen, statuses, m_listingStarted);
        return;
    }
    // After the page writes queued before it: forget what the server no longer lists.
    const QString path = m_store->path();
    const QString accountId = m_accountId;
    const QDateTime started = m_listingStarted;
    auto *watcher = new QFutureWatcher<void>(this);
    const QSet<QString> seen = m_seen;
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, seen, statuses, started, accountId] {
        watcher->deleteLater();
        if (accountId != m_accountId || m_pager)
            return; // another listing began meanwhile
        setLoading(false);
        Q_EMIT listingComplete(seen, statuses, started);
    });
    watcher->setFuture(QtConcurrent::run(&m_writer, [path, accountId, started, statuses] {
        LocalStore &store = writerStore(path);
        store.removeAdGroupsFetchedBefore(accountId, started, statuses);
        store.setAdGroupsCompletedAt(accountId, started);
    }));
}

void AdGroupRepository::cancel()
{
    m_listAfterCache = false;
    if (!m_pager) {
        if (m_loading && !m_cachePending) {
            setLoading(false);
            Q_EMIT cancelled();
        }
        return;
    }
    m_pager->cancel();
    m_pager->deleteLater();
    m_pager = nullptr;
    setLoading(m_cachePending);
    Q_EMIT cancelled();
}

void AdGroupRepository::retry()
{
    if (!m_pager || !m_pager->hasFailedChains())
        return;
    setLoading(true);
    m_pager->retryFailed();
    reportRateLimitWait();
}

void AdGroupRepository::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace pinstripe
