#pragma once

#include "core/model/adgroupnullability.h"
#include "core/rules/ruleviolation.h"

#include <QJsonObject>
#include <QList>

namespace pinstripe {

/**
 * The rules for an ad group create or update body just before it is sent: required fields,
 * `null` where the request schema forbids it (adgroupnullability, generated from Pinterest's
 * openapi.yaml), id patterns, enum values, whole non-negative micro-currency amounts, the bid
 * multiplier range, LIFETIME budgets and frequency caps needing an end time, end after start,
 * tracking URLs and targeting age keys. The messages are the catalogue's, the same the form and
 * the bulk edit show for the same value. Empty when the body is fine.
 */
RuleViolations checkAdGroupBody(const QJsonObject &body, AdGroupRequestKind kind);

/**
 * The first violation among @p bodies, prefixed with the position and name of the ad group and
 * the field it concerns ("Ad group 2 (\"Spring\"), end_time: The end must be after the start.");
 * empty when every body is fine. The batch size is the request's own check.
 */
QString firstAdGroupBodyProblem(const QList<QJsonObject> &bodies, AdGroupRequestKind kind);

} // namespace pinstripe
