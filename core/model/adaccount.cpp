#include "core/model/adaccount.h"

#include "core/model/jsonfields.h"

namespace pinstripe {

namespace {
constexpr QLatin1String kId("id");
constexpr QLatin1String kUsername("username");
constexpr QLatin1String kName("name");
constexpr QLatin1String kCountry("country");
constexpr QLatin1String kCurrency("currency");
constexpr QLatin1String kOwner("owner");
constexpr QLatin1String kPermissions("permissions");
constexpr QLatin1String kCreatedTime("created_time");
constexpr QLatin1String kUpdatedTime("updated_time");
} // namespace

AdAccountOwner AdAccountOwner::fromJson(const QJsonObject &json)
{
    AdAccountOwner o;
    json::ObjectReader r(json);
    r.read(kId, o.id);
    r.read(kUsername, o.username);
    o.unknownFields = r.unknownFields();
    return o;
}

QJsonObject AdAccountOwner::toJson() const
{
    QJsonObject o = unknownFields;
    json::write(o, kId, id);
    json::write(o, kUsername, username);
    return o;
}

AdAccount AdAccount::fromJson(const QJsonObject &json)
{
    AdAccount a;
    json::ObjectReader r(json);
    r.read(kId, a.id);
    r.read(kName, a.name);
    r.read(kCountry, a.country);
    r.read(kCurrency, a.currency);
    r.read(kOwner, a.owner);
    r.read(kPermissions, a.permissions);
    r.read(kCreatedTime, a.createdTime);
    r.read(kUpdatedTime, a.updatedTime);
    a.unknownFields = r.unknownFields();
    return a;
}

QJsonObject AdAccount::toJson() const
{
    QJsonObject o = unknownFields;
    json::write(o, kId, id);
    json::write(o, kName, name);
    json::write(o, kCountry, country);
    json::write(o, kCurrency, currency);
    json::write(o, kOwner, owner);
    json::write(o, kPermissions, permissions);
    json::write(o, kCreatedTime, createdTime);
    json::write(o, kUpdatedTime, updatedTime);
    return o;
}

} // namespace pinstripe
