#include "sandbox/jsonbody.h"

#include <QJsonParseError>

namespace pinstripe::sandbox::jsonbody {

namespace {

/** The top-level value's kind as a person would name it; a document holds an array or an object. */
QString foundName(const QJsonDocument &doc)
{
    return doc.isArray() ? QStringLiteral("a JSON array") : QStringLiteral("a JSON object");
}

/** Qt refuses a bare scalar as a document; name it instead of reporting a parse error. */
QString scalarName(const QByteArray &trimmed)
{
    if (trimmed == "null")
        return QStringLiteral("null");
    if (trimmed == "true" || trimmed == "false")
        return QStringLiteral("a boolean");
    if (trimmed.startsWith('"') && trimmed.endsWith('"') && trimmed.size() > 1)
        return QStringLiteral("a string");
    bool number = false;
    trimmed.toDouble(&number);
    return number ? QStringLiteral("a number") : QString();
}

} // namespace

QString kindOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("a JSON array");
    case QJsonValue::Object: return QStringLiteral("a JSON object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("missing");
}

QString parse(const QByteArray &body, Shape expected, QJsonDocument *doc)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("it is empty");
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        const QString scalar = scalarName(trimmed);
        if (!scalar.isEmpty())
            return QStringLiteral("it is %1").arg(scalar);
        return QStringLiteral("it is not valid JSON (%1 at offset %2)").arg(error.errorString()).arg(error.offset);
    }
    const bool matches = expected == Shape::Array ? parsed.isArray() : parsed.isObject();
    if (!matches)
        return QStringLiteral("it is %1").arg(foundName(parsed));
    *doc = parsed;
    return {};
}

} // namespace pinstripe::sandbox::jsonbody
