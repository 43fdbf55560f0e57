#include "core/store/localstore.h"

#include "core/logging.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace pinstripe {

namespace {

QAtomicInt g_connectionCounter;

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

LocalStore::LocalStore(const QString &path)
    : m_path(path)
    , m_connectionName(QStringLiteral("pinstripe-store-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    // Another connection (a reader thread) may hold the file for a moment.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        m_lastError = db.lastError().text();
        qCWarning(lcStore) << "cannot open the cache" << path << m_lastError;
        return;
    }
    // WAL lets a reader see the last committed pages while the writer adds the next one.
    exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    m_open = createSchema();
}

LocalStore::~LocalStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase LocalStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool LocalStore::exec(const QString &sql)
{
    QSqlQuery query(database());
    if (!query.exec(sql)) {
        m_lastError = query.lastError().text();
        qCWarning(lcStore) << "SQL failed:" << sql << m_lastError;
        return false;
    }
    return true;
}

bool LocalStore::createSchema()
{
    return exec(QStringLiteral("CREATE TABLE IF NOT EXISTS accounts ("
                               "id TEXT PRIMARY KEY, position INTEGER, json BLOB NOT NULL, fetched_at INTEGER NOT NULL)"))
        && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS campaigns ("
                               "account_id TEXT NOT NULL, id TEXT NOT NULL, position INTEGER, json BLOB NOT NULL, "
                               "fetched_at INTEGER NOT NULL, PRIMARY KEY (account_id, id))"))
        && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS ad_groups ("
                               "account_id TEXT NOT NULL, id TEXT NOT NULL, status TEXT, json BLOB NOT NULL, "
                               "fetched_at INTEGER NOT NULL, PRIMARY KEY (account_id, id))"))
        && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS listings ("
                               "account_id TEXT PRIMARY KEY, completed_at INTEGER NOT NULL)"));
}

bool LocalStore::saveAccounts(const QList<AdAccount> &accounts)
{
    QSqlDatabase db = database();
    if (!m_open || !db.transaction())
        return false;
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
        db.rollback();
        return false;
    }
    return db.commit();
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
    if (!m_open || !db.transaction())
        return false;
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
        db.rollback();
        return false;
    }
    return db.commit();
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

bool LocalStore::saveAdGroups(const QString &accountId, const QList<AdGroup> &adGroups, const QDateTime &fetchedAt)
{
    QSqlDatabase db = database();
    if (!m_open || !db.transaction())
        return false;
    QSqlQuery query(db);
    bool ok = query.prepare(QStringLiteral("INSERT OR REPLACE INTO ad_groups (account_id, id, status, json, fetched_at) "
                                           "VALUES (?, ?, ?, ?, ?)"));
    const qint64 stamp = toStamp(fetchedAt);
    for (const AdGroup &adGroup : adGroups) {
        if (!ok)
            break;
        query.bindValue(0, accountId);
        query.bindValue(1, adGroup.id.valueOr(QString()));
        query.bindValue(2, adGroup.status.valueOr(QString()));
        query.bindValue(3, toBlob(adGroup.toJson()));
        query.bindValue(4, stamp);
        ok = query.exec();
    }
    if (!ok) {
        m_lastError = query.lastError().text();
        qCWarning(lcStore) << "saving ad groups failed:" << m_lastError;
        db.rollback();
        return false;
    }
    return db.commit();
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
