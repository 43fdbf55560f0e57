#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace pinstripe::sandbox::writekeys {

/** The write bodies whose keys strict mode checks (names as in writekeys.inc). */
enum class Body { AdGroupCreate, AdGroupUpdate, BidFloor, AudienceSizing };

/**
 * Strict mode's check of one write body (or one item of a batch body): every key of every
 * object the request schema describes must be a member of that schema. Returns the first key
 * that is not, as "'created_time' is read-only and cannot be sent" or "'foo' is not a member
 * of targeting_spec", or an empty string. Values are not looked at here: the endpoint's own
 * validation does that. Free-form maps in the schema are not checked.
 */
QString check(Body body, const QJsonValue &value);

/** The members the schema allows at @p path ("" = top level, "targeting_spec", "keywords[]"). */
QStringList allowed(Body body, const QString &path);
/** The top-level members Pinterest only sends back for @p body. */
QStringList readOnly(Body body);

} // namespace pinstripe::sandbox::writekeys
