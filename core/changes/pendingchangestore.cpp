#include "core/changes/pendingchangestore.h"

#include "core/logging.h"
#include "core/store/sqlitetransaction.h"

#include <QDir>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace pinstripe {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject parse(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toByteArray()).object();
}

} // namespace

QString PendingChangeStore::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("pending-changes.sqlite"));
}

SqliteDatabase::Options PendingChangeStore::options()
{
    SqliteDatabase::Options options;
    options.name = QStringLiteral("pending-changes");
    // WAL + FULL: every committed edit survives a process kill and a power cut.
    options.durability = SqliteDatabase::Durability::Full;
    // Version 1: the layout of files written before versioning (user_version 0), as they were.
    options.migrations.append({{
        QStringLiteral("CREATE TABLE IF NOT EXISTS pending ("
                       " id TEXT PRIMARY KEY, account TEXT NOT NULL, position INTEGER NOT NULL,"
                       " json BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS journal ("
                       " sequence INTEGER PRIMARY KEY AUTOINCREMENT, account TEXT NOT NULL,"
                       " posted_at TEXT NOT NULL, succeeded INTEGER NOT NULL, message TEXT,"
                       " json BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS posts ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT, account TEXT NOT NULL, started_at TEXT NOT NULL,"
                       " changes INTEGER NOT NULL, journal_mark INTEGER NOT NULL, finished INTEGER NOT NULL)"),
    }, {}});
    // Version 2: every read is per account; the journal grows with every post and was scanned
    // whole for journal() and for each interruptedPost() count.
    options.migrations.append({{
        QStringLiteral("CREATE INDEX IF NOT EXISTS pending_by_account ON pending (account, position)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS journal_by_account ON journal (account, sequence)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS posts_by_account ON posts (account, finished)"),
    }, {}});
    // Version 3: who posted each journal entry, for the chart's change markers; NULL (read as
    // empty: not known) for entries journaled before.
    options.migrations.append({{
        QStringLiteral("ALTER TABLE journal ADD COLUMN posted_by TEXT"),
    }, {}});
    return options;
}

int PendingChangeStore::schemaVersion()
{
    return int(options().migrations.size());
}

PendingChangeStore::PendingChangeStore(const QString &path)
    : m_db(path, options())
{
    if (!m_db.isOpen())
        qCWarning(lcChanges) << "cannot open the pending changes store:" << m_db.errorString();
}

PendingChangeStore::~PendingChangeStore() = default;

bool PendingChangeStore::save(const PendingChange &change)
{
    return insertOrUpdate(change);
}

bool PendingChangeStore::saveAll(const QList<PendingChange> &changes, const QStringList &removedIds)
{
    // One commit (one fsync) for a whole batch instead of one per change.
    SqliteTransaction transaction(m_db.connection());
    if (!transaction.isActive()) {
        m_error = transaction.errorString();
        return false;
    }
    for (const QString &id : removedIds) {
        if (!remove(id))
            return false; // rolled back by the transaction
    }
    // One statement and one look for the last position for the batch: insertOrUpdate() asks
    // for MAX(position) per row, which made a paste of thousands of cells quadratic.
    QSqlQuery last(m_db.connection());
    if (!last.exec(QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM pending")) || !last.next()) {
        m_error = last.lastError().text();
        return false;
    }
    qint64 position = last.value(0).toLongLong();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO pending (id, account, position, json) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET account = excluded.account, json = excluded.json"));
    for (const PendingChange &change : changes) {
        query.addBindValue(change.id);
        query.addBindValue(change.adAccountId);
        query.addBindValue(++position);
        query.addBindValue(compact(change.toJson()));
        if (!query.exec()) {
            m_error = query.lastError().text();
            qCWarning(lcChanges) << "cannot save a pending change:" << m_error;
            return false; // rolled back by the transaction
        }
    }
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return false;
    }
    return true;
}

bool PendingChangeStore::insertOrUpdate(const PendingChange &change)
{
    QSqlQuery query(m_db.connection());
    // Keep the first position of an id so the list order never jumps when a change is edited.
    query.prepare(QStringLiteral(
        "INSERT INTO pending (id, account, position, json) VALUES (?, ?,"
        " COALESCE((SELECT MAX(position) FROM pending), 0) + 1, ?)"
        " ON CONFLICT(id) DO UPDATE SET account = excluded.account, json = excluded.json"));
    query.addBindValue(change.id);
    query.addBindValue(change.adAccountId);
    query.addBindValue(compact(change.toJson()));
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    qCWarning(lcChanges) << "cannot save a pending change:" << m_error;
    return false;
}

