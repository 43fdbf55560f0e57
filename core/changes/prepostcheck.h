#pragma once

#include "core/changes/pendingchange.h"
#include "core/model/adgroup.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace pinstripe {

/** Something the checks before posting found: errors block posting, warnings ask first. */
struct CheckFinding
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString changeId;
    QString adGroupId;
    QString adGroupName;
    QString field;
    QString message;
    /**
     * For a bid under Pinterest's floor: the pending change that raises it to the floor.
     * Recorded on the ChangeSet it merges with the pending bid, so posting can go on.
     */
    std::optional<PendingChange> raiseToFloor;

    bool isError() const { return severity == Severity::Error; }
};

/** Settings of the checks before posting. */
struct PrePostOptions
{
    /** Warn when a budget rises by more than this many percent (default +50%). */
    int spendIncreaseWarningPercent = 50;
    /** "Now", for schedule checks; invalid = the real clock. */
    QDateTime now;
};

/**
 * The checks run before posting that need no server call: spend increases over the
 * threshold, budget-type rules (LIFETIME needs an end time; budget type and billable event
 * change only on DRAFT ad groups), schedule sanity (end after start, end not in the past,
 * frequency caps need an end time) and bids removed while the strategy needs one.
 * (Bids under the floor need Pinterest's answer: see BidFloorCheck.)
 *
 * @p current holds each changed ad group as last seen from the server, by id.
 */
QList<CheckFinding> checkPendingChanges(const QList<PendingChange> &changes, const QHash<QString, AdGroup> &current,
                                        const Currency &currency, const PrePostOptions &options = {});

/** @p current with every update in @p changes for it applied (fields set to their "after" values). */
AdGroup withChangesApplied(const AdGroup &current, const QList<PendingChange> &changes);

/**
 * Each of @p adGroups as it will be after posting: with the updates in @p changes for it
 * applied. Changes of other ad groups and creates are ignored.
 */
QList<AdGroup> withChangesApplied(const QList<AdGroup> &adGroups, const QList<PendingChange> &changes);

} // namespace pinstripe
