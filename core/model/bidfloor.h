#pragma once

#include "core/model/currency.h"
#include "core/model/field.h"
#include "core/model/money.h"
#include "core/model/optimizationgoalmetadata.h"
#include "core/model/targetingspec.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pinstripe {

/** One item of `bid_floor_specs`: the ad setup to price. billable_event and currency are required. */
struct BidFloorSpec
{
    Field<QString> billableEvent;   ///< `billable_event`; enums::actionTypes()
    Field<QStringList> countries;   ///< enums::countries()
    Field<QString> creativeType;    ///< `creative_type`; enums::creativeTypes()
    Field<Currency> currency;       ///< the currency the floor is returned in
    Field<QString> objectiveType;   ///< `objective_type`; enums::objectiveTypes()
    Field<OptimizationGoalMetadata> optimizationGoalMetadata; ///< `optimization_goal_metadata`
    QJsonObject unknownFields;

    static BidFloorSpec fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const BidFloorSpec &, const BidFloorSpec &) = default;
};

/** The body of `POST /ad_accounts/{id}/bid_floor` (`BidFloorRequest`). */
struct BidFloorRequest
{
    Field<QList<BidFloorSpec>> bidFloorSpecs; ///< `bid_floor_specs`, required
    Field<TargetingSpec> targetingSpec;       ///< `targeting_spec`, optional
    QJsonObject unknownFields;

    static BidFloorRequest fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const BidFloorRequest &, const BidFloorRequest &) = default;
};

/**
 * The answer of the bid-floor endpoint (`BidFloor`): floors in micro-units of each spec's
 * currency. Floor i is taken to belong to spec i (the spec's example implies it).
 */
struct BidFloor
{
    Field<QList<qint64>> bidFloors; ///< `bid_floors`, micro-currency
    Field<QString> type;            ///< always "bidfloor"
    QJsonObject unknownFields;

    /** The floors in micros; empty when absent or null. */
    QList<qint64> floors() const { return bidFloors.valueOr({}); }
    /** Floor @p index in @p currency, or nullopt when there is no such floor. */
    std::optional<Money> floor(qsizetype index, const Currency &currency) const;

    static BidFloor fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const BidFloor &, const BidFloor &) = default;
};

} // namespace pinstripe