bool PendingChangeStore::remove(const QString &id)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM pending WHERE id = ?"));
    query.addBindValue(id);
    return query.exec();
}

bool PendingChangeStore::removeAll(const QString &adAccountId)
{
    QSqlQuery query(m_db.connection());
    if (adAccountId.isEmpty())
        return query.exec(QStringLiteral("DELETE FROM pending"));
    query.prepare(QStringLiteral("DELETE FROM pending WHERE account = ?"));
    query.addBindValue(adAccountId);
    return query.exec();
}

QList<PendingChange> PendingChangeStore::load(const QString &adAccountId) const
{
    QSqlQuery query(m_db.connection());
    if (adAccountId.isEmpty()) {
        query.prepare(QStringLiteral("SELECT json FROM pending ORDER BY position"));
    } else {
        query.prepare(QStringLiteral("SELECT json FROM pending WHERE account = ? ORDER BY position"));
        query.addBindValue(adAccountId);
    }
    QList<PendingChange> changes;
    if (!query.exec())
        return changes;
    while (query.next())
        changes << PendingChange::fromJson(parse(query.value(0)));
    return changes;
}

bool PendingChangeStore::appendJournal(JournalEntry &entry)
{
    return insertJournal(entry);
}

bool PendingChangeStore::recordApplied(JournalEntry &entry)
{
    QSqlDatabase db = m_db.connection();
    SqliteTransaction transaction(db);
    if (!transaction.isActive()) {
        m_error = transaction.errorString();
        return false;
    }
    {
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM pending WHERE id = ?"));
        remove.addBindValue(entry.change.id);
        if (!insertJournal(entry))
            return false; // rolled back by the transaction
        if (!remove.exec()) {
            m_error = remove.lastError().text();
            return false;
        }
    }
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return false;
    }
    return true;
}

qint64 PendingChangeStore::beginPost(const QString &adAccountId, int changes, const QDateTime &startedAt)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO posts (account, started_at, changes, journal_mark, finished)"
                                 " VALUES (?, ?, ?, COALESCE((SELECT MAX(sequence) FROM journal), 0), 0)"));
    query.addBindValue(adAccountId);
    query.addBindValue(startedAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(changes);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

bool PendingChangeStore::finishPost(qint64 postId)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE posts SET finished = 1 WHERE id = ?"));
    query.addBindValue(postId);
    return query.exec();
}

std::optional<PostRecord> PendingChangeStore::interruptedPost(const QString &adAccountId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id, started_at, changes,"
                                 " (SELECT COUNT(*) FROM journal j WHERE j.account = p.account AND j.succeeded = 1"
                                 "  AND j.sequence > p.journal_mark)"
                                 " FROM posts p WHERE account = ? AND finished = 0 ORDER BY id LIMIT 1"));
    query.addBindValue(adAccountId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    PostRecord post;
    post.id = query.value(0).toLongLong();
    post.adAccountId = adAccountId;
    post.startedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    post.changes = query.value(2).toInt();
    post.confirmed = qMin(query.value(3).toInt(), post.changes);
    return post;
}

bool PendingChangeStore::finishInterruptedPosts(const QString &adAccountId)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE posts SET finished = 1 WHERE account = ? AND finished = 0"));
    query.addBindValue(adAccountId);
    return query.exec();
}

bool PendingChangeStore::insertJournal(JournalEntry &entry)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO journal (account, posted_at, succeeded, message, json, posted_by)"
                                 " VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(entry.change.adAccountId);
    query.addBindValue(entry.postedAt.toString(Qt::ISODateWithMs));
    query.addBindValue(entry.succeeded ? 1 : 0);
    query.addBindValue(entry.message);
    query.addBindValue(compact(entry.change.toJson()));
    query.addBindValue(entry.postedBy.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(entry.postedBy));
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    entry.sequence = query.lastInsertId().toLongLong();
    return true;
}

QList<JournalEntry> PendingChangeStore::journal(const QString &adAccountId, int limit) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT sequence, posted_at, succeeded, message, json, posted_by FROM journal"
                                 " WHERE account = ? ORDER BY sequence DESC LIMIT ?"));
    query.addBindValue(adAccountId);
    query.addBindValue(limit);
    QList<JournalEntry> entries;
    if (!query.exec())
        return entries;
    while (query.next()) {
        JournalEntry entry;
        entry.sequence = query.value(0).toLongLong();
        entry.postedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        entry.succeeded = query.value(2).toInt() != 0;
        entry.message = query.value(3).toString();
        entry.change = PendingChange::fromJson(parse(query.value(4)));
        entry.postedBy = query.value(5).toString();
        entries << entry;
    }
    return entries;
}

} // namespace pinstripe
