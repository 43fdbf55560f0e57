#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace pinstripe {

/**
 * Checks an ad group create or update body against Pinterest's schema and rules before it
 * is sent: required fields, `null` where the request schema forbids it (adgroupnullability),
 * id patterns, enum values, integer micro-currency amounts, the
 * bid multiplier range, LIFETIME budgets and frequency caps needing an end time, end after
 * start, tracking URL counts, and targeting age keys. Returns one sentence per problem
 * found in @p body (empty = fine).
 */
QStringList checkAdGroupBody(const QJsonObject &body, bool forCreate);

/**
 * Checks a whole batch (1–30 bodies) and returns the first problem, prefixed with the
 * position and name of the ad group it concerns; empty when every body is fine.
 */
QString checkAdGroupBatch(const QList<QJsonObject> &bodies, bool forCreate);

} // namespace pinstripe
