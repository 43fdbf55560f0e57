#pragma once

#include "core/model/adgroup.h"
#include "core/model/campaign.h"
#include "core/rules/ruleviolation.h"

namespace pinstripe {

/**
 * The rules for one ad group as it would be after an edit (a form's values, or one ad group
 * of a planned bulk edit), each violation at the field where it is shown: name, LIFETIME
 * budget needs an end time (at the budget type), end after start, bid needed unless the
 * strategy is automatic, budget more than zero (unless set by a CBO campaign), bid not
 * negative, no clearing of what Pinterest cannot clear (members the update schema does not let
 * be null), budget type and billable event changeable only on DRAFT ad groups, CBO rules,
 * frequency cap (needs an end, CPM only), bid multiplier (0…10, automatic bidding only),
 * promotion id digits, optimization goal, tracking URLs, the campaign's schedule and objective.
 *
 * @p before is the ad group as on the server (null when creating); on an edit a rule speaks
 * up only when one of its fields changed. @p campaign may be null when unknown, in which case
 * the campaign rules are skipped.
 */
RuleViolations checkAdGroupEdit(const AdGroup &after, const AdGroup *before, const Campaign *campaign);

} // namespace pinstripe
