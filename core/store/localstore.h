#pragma once

#include "core/model/adaccount.h"
#include "core/model/adgroup.h"
#include "core/model/campaign.h"
#include "core/store/sqlitedatabase.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace pinstripe {

/**
 * Pinstripe's local SQLite cache: ad accounts, campaigns and ad groups as the API returned them
 * (JSON blobs keyed by account and id, each with the time it was fetched), so a restart shows
 * the last data at once.
 *
 * The file is a SqliteDatabase: each thread that calls in gets its own connection, so a worker
 * thread can read the same file (through its own LocalStore or this one) while the UI thread
 * writes. Tokens and secrets are never stored here.
 *
 * Schema versions: 1 is the original layout (accounts, campaigns, ad_groups, listings);
 * 2 adds an index on ad_groups (account_id, fetched_at) for removeAdGroupsFetchedBefore().
 */
class LocalStore final
{
public:
    /** The cache file in the platform's app data folder (QStandardPaths::AppDataLocation). */
    static QString defaultPath();

    /** Opens (and creates if needed) the database at @p path; check isOpen(). */
    explicit LocalStore(const QString &path = defaultPath());
    ~LocalStore();
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_db.path(); }
    /** The last SQL error, for logs. */
    QString lastError() const;

    /** The schema version this build writes. */
    static int schemaVersion();

    /** Replaces the cached list of ad accounts. */
    bool saveAccounts(const QList<AdAccount> &accounts);
    QList<AdAccount> accounts() const;

    /** Replaces the cached campaigns of @p accountId. */
    bool saveCampaigns(const QString &accountId, const QList<Campaign> &campaigns);
    QList<Campaign> campaigns(const QString &accountId) const;

    /**
     * Inserts or replaces @p adGroups of @p accountId in one transaction, stamped @p fetchedAt.
     * @p serverTexts: each ad group's JSON as the server sent it, kept as is (as many as
     * @p adGroups); without them each is written out from its fields.
     */
    bool saveAdGroups(const QString &accountId, const QList<AdGroup> &adGroups, const QDateTime &fetchedAt,
                      const QList<QByteArray> &serverTexts = {});
    /**
     * Removes ad groups of @p accountId with one of @p statuses (empty = any) fetched before
     * @p before: after a complete refresh, whatever the server no longer listed.
     */
    bool removeAdGroupsFetchedBefore(const QString &accountId, const QDateTime &before,
                                     const QStringList &statuses = {});
    QList<AdGroup> adGroups(const QString &accountId) const;
    /**
     * Up to @p limit cached ad groups of @p accountId whose id comes after @p afterId (empty:
     * from the first), in id order: the cache read part by part.
     */
    QList<AdGroup> adGroupsAfter(const QString &accountId, const QString &afterId, int limit) const;
    /** The cached ad groups of @p accountId with these ids (those not cached are left out). */
    QList<AdGroup> adGroups(const QString &accountId, const QStringList &ids) const;
    int adGroupCount(const QString &accountId) const;

    /** When the account's ad groups were last fully listed; invalid if never. */
    QDateTime adGroupsCompletedAt(const QString &accountId) const;
    bool setAdGroupsCompletedAt(const QString &accountId, const QDateTime &when);

private:
    static SqliteDatabase::Options options();
    QSqlDatabase database() const { return m_db.connection(); }

    SqliteDatabase m_db;
    mutable QString m_lastError;
};

} // namespace pinstripe
