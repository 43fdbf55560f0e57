#include "core/model/bidfloor.h"

#include "core/model/jsonfields.h"

namespace pinstripe {

namespace {
constexpr QLatin1String kBillableEvent("billable_event");
constexpr QLatin1String kCountries("countries");
constexpr QLatin1String kCreativeType("creative_type");
constexpr QLatin1String kCurrency("currency");
constexpr QLatin1String kObjectiveType("objective_type");
constexpr QLatin1String kOptimizationGoalMetadata("optimization_goal_metadata");
constexpr QLatin1String kBidFloorSpecs("bid_floor_specs");
constexpr QLatin1String kTargetingSpec("targeting_spec");
constexpr QLatin1String kBidFloors("bid_floors");
constexpr QLatin1String kType("type");
} // namespace

BidFloorSpec BidFloorSpec::fromJson(const QJsonObject &json)
{
    BidFloorSpec s;
    json::ObjectReader r(json);
    r.read(kBillableEvent, s.billableEvent);
    r.read(kCountries, s.countries);
    r.read(kCreativeType, s.creativeType);
    r.read(kCurrency, s.currency);
    r.read(kObjectiveType, s.objectiveType);
    r.read(kOptimizationGoalMetadata, s.optimizationGoalMetadata);
    s.unknownFields = r.unknownFields();
    return s;
}

QJsonObject BidFloorSpec::toJson() const
{
    QJsonObject o = unknownFields;
    json::write(o, kBillableEvent, billableEvent);
    json::write(o, kCountries, countries);
    json::write(o, kCreativeType, creativeType);
    json::write(o, kCurrency, currency);
    json::write(o, kObjectiveType, objectiveType);
    json::write(o, kOptimizationGoalMetadata, optimizationGoalMetadata);
    return o;
}

BidFloorRequest BidFloorRequest::fromJson(const QJsonObject &json)
{
    BidFloorRequest b;
    json::ObjectReader r(json);
    r.read(kBidFloorSpecs, b.bidFloorSpecs);
    r.read(kTargetingSpec, b.targetingSpec);
    b.unknownFields = r.unknownFields();
    return b;
}

QJsonObject BidFloorRequest::toJson() const
{
    QJsonObject o = unknownFields;
    json::write(o, kBidFloorSpecs, bidFloorSpecs);
    json::write(o, kTargetingSpec, targetingSpec);
    return o;
}

std::optional<Money> BidFloor::floor(qsizetype index, const Currency &currency) const
{
    if (!bidFloors.hasValue() || index < 0 || index >= bidFloors.value().size())
        return std::nullopt;
    return Money(bidFloors.value().at(index), currency);
}

BidFloor BidFloor::fromJson(const QJsonObject &json)
{
    BidFloor b;
    json::ObjectReader r(json);
    r.read(kBidFloors, b.bidFloors);
    r.read(kType, b.type);
    b.unknownFields = r.unknownFields();
    return b;
}

QJsonObject BidFloor::toJson() const
{
    QJsonObject o = unknownFields;
    json::write(o, kBidFloors, bidFloors);
    json::write(o, kType, type);
    return o;
}

} // namespace pinstripe
