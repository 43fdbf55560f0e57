#include "core/model/audiencesizing.h"

#include "core/model/jsonfields.h"

#include <cmath>

namespace pinstripe {

namespace {
constexpr QLatin1String kMatchType("match_type");
constexpr QLatin1String kValue("value");
constexpr QLatin1String kAutoTargetingEnabled("auto_targeting_enabled");
constexpr QLatin1String kCreativeTypes("creative_types");
constexpr QLatin1String kKeywords("keywords");
constexpr QLatin1String kPlacementGroup("placement_group");
constexpr QLatin1String kProductGroupIds("product_group_ids");
constexpr QLatin1String kTargetingSpec("targeting_spec");
constexpr QLatin1String kLowerBound("audience_size_lower_bound");
constexpr QLatin1String kUpperBound("audience_size_upper_bound");

std::optional<qint64> rounded(const Field<double> &field)
{
    if (!field.hasValue() || !std::isfinite(field.value()))
        return std::nullopt;
    return std::llround(field.value());
}
} // namespace

AudienceKeyword AudienceKeyword::fromJson(const QJsonObject &json)
{
    AudienceKeyword k;
    json::ObjectReader r(json);
    r.read(kMatchType, k.matchType);
    r.read(kValue, k.value);
    k.unknownFields = r.unknownFields();
    return k;
}

QJsonObject AudienceKeyword::toJson() const
{
    QJsonObject o = unknownFields;
    json::write(o, kMatchType, matchType);
    json::write(o, kValue, value);
    return o;
}

AudienceSizingRequest AudienceSizingRequest::fromJson(const QJsonObject &json)
{
    AudienceSizingRequest a;
    json::ObjectReader r(json);
    r.read(kAutoTargetingEnabled, a.autoTargetingEnabled);
    r.read(kCreativeTypes, a.creativeTypes);
    r.read(kKeywords, a.keywords);
    r.read(kPlacementGroup, a.placementGroup);
    r.read(kProductGroupIds, a.productGroupIds);
    r.read(kTargetingSpec, a.targetingSpec);
    a.unknownFields = r.unknownFields();
    return a;
}

QJsonObject AudienceSizingRequest::toJson() const
{
    QJsonObject o = unknownFields;
    json::write(o, kAutoTargetingEnabled, autoTargetingEnabled);
    json::write(o, kCreativeTypes, creativeTypes);
    json::write(o, kKeywords, keywords);
    json::write(o, kPlacementGroup, placementGroup);
    json::write(o, kProductGroupIds, productGroupIds);
    json::write(o, kTargetingSpec, targetingSpec);
    return o;
}

std::optional<qint64> AudienceSizing::lowerBound() const
{
    return rounded(audienceSizeLowerBound);
}

std::optional<qint64> AudienceSizing::upperBound() const
{
    return rounded(audienceSizeUpperBound);
}

AudienceSizing AudienceSizing::fromJson(const QJsonObject &json)
{
    AudienceSizing a;
    json::ObjectReader r(json);
    r.read(kLowerBound, a.audienceSizeLowerBound);
    r.read(kUpperBound, a.audienceSizeUpperBound);
    a.unknownFields = r.unknownFields();
    return a;
}

QJsonObject AudienceSizing::toJson() const
{
    QJsonObject o = unknownFields;
    json::write(o, kLowerBound, audienceSizeLowerBound);
    json::write(o, kUpperBound, audienceSizeUpperBound);
    return o;
}

} // namespace pinstripe
