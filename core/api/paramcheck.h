#pragma once

#include <QString>
#include <QStringList>

namespace pinstripe::paramcheck {

/**
 * Checks shared by the request objects, each returning an empty string when the value is
 * acceptable or one sentence naming the parameter and the problem. They mirror the limits in
 * Pinterest's API description so a bad value never costs a round trip (or a rate-limit token).
 */

/** A Pinterest id: digits only, at most 18 of them. */
bool isId(const QString &id);
QString checkId(const QString &name, const QString &id);
/** Each id valid, no more than @p maxItems, and (if @p required) at least one. */
QString checkIds(const QString &name, const QStringList &ids, int maxItems, bool required = false);
/** page_size: 1–250. */
QString checkPageSize(int pageSize);
/** @p value is one of @p allowed. */
QString checkEnum(const QString &name, const QString &value, const QStringList &allowed);
/** Every value is one of @p allowed; at most @p maxItems values (0 = no limit). */
QString checkEnums(const QString &name, const QStringList &values, const QStringList &allowed, int maxItems = 0);
/** The paging parameters of every list call: page_size 1–250 and an optional ASCENDING/DESCENDING order. */
QString checkPaging(int pageSize, const QString &order);
/** A write batch: 1–30 items. */
QString checkBatchSize(const QString &what, qsizetype count);

/** First non-empty message of @p checks, or an empty string. */
QString firstProblem(std::initializer_list<QString> checks);

} // namespace pinstripe::paramcheck
