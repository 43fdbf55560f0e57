#pragma once

#include "core/changes/pendingchange.h"
#include "core/model/adgroup.h"

#include <QList>
#include <QString>

namespace pinstripe {

/**
 * The pending changes that an edit of whole ad groups (the editor's form, one or many at once)
 * or a set of new ones amounts to. Kept apart from the form so the bodies that follow from any
 * edit can be checked against Pinterest's schema without a window.
 */
namespace editchanges {

/** One create per ad group, each carrying its create body (AdGroup::createBody()). */
QList<PendingChange> ofCreates(const QList<AdGroup> &adGroups, const QString &adAccountId);

/**
 * One update per changed member of each ad group: @p after[i] against @p before[i], as
 * AdGroup::updateBody() finds it. @p adAccountId is used when an ad group has none.
 */
QList<PendingChange> ofEdits(const QList<AdGroup> &before, const QList<AdGroup> &after, const QString &adAccountId);

/**
 * The starting point of a copy of @p source: only what a client may send in a create (no id,
 * status summary or times, no null a create refuses), named by @p namePattern ("%1 (copy)"),
 * whose %1 is the source's name, so a language can put the words around it in its own order.
 */
AdGroup duplicateOf(const AdGroup &source, const QString &namePattern);

} // namespace editchanges

} // namespace pinstripe
