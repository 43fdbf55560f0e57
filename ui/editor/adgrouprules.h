#pragma once

#include "ui/editor/fieldproblem.h"

#include "core/model/adgroup.h"
#include "core/model/campaign.h"

namespace pinstripe {

/**
 * Pinterest's rules for one ad group as it would be after an edit, each problem attached to
 * the field where the form shows it: name, LIFETIME budget needs an end time (shown at the
 * budget type), end after start, bid needed unless the strategy is automatic, budget more than
 * zero (unless set by a CBO campaign), bid not negative, no clearing of what Pinterest cannot
 * clear (members the update schema does not let be null), budget type and
 * billable event changeable only on DRAFT ad groups, CBO rules, frequency cap (needs an end,
 * CPM only), bid multiplier (0…10, automatic bidding only), promotion id digits, the campaign's
 * schedule and objective.
 *
 * @p before is the ad group as on the server (null when creating); @p campaign may be null when
 * unknown, in which case the campaign rules are skipped.
 */
QList<FieldProblem> checkAdGroupRules(const AdGroup &after, const AdGroup *before, const Campaign *campaign);

/**
 * Pinterest documents no limit on ad group names; Pinstripe refuses names over 255 characters,
 * a common limit of Pinterest's text fields, so an over-long paste is caught before posting.
 */
constexpr int kMaxAdGroupNameLength = 255;

} // namespace pinstripe
