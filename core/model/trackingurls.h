#pragma once

#include "core/model/field.h"

#include <QJsonObject>
#include <QStringList>

namespace pinstripe {

/**
 * Third-party tracking URLs per event (`TrackingUrls`), used on campaigns and ad groups.
 *
 * Pinterest accepts up to three URLs of at most 2,000 characters per event; that limit is only
 * prose in 5.23, so it is checked by the editor, not here. An empty object removes all URLs.
 */
struct TrackingUrls
{
    Field<QStringList> impression;
    Field<QStringList> click;
    Field<QStringList> engagement;
    Field<QStringList> buyableButton;        ///< `buyable_button`
    Field<QStringList> audienceVerification; ///< `audience_verification`
    /** Members this version does not know, sent back unchanged. */
    QJsonObject unknownFields;

    static TrackingUrls fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const TrackingUrls &, const TrackingUrls &) = default;
};

} // namespace pinstripe
