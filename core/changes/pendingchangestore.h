#pragma once

#include "core/changes/journalentry.h"
#include "core/changes/pendingchange.h"
#include "core/store/sqlitedatabase.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pinstripe {

/** One post as the store remembers it, to tell after a restart that it was interrupted. */
struct PostRecord
{
    qint64 id = 0;
    QString adAccountId;
    QDateTime startedAt;
    /** Changes the post set out to send. */
    int changes = 0;
    /** Changes journaled as applied since the post started. */
    int confirmed = 0;
};

/**
 * Keeps pending changes and the change journal in their own SQLite file, written through
 * on every edit with full synchronous commits: a crash, `kill -9` or a power cut loses
 * nothing. (The ad group cache lives elsewhere because it may be thrown away at any time;
 * these may not.)
 *
 * The file is a SqliteDatabase (WAL, synchronous FULL): each thread that calls in gets its own
 * connection. Schema versions: 1 is the original layout (pending, journal, posts); 2 adds
 * per-account indexes for load(), journal() and interruptedPost(); 3 adds who posted each
 * journal entry (JournalEntry::postedBy; empty for older entries).
 */
class PendingChangeStore
{
public:
    /** Opens (creating if needed) the database at @p path. Check isOpen(). */
    explicit PendingChangeStore(const QString &path);
    ~PendingChangeStore();
    PendingChangeStore(const PendingChangeStore &) = delete;
    PendingChangeStore &operator=(const PendingChangeStore &) = delete;

    /** `<app data>/pending-changes.sqlite`. */
    static QString defaultPath();

    bool isOpen() const { return m_db.isOpen(); }
    QString errorString() const { return m_error.isEmpty() ? m_db.errorString() : m_error; }
    /** The schema version this build writes. */
    static int schemaVersion();

    /** Inserts or replaces @p change (by id), keeping its original position in the list. */
    bool save(const PendingChange &change);
    /**
     * save() for each of @p changes and remove() for each of @p removedIds in one transaction:
     * all are written or none.
     */
    bool saveAll(const QList<PendingChange> &changes, const QStringList &removedIds = {});
    bool remove(const QString &id);
    /** Removes every pending change of @p adAccountId (all accounts if empty). */
    bool removeAll(const QString &adAccountId = {});
    /** Pending changes in the order they were first recorded; one account or all. */
    QList<PendingChange> load(const QString &adAccountId = {}) const;

    /** Appends to the journal; fills entry.sequence. */
    bool appendJournal(JournalEntry &entry);
    /**
     * Appends @p entry to the journal and removes the pending change entry.change.id in one
     * transaction, so a kill can never leave a change both journaled and still pending.
     */
    bool recordApplied(JournalEntry &entry);

    /** Notes that a post of @p changes changes of @p adAccountId starts now; returns its id (0 on error). */
    qint64 beginPost(const QString &adAccountId, int changes, const QDateTime &startedAt);
    /** The post ended (or what it left behind was checked with Pinterest). */
    bool finishPost(qint64 postId);
    /** The oldest post of @p adAccountId that began and never finished: the app was stopped during it. */
    std::optional<PostRecord> interruptedPost(const QString &adAccountId) const;
    /** Marks every unfinished post of @p adAccountId as finished. */
    bool finishInterruptedPosts(const QString &adAccountId);
    /** Journal entries of @p adAccountId, newest first, at most @p limit. */
    QList<JournalEntry> journal(const QString &adAccountId, int limit = 1000) const;

private:
    static SqliteDatabase::Options options();
    bool insertOrUpdate(const PendingChange &change);
    bool insertJournal(JournalEntry &entry);

    SqliteDatabase m_db;
    QString m_error;
};

} // namespace pinstripe
