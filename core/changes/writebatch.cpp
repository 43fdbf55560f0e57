#include "core/changes/writebatch.h"

#include <QHash>

namespace pinstripe {

QList<WriteBatch> WriteBatch::plan(const QList<PendingChange> &changes)
{
    QList<QJsonObject> updateBodies;
    QList<QStringList> updateIds;
    QHash<QString, qsizetype> bodyOfAdGroup;
    QList<QJsonObject> createBodies;
    QList<QStringList> createIds;
    for (const PendingChange &change : changes) {
        if (change.state != PendingChange::State::Pending)
            continue;
        if (change.kind == PendingChange::Kind::Create) {
            createBodies << change.createBody;
            createIds << QStringList{change.id};
            continue;
        }
        // One body per ad group carries all of its changed fields.
        auto at = bodyOfAdGroup.constFind(change.adGroupId);
        if (at == bodyOfAdGroup.cend()) {
            at = bodyOfAdGroup.insert(change.adGroupId, updateBodies.size());
            updateBodies << QJsonObject{{QStringLiteral("id"), change.adGroupId}};
            updateIds << QStringList();
        }
        updateBodies[*at].insert(change.field, change.after);
        updateIds[*at] << change.id;
    }
    QList<WriteBatch> batches;
    const auto chunk = [&batches](bool create, const QList<QJsonObject> &bodies, const QList<QStringList> &ids) {
        for (qsizetype at = 0; at < bodies.size(); at += kMaxBodies)
            batches << WriteBatch{create, bodies.mid(at, kMaxBodies), ids.mid(at, kMaxBodies)};
    };
    chunk(true, createBodies, createIds);
    chunk(false, updateBodies, updateIds);
    return batches;
}

} // namespace pinstripe
