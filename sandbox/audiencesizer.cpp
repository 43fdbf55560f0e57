#include "sandbox/audiencesizer.h"

#include "sandbox/adgroupvalidator.h"
#include "sandbox/catalog.h"
#include "sandbox/queryparams.h"
#include "sandbox/specenums.h"

#include <QJsonArray>

#include <cmath>

namespace pinstripe::sandbox {

namespace {

double ageShare(const QString &bucket)
{
    if (bucket == QLatin1String("18-24")) return 0.2;
    if (bucket == QLatin1String("25-34")) return 0.27;
    if (bucket == QLatin1String("35-44")) return 0.2;
    if (bucket == QLatin1String("45-49")) return 0.08;
    if (bucket == QLatin1String("50-54")) return 0.07;
    if (bucket == QLatin1String("55-64")) return 0.11;
    if (bucket == QLatin1String("65+")) return 0.07;
    return 0.9; // 19+, 20+, 21+
}

qint64 roundTo2Significant(double x)
{
    if (x < 100)
        return qint64(std::llround(x));
    const double magnitude = std::pow(10.0, std::floor(std::log10(x)) - 1);
    return qint64(std::llround(x / magnitude) * magnitude);
}

} // namespace

AudienceSizer::Estimate AudienceSizer::estimate(const QJsonObject &request, const QString &accountCountry,
                                                QString *error)
{
    Estimate e;
    QJsonObject spec;
    if (request.contains(QLatin1String("targeting_spec"))) {
        const QString problem = AdGroupValidator::checkTargetingSpec(request.value(QLatin1String("targeting_spec")));
        if (!problem.isEmpty()) {
            *error = problem;
            return e;
        }
        spec = request.value(QLatin1String("targeting_spec")).toObject();
    }
    const QString placement = request.value(QLatin1String("placement_group")).toString(QStringLiteral("ALL"));
    if (!specenums::placementGroups().contains(placement)) {
        *error = QStringLiteral("placement_group must be one of ") + specenums::placementGroups().join(QLatin1String(", "));
        return e;
    }
    const QJsonValue creatives = request.value(QLatin1String("creative_types"));
    const QJsonArray creativeList = creatives.toArray();
    for (const QJsonValue &c : creativeList) {
        if (!specenums::audienceSizingCreativeTypes().contains(c.toString())) {
            *error = QStringLiteral("creative_types value '%1' is not one of %2")
                         .arg(c.toString(), specenums::audienceSizingCreativeTypes().join(QLatin1String(", ")));
            return e;
        }
    }
    const QJsonArray keywords = request.value(QLatin1String("keywords")).toArray();
    for (const QJsonValue &k : keywords) {
        const QJsonObject o = k.toObject();
        if (!o.value(QLatin1String("value")).isString() || o.value(QLatin1String("value")).toString().size() > 120
            || !specenums::matchTypes().contains(o.value(QLatin1String("match_type")).toString())) {
            *error = QStringLiteral("keywords need a value of at most 120 characters and a match_type");
            return e;
        }
    }
    const QJsonArray productGroups = request.value(QLatin1String("product_group_ids")).toArray();
    for (const QJsonValue &p : productGroups) {
        if (!QueryParams::isValidId(p.toString())) {
            *error = QStringLiteral("product_group_ids must match ^\\d+$");
            return e;
        }
    }
    if (request.contains(QLatin1String("auto_targeting_enabled"))
        && !request.value(QLatin1String("auto_targeting_enabled")).isBool()) {
        *error = QStringLiteral("auto_targeting_enabled must be true or false");
        return e;
    }

    auto list = [&spec](const char *key) {
        QStringList out;
        const QJsonArray a = spec.value(QLatin1String(key)).toArray();
        for (const QJsonValue &v : a)
            out << v.toString();
        return out;
    };
    double people = 0;
    for (const QString &l : list("LOCATION"))
        people += specenums::countries().contains(l) ? double(catalog::monthlyPinners(l)) : 1'400'000.0;
    for (const QString &g : list("GEO"))
        people += double(catalog::monthlyPinners(g.left(2))) * (g.at(2) == QLatin1Char(':') ? 0.004 : 0.12);
    if (people <= 0)
        people = double(catalog::monthlyPinners(accountCountry));

    const QStringList genders = list("GENDER");
    if (!genders.isEmpty()) {
        double share = 0;
        for (const QString &g : genders)
            share += g == QLatin1String("female") ? 0.6 : g == QLatin1String("male") ? 0.32 : 0.08;
        people *= share;
    }
    const QStringList buckets = list("AGE_BUCKET");
    if (!buckets.isEmpty()) {
        double share = 0;
        for (const QString &b : buckets)
            share += ageShare(b);
        people *= qMin(1.0, share);
    } else if (spec.contains(QLatin1String("MINIMUM_AGE"))) {
        const int min = spec.value(QLatin1String("MINIMUM_AGE")).toString().toInt();
        const QString maxText = spec.value(QLatin1String("MAXIMUM_AGE")).toString();
        const int max = maxText == QLatin1String("65+") ? 80 : maxText.toInt();
        people *= qBound(0.02, double(max - min + 1) / 63.0, 1.0);
    }
    const QStringList apps = list("APPTYPE");
    if (!apps.isEmpty())
        people *= qMin(1.0, 0.19 * double(apps.size()));
    const QStringList locales = list("LOCALE");
    if (!locales.isEmpty())
        people *= qMin(1.0, 0.75 + 0.05 * double(locales.size() - 1));
    const QStringList interests = list("INTEREST");
    if (!interests.isEmpty())
        people *= 1.0 - std::pow(0.88, double(interests.size()));
    if (!list("AUDIENCE_INCLUDE").isEmpty())
        people *= qMin(1.0, 0.015 * double(list("AUDIENCE_INCLUDE").size()));
    if (!list("AUDIENCE_EXCLUDE").isEmpty())
        people *= 0.97;
    if (!list("SHOPPING_RETARGETING").isEmpty() || spec.contains(QLatin1String("SHOPPING_RETARGETING")))
        people *= 0.05;
    if (!keywords.isEmpty())
        people *= qMin(1.0, 0.06 * double(keywords.size()));
    if (placement == QLatin1String("SEARCH"))
        people *= 0.62;
    else if (placement == QLatin1String("BROWSE"))
        people *= 0.85;
    else if (placement == QLatin1String("OTHER"))
        people *= 0.2;
    if (!creativeList.isEmpty())
        people *= qMin(1.0, 0.55 + 0.1 * double(creativeList.size()));
    if (request.value(QLatin1String("auto_targeting_enabled")).toBool(true))
        people *= 1.25;

    e.lower = roundTo2Significant(people * 0.85);
    e.upper = qMax(e.lower, roundTo2Significant(people * 1.15));
    return e;
}

} // namespace pinstripe::sandbox
