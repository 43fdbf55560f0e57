#include "ui/changes/editcommand.h"

#include "core/changes/changeset.h"

#include <QSet>
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

namespace {

QString slotKey(const QString &adGroupId, const QString &field)
{
    return adGroupId + QChar(0x1f) + field;
}

} // namespace

EditCommand::Updates EditCommand::updatesByKey() const
{
    Updates updates;
    updates.all = m_changeSet->changes(); // shared, not copied
    updates.rows.reserve(updates.all.size());
    for (qsizetype i = 0; i < updates.all.size(); ++i) {
        const PendingChange &change = updates.all.at(i);
        if (change.kind != PendingChange::Kind::Update)
            continue;
        const QString key = slotKey(change.adGroupId, change.field);
        if (!updates.rows.contains(key)) // the first, as ChangeSet::pendingFor() finds it
            updates.rows.insert(key, i);
    }
    return updates;
}

std::optional<PendingChange> EditCommand::snapshot(const Slot &slot, const Updates &updates) const
{
    if (slot.create)
        return m_changeSet->find(slot.createId);
    const auto it = updates.rows.constFind(slot.key);
    return it == updates.rows.cend() ? std::nullopt : std::optional<PendingChange>(updates.all.at(*it));
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
    const Updates before = updatesByKey();
    QSet<QString> known;
    for (const PendingChange &change : std::as_const(m_changes)) {
        Slot slot;
        slot.create = change.kind == PendingChange::Kind::Create;
        slot.adGroupId = change.adGroupId;
        slot.field = change.field;
        slot.createId = change.id;
        slot.key = slot.create ? slot.createId : slotKey(slot.adGroupId, slot.field);
        const QString seen = (slot.create ? QStringLiteral("c") : QStringLiteral("u")) + slot.key;
        if (known.contains(seen))
            continue;
        known.insert(seen);
        slot.before = snapshot(slot, before);
        m_slots << slot;
    }
    // Recording is one write and one change signal for the whole action (a paste of thousands of cells).
    if (m_operation == Operation::Record)
        m_changeSet->recordAll(m_changes);
    for (const PendingChange &change : std::as_const(m_changes)) {
        switch (m_operation) {
        case Operation::Record:
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
    const Updates after = updatesByKey();
    for (Slot &slot : m_slots) {
        slot.after = snapshot(slot, after);
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
    if (m_appliedBeforePush) {
        m_appliedBeforePush = false;
        return;
    }
    restoreAll(true);
}

void EditCommand::undo()
{
    if (!m_changeSet)
        return;
    restoreAll(false);
}

void EditCommand::restoreAll(bool after)
{
    // Skips what is already so (e.g. push() right after the first apply); the updates go in
    // one synchronous SQLite commit, not one per slot. Undo walks back from the last slot.
    const Updates updates = updatesByKey();
    QList<ChangeSet::PendingTarget> targets;
    const auto visit = [&](const Slot &slot) {
        const std::optional<PendingChange> &wanted = after ? slot.after : slot.before;
        if (snapshot(slot, updates) == wanted)
            return;
        if (slot.create)
            restore(slot, wanted);
        else
            targets << ChangeSet::PendingTarget{slot.adGroupId, slot.field, wanted};
    };
    if (after) {
        for (const Slot &slot : std::as_const(m_slots))
            visit(slot);
    } else {
        for (auto it = m_slots.crbegin(); it != m_slots.crend(); ++it)
            visit(*it);
    }
    if (!targets.isEmpty())
        m_changeSet->setPendingForAll(targets);
}

bool recordEdits(QUndoStack *stack, ChangeSet *changeSet, const QList<PendingChange> &changes,
                 const QString &description, EditCommand::Operation operation)
{
    if (!changeSet || changes.isEmpty())
        return false;
    auto *command = new EditCommand(changeSet, changes, description, operation);
    // Applied here rather than by push() so an action that changed nothing leaves no step in
    // the history; the redo() push() then calls finds everything already so.
    command->redo();
    if (command->isEmpty() || !stack) {
        const bool changed = !command->isEmpty();
        delete command;
        return changed;
    }
    command->m_appliedBeforePush = true;
    stack->push(command);
    return true;
}

} // namespace pinstripe
