#pragma once

#include "core/changes/pendingchange.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QUndoCommand>

#include <optional>

class QUndoStack;

namespace pinstripe {

class ChangeSet;

/**
 * One user action on the pending changes — "Raise budget of 100 ad groups by 15%", "Discard 3
 * changes", "Revert bid of Spring sale" — as one undo step.
 *
 * The first redo() applies the action to the ChangeSet; afterwards undo() and redo() put back
 * the exact snapshots taken before and after it (ChangeSet::pendingFor/setPendingFor), so the
 * merging rules of ChangeSet (e.g. a second edit keeps the first "before") are undone exactly.
 * Commands never merge with each other: each user action stays its own step.
 */
class EditCommand final : public QUndoCommand
{
public:
    enum class Operation {
        Record,  ///< ChangeSet::record() each change (merging with what is pending)
        Replace, ///< put each change in place exactly as given (e.g. a resolved conflict)
        Discard, ///< remove each change
    };

    /** @p changeSet is not owned; the command does nothing once it is gone. */
    EditCommand(ChangeSet *changeSet, const QList<PendingChange> &changes, const QString &text,
                Operation operation = Operation::Record, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

    /** True when the first redo() changed nothing (e.g. every edit was a no-op). */
    bool isEmpty() const { return m_empty; }

private:
    struct Slot
    {
        bool create = false;
        QString adGroupId;
        QString field;
        QString createId;
        QString key; ///< ad group and field, or the create's id
        std::optional<PendingChange> before;
        std::optional<PendingChange> after;
    };

    void applyFirst();
    void restore(const Slot &slot, const std::optional<PendingChange> &snapshot);
    /** The change set's changes and the row of each pending update by slot key: one lookup per slot, not a walk. */
    struct Updates
    {
        QList<PendingChange> all;
        QHash<QString, qsizetype> rows;
    };
    Updates updatesByKey() const;
    /** The slot's change now, looked up in @p updates (creates: in the change set). */
    std::optional<PendingChange> snapshot(const Slot &slot, const Updates &updates) const;
    friend bool recordEdits(QUndoStack *, ChangeSet *, const QList<PendingChange> &, const QString &, Operation);
    /** Puts every slot back to its state after (redo) or before (undo) the action, in one write. */
    void restoreAll(bool after);

    QPointer<ChangeSet> m_changeSet;
    QList<PendingChange> m_changes;
    Operation m_operation;
    QList<Slot> m_slots;
    bool m_applied = false;
    /** recordEdits() applied it before QUndoStack::push() calls redo(): that redo has nothing to do. */
    bool m_appliedBeforePush = false;
    bool m_empty = false;
};

/**
 * Records @p changes as one undoable step named @p description on @p stack (applied at once).
 * Without a stack the changes are recorded directly. Returns false if nothing changed.
 */
bool recordEdits(QUndoStack *stack, ChangeSet *changeSet, const QList<PendingChange> &changes,
                 const QString &description, EditCommand::Operation operation = EditCommand::Operation::Record);

} // namespace pinstripe
