#pragma once

#include "core/model/adgroup.h"
#include "core/rules/ruleviolation.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace pinstripe {

/**
 * BulkMixedBudgetTypes, BulkCboBudget: whether one budget edit makes sense for the whole
 * selection @p adGroups (a DAILY and a LIFETIME budget are different quantities; a CBO ad
 * group's budget is the campaign's). Nothing when it does.
 */
std::optional<RuleViolation> checkBulkBudgetSelection(const QList<AdGroup> &adGroups);

/**
 * The rules for one ad group of a planned bulk edit, as on the server (@p before) and as it
 * would be (@p after): the same rules and messages as the form (checkAdGroupEdit), without the
 * campaign rules (a bulk edit changes no campaign).
 */
RuleViolations checkBulkEdit(const AdGroup &before, const AdGroup &after);

/** One violation of a bulk edit and the ad group it concerns. */
struct BulkViolation
{
    /** The ad group's name, or its id when it has none. */
    QString adGroup;
    RuleViolation violation;
};

/**
 * One line per distinct message, naming the first few ad groups and counting the rest:
 * "\"AG 1\", \"AG 3\": The budget cannot be negative." (the rule's own message, so the line
 * reads like the form's and the body check's). Lines for violations without an ad group are
 * the message alone.
 */
QStringList summarizeBulkViolations(const QList<BulkViolation> &violations);

} // namespace pinstripe
