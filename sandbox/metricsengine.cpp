#include "sandbox/metricsengine.h"

#include "sandbox/currencyrules.h"
#include "sandbox/hashing.h"

#include <cmath>

namespace pinstripe::sandbox {

namespace {

constexpr qint64 hourSeconds = 3600;
constexpr qint64 daySeconds = 24 * hourSeconds;

// Share of a day's delivery per UTC hour: quiet nights, a lunch bump, an evening peak.
constexpr double hourShape[24] = {0.020, 0.014, 0.010, 0.008, 0.008, 0.012, 0.022, 0.034, 0.042, 0.046, 0.048, 0.052,
                                  0.056, 0.052, 0.048, 0.048, 0.050, 0.054, 0.062, 0.072, 0.078, 0.074, 0.058, 0.032};
// Pinterest use peaks at the weekend (index 0 = Monday).
constexpr double weekShape[7] = {0.92, 0.90, 0.93, 0.96, 1.00, 1.13, 1.16};

qint64 jsonInt(const QJsonObject &o, const char *key, qint64 fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? qint64(v.toDouble()) : fallback;
}

/** Rounds @p x down or up so that the expected value is @p x, using a hash as the coin. */
qint64 dither(double x, quint64 h)
{
    if (x <= 0)
        return 0;
    const double f = std::floor(x);
    return qint64(f) + (hashing::unit(h) < x - f ? 1 : 0);
}

} // namespace

MetricsEngine::MetricsEngine(quint64 seed, qint64 now)
    : m_seed(seed)
    , m_now(now - now % hourSeconds)
{
}

MetricsEngine::Profile MetricsEngine::profile(const QJsonObject &g, const QJsonObject &campaign,
                                              const QString &currency) const
{
    Profile p;
    const qint64 id = g.value(QLatin1String("id")).toString().toLongLong();
    p.seed = hashing::combine(m_seed, quint64(id));
    const QString status = g.value(QLatin1String("status")).toString();
    const QString objective = campaign.value(QLatin1String("objective_type")).toString();
    p.delivers = status == QLatin1String("ACTIVE") || status == QLatin1String("PAUSED")
        || status == QLatin1String("ARCHIVED");

    const qint64 created = jsonInt(g, "created_time", m_now);
    qint64 start = qMax(jsonInt(g, "start_time", created), created);
    qint64 end = jsonInt(g, "end_time", m_now);
    if (status != QLatin1String("ACTIVE")) {
        // Paused and archived ad groups ran for a while before they were stopped.
        const qint64 ranFor = (14 + qint64(hashing::mix(p.seed ^ 0x51) % 60)) * daySeconds;
        end = qMin(end, start + ranFor);
    }
    p.firstHour = start - start % hourSeconds + (start % hourSeconds ? hourSeconds : 0);
    p.endHour = qMin(end, m_now);
    p.endHour -= p.endHour % hourSeconds;

    const double perUsd = currencyrules::perUsd(currency);
    const double u1 = hashing::unit(hashing::mix(p.seed ^ 0x11));
    const double u2 = hashing::unit(hashing::mix(p.seed ^ 0x22));
    const double u3 = hashing::unit(hashing::mix(p.seed ^ 0x33));
    const QString budgetType = g.value(QLatin1String("budget_type")).toString();
    const double budget = g.value(QLatin1String("budget_in_micro_currency")).toDouble();
    if (budgetType == QLatin1String("DAILY") && budget > 0) {
        p.dailySpendMicros = budget * (0.55 + 0.4 * u1);
    } else if (budgetType == QLatin1String("LIFETIME") && budget > 0) {
        const double days = qMax<double>(1.0, double(jsonInt(g, "end_time", start + 30 * daySeconds) - start) / daySeconds);
        p.dailySpendMicros = budget / days * (0.7 + 0.25 * u1);
    } else {
        p.dailySpendMicros = (40.0 + 260.0 * u1) * 1e6 * perUsd; // CBO share of the campaign budget
    }
    p.cpmMicros = (3.0 + 9.0 * u2) * 1e6 * perUsd;
    p.ctr = 0.004 + 0.012 * u3;
    p.chargesClicks = g.value(QLatin1String("billable_event")).toString() == QLatin1String("CLICKTHROUGH");
    p.video = objective == QLatin1String("VIDEO_COMPLETION") || (objective == QLatin1String("AWARENESS") && u2 > 0.5);
    if (objective == QLatin1String("WEB_CONVERSION") || objective == QLatin1String("CATALOG_SALES"))
        p.conversionLevel = 1.0;
    else if (objective == QLatin1String("CONSIDERATION"))
        p.conversionLevel = 0.35;
    p.aovMicros = (35.0 + 90.0 * u1 * u3) * 1e6 * perUsd;
    p.minorUnitMicros = currencyrules::minorUnitMicros(currency);
    return p;
}

MetricCounts MetricsEngine::hour(const Profile &p, qint64 hourStart) const
{
    MetricCounts c;
    if (!p.delivers || hourStart < p.firstHour || hourStart >= p.endHour)
        return c;
    const quint64 h = hashing::combine(p.seed, quint64(hourStart / hourSeconds));
    auto u = [h](quint64 salt) { return hashing::unit(hashing::mix(h ^ (salt * 0x9e3779b97f4a7c15ULL))); };
    auto r = [h](quint64 salt) { return hashing::mix(h ^ (salt * 0xc2b2ae3d27d4eb4fULL)); };

    const qint64 dayIndex = hourStart / daySeconds;
    const int hourOfDay = int((hourStart % daySeconds) / hourSeconds);
    const int weekday = int((dayIndex + 3) % 7); // 1970-01-01 was a Thursday
    const double ageDays = double(hourStart - p.firstHour) / daySeconds;
    const double trend = qMin(1.35, 0.85 + 0.006 * ageDays);
    const double noise = 0.75 + 0.5 * u(1);
    const double spendLevel = p.dailySpendMicros * hourShape[hourOfDay] * weekShape[weekday] * trend * noise;

    using M = Metric;
    c[M::Impression1] = dither(spendLevel / p.cpmMicros * 1000.0, r(2));
    const double ctr = p.ctr * (0.8 + 0.4 * u(3));
    c[M::Click1] = dither(double(c[M::Impression1]) * ctr, r(4));
    c[M::Impression2] = dither(double(c[M::Impression1]) * (0.10 + 0.15 * u(5)), r(6));
    c[M::Click2] = dither(double(c[M::Impression2]) * ctr * 0.8, r(7));
    c[M::Outbound1] = dither(double(c[M::Click1]) * (0.62 + 0.2 * u(8)), r(9));
    c[M::Outbound2] = dither(double(c[M::Click2]) * 0.7, r(10));
    c[M::Repin1] = dither(double(c[M::Impression1]) * 0.0025, r(11));
    c[M::Repin2] = dither(double(c[M::Impression2]) * 0.004, r(12));
    c[M::Engagement1] = c[M::Click1] + c[M::Repin1] + dither(double(c[M::Impression1]) * 0.006, r(13));
    c[M::Engagement2] = c[M::Click2] + c[M::Repin2] + dither(double(c[M::Impression2]) * 0.008, r(14));

    // Spend follows the billing model, rounded to the currency's minor unit.
    const double rawSpend = p.chargesClicks
        ? double(c[M::Click1]) * (p.cpmMicros / (1000.0 * p.ctr))
        : double(c[M::Impression1]) * p.cpmMicros / 1000.0;
    c[M::SpendMicros] = dither(rawSpend / double(p.minorUnitMicros), r(15)) * p.minorUnitMicros;

    if (p.video) {
        const qint64 i1 = c[M::Impression1];
        c[M::VideoP0] = dither(double(i1) * 0.42, r(16));
        c[M::Video3s1] = dither(double(i1) * 0.26, r(17));
        c[M::Video3s2] = dither(double(c[M::Impression2]) * 0.2, r(18));
        c[M::VideoMrc1] = dither(double(i1) * 0.19, r(19));
        c[M::VideoMrc2] = dither(double(c[M::Impression2]) * 0.15, r(20));
        c[M::VideoP25] = dither(double(i1) * 0.22, r(21));
        c[M::VideoP50] = dither(double(i1) * 0.15, r(22));
        c[M::VideoP75] = dither(double(i1) * 0.10, r(23));
        c[M::VideoP95] = dither(double(i1) * 0.075, r(24));
        c[M::VideoP100] = dither(double(i1) * 0.062, r(25));
    }
    c[M::WebSessions1] = dither(double(c[M::Outbound1]) * 0.9, r(26));
    c[M::WebSessions2] = dither(double(c[M::Outbound2]) * 0.9, r(27));
    if (p.conversionLevel > 0) {
        const double visits = double(c[M::Outbound1] + c[M::Outbound2]) * 0.55 * p.conversionLevel;
        c[M::PageVisit] = dither(visits, r(28));
        c[M::AddToCart] = dither(visits * 0.11, r(29));
        c[M::Checkout] = dither(visits * 0.032, r(30));
        c[M::Signup] = dither(visits * 0.02, r(31));
        c[M::Lead] = dither(visits * 0.012, r(32));
        c[M::Custom] = dither(visits * 0.006, r(33));
        const qint64 unit = p.minorUnitMicros;
        c[M::CheckoutValueMicros] =
            dither(double(c[M::Checkout]) * p.aovMicros * (0.7 + 0.6 * u(34)) / double(unit), r(35)) * unit;
        c[M::SignupValueMicros] = dither(double(c[M::Signup]) * p.aovMicros * 0.2 / double(unit), r(36)) * unit;
        c[M::CustomValueMicros] = dither(double(c[M::Custom]) * p.aovMicros * 0.5 / double(unit), r(37)) * unit;
    }
    return c;
}

MetricCounts MetricsEngine::range(const Profile &p, qint64 from, qint64 to) const
{
    MetricCounts sum;
    if (!p.delivers)
        return sum;
    const qint64 first = qMax(from, p.firstHour);
    const qint64 last = qMin(to, p.endHour);
    for (qint64 t = first - first % hourSeconds; t < last; t += hourSeconds) {
        if (t >= from)
            sum += hour(p, t);
    }
    return sum;
}

} // namespace pinstripe::sandbox
