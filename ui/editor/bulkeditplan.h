#pragma once

#include "core/changes/bulkadjustment.h"
#include "core/changes/pendingchange.h"
#include "core/model/adgroup.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace pinstripe {

/**
 * What a bulk edit does to a selection of ad groups — status, budget, bid, end date and
 * targeting — and the field-level changes that follow from it, with their previews. The
 * refusals are the ad group rules (core/rules/bulkeditrules.h): each ad group's result is
 * checked with the same rules and messages as the form.
 */
struct BulkEditPlan
{
    /** A money edit with the words that describe it ("+15%", "set to $10.00"). */
    struct MoneyStep
    {
        BulkAdjustment adjustment;
        QString label;
    };

    std::optional<QString> status;
    std::optional<MoneyStep> budget;
    std::optional<MoneyStep> bid;
    /** Move every end time by this many days (ad groups without an end are left alone). */
    std::optional<int> endShiftDays;
    /** Set every end time to this Unix second. */
    std::optional<qint64> endSetTo;
    std::optional<TargetingSpec> targeting;
    /** The preset's name for the undo step's name; empty for an unnamed spec. */
    QString targetingName;

    /** The result of compute(). */
    struct Outcome
    {
        QList<PendingChange> changes;
        /** Why the plan is refused, one line per rule broken ("AG 1": The budget cannot be negative.); nothing is recorded then. */
        QStringList problems;
        /** What is left alone and why ("3 ad groups have no end date and keep none"). */
        QStringList notes;
        /** One line per edited field: "Budget, 32 ad groups: $10.00 → $11.50, …". */
        QStringList previews;
        /** The undo step's name. */
        QString description;
    };

    bool isEmpty() const
    {
        return !status && !budget && !bid && !endShiftDays && !endSetTo && !targeting;
    }

    /** The changes for @p adGroups in @p currency; @p adAccountId is used when an ad group has none. */
    Outcome compute(const QList<AdGroup> &adGroups, const Currency &currency, const QString &adAccountId = {}) const;
};

} // namespace pinstripe
