#pragma once

#include <QList>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace pinstripe {

/**
 * One SQLite file as Pinstripe opens it, shared by the cache, the pending changes and the
 * metrics archive.
 *
 * - **A connection per thread.** A QSqlDatabase connection may only be used on the thread that
 *   made it, so connection() hands each calling thread its own one, opened and set up on first
 *   use. The connection of the calling thread goes with this object; those of other threads go
 *   when their thread ends (or with the last SqliteDatabase of their thread).
 * - **The same settings on every connection:** write-ahead logging (`journal_mode=WAL`, so
 *   readers see the last commit while a writer adds the next), a busy timeout (another
 *   connection may hold the write lock for a moment), `foreign_keys=ON` and the chosen
 *   `synchronous` level.
 * - **A schema version** in `PRAGMA user_version` and an ordered list of migrations: migration
 *   *i* takes the file from version *i* to *i* + 1. Opening applies the missing ones in one
 *   transaction, so a file is either fully migrated or left as it was. A file written by a
 *   newer Pinstripe (a version beyond the list) is refused with an error and left untouched.
 *
 * Files made before versioning have user_version 0; the first migration of each store is
 * therefore its original `CREATE TABLE IF NOT EXISTS` layout, which is a no-op for them.
 *
 * The object itself may be shared between threads: the connection bookkeeping is locked.
 */
class SqliteDatabase final
{
public:
    /** How hard a commit waits for the disk (`PRAGMA synchronous`). */
    enum class Durability {
        Normal, ///< WAL + NORMAL: a process kill loses nothing, a power cut may lose the last commits
        Full,   ///< WAL + FULL: every commit survives a power cut too
    };

    /** One step of the schema, from its position in the list to the next version. */
    struct Migration
    {
        /** Run in order; for plain DDL. */
        QStringList statements;
        /** Run after @p statements when set, for steps SQL alone cannot express; false = failed. */
        std::function<bool(QSqlDatabase &db, QString *error)> run;
    };

    struct Options
    {
        /** Names the connections and the log lines ("cache", "pending-changes"). */
        QString name;
        Durability durability = Durability::Normal;
        /** How long a statement waits for another connection's lock before failing. */
        int busyTimeoutMs = 5000;
        /** Migration i brings version i to i + 1; the current version is migrations.size(). */
        QList<Migration> migrations;
    };

    /**
     * Opens (creating if needed, with its folder) the database at @p path on the calling thread
     * and brings its schema to the current version. Check isOpen() and errorString().
     */
    SqliteDatabase(const QString &path, Options options);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    bool isOpen() const { return m_open; }
    /** Why the file did not open, or the last error of exec(). */
    QString errorString() const;
    QString path() const { return m_path; }

    /** The version this build writes: the number of migrations. */
    int currentVersion() const { return int(m_options.migrations.size()); }
    /** True when the file was refused because a newer Pinstripe wrote it. */
    bool isNewerThanKnown() const { return m_newer; }

    /**
     * The calling thread's connection, opened and configured on first use; invalid when the
     * file did not open (or the thread's connection could not be opened).
     */
    QSqlDatabase connection() const;

    /** Runs @p sql on this thread's connection; logs and keeps the error on failure. */
    bool exec(const QString &sql) const;

    /** The user_version of @p db (-1 when it cannot be read). */
    static int userVersion(const QSqlDatabase &db);

private:
    QSqlDatabase openConnection(const QString &name) const;
    bool configure(QSqlDatabase &db) const;
    bool migrate(QSqlDatabase &db);
    void setError(const QString &error) const;

    QString m_path;
    Options m_options;
    QString m_prefix;
    bool m_open = false;
    bool m_newer = false;
    mutable QMutex m_mutex;
    mutable QString m_error;
};

} // namespace pinstripe
