#pragma once

#include "sandbox/metriccounts.h"

#include <QJsonObject>
#include <QString>

namespace pinstripe::sandbox {

/**
 * Generates an ad group's delivery deterministically per UTC hour: a daily spend level from
 * its budget, shaped by time of day, weekday, a slow trend and noise, turned into
 * impressions, clicks, spend, engagement, video views and conversions with per-ad-group
 * rates. Only hours inside the schedule and before "now" deliver; drafts never do.
 */
class MetricsEngine final
{
public:
    /** What delivery of one ad group depends on; derived once per request. */
    struct Profile
    {
        quint64 seed = 0;
        qint64 firstHour = 0;  ///< Unix seconds, inclusive
        qint64 endHour = 0;    ///< Unix seconds, exclusive
        bool delivers = false;
        bool chargesClicks = false;
        bool video = false;
        double conversionLevel = 0; ///< 0 = no pixel conversions
        double dailySpendMicros = 0;
        double cpmMicros = 0;
        double ctr = 0;
        double aovMicros = 0;
        qint64 minorUnitMicros = 10'000;
    };

    /** @p seed is the sandbox seed; @p now Unix seconds. */
    MetricsEngine(quint64 seed, qint64 now);

    Profile profile(const QJsonObject &adGroup, const QJsonObject &campaign, const QString &currency) const;
    /** Counts of the hour starting at @p hourStart (Unix seconds, multiple of 3600). */
    MetricCounts hour(const Profile &profile, qint64 hourStart) const;
    /** Sum over the hours in [from, to). */
    MetricCounts range(const Profile &profile, qint64 from, qint64 to) const;

private:
    quint64 m_seed;
    qint64 m_now;
};

} // namespace pinstripe::sandbox
