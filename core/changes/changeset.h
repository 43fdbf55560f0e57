#pragma once

#include "core/changes/journalentry.h"
#include "core/changes/pendingchange.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

namespace pinstripe {

class PendingChangeStore;

/**
 * The pending changes of the session, in the order they were made, written through to a
 * PendingChangeStore on every call so nothing is ever only in memory.
 *
 * Updates merge per ad group and field: editing a budget twice keeps the value from before
 * the first edit and the latest wanted value, and editing it back to where it was removes
 * the change. Undo commands use pendingFor()/setPendingFor() to restore exact snapshots.
 */
class ChangeSet final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeSet)

public:
    /** @p store may be null (nothing persisted, for tests of the merging rules). Not owned. */
    explicit ChangeSet(PendingChangeStore *store, QObject *parent = nullptr);

    /** Reloads what the store holds for @p adAccountId (all accounts if empty). */
    void loadFromStore(const QString &adAccountId = {});

    /** Adds or merges @p change; returns the id of the change that now holds it (empty if it vanished as a no-op). */
    QString record(const PendingChange &change);
    /** Replaces the change with the same id (state, message, values). */
    void replace(const PendingChange &change);
    /** replace() for each of @p changes, written in one transaction (e.g. a batch about to be sent). */
    void replaceAll(const QList<PendingChange> &changes);
    /**
     * Change @p entry.change.id was applied by Pinterest: journals @p entry in @p journal (may be
     * null: no journal) and removes the change. When @p journal is this set's store, both
     * happen in one transaction, so a kill never leaves the change journaled and pending.
     */
    void settle(JournalEntry &entry, PendingChangeStore *journal);
    void discard(const QString &id);
    void discardAll();

    QList<PendingChange> changes() const { return m_changes; }
    int count() const { return static_cast<int>(m_changes.size()); }
    std::optional<PendingChange> find(const QString &id) const;
    QList<PendingChange> changesFor(const QString &adGroupId) const;

    /** The pending update of @p field of @p adGroupId, if any (for undo snapshots). */
    std::optional<PendingChange> pendingFor(const QString &adGroupId, const QString &field) const;
    /** Puts back exactly @p snapshot for that ad group and field, or removes it if nothing. */
    void setPendingFor(const QString &adGroupId, const QString &field, const std::optional<PendingChange> &snapshot);

    /** What one (ad group, field) is to hold: @p snapshot, or no pending update. */
    struct PendingTarget
    {
        QString adGroupId;
        QString field;
        std::optional<PendingChange> snapshot;
    };
    /**
     * record() for each of @p changes, in order, written in one transaction and announced
     * once: a paste of 5,000 cells is one commit, not 5,000.
     */
    void recordAll(const QList<PendingChange> &changes);
    /** setPendingFor() for each of @p targets, written in one transaction and announced once. */
    void setPendingForAll(const QList<PendingTarget> &targets);

Q_SIGNALS:
    /** Anything was added, changed or removed. */
    void changed();

private:
    qsizetype indexOf(const QString &id) const;
    qsizetype indexOfUpdate(const QString &adGroupId, const QString &field) const;
    void persist(const PendingChange &change);
    void unpersist(const QString &id);
    /** Row of each pending update by ad group and field (the first, should there be two). */
    QHash<QString, qsizetype> updateRows() const;
    /** Drops rows @p rows (any order) from m_changes in one pass. */
    void removeRows(const QList<qsizetype> &rows);

    PendingChangeStore *m_store;
    QList<PendingChange> m_changes;
};

} // namespace pinstripe
