#include "core/store/localstore.h"

#include "core/logging.h"
#include "core/store/sqlitetransaction.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace pinstripe {

namespace {

QByteArray toBlob(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject fromBlob(const QByteArray &blob)
{
    return QJsonDocument::fromJson(blob).object();
}

// Milliseconds since the epoch: sortable, and fetched_at comparisons stay integer ones.
qint64 toStamp(const QDateTime &when)
{
    return when.toMSecsSinceEpoch();
}

} // namespace

QString LocalStore::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("cache.sqlite"));
}

SqliteDatabase::Options LocalStore::options()
{
    SqliteDatabase::Options options;
    options.name = QStringLiteral("cache");
    // The cache can be fetched again: a power cut may cost the last commits, never the file.
    options.durability = SqliteDatabase::Durability::Normal;
    // Version 1: the layout of files written before versioning (user_version 0), as they were.
    options.migrations.append({{
        QStringLiteral("CREATE TABLE IF NOT EXISTS accounts ("
                       "id TEXT PRIMARY KEY, position INTEGER, json BLOB NOT NULL, fetched_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS campaigns ("
                       "account_id TEXT NOT NULL, id TEXT NOT NULL, position INTEGER, json BLOB NOT NULL, "
                       "fetched_at INTEGER NOT NULL, PRIMARY KEY (account_id, id))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS ad_groups ("
                       "account_id TEXT NOT NULL, id TEXT NOT NULL, status TEXT, json BLOB NOT NULL, "
                       "fetched_at INTEGER NOT NULL, PRIMARY KEY (account_id, id))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS listings ("
                       "account_id TEXT PRIMARY KEY, completed_at INTEGER NOT NULL)"),
    }, {}});
    // Version 2: after every complete refresh, removeAdGroupsFetchedBefore() looks for the rows
    // of one account older than the refresh; without this it reads all of the account's rows.
    options.migrations.append({{
        QStringLiteral("CREATE INDEX IF NOT EXISTS ad_groups_by_fetch ON ad_groups (account_id, fetched_at)"),
    }, {}});
    return options;
}

int LocalStore::schemaVersion()
{
    return int(options().migrations.size());
}

LocalStore::LocalStore(const QString &path)
    : m_db(path, options())
{
}

LocalStore::~LocalStore() = default;

QString LocalStore::lastError() const
{
    return m_lastError.isEmpty() ? m_db.errorString() : m_lastError;
}

bool LocalStore::saveAccounts(const QList<AdAccount> &accounts)
{
    QSqlDatabase db = database();
    SqliteTransaction transaction(db);
    if (!transaction.isActive()) {
        m_lastError = transaction.errorString();
        return false;
    }
    const qint64 now = toStamp(QDateTime::currentDateTimeUtc());
    QSqlQuery query(db);
    bool ok = query.exec(QStringLiteral("DELETE FROM accounts"));
    ok = ok && query.prepare(QStringLiteral("INSERT INTO accounts (id, position, json, fetched_at) VALUES (?, ?, ?, ?)"));
    for (int i = 0; ok && i < accounts.size(); ++i) {
        query.bindValue(0, accounts.at(i).id.valueOr(QString()));
        query.bindValue(1, i);
        query.bindValue(2, toBlob(accounts.at(i).toJson()));
        query.bindValue(3, now);
        ok = query.exec();
    }
    if (!ok) {
        m_lastError = query.lastError().text();
        return false; // rolled back by the transaction
    }
    if (!transaction.commit()) {
        m_lastError = transaction.errorString();
        return false;
    }
    return true;
}

QList<AdAccount> LocalStore::accounts() const
{
    QList<AdAccount> result;
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT json FROM accounts ORDER BY position")))
        return result;
    while (query.next())
        result.append(AdAccount::fromJson(fromBlob(query.value(0).toByteArray())));
    return result;
}

bool LocalStore::saveCampaigns(const QString &accountId, const QList<Campaign> &campaigns)
{
    QSqlDatabase db = database();
    SqliteTransaction transaction(db);
    if (!transaction.isActive()) {
        m_lastError = transaction.errorString();
        return false;
    }
    const qint64 now = toStamp(QDateTime::currentDateTimeUtc());
    QSqlQuery query(db);
    bool ok = query.prepare(QStringLiteral("DELETE FROM campaigns WHERE account_id = ?"));
    query.bindValue(0, accountId);
    ok = ok && query.exec();
    ok = ok && query.prepare(QStringLiteral("INSERT INTO campaigns (account_id, id, position, json, fetched_at) "
                                            "VALUES (?, ?, ?, ?, ?)"));
    for (int i = 0; ok && i < campaigns.size(); ++i) {
        query.bindValue(0, accountId);
        query.bindValue(1, campaigns.at(i).id.valueOr(QString()));
        query.bindValue(2, i);
        query.bindValue(3, toBlob(campaigns.at(i).toJson()));
        query.bindValue(4, now);
        ok = query.exec();
    }
    if (!ok) {
        m_lastError = query.lastError().text();
        return false; // rolled back by the transaction
    }
    if (!transaction.commit()) {
        m_lastError = transaction.errorString();
        return false;
    }
    return true;
}

