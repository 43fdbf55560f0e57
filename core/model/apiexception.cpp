#include "core/model/apiexception.h"

#include "core/model/jsonfields.h"

namespace pinstripe {

namespace {
constexpr QLatin1String kCode("code");
constexpr QLatin1String kMessage("message");
} // namespace

ApiException ApiException::fromJson(const QJsonObject &json)
{
    ApiException e;
    json::ObjectReader r(json);
    r.read(kCode, e.code);
    r.read(kMessage, e.message);
    e.unknownFields = r.unknownFields();
    return e;
}

QJsonObject ApiException::toJson() const
{
    QJsonObject o = unknownFields;
    json::write(o, kCode, code);
    json::write(o, kMessage, message);
    return o;
}

} // namespace pinstripe
