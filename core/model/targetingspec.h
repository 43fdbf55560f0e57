#pragma once

#include "core/model/field.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace pinstripe {

/**
 * One dynamic-retargeting rule of `SHOPPING_RETARGETING` (`TargetingSpecShoppingRetargeting`).
 * The meaning of the tag-type codes is not documented by Pinterest; they are kept as numbers.
 */
struct ShoppingRetargeting
{
    Field<int> lookbackWindow;    ///< `lookback_window`, days
    Field<int> exclusionWindow;   ///< `exclusion_window`, days
    Field<QList<int>> tagTypes;   ///< `tag_types`
    QJsonObject unknownFields;

    static ShoppingRetargeting fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const ShoppingRetargeting &, const ShoppingRetargeting &) = default;
};

/**
 * An ad group's audience targeting (`TargetingSpec`, API 5.23).
 *
 * Keys are UPPER_SNAKE_CASE on the wire and the values are not all string lists: MINIMUM_AGE and
 * MAXIMUM_AGE are single **strings** ("18", "65+") and SHOPPING_RETARGETING is a list of objects,
 * so this is not a `map<string, string[]>`. An absent key means "no restriction" (all ages, all
 * devices, …). Keys Pinterest adds later are kept in unknownFields and sent back unchanged.
 */
struct TargetingSpec
{
    Field<QStringList> ageBucket;         ///< `AGE_BUCKET`, legacy; enums::ageBuckets()
    Field<QStringList> appType;           ///< `APPTYPE`; enums::appTypes()
    Field<QStringList> audienceExclude;   ///< `AUDIENCE_EXCLUDE`, audience IDs
    Field<QStringList> audienceInclude;   ///< `AUDIENCE_INCLUDE`, audience IDs
    Field<QStringList> gender;            ///< `GENDER`; enums::genders()
    Field<QStringList> geo;               ///< `GEO`, region or postal codes ("BE-VOV", "US-94107")
    Field<QStringList> interest;          ///< `INTEREST`, interest IDs
    Field<QStringList> locale;            ///< `LOCALE`, ISO 639-1 language codes
    Field<QStringList> location;          ///< `LOCATION`, country codes or US DMA codes
    Field<QStringList> targetingStrategy; ///< `TARGETING_STRATEGY`; enums::targetingStrategies()
    Field<QString> minimumAge;            ///< `MINIMUM_AGE`, a string such as "18"
    Field<QString> maximumAge;            ///< `MAXIMUM_AGE`, a string such as "65+"
    Field<QList<ShoppingRetargeting>> shoppingRetargeting; ///< `SHOPPING_RETARGETING`
    /** Keys this version does not know, sent back unchanged. */
    QJsonObject unknownFields;

    /** True when no key at all is present (targets everyone). */
    bool isEmpty() const;

    static TargetingSpec fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const TargetingSpec &, const TargetingSpec &) = default;
};

} // namespace pinstripe
