#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace pinstripe {

/** The request an ad group body is sent in. */
enum class AdGroupRequestKind {
    Create, ///< an item of `AdGroupCreateRequest`
    Update, ///< an item of `AdGroupUpdateRequest`
};

/**
 * Which members of an ad group create or update body may be `null`, as Pinterest's API
 * description (5.23) says. The table is generated from openapi.yaml
 * (core/model/tools/generate_field_nullability.py), so it follows the spec rather than memory.
 *
 * An ad group read from Pinterest may carry `null` where a request may not (the spec's own
 * example response has `"bid_multiplier": null`); a body built from it must leave such a member
 * out, which for a create means the same as null (the server's default).
 */
namespace adgroupnullability {

/** True when @p key is a member of the request schema of @p kind. */
bool isKnown(const QString &key, AdGroupRequestKind kind);

/**
 * True when the request schema of @p kind allows `null` for @p key. A key the schema does not
 * know is not judged here (true): unknown members are sent back as they are.
 */
bool allowsNull(const QString &key, AdGroupRequestKind kind);

/** Every member of the request schema of @p kind that may not be `null`, sorted. */
QStringList notNullable(AdGroupRequestKind kind);

/** @p body without the `null` members the request schema of @p kind does not allow. */
QJsonObject withoutForbiddenNulls(QJsonObject body, AdGroupRequestKind kind);

/**
 * @p body with the `null` members of its `targeting_spec` and `tracking_urls` objects left out.
 * Inside them a null member means the same as an absent one (no restriction, no URLs), and
 * Pinterest replaces these objects whole; yet its request schemas refuse some of those nulls
 * (`INTEREST`, every URL list) although its answers may hold them. Serves every body that
 * carries a targeting spec: ad group creates and updates, bid floors, audience sizing.
 */
QJsonObject withoutNullsInside(QJsonObject body);

} // namespace adgroupnullability

} // namespace pinstripe
