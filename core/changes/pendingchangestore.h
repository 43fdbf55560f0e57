#pragma once

#include "core/changes/journalentry.h"
#include "core/changes/pendingchange.h"

#include <QList>
#include <QString>

namespace pinstripe {

/**
 * Keeps pending changes and the change journal in their own SQLite file, written through
 * on every edit with full synchronous commits: a crash, `kill -9` or a power cut loses
 * nothing. (The ad group cache lives elsewhere because it may be thrown away at any time;
 * these may not.)
 *
 * Each instance has its own QSqlDatabase connection and must be used on the thread that
 * created it.
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

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }

    /** Inserts or replaces @p change (by id), keeping its original position in the list. */
    bool save(const PendingChange &change);
    bool remove(const QString &id);
    /** Removes every pending change of @p adAccountId (all accounts if empty). */
    bool removeAll(const QString &adAccountId = {});
    /** Pending changes in the order they were first recorded; one account or all. */
    QList<PendingChange> load(const QString &adAccountId = {}) const;

    /** Appends to the journal; fills entry.sequence. */
    bool appendJournal(JournalEntry &entry);
    /** Journal entries of @p adAccountId, newest first, at most @p limit. */
    QList<JournalEntry> journal(const QString &adAccountId, int limit = 1000) const;

private:
    bool exec(const QString &sql);

    QString m_connection;
    bool m_open = false;
    QString m_error;
};

} // namespace pinstripe
