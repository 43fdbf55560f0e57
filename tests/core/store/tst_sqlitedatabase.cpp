// SqliteDatabase and SqliteTransaction: WAL and pragmas on every connection, schema versions
// in user_version with ordered migrations applied in one transaction, a newer file refused and
// left untouched, rollback on scope exit, and a connection per thread with both writes landing.
#include "core/store/sqlitedatabase.h"
#include "core/store/sqlitetransaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace pinstripe;

namespace {

const QString kRaw = QStringLiteral("raw-test-connection");

// Runs @p statements on a plain connection of its own, as another program (or an older
// Pinstripe) would, and closes it again.
bool rawExec(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kRaw);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &sql : statements) {
            if (ok && !query.exec(sql)) {
                qWarning() << sql << query.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(kRaw);
    return ok;
}

QVariant rawValue(const QString &path, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kRaw);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(kRaw);
    return value;
}

QVariant value(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

SqliteDatabase::Options notesOptions()
{
    SqliteDatabase::Options options;
    options.name = QStringLiteral("notes");
    options.migrations.append({{QStringLiteral("CREATE TABLE IF NOT EXISTS notes (id TEXT PRIMARY KEY, body TEXT)")}, {}});
    options.migrations.append({{QStringLiteral("ALTER TABLE notes ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0")}, {}});
    // A step in code: fills a column from the existing rows.
    options.migrations.append({{QStringLiteral("ALTER TABLE notes ADD COLUMN length INTEGER")},
                               [](QSqlDatabase &db, QString *error) {
                                   QSqlQuery query(db);
                                   if (query.exec(QStringLiteral("UPDATE notes SET length = length(body)")))
                                       return true;
                                   *error = query.lastError().text();
                                   return false;
                               }});
    return options;
}

} // namespace

class TestSqliteDatabase : public QObject
{
    Q_OBJECT

private slots:
    void newFileGetsCurrentVersionAndPragmas();
    void olderFileIsMigratedInOrderKeepingRows();
    void failedMigrationLeavesFileAsItWas();
    void newerFileIsRefusedUntouched();
    void transactionRollsBackUnlessCommitted();
    void eachThreadHasItsOwnConnection();
    void connectionGoesWithItsOwner();
};

