#include "sandbox/targetingbreakdown.h"

#include "sandbox/catalog.h"
#include "sandbox/hashing.h"
#include "sandbox/specenums.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace pinstripe::sandbox {

namespace {

QStringList stringsOf(const QJsonObject &spec, const char *key)
{
    QStringList out;
    const QJsonArray a = spec.value(QLatin1String(key)).toArray();
    for (const QJsonValue &v : a)
        out << v.toString();
    return out;
}

QStringList standardAgeBuckets()
{
    return {QStringLiteral("18-24"), QStringLiteral("25-34"), QStringLiteral("35-44"), QStringLiteral("45-49"),
            QStringLiteral("50-54"), QStringLiteral("55-64"), QStringLiteral("65+")};
}

QStringList ageBucketsOf(const QJsonObject &spec)
{
    QStringList explicitBuckets = stringsOf(spec, "AGE_BUCKET");
    if (!explicitBuckets.isEmpty())
        return explicitBuckets;
    if (!spec.contains(QLatin1String("MINIMUM_AGE")))
        return standardAgeBuckets();
    const int min = spec.value(QLatin1String("MINIMUM_AGE")).toString().toInt();
    const QString maxText = spec.value(QLatin1String("MAXIMUM_AGE")).toString();
    const int max = maxText == QLatin1String("65+") ? 200 : maxText.toInt();
    QStringList out;
    for (const QString &b : standardAgeBuckets()) {
        const int lo = b.left(2).toInt();
        const int hi = b.endsWith(QLatin1Char('+')) ? 200 : b.mid(3).toInt();
        if (lo <= max && hi >= min)
            out << b;
    }
    return out.isEmpty() ? standardAgeBuckets() : out;
}

QStringList countriesOf(const QJsonObject &spec, const QString &accountCountry)
{
    QStringList out;
    for (const QString &l : stringsOf(spec, "LOCATION")) {
        const QString country = specenums::countries().contains(l) ? l : QStringLiteral("US");
        if (!out.contains(country))
            out << country;
    }
    for (const QString &g : stringsOf(spec, "GEO")) {
        if (!out.contains(g.left(2)))
            out << g.left(2);
    }
    if (out.isEmpty())
        out << accountCountry;
    return out;
}

double genderWeight(const QString &g)
{
    return g == QLatin1String("female") ? 0.62 : g == QLatin1String("male") ? 0.3 : 0.08;
}

} // namespace

