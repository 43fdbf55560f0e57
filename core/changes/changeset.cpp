#include "core/changes/changeset.h"

#include "core/changes/pendingchangestore.h"

namespace pinstripe {

ChangeSet::ChangeSet(PendingChangeStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

void ChangeSet::loadFromStore(const QString &adAccountId)
{
    m_changes = m_store ? m_store->load(adAccountId) : QList<PendingChange>();
    Q_EMIT changed();
}

qsizetype ChangeSet::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_changes.size(); ++i) {
        if (m_changes.at(i).id == id)
            return i;
    }
    return -1;
}

qsizetype ChangeSet::indexOfUpdate(const QString &adGroupId, const QString &field) const
{
    for (qsizetype i = 0; i < m_changes.size(); ++i) {
        const PendingChange &c = m_changes.at(i);
        if (c.kind == PendingChange::Kind::Update && c.adGroupId == adGroupId && c.field == field)
            return i;
    }
    return -1;
}

void ChangeSet::persist(const PendingChange &change)
{
    if (m_store)
        m_store->save(change);
}

void ChangeSet::unpersist(const QString &id)
{
    if (m_store)
        m_store->remove(id);
}

QString ChangeSet::record(const PendingChange &change)
{
    if (change.kind == PendingChange::Kind::Update) {
        const qsizetype at = indexOfUpdate(change.adGroupId, change.field);
        if (at >= 0) {
            // Merge: the original "before" and base stay, the newest "after" wins.
            PendingChange merged = m_changes.at(at);
            merged.after = change.after;
            merged.state = PendingChange::State::Pending;
            merged.message.clear();
            if (merged.isNoOp()) {
                unpersist(merged.id);
                m_changes.removeAt(at);
                Q_EMIT changed();
                return {};
            }
            m_changes[at] = merged;
            persist(merged);
            Q_EMIT changed();
            return merged.id;
        }
        if (change.isNoOp())
            return {};
    }
    m_changes.append(change);
    persist(change);
    Q_EMIT changed();
    return change.id;
}

void ChangeSet::replace(const PendingChange &change)
{
    const qsizetype at = indexOf(change.id);
    if (at < 0)
        return;
    m_changes[at] = change;
    persist(change);
    Q_EMIT changed();
}

void ChangeSet::replaceAll(const QList<PendingChange> &changes)
{
    QList<PendingChange> known;
    for (const PendingChange &change : changes) {
        const qsizetype at = indexOf(change.id);
        if (at < 0)
            continue;
        m_changes[at] = change;
        known << change;
    }
    if (known.isEmpty())
        return;
    if (m_store)
        m_store->saveAll(known);
    Q_EMIT changed();
}

void ChangeSet::settle(JournalEntry &entry, PendingChangeStore *journal)
{
    const qsizetype at = indexOf(entry.change.id);
    if (at < 0)
        return;
    if (journal && journal == m_store) {
        m_store->recordApplied(entry);
    } else {
        if (journal)
            journal->appendJournal(entry);
        unpersist(entry.change.id);
    }
    m_changes.removeAt(at);
    Q_EMIT changed();
}

void ChangeSet::discard(const QString &id)
{
    const qsizetype at = indexOf(id);
    if (at < 0)
        return;
    m_changes.removeAt(at);
    unpersist(id);
    Q_EMIT changed();
}

void ChangeSet::discardAll()
{
    for (const PendingChange &c : std::as_const(m_changes))
        unpersist(c.id);
    m_changes.clear();
    Q_EMIT changed();
}

std::optional<PendingChange> ChangeSet::find(const QString &id) const
{
    const qsizetype at = indexOf(id);
    return at < 0 ? std::nullopt : std::optional<PendingChange>(m_changes.at(at));
}

QList<PendingChange> ChangeSet::changesFor(const QString &adGroupId) const
{
    QList<PendingChange> result;
    for (const PendingChange &c : m_changes) {
        if (c.adGroupId == adGroupId)
            result << c;
    }
    return result;
}

std::optional<PendingChange> ChangeSet::pendingFor(const QString &adGroupId, const QString &field) const
{
    const qsizetype at = indexOfUpdate(adGroupId, field);
    return at < 0 ? std::nullopt : std::optional<PendingChange>(m_changes.at(at));
}

void ChangeSet::setPendingFor(const QString &adGroupId, const QString &field, const std::optional<PendingChange> &snapshot)
{
    const qsizetype at = indexOfUpdate(adGroupId, field);
    if (at >= 0) {
        if (snapshot) {
            unpersist(m_changes.at(at).id);
            m_changes[at] = *snapshot;
            persist(*snapshot);
        } else {
            unpersist(m_changes.at(at).id);
            m_changes.removeAt(at);
        }
    } else if (snapshot) {
        m_changes.append(*snapshot);
        persist(*snapshot);
    }
    Q_EMIT changed();
}

} // namespace pinstripe