void TestSqliteDatabase::newFileGetsCurrentVersionAndPragmas()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/notes.sqlite"));
    SqliteDatabase db(path, notesOptions());
    QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
    QCOMPARE(db.currentVersion(), 3);
    QCOMPARE(SqliteDatabase::userVersion(db.connection()), 3);
    QCOMPARE(value(db.connection(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(value(db.connection(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(value(db.connection(), QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
    QVERIFY(db.exec(QStringLiteral("INSERT INTO notes (id, body) VALUES ('1', 'abc')")));
    QCOMPARE(value(db.connection(), QStringLiteral("SELECT pinned FROM notes")).toInt(), 0);

    SqliteDatabase::Options full = notesOptions();
    full.durability = SqliteDatabase::Durability::Full;
    SqliteDatabase second(path, full);
    QVERIFY(second.isOpen());
    QCOMPARE(value(second.connection(), QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    QCOMPARE(value(second.connection(), QStringLiteral("SELECT body FROM notes")).toString(), QStringLiteral("abc"));
}

void TestSqliteDatabase::olderFileIsMigratedInOrderKeepingRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    // As version 1 wrote it.
    QVERIFY(rawExec(path, {QStringLiteral("CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT)"),
                           QStringLiteral("INSERT INTO notes VALUES ('1', 'hello'), ('2', 'a, b')"),
                           QStringLiteral("PRAGMA user_version=1")}));
    SqliteDatabase db(path, notesOptions());
    QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
    QCOMPARE(SqliteDatabase::userVersion(db.connection()), 3);
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id, body, pinned, length FROM notes ORDER BY id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toString(), QStringLiteral("hello"));
    QCOMPARE(query.value(2).toInt(), 0);
    QCOMPARE(query.value(3).toInt(), 5); // filled by the code step, after the column was added
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toString(), QStringLiteral("a, b"));
    QCOMPARE(query.value(3).toInt(), 4);
    QVERIFY(!query.next());
}

void TestSqliteDatabase::failedMigrationLeavesFileAsItWas()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QVERIFY(rawExec(path, {QStringLiteral("CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT)"),
                           QStringLiteral("INSERT INTO notes VALUES ('1', 'hello')"), QStringLiteral("PRAGMA user_version=1")}));
    SqliteDatabase::Options options = notesOptions();
    options.migrations[2].statements << QStringLiteral("THIS IS NOT SQL");
    {
        SqliteDatabase db(path, options);
        QVERIFY(!db.isOpen());
        QVERIFY(!db.isNewerThanKnown());
        QVERIFY(!db.errorString().isEmpty());
        QVERIFY(!db.connection().isValid());
    }
    // Version 2's column went with the rollback too: all steps or none.
    QCOMPARE(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(rawValue(path, QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('notes') WHERE name = 'pinned'")).toInt(), 0);
    QCOMPARE(rawValue(path, QStringLiteral("SELECT body FROM notes")).toString(), QStringLiteral("hello"));
}

void TestSqliteDatabase::newerFileIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QVERIFY(rawExec(path, {QStringLiteral("CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT, colour TEXT)"),
                           QStringLiteral("INSERT INTO notes VALUES ('1', 'from the future', 'red')"),
                           QStringLiteral("PRAGMA user_version=7")}));
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());
    {
        SqliteDatabase db(path, notesOptions());
        QVERIFY(!db.isOpen());
        QVERIFY(db.isNewerThanKnown());
        QVERIFY2(db.errorString().contains(QLatin1String("newer")), qPrintable(db.errorString()));
        QVERIFY(!db.connection().isValid());
        QVERIFY(!db.exec(QStringLiteral("DELETE FROM notes")));
    }
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))); // not even switched to WAL
    QCOMPARE(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt(), 7);
    QCOMPARE(rawValue(path, QStringLiteral("SELECT colour FROM notes")).toString(), QStringLiteral("red"));
}

void TestSqliteDatabase::transactionRollsBackUnlessCommitted()
{
    QTemporaryDir dir;
    SqliteDatabase db(dir.filePath(QStringLiteral("notes.sqlite")), notesOptions());
    QVERIFY(db.isOpen());
    const auto count = [&db] { return value(db.connection(), QStringLiteral("SELECT COUNT(*) FROM notes")).toInt(); };
    {
        SqliteTransaction transaction(db.connection());
        QVERIFY(transaction.isActive());
        QVERIFY(db.exec(QStringLiteral("INSERT INTO notes (id, body) VALUES ('1', 'one')")));
        QCOMPARE(count(), 1); // visible inside
        // A statement fails; the scope is left without commit().
        QVERIFY(!db.exec(QStringLiteral("INSERT INTO notes (id, body) VALUES ('1', 'duplicate')")));
    }
    QCOMPARE(count(), 0);
    {
        SqliteTransaction transaction(db.connection());
        QVERIFY(db.exec(QStringLiteral("INSERT INTO notes (id, body) VALUES ('2', 'two')")));
        transaction.rollback();
        QVERIFY(!transaction.isActive());
        QVERIFY(!transaction.commit());
    }
    QCOMPARE(count(), 0);
    {
        SqliteTransaction transaction(db.connection());
        QVERIFY(db.exec(QStringLiteral("INSERT INTO notes (id, body) VALUES ('3', 'three')")));
        QVERIFY(transaction.commit());
        QVERIFY(!transaction.isActive());
    }
    QCOMPARE(count(), 1);
    SqliteTransaction closed{QSqlDatabase()};
    QVERIFY(!closed.isActive());
    QVERIFY(!closed.errorString().isEmpty());
}

void TestSqliteDatabase::eachThreadHasItsOwnConnection()
{
    QTemporaryDir dir;
    SqliteDatabase db(dir.filePath(QStringLiteral("notes.sqlite")), notesOptions());
    QVERIFY(db.isOpen());
    const QString mainName = db.connection().connectionName();
    QVERIFY(db.exec(QStringLiteral("INSERT INTO notes (id, body) VALUES ('main-1', 'x')")));

    // The main thread holds a read transaction (a snapshot) while the other thread writes: with
    // WAL the writer is not blocked by the reader, and the reader keeps its snapshot.
    QVERIFY(db.exec(QStringLiteral("BEGIN")));
    QCOMPARE(value(db.connection(), QStringLiteral("SELECT COUNT(*) FROM notes")).toInt(), 1);

    QString workerName;
    bool workerWrote = false;
    bool workerConnectionLeft = true;
    std::thread worker([&] {
        {
            QSqlDatabase connection = db.connection();
            workerName = connection.connectionName();
            SqliteTransaction transaction(connection);
            workerWrote = transaction.isActive()
                && db.exec(QStringLiteral("INSERT INTO notes (id, body) VALUES ('worker-1', 'y')")) && transaction.commit();
        }
        // Same thread, same connection.
        workerConnectionLeft = db.connection().connectionName() != workerName;
    });
    worker.join();
    QVERIFY2(workerWrote, qPrintable(db.errorString()));
    QVERIFY(!workerConnectionLeft);
    QVERIFY(!workerName.isEmpty());
    QVERIFY(workerName != mainName);
    // The worker's connection went with its thread.
    QVERIFY(!QSqlDatabase::contains(workerName));

    QCOMPARE(value(db.connection(), QStringLiteral("SELECT COUNT(*) FROM notes")).toInt(), 1); // still the snapshot
    QVERIFY(db.exec(QStringLiteral("COMMIT")));
    QCOMPARE(value(db.connection(), QStringLiteral("SELECT COUNT(*) FROM notes")).toInt(), 2);
    QVERIFY(db.exec(QStringLiteral("INSERT INTO notes (id, body) VALUES ('main-2', 'z')")));
    QCOMPARE(db.connection().connectionName(), mainName);
    QCOMPARE(value(db.connection(), QStringLiteral("SELECT group_concat(id, ' ') FROM (SELECT id FROM notes ORDER BY id)")).toString(),
             QStringLiteral("main-1 main-2 worker-1"));
}

void TestSqliteDatabase::connectionGoesWithItsOwner()
{
    QTemporaryDir dir;
    QString name;
    {
        SqliteDatabase db(dir.filePath(QStringLiteral("notes.sqlite")), notesOptions());
        name = db.connection().connectionName();
        QVERIFY(QSqlDatabase::contains(name));
    }
    QVERIFY(!QSqlDatabase::contains(name));
}

QTEST_GUILESS_MAIN(TestSqliteDatabase)
#include "tst_sqlitedatabase.moc"
