#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>

namespace pinstripe::sandbox::jsonbody {

/** What a request body must hold at its top level. */
enum class Shape { Array, Object };

/**
 * Parses @p body as JSON whose top level is @p expected. On success stores the document in
 * @p doc and returns an empty string; otherwise returns what the body is instead ("it is a
 * JSON object", "it is not valid JSON (unterminated array at offset 12)", "it is empty"), for
 * the caller's message that also says what was expected. QJsonParseError alone cannot say
 * this: for valid JSON of the wrong shape it reports "no error occurred".
 */
QString parse(const QByteArray &body, Shape expected, QJsonDocument *doc);

/** The kind of @p value as an error message names it: "a JSON object", "a string", "null"... */
QString kindOf(const QJsonValue &value);

} // namespace pinstripe::sandbox::jsonbody
