#pragma once

#include "core/changes/pendingchange.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace pinstripe {

/** One create or update call of a post: at most 30 bodies, and which changes each carries. */
struct WriteBatch
{
    /** Pinterest's limit of ad groups per create or update call. */
    static constexpr int kMaxBodies = 30;

    bool create = false;
    QList<QJsonObject> bodies;
    QList<QStringList> changeIds; ///< per body, the ids of the pending changes it carries

    /**
     * The calls that send @p changes (only those in state Pending): creates first, each with
     * its stored create body; the updates of one ad group combined into one body
     * (`{"id": …, field: after, …}`), in the order the ad groups first appear.
     */
    static QList<WriteBatch> plan(const QList<PendingChange> &changes);
};

} // namespace pinstripe
