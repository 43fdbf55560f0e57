#pragma once

#include "core/model/field.h"
#include "core/model/targetingspec.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pinstripe {

/** A keyword of an audience-sizing request: `{match_type, value}`, both required. */
struct AudienceKeyword
{
    Field<QString> matchType; ///< `match_type`; enums::matchTypes()
    Field<QString> value;     ///< at most 120 characters
    QJsonObject unknownFields;

    static AudienceKeyword fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const AudienceKeyword &, const AudienceKeyword &) = default;
};

/** The body of `POST …/ad_groups/audience_sizing` (`AdGroupAudienceSizingRequest`). */
struct AudienceSizingRequest
{
    Field<bool> autoTargetingEnabled;       ///< `auto_targeting_enabled`, server default true
    Field<QStringList> creativeTypes;       ///< `creative_types`, nullable
    Field<QList<AudienceKeyword>> keywords; ///< nullable; absent ⇒ all keywords
    Field<QString> placementGroup;          ///< `placement_group`; enums::placementGroupTypes()
    Field<QStringList> productGroupIds;     ///< `product_group_ids`, nullable
    Field<TargetingSpec> targetingSpec;     ///< `targeting_spec`
    QJsonObject unknownFields;

    static AudienceSizingRequest fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const AudienceSizingRequest &, const AudienceSizingRequest &) = default;
};

/**
 * The estimated monthly reach (`AdGroupAudienceSizingResponse`). The bounds are JSON numbers
 * (people, not money), so they are doubles.
 */
struct AudienceSizing
{
    Field<double> audienceSizeLowerBound; ///< `audience_size_lower_bound`
    Field<double> audienceSizeUpperBound; ///< `audience_size_upper_bound`
    QJsonObject unknownFields;

    /** The lower bound rounded to whole people, or nullopt. */
    std::optional<qint64> lowerBound() const;
    /** The upper bound rounded to whole people, or nullopt. */
    std::optional<qint64> upperBound() const;

    static AudienceSizing fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const AudienceSizing &, const AudienceSizing &) = default;
};

} // namespace pinstripe
