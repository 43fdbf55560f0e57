#include "sandbox/bidfloorcalculator.h"

#include "sandbox/adgroupvalidator.h"
#include "sandbox/currencyrules.h"
#include "sandbox/jsonbody.h"
#include "sandbox/specenums.h"

#include <QHash>
#include <QJsonArray>

namespace pinstripe::sandbox {

namespace {

// Rough auction price levels by market, relative to the US.
double countryFactor(const QString &country)
{
    static const QHash<QString, double> factors = {
        {QStringLiteral("US"), 1.0},  {QStringLiteral("CA"), 0.85}, {QStringLiteral("GB"), 0.9},
        {QStringLiteral("AU"), 0.85}, {QStringLiteral("DE"), 0.8},  {QStringLiteral("FR"), 0.75},
        {QStringLiteral("JP"), 0.7},  {QStringLiteral("BR"), 0.35}, {QStringLiteral("MX"), 0.35},
        {QStringLiteral("IN"), 0.2},
    };
    return factors.value(country, 0.5);
}

double creativeFactor(const QString &creative)
{
    static const QHash<QString, double> factors = {
        {QStringLiteral("VIDEO"), 1.3},    {QStringLiteral("MAX_VIDEO"), 1.6},  {QStringLiteral("SHOPPING"), 0.9},
        {QStringLiteral("CAROUSEL"), 1.1}, {QStringLiteral("COLLECTION"), 1.15}, {QStringLiteral("IDEA"), 1.05},
        {QStringLiteral("SHOWCASE"), 1.25}, {QStringLiteral("QUIZ"), 1.2},      {QStringLiteral("COLLAGE"), 1.1},
    };
    return factors.value(creative, 1.0);
}

/** Narrow targeting competes for fewer impressions and carries a higher floor. */
double targetingFactor(const QJsonObject &spec)
{
    double f = 1.0;
    auto count = [&spec](const char *key) { return spec.value(QLatin1String(key)).toArray().size(); };
    if (count("GENDER") == 1)
        f *= 1.08;
    if (count("APPTYPE") > 0 && count("APPTYPE") <= 2)
        f *= 1.06;
    if (count("AGE_BUCKET") > 0 || spec.contains(QLatin1String("MINIMUM_AGE")))
        f *= 1.05;
    if (count("INTEREST") > 0)
        f *= 1.04 + 0.01 * double(qMin<qsizetype>(count("INTEREST"), 5));
    if (count("AUDIENCE_INCLUDE") > 0)
        f *= 1.12;
    if (count("LOCATION") > 0 && spec.value(QLatin1String("LOCATION")).toArray().at(0).toString().size() == 3)
        f *= 1.1; // metro (DMA) targeting
    return f;
}

} // namespace

QList<qint64> BidFloorCalculator::floors(const QJsonObject &request, QString *error)
{
    const QJsonValue specsValue = request.value(QLatin1String("bid_floor_specs"));
    if (!specsValue.isArray() || specsValue.toArray().isEmpty()) {
        *error = QStringLiteral("bid_floor_specs is required and must be a non-empty array");
        return {};
    }
    QJsonObject targeting;
    if (request.contains(QLatin1String("targeting_spec"))) {
        const QString problem = AdGroupValidator::checkTargetingSpec(request.value(QLatin1String("targeting_spec")));
        if (!problem.isEmpty()) {
            *error = problem;
            return {};
        }
        targeting = request.value(QLatin1String("targeting_spec")).toObject();
    }
    const double narrow = targetingFactor(targeting);
    QList<qint64> out;
    const QJsonArray specs = specsValue.toArray();
    for (qsizetype i = 0; i < specs.size(); ++i) {
        const QJsonObject spec = specs.at(i).toObject();
        const QString where = QStringLiteral("bid_floor_specs[%1]").arg(i);
        const QString billable = spec.value(QLatin1String("billable_event")).toString();
        const QString currency = spec.value(QLatin1String("currency")).toString();
        const QString objective = spec.value(QLatin1String("objective_type")).toString();
        const QString creative = spec.value(QLatin1String("creative_type")).toString();
        if (!specs.at(i).isObject()) {
            *error = where + QStringLiteral(" must be an object, but it is %1").arg(jsonbody::kindOf(specs.at(i)));
            return {};
        }
        if (!specenums::actionTypes().contains(billable)) {
            *error = where + QStringLiteral(".billable_event is required and must be one of ")
                + specenums::actionTypes().join(QLatin1String(", "));
            return {};
        }
        if (!specenums::currencies().contains(currency)) {
            *error = where + QStringLiteral(".currency is required and must be a supported currency code");
            return {};
        }
        if (spec.contains(QLatin1String("objective_type")) && !specenums::objectiveTypes().contains(objective)) {
            *error = where + QStringLiteral(".objective_type must be one of ")
                + specenums::objectiveTypes().join(QLatin1String(", "));
            return {};
        }
        if (spec.contains(QLatin1String("creative_type")) && !specenums::creativeTypes().contains(creative)) {
            *error = where + QStringLiteral(".creative_type must be one of ")
                + specenums::creativeTypes().join(QLatin1String(", "));
            return {};
        }
        double market = 0;
        const QJsonArray countries = spec.value(QLatin1String("countries")).toArray();
        for (const QJsonValue &c : countries) {
            if (!specenums::countries().contains(c.toString())) {
                *error = where + QStringLiteral(".countries value '%1' is not a country code").arg(c.toString());
                return {};
            }
            market = qMax(market, countryFactor(c.toString()));
        }
        if (countries.isEmpty())
            market = 1.0;

        // USD micros: CPC floors around $0.10, CPM floors around $2, video views around $0.03.
        double base = billable == QLatin1String("CLICKTHROUGH") ? 100'000.0
                    : billable == QLatin1String("IMPRESSION")   ? 2'000'000.0
                                                                : 30'000.0;
        if (objective == QLatin1String("CATALOG_SALES"))
            base *= 0.9;
        else if (objective == QLatin1String("WEB_CONVERSION"))
            base *= 1.25;
        else if (objective == QLatin1String("VIDEO_COMPLETION"))
            base *= 1.15;
        out.append(currencyrules::fromUsdMicros(currency, base * market * creativeFactor(creative) * narrow, 1));
    }
    return out;
}

} // namespace pinstripe::sandbox
