#pragma once

#include <QJsonObject>
#include <QString>

namespace pinstripe::sandbox {

/**
 * Potential audience size for POST …/ad_groups/audience_sizing: monthly reachable pinners
 * of the targeted places, narrowed by gender, age, devices, languages, interests,
 * audiences, keywords and placement. Narrower targeting always gives a smaller estimate.
 */
class AudienceSizer final
{
public:
    struct Estimate
    {
        qint64 lower = 0;
        qint64 upper = 0;
    };
    /** The estimate for an AdGroupAudienceSizingRequest body, or @p error naming the problem. */
    static Estimate estimate(const QJsonObject &request, const QString &accountCountry, QString *error);
};

} // namespace pinstripe::sandbox