QList<Campaign> LocalStore::campaigns(const QString &accountId) const
{
    QList<Campaign> result;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT json FROM campaigns WHERE account_id = ? ORDER BY position"));
    query.bindValue(0, accountId);
    if (!query.exec())
        return result;
    while (query.next())
        result.append(Campaign::fromJson(fromBlob(query.value(0).toByteArray())));
    return result;
}

bool LocalStore::saveAdGroups(const QString &accountId, const QList<AdGroup> &adGroups, const QDateTime &fetchedAt,
                              const QList<QByteArray> &serverTexts)
{
    const bool keepServerTexts = serverTexts.size() == adGroups.size();
    QSqlDatabase db = database();
    SqliteTransaction transaction(db);
    if (!transaction.isActive()) {
        m_lastError = transaction.errorString();
        return false;
    }
    QSqlQuery query(db);
    bool ok = query.prepare(QStringLiteral("INSERT OR REPLACE INTO ad_groups (account_id, id, status, json, fetched_at) "
                                           "VALUES (?, ?, ?, ?, ?)"));
    const qint64 stamp = toStamp(fetchedAt);
    for (qsizetype i = 0; i < adGroups.size() && ok; ++i) {
        const AdGroup &adGroup = adGroups.at(i);
        query.bindValue(0, accountId);
        query.bindValue(1, adGroup.id.valueOr(QString()));
        query.bindValue(2, adGroup.status.valueOr(QString()));
        query.bindValue(3, keepServerTexts ? serverTexts.at(i) : toBlob(adGroup.toJson()));
        query.bindValue(4, stamp);
        ok = query.exec();
    }
    if (!ok) {
        m_lastError = query.lastError().text();
        qCWarning(lcStore) << "saving ad groups failed:" << m_lastError;
        return false; // rolled back by the transaction
    }
    if (!transaction.commit()) {
        m_lastError = transaction.errorString();
        return false;
    }
    return true;
}

bool LocalStore::removeAdGroupsFetchedBefore(const QString &accountId, const QDateTime &before,
                                             const QStringList &statuses)
{
    QSqlQuery query(database());
    QString sql = QStringLiteral("DELETE FROM ad_groups WHERE account_id = ? AND fetched_at < ?");
    if (!statuses.isEmpty()) {
        QStringList marks;
        for (qsizetype i = 0; i < statuses.size(); ++i)
            marks << QStringLiteral("?");
        sql += QStringLiteral(" AND status IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    query.prepare(sql);
    query.addBindValue(accountId);
    query.addBindValue(toStamp(before));
    for (const QString &status : statuses)
        query.addBindValue(status);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

QList<AdGroup> LocalStore::adGroups(const QString &accountId) const
{
    QList<AdGroup> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT json FROM ad_groups WHERE account_id = ? ORDER BY id"));
    query.bindValue(0, accountId);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return result;
    }
    while (query.next())
        result.append(AdGroup::fromJson(fromBlob(query.value(0).toByteArray())));
    return result;
}

QList<AdGroup> LocalStore::adGroupsAfter(const QString &accountId, const QString &afterId, int limit) const
{
    QList<AdGroup> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT json FROM ad_groups WHERE account_id = ? AND id > ? ORDER BY id LIMIT ?"));
    query.bindValue(0, accountId);
    query.bindValue(1, afterId.isEmpty() ? QStringLiteral("") : afterId); // not NULL: "id > NULL" matches nothing
    query.bindValue(2, limit);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return result;
    }
    result.reserve(limit);
    while (query.next())
        result.append(AdGroup::fromJson(fromBlob(query.value(0).toByteArray())));
    return result;
}

QList<AdGroup> LocalStore::adGroups(const QString &accountId, const QStringList &ids) const
{
    // In chunks, so a statement never holds more parameters than SQLite allows.
    constexpr qsizetype kPerStatement = 500;
    QList<AdGroup> result;
    for (qsizetype at = 0; at < ids.size(); at += kPerStatement) {
        const QStringList chunk = ids.mid(at, kPerStatement);
        QStringList marks(chunk.size(), QStringLiteral("?"));
        QSqlQuery query(database());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT json FROM ad_groups WHERE account_id = ? AND id IN (%1)")
                          .arg(marks.join(QLatin1Char(','))));
        query.bindValue(0, accountId);
        for (qsizetype i = 0; i < chunk.size(); ++i)
            query.bindValue(int(i + 1), chunk.at(i));
        if (!query.exec()) {
            m_lastError = query.lastError().text();
            qCWarning(lcStore) << "reading ad groups failed:" << m_lastError;
            return result;
        }
        while (query.next())
            result.append(AdGroup::fromJson(fromBlob(query.value(0).toByteArray())));
    }
    return result;
}

int LocalStore::adGroupCount(const QString &accountId) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM ad_groups WHERE account_id = ?"));
    query.bindValue(0, accountId);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

QDateTime LocalStore::adGroupsCompletedAt(const QString &accountId) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT completed_at FROM listings WHERE account_id = ?"));
    query.bindValue(0, accountId);
    if (!query.exec() || !query.next())
        return {};
    return QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
}

bool LocalStore::setAdGroupsCompletedAt(const QString &accountId, const QDateTime &when)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO listings (account_id, completed_at) VALUES (?, ?)"));
    query.bindValue(0, accountId);
    query.bindValue(1, toStamp(when));
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace pinstripe
