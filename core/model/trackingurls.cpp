#include "core/model/trackingurls.h"

#include "core/model/jsonfields.h"

namespace pinstripe {

namespace {
constexpr QLatin1String kImpression("impression");
constexpr QLatin1String kClick("click");
constexpr QLatin1String kEngagement("engagement");
constexpr QLatin1String kBuyableButton("buyable_button");
constexpr QLatin1String kAudienceVerification("audience_verification");
} // namespace

TrackingUrls TrackingUrls::fromJson(const QJsonObject &json)
{
    TrackingUrls t;
    json::ObjectReader r(json);
    r.read(kImpression, t.impression);
    r.read(kClick, t.click);
    r.read(kEngagement, t.engagement);
    r.read(kBuyableButton, t.buyableButton);
    r.read(kAudienceVerification, t.audienceVerification);
    t.unknownFields = r.unknownFields();
    return t;
}

QJsonObject TrackingUrls::toJson() const
{
    QJsonObject o = unknownFields;
    json::write(o, kImpression, impression);
    json::write(o, kClick, click);
    json::write(o, kEngagement, engagement);
    json::write(o, kBuyableButton, buyableButton);
    json::write(o, kAudienceVerification, audienceVerification);
    return o;
}

} // namespace pinstripe
