#include "core/changes/changeset.h"

#include "core/changes/pendingchangestore.h"

#include <QSet>

#include <algorithm>

namespace pinstripe {

namespace {

QString updateKey(const QString &adGroupId, const QString &field)
{
    return adGroupId + QChar(0x1f) + field;
}

/** The writes of one batch: saved changes by id (latest wins) and removed ids, kept apart. */
struct BatchWrites
{
    QList<PendingChange> saved;
    QHash<QString, qsizetype> savedAt;
    QSet<QString> removed;

    void save(const PendingChange &change)
    {
        removed.remove(change.id);
        const auto it = savedAt.constFind(change.id);
        if (it != savedAt.cend()) {
            saved[*it] = change;
        } else {
            savedAt.insert(change.id, saved.size());
            saved << change;
        }
    }
    void remove(const QString &id) { removed.insert(id); }
    bool isEmpty() const { return saved.isEmpty() && removed.isEmpty(); }
    QList<PendingChange> toSave() const
    {
        QList<PendingChange> result;
        result.reserve(saved.size());
        for (const PendingChange &change : saved) {
            if (!removed.contains(change.id))
                result << change;
        }
        return result;
    }
};

} // namespace

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

QHash<QString, qsizetype> ChangeSet::updateRows() const
{
    QHash<QString, qsizetype> rows;
    rows.reserve(m_changes.size());
    for (qsizetype i = 0; i < m_changes.size(); ++i) {
        const PendingChange &c = m_changes.at(i);
        if (c.kind != PendingChange::Kind::Update)
            continue;
        const QString key = updateKey(c.adGroupId, c.field);
        if (!rows.contains(key))
            rows.insert(key, i);
    }
    return rows;
}

void ChangeSet::removeRows(const QList<qsizetype> &rows)
{
    if (rows.isEmpty())
        return;
    QList<qsizetype> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    QList<PendingChange> kept;
    kept.reserve(m_changes.size() - sorted.size());
    qsizetype next = 0;
    for (qsizetype i = 0; i < m_changes.size(); ++i) {
        if (next < sorted.size() && sorted.at(next) == i) {
            while (next < sorted.size() && sorted.at(next) == i)
                ++next;
            continue;
        }
        kept << m_changes.at(i);
    }
    m_changes = std::move(kept);
}

void ChangeSet::recordAll(const QList<PendingChange> &changes)
{
    // record()'s rules, with one lookup table, one transaction and one changed() for the lot.
    QHash<QString, qsizetype> rows = updateRows();
    QList<qsizetype> gone;
    BatchWrites writes;
    bool any = false;
    for (const PendingChange &change : changes) {
        if (change.kind == PendingChange::Kind::Update) {
            const QString key = updateKey(change.adGroupId, change.field);
            const auto it = rows.constFind(key);
            if (it != rows.cend()) {
                const qsizetype at = *it;
                PendingChange merged = m_changes.at(at);
                merged.after = change.after;
                merged.state = PendingChange::State::Pending;
                merged.message.clear();
                any = true;
                if (merged.isNoOp()) {
                    writes.remove(merged.id);
                    gone << at;
                    rows.erase(it);
                } else {
                    m_changes[at] = merged;
                    writes.save(merged);
                }
                continue;
            }
            if (change.isNoOp())
                continue;
            rows.insert(key, m_changes.size());
        }
        m_changes.append(change);
        writes.save(change);
        any = true;
    }
    removeRows(gone);
    if (m_store && !writes.isEmpty())
        m_store->saveAll(writes.toSave(), QStringList(writes.removed.cbegin(), writes.removed.cend()));
    if (any)
        Q_EMIT changed();
}

void ChangeSet::setPendingForAll(const QList<PendingTarget> &targets)
{
    QHash<QString, qsizetype> rows = updateRows();
    QList<qsizetype> gone;
    BatchWrites writes;
    for (const PendingTarget &target : targets) {
        const QString key = updateKey(target.adGroupId, target.field);
        const auto it = rows.constFind(key);
        if (it != rows.cend()) {
            const qsizetype at = *it;
            if (target.snapshot) {
                if (m_changes.at(at).id != target.snapshot->id)
                    writes.remove(m_changes.at(at).id);
                m_changes[at] = *target.snapshot;
                writes.save(*target.snapshot);
            } else {
                writes.remove(m_changes.at(at).id);
                gone << at;
                rows.erase(it);
            }
        } else if (target.snapshot) {
            rows.insert(key, m_changes.size());
            m_changes.append(*target.snapshot);
            writes.save(*target.snapshot);
        }
    }
    removeRows(gone);
    if (m_store && !writes.isEmpty())
        m_store->saveAll(writes.toSave(), QStringList(writes.removed.cbegin(), writes.removed.cend()));
    if (!targets.isEmpty())
        Q_EMIT changed();
}

} // namespace pinstripe