QList<TargetingBreakdown::Slice> TargetingBreakdown::slices(const QString &type, const QJsonObject &adGroup,
                                                            const QString &accountCountry, quint64 seed)
{
    const QJsonObject spec = adGroup.value(QLatin1String("targeting_spec")).toObject();
    QList<Slice> out;
    auto add = [&out](const QJsonValue &value, double weight) { out.append({value, weight}); };
    auto addAll = [&add](const QStringList &values) {
        for (const QString &v : values)
            add(v, 1.0);
    };

    if (type == QLatin1String("GENDER")) {
        QStringList genders = stringsOf(spec, "GENDER");
        if (genders.isEmpty())
            genders = QStringList{QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("unknown")};
        for (const QString &g : std::as_const(genders))
            add(g, genderWeight(g));
    } else if (type == QLatin1String("AGE_BUCKET")) {
        addAll(ageBucketsOf(spec));
    } else if (type == QLatin1String("AGE_BUCKET_AND_GENDER")) {
        QStringList genders = stringsOf(spec, "GENDER");
        if (genders.isEmpty())
            genders = QStringList{QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("unknown")};
        for (const QString &a : ageBucketsOf(spec)) {
            for (const QString &g : std::as_const(genders))
                add(QString(a + QLatin1Char('|') + g), genderWeight(g));
        }
    } else if (type == QLatin1String("APPTYPE")) {
        QStringList apps = stringsOf(spec, "APPTYPE");
        addAll(apps.isEmpty() ? specenums::appTypes() : apps);
    } else if (type == QLatin1String("COUNTRY")) {
        addAll(countriesOf(spec, accountCountry));
    } else if (type == QLatin1String("REGION")) {
        for (const QString &c : countriesOf(spec, accountCountry))
            addAll(catalog::regionsOf(c));
    } else if (type == QLatin1String("LOCATION")) {
        QStringList locations = stringsOf(spec, "LOCATION");
        if (locations.isEmpty())
            locations = countriesOf(spec, accountCountry);
        for (const QString &l : std::as_const(locations)) {
            if (l == QLatin1String("US")) {
                for (const auto &dma : catalog::usDmas())
                    add(dma.first.toInt(), 1.0);
            } else if (!specenums::countries().contains(l)) {
                add(l.toInt(), 1.0); // a DMA code: a number, as in the spec's example
            } else {
                add(l, 1.0);
            }
        }
    } else if (type == QLatin1String("GEO")) {
        QStringList geos = stringsOf(spec, "GEO");
        if (geos.isEmpty()) {
            for (const QString &c : countriesOf(spec, accountCountry))
                geos += catalog::postalCodesOf(c);
        }
        addAll(geos);
    } else if (type == QLatin1String("PLACEMENT")) {
        const QString group = adGroup.value(QLatin1String("placement_group")).toString();
        if (group.isEmpty() || group == QLatin1String("ALL")) {
            add(QStringLiteral("SEARCH"), 0.35);
            add(QStringLiteral("BROWSE"), 0.55);
            add(QStringLiteral("OTHER"), 0.10);
        } else {
            add(group, 1.0);
        }
    } else if (type == QLatin1String("TARGETED_INTEREST")) {
        for (const QString &id : stringsOf(spec, "INTEREST"))
            add(catalog::interestName(id), 1.0);
    } else if (type == QLatin1String("PINNER_INTEREST")) {
        const auto &all = catalog::interests();
        for (int i = 0; i < 4; ++i)
            add(all.at(int((hashing::mix(seed + quint64(i) * 7919) % quint64(all.size())))).name, 1.0);
        // Distinct values only, or two rows would carry the same label.
        std::sort(out.begin(), out.end(), [](const Slice &a, const Slice &b) { return a.value.toString() < b.value.toString(); });
        out.erase(std::unique(out.begin(), out.end(),
                              [](const Slice &a, const Slice &b) { return a.value == b.value; }),
                  out.end());
    } else if (type == QLatin1String("KEYWORD")) {
        const QString theme = adGroup.value(QLatin1String("name")).toString().section(QLatin1String(" | "), 0, 0);
        addAll(catalog::keywordsFor(theme));
    } else if (type == QLatin1String("AUDIENCE_INCLUDE")) {
        for (const QString &id : stringsOf(spec, "AUDIENCE_INCLUDE"))
            add(double(id.toLongLong()), 1.0);
    } else if (type == QLatin1String("CREATIVE_ENHANCEMENTS")) {
        add(QStringLiteral("ENHANCED"), 0.3);
        add(QStringLiteral("STANDARD"), 0.7);
    }
    // Deterministic per-value jitter so shares differ between ad groups.
    for (Slice &s : out) {
        const quint64 h = hashing::combine(seed, hashing::ofString(type), hashing::ofString(s.value.toVariant().toString()));
        s.weight *= 0.5 + hashing::unit(h);
    }
    return out;
}

QList<MetricCounts> TargetingBreakdown::split(const MetricCounts &total, const QList<Slice> &slices)
{
    QList<MetricCounts> parts(slices.size());
    if (slices.isEmpty())
        return parts;
    double weightSum = 0;
    for (const Slice &s : slices)
        weightSum += s.weight;
    QList<std::pair<double, qsizetype>> remainders(slices.size());
    for (size_t m = 0; m < total.values.size(); ++m) {
        const qint64 amount = total.values[m];
        if (amount == 0)
            continue;
        qint64 assigned = 0;
        for (qsizetype i = 0; i < slices.size(); ++i) {
            const double quota = double(amount) * slices.at(i).weight / weightSum;
            const qint64 whole = qint64(std::floor(quota));
            parts[i].values[m] = whole;
            assigned += whole;
            remainders[i] = {quota - double(whole), i};
        }
        // Largest remainders first; ties to the earlier slice, so the split is stable.
        std::sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        for (qsizetype k = 0; assigned < amount; k = (k + 1) % remainders.size(), ++assigned)
            ++parts[remainders.at(k).second].values[m];
        // Floating-point quotas can floor one too high; take the excess back from the largest part.
        while (assigned > amount) {
            auto largest = std::max_element(parts.begin(), parts.end(), [m](const auto &a, const auto &b) {
                return a.values[m] < b.values[m];
            });
            --largest->values[m];
            --assigned;
        }
    }
    return parts;
}

} // namespace pinstripe::sandbox
