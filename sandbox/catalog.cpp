#include "sandbox/catalog.h"

#include <QHash>

namespace pinstripe::sandbox::catalog {

const QList<Interest> &interests()
{
    static const QList<Interest> list = {
        {QStringLiteral("925056443165"), QStringLiteral("Home decor")},
        {QStringLiteral("935249274030"), QStringLiteral("Gardening")},
        {QStringLiteral("918530398158"), QStringLiteral("Food and drinks")},
        {QStringLiteral("961238559656"), QStringLiteral("DIY and crafts")},
        {QStringLiteral("948967005229"), QStringLiteral("Women's fashion")},
        {QStringLiteral("924581335376"), QStringLiteral("Men's fashion")},
        {QStringLiteral("922134410098"), QStringLiteral("Travel")},
        {QStringLiteral("909983286710"), QStringLiteral("Weddings")},
        {QStringLiteral("920236059316"), QStringLiteral("Kids and parenting")},
        {QStringLiteral("913207199297"), QStringLiteral("Health and fitness")},
        {QStringLiteral("935541271955"), QStringLiteral("Beauty")},
        {QStringLiteral("902065567321"), QStringLiteral("Architecture")},
        {QStringLiteral("919812032692"), QStringLiteral("Holidays and events")},
        {QStringLiteral("940820083437"), QStringLiteral("Home renovation")},
        {QStringLiteral("955303226418"), QStringLiteral("Outdoor living")},
        {QStringLiteral("939129428962"), QStringLiteral("Kitchen and dining")},
        {QStringLiteral("953061268473"), QStringLiteral("Entertaining")},
        {QStringLiteral("941870572865"), QStringLiteral("Sustainable living")},
        {QStringLiteral("933374584221"), QStringLiteral("Japanese cuisine")},
        {QStringLiteral("912716389447"), QStringLiteral("Tea")},
    };
    return list;
}

QString interestName(const QString &id)
{
    for (const Interest &i : interests()) {
        if (i.id == id)
            return i.name;
    }
    return id;
}

const QList<QPair<QString, QString>> &usDmas()
{
    static const QList<QPair<QString, QString>> list = {
        {QStringLiteral("501"), QStringLiteral("New York")},      {QStringLiteral("803"), QStringLiteral("Los Angeles")},
        {QStringLiteral("602"), QStringLiteral("Chicago")},       {QStringLiteral("504"), QStringLiteral("Philadelphia")},
        {QStringLiteral("623"), QStringLiteral("Dallas-Ft. Worth")}, {QStringLiteral("807"), QStringLiteral("San Francisco")},
        {QStringLiteral("511"), QStringLiteral("Washington DC")}, {QStringLiteral("618"), QStringLiteral("Houston")},
        {QStringLiteral("506"), QStringLiteral("Boston")},        {QStringLiteral("524"), QStringLiteral("Atlanta")},
        {QStringLiteral("819"), QStringLiteral("Seattle-Tacoma")}, {QStringLiteral("751"), QStringLiteral("Denver")},
    };
    return list;
}

QStringList regionsOf(const QString &country)
{
    static const QHash<QString, QStringList> regions = {
        {QStringLiteral("US"), {QStringLiteral("US-CA"), QStringLiteral("US-NY"), QStringLiteral("US-TX"),
                                QStringLiteral("US-FL"), QStringLiteral("US-IL"), QStringLiteral("US-WA")}},
        {QStringLiteral("FR"), {QStringLiteral("FR-IDF"), QStringLiteral("FR-ARA"), QStringLiteral("FR-PAC"),
                                QStringLiteral("FR-NAQ")}},
        {QStringLiteral("DE"), {QStringLiteral("DE-BY"), QStringLiteral("DE-BE"), QStringLiteral("DE-NW"),
                                QStringLiteral("DE-HH")}},
        {QStringLiteral("JP"), {QStringLiteral("JP-13"), QStringLiteral("JP-27"), QStringLiteral("JP-23"),
                                QStringLiteral("JP-01")}},
        {QStringLiteral("GB"), {QStringLiteral("GB-ENG"), QStringLiteral("GB-SCT"), QStringLiteral("GB-WLS")}},
        {QStringLiteral("CA"), {QStringLiteral("CA-ON"), QStringLiteral("CA-QC"), QStringLiteral("CA-BC")}},
        {QStringLiteral("AU"), {QStringLiteral("AU-NSW"), QStringLiteral("AU-VIC"), QStringLiteral("AU-QLD")}},
        {QStringLiteral("BE"), {QStringLiteral("BE-VOV"), QStringLiteral("BE-BRU"), QStringLiteral("BE-VAN")}},
    };
    const auto it = regions.constFind(country);
    if (it != regions.cend())
        return *it;
    return {country + QStringLiteral("-01"), country + QStringLiteral("-02")};
}

QStringList postalCodesOf(const QString &country)
{
    if (country == QLatin1String("US"))
        return {QStringLiteral("US:94102"), QStringLiteral("US:10001"), QStringLiteral("US:60601"),
                QStringLiteral("US:98101")};
    if (country == QLatin1String("FR"))
        return {QStringLiteral("FR:75001"), QStringLiteral("FR:69001"), QStringLiteral("FR:13001")};
    if (country == QLatin1String("JP"))
        return {QStringLiteral("JP:100-0001"), QStringLiteral("JP:530-0001")};
    return {country + QStringLiteral(":1000"), country + QStringLiteral(":2000")};
}

QStringList keywordsFor(const QString &theme)
{
    const QString t = theme.toLower();
    return {t, t + QStringLiteral(" ideas"), QStringLiteral("best ") + t, t + QStringLiteral(" inspiration")};
}

qint64 monthlyPinners(const QString &country)
{
    static const QHash<QString, qint64> pinners = {
        {QStringLiteral("US"), 95'000'000}, {QStringLiteral("FR"), 11'000'000}, {QStringLiteral("DE"), 16'000'000},
        {QStringLiteral("GB"), 14'000'000}, {QStringLiteral("JP"), 9'000'000},  {QStringLiteral("CA"), 9'500'000},
        {QStringLiteral("AU"), 5'500'000},  {QStringLiteral("BR"), 30'000'000}, {QStringLiteral("MX"), 18'000'000},
        {QStringLiteral("ES"), 8'000'000},  {QStringLiteral("IT"), 9'000'000},  {QStringLiteral("BE"), 2'000'000},
    };
    return pinners.value(country, 1'500'000);
}

QString localeOf(const QString &country)
{
    static const QHash<QString, QString> locales = {
        {QStringLiteral("US"), QStringLiteral("en")}, {QStringLiteral("GB"), QStringLiteral("en")},
        {QStringLiteral("CA"), QStringLiteral("en")}, {QStringLiteral("AU"), QStringLiteral("en")},
        {QStringLiteral("FR"), QStringLiteral("fr")}, {QStringLiteral("BE"), QStringLiteral("fr")},
        {QStringLiteral("DE"), QStringLiteral("de")}, {QStringLiteral("JP"), QStringLiteral("ja")},
        {QStringLiteral("ES"), QStringLiteral("es")}, {QStringLiteral("MX"), QStringLiteral("es")},
        {QStringLiteral("BR"), QStringLiteral("pt")}, {QStringLiteral("IT"), QStringLiteral("it")},
    };
    return locales.value(country, QStringLiteral("en"));
}

} // namespace pinstripe::sandbox::catalog
