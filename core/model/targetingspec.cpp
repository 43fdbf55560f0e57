#include "core/model/targetingspec.h"

#include "core/model/jsonfields.h"

namespace pinstripe {

namespace {
constexpr QLatin1String kLookbackWindow("lookback_window");
constexpr QLatin1String kExclusionWindow("exclusion_window");
constexpr QLatin1String kTagTypes("tag_types");

constexpr QLatin1String kAgeBucket("AGE_BUCKET");
constexpr QLatin1String kAppType("APPTYPE");
constexpr QLatin1String kAudienceExclude("AUDIENCE_EXCLUDE");
constexpr QLatin1String kAudienceInclude("AUDIENCE_INCLUDE");
constexpr QLatin1String kGender("GENDER");
constexpr QLatin1String kGeo("GEO");
constexpr QLatin1String kInterest("INTEREST");
constexpr QLatin1String kLocale("LOCALE");
constexpr QLatin1String kLocation("LOCATION");
constexpr QLatin1String kTargetingStrategy("TARGETING_STRATEGY");
constexpr QLatin1String kMinimumAge("MINIMUM_AGE");
constexpr QLatin1String kMaximumAge("MAXIMUM_AGE");
constexpr QLatin1String kShoppingRetargeting("SHOPPING_RETARGETING");
} // namespace

ShoppingRetargeting ShoppingRetargeting::fromJson(const QJsonObject &json)
{
    ShoppingRetargeting s;
    json::ObjectReader r(json);
    r.read(kLookbackWindow, s.lookbackWindow);
    r.read(kExclusionWindow, s.exclusionWindow);
    r.read(kTagTypes, s.tagTypes);
    s.unknownFields = r.unknownFields();
    return s;
}

QJsonObject ShoppingRetargeting::toJson() const
{
    QJsonObject o = unknownFields;
    json::write(o, kLookbackWindow, lookbackWindow);
    json::write(o, kExclusionWindow, exclusionWindow);
    json::write(o, kTagTypes, tagTypes);
    return o;
}

bool TargetingSpec::isEmpty() const
{
    return unknownFields.isEmpty() && ageBucket.isAbsent() && appType.isAbsent()
        && audienceExclude.isAbsent() && audienceInclude.isAbsent() && gender.isAbsent()
        && geo.isAbsent() && interest.isAbsent() && locale.isAbsent() && location.isAbsent()
        && targetingStrategy.isAbsent() && minimumAge.isAbsent() && maximumAge.isAbsent()
        && shoppingRetargeting.isAbsent();
}

TargetingSpec TargetingSpec::fromJson(const QJsonObject &json)
{
    TargetingSpec t;
    json::ObjectReader r(json);
    r.read(kAgeBucket, t.ageBucket);
    r.read(kAppType, t.appType);
    r.read(kAudienceExclude, t.audienceExclude);
    r.read(kAudienceInclude, t.audienceInclude);
    r.read(kGender, t.gender);
    r.read(kGeo, t.geo);
    r.read(kInterest, t.interest);
    r.read(kLocale, t.locale);
    r.read(kLocation, t.location);
    r.read(kTargetingStrategy, t.targetingStrategy);
    r.read(kMinimumAge, t.minimumAge);
    r.read(kMaximumAge, t.maximumAge);
    r.read(kShoppingRetargeting, t.shoppingRetargeting);
    t.unknownFields = r.unknownFields();
    return t;
}

QJsonObject TargetingSpec::toJson() const
{
    QJsonObject o = unknownFields;
    json::write(o, kAgeBucket, ageBucket);
    json::write(o, kAppType, appType);
    json::write(o, kAudienceExclude, audienceExclude);
    json::write(o, kAudienceInclude, audienceInclude);
    json::write(o, kGender, gender);
    json::write(o, kGeo, geo);
    json::write(o, kInterest, interest);
    json::write(o, kLocale, locale);
    json::write(o, kLocation, location);
    json::write(o, kTargetingStrategy, targetingStrategy);
    json::write(o, kMinimumAge, minimumAge);
    json::write(o, kMaximumAge, maximumAge);
    json::write(o, kShoppingRetargeting, shoppingRetargeting);
    return o;
}

} // namespace pinstripe
