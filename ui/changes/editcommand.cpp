#include "ui/changes/editcommand.h"

#include "core/changes/changeset.h"

#include <QUndoStack>

#include <algorithm>

namespace pinstripe {

EditCommand::EditCommand(ChangeSet *changeSet, const QList<PendingChange> &changes, const QString &text,
                         Operation operation, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_changeSet(changeSet)
    , m_changes(changes)
    , m_operation(operation)
{
}

std::optional<PendingChange> EditCommand::snapshot(const Slot &slot) const
{
    if (slot.create)
        return m_changeSet->find(slot.createId);
    return m_changeSet->pendingFor(slot.adGroupId, slot.field);
}

void EditCommand::restore(const Slot &slot, const std::optional<PendingChange> &snapshot)
{
    if (!slot.create) {
        m_changeSet->setPendingFor(slot.adGroupId, slot.field, snapshot);
        return;
    }
    // Creates have no (ad group, field) key: they come and go whole, by id.
    if (snapshot) {
        if (m_changeSet->find(slot.createId))
            m_changeSet->replace(*snapshot);
        else
            m_changeSet->record(*snapshot);
    } else {
        m_changeSet->discard(slot.createId);
    }
}

void EditCommand::applyFirst()
{
    // One slot per ad group and field (or per create), with the state before the whole action,
    // so several edits of the same field within one action undo to where they started.
    for (const PendingChange &change : std::as_const(m_changes)) {
        Slot slot;
        slot.create = change.kind == PendingChange::Kind::Create;
        slot.adGroupId = change.adGroupId;
        slot.field = change.field;
        slot.createId = change.id;
        const bool known = std::any_of(m_slots.cbegin(), m_slots.cend(), [&slot](const Slot &s) {
            return s.create == slot.create
                && (s.create ? s.createId == slot.createId : s.adGroupId == slot.adGroupId && s.field == slot.field);
        });
        if (known)
            continue;
        slot.before = snapshot(slot);
        m_slots << slot;
    }
    for (const PendingChange &change : std::as_const(m_changes)) {
        switch (m_operation) {
        case Operation::Record:
            m_changeSet->record(change);
            break;
        case Operation::Replace:
            if (change.kind == PendingChange::Kind::Update)
                m_changeSet->setPendingFor(change.adGroupId, change.field, change);
            else if (m_changeSet->find(change.id))
                m_changeSet->replace(change);
            else
                m_changeSet->record(change);
            break;
        case Operation::Discard:
            if (change.kind == PendingChange::Kind::Update)
                m_changeSet->setPendingFor(change.adGroupId, change.field, std::nullopt);
            else
                m_changeSet->discard(change.id);
            break;
        }
    }
    m_empty = true;
    for (Slot &slot : m_slots) {
        slot.after = snapshot(slot);
        if (slot.after != slot.before)
            m_empty = false;
    }
}

void EditCommand::redo()
{
    if (!m_changeSet)
        return;
    if (!m_applied) {
        m_applied = true;
        applyFirst();
        return;
    }
    for (const Slot &slot : std::as_const(m_slots)) {
        // Skips what is already so (e.g. push() right after the first apply): every write
        // is a synchronous SQLite commit.
        if (snapshot(slot) != slot.after)
            restore(slot, slot.after);
    }
}

void EditCommand::undo()
{
    if (!m_changeSet)
        return;
    for (auto it = m_slots.crbegin(); it != m_slots.crend(); ++it) {
        if (snapshot(*it) != it->before)
            restore(*it, it->before);
    }
}

bool recordEdits(QUndoStack *stack, ChangeSet *changeSet, const QList<PendingChange> &changes,
                 const QString &description, EditCommand::Operation operation)
{
    if (!changeSet || changes.isEmpty())
        return false;
    auto *command = new EditCommand(changeSet, changes, description, operation);
    // Applied here rather than by push() so an action that changed nothing leaves no step in
    // the history; push() then calls redo() again, which puts back the same snapshots.
    command->redo();
    if (command->isEmpty() || !stack) {
        const bool changed = !command->isEmpty();
        delete command;
        return changed;
    }
    stack->push(command);
    return true;
}

} // namespace pinstripe
