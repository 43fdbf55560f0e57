#include "core/store/sqlitedatabase.h"

#include "core/logging.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <utility>

namespace pinstripe {

namespace {

QAtomicInteger<quint64> s_instances;

void dropConnection(const QString &name)
{
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// The connections made on one thread. A QSqlDatabase connection can only be closed on its own
// thread, so the connections a SqliteDatabase leaves on other threads go when those threads end.
// The list is reached through a plain pointer: a SqliteDatabase kept in another thread_local
// object may be destroyed after the cleanup below has run, and must then find no list rather
// than a destroyed one.
thread_local QStringList *t_connections = nullptr;

struct ThreadCleanup
{
    ThreadCleanup() = default;
    ~ThreadCleanup()
    {
        QStringList *names = std::exchange(t_connections, nullptr);
        if (!names)
            return;
        for (const QString &name : std::as_const(*names))
            dropConnection(name);
        delete names;
    }
    Q_DISABLE_COPY_MOVE(ThreadCleanup)
};

void noteConnection(const QString &name)
{
    if (!t_connections) {
        thread_local ThreadCleanup cleanup;
        Q_UNUSED(cleanup)
        t_connections = new QStringList;
    }
    t_connections->append(name);
}

// True when @p name was this thread's and is now forgotten (the caller drops it).
bool forgetConnection(const QString &name)
{
    return t_connections && t_connections->removeAll(name) > 0;
}

QString threadSuffix()
{
    return QString::number(quintptr(QThread::currentThreadId()), 16);
}

} // namespace

SqliteDatabase::SqliteDatabase(const QString &path, Options options)
    : m_path(path)
    , m_options(std::move(options))
    , m_prefix(QStringLiteral("pinstripe-%1-%2-").arg(m_options.name).arg(++s_instances))
{
    if (path != QLatin1String(":memory:"))
        QDir().mkpath(QFileInfo(path).absolutePath());
    const QString name = m_prefix + threadSuffix();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs));
    if (!db.open()) {
        setError(db.lastError().text());
        qCWarning(lcStore) << "cannot open" << m_options.name << path << m_error;
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return;
    }
    // Read before anything is written: a newer file must stay exactly as it is.
    const int version = userVersion(db);
    if (version > currentVersion()) {
        m_newer = true;
        setError(QStringLiteral("%1 was written by a newer version of Pinstripe (schema %2; this version knows up to %3)")
                     .arg(QFileInfo(path).fileName())
                     .arg(version)
                     .arg(currentVersion()));
        qCWarning(lcStore) << "refusing" << m_options.name << ":" << m_error;
    }
    if (version < 0 || m_newer || !configure(db) || !migrate(db)) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return;
    }
    noteConnection(name);
    m_open = true;
}

SqliteDatabase::~SqliteDatabase()
{
    const QString name = m_prefix + threadSuffix();
    if (forgetConnection(name))
        dropConnection(name);
}

QString SqliteDatabase::errorString() const
{
    const QMutexLocker locker(&m_mutex);
    return m_error;
}

void SqliteDatabase::setError(const QString &error) const
{
    const QMutexLocker locker(&m_mutex);
    m_error = error;
}

QSqlDatabase SqliteDatabase::connection() const
{
    if (!m_open)
        return {};
    const QString name = m_prefix + threadSuffix();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    return openConnection(name);
}

QSqlDatabase SqliteDatabase::openConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs));
    if (!db.open() || !configure(db)) {
        if (db.lastError().isValid())
            setError(db.lastError().text());
        qCWarning(lcStore) << "cannot open another connection to" << m_options.name << errorString();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return {};
    }
    noteConnection(name);
    return db;
}

bool SqliteDatabase::configure(QSqlDatabase &db) const
{
    const char *synchronous = m_options.durability == Durability::Full ? "FULL" : "NORMAL";
    QSqlQuery query(db);
    // WAL lets readers on other connections see the last commit while a writer adds the next.
    for (const QString &sql : {QStringLiteral("PRAGMA journal_mode=WAL"),
                               QStringLiteral("PRAGMA synchronous=%1").arg(QLatin1String(synchronous)),
                               QStringLiteral("PRAGMA foreign_keys=ON")}) {
        if (!query.exec(sql)) {
            setError(query.lastError().text());
            qCWarning(lcStore) << m_options.name << sql << "failed:" << errorString();
            return false;
        }
    }
    return true;
}

bool SqliteDatabase::migrate(QSqlDatabase &db)
{
    if (userVersion(db) == currentVersion())
        return true;
    QSqlQuery query(db);
    // IMMEDIATE: a second connection opening the same file at this moment waits here (busy
    // timeout) instead of migrating the same file twice.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        setError(query.lastError().text());
        return false;
    }
    const int from = userVersion(db);
    auto fail = [&](const QString &error) {
        setError(error);
        qCWarning(lcStore) << "migrating" << m_options.name << "from version" << from << "failed:" << error;
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    if (from < 0 || from > currentVersion())
        return fail(QStringLiteral("unexpected schema version %1").arg(from));
    for (int version = from; version < currentVersion(); ++version) {
        const Migration &migration = m_options.migrations.at(version);
        for (const QString &sql : migration.statements) {
            if (!query.exec(sql))
                return fail(query.lastError().text());
        }
        QString error;
        if (migration.run && !migration.run(db, &error))
            return fail(error.isEmpty() ? QStringLiteral("migration to version %1 failed").arg(version + 1) : error);
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version=%1").arg(currentVersion())))
        return fail(query.lastError().text());
    if (!query.exec(QStringLiteral("COMMIT")))
        return fail(query.lastError().text());
    if (from != currentVersion())
        qCInfo(lcStore) << m_options.name << "schema migrated from version" << from << "to" << currentVersion();
    return true;
}

bool SqliteDatabase::exec(const QString &sql) const
{
    QSqlQuery query(connection());
    if (query.exec(sql))
        return true;
    setError(query.lastError().text());
    qCWarning(lcStore) << m_options.name << "SQL failed:" << sql << errorString();
    return false;
}

int SqliteDatabase::userVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace pinstripe
