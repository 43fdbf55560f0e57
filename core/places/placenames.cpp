#include "core/places/placenames.h"

#include "core/model/enums.h"
#include "core/places/dmamarkets.h"
#include "core/places/isoregions.h"

#include <QCoreApplication>

namespace pinstripe {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("pinstripe::PlaceNames", text, disambiguation);
}

bool allDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

/** Whether @p code reads "CC-…" or "CC:…" with something after the separator. */
bool hasCountryPrefix(const QString &code)
{
    return code.size() > 3 && (code.at(2) == QLatin1Char('-') || code.at(2) == QLatin1Char(':'));
}

} // namespace

QString PlaceNames::country(const QString &code)
{
    const QString name = enums::countryName(code.toUpper());
    return name.isEmpty() ? code : name;
}

QString PlaceNames::location(const QString &code)
{
    if (!allDigits(code))
        return country(code);
    const QString market = DmaMarkets::name(code);
    if (market.isEmpty())
        return tr("Metro area %1").arg(code);
    return tr("%1 (%2)", "US metro area's market name, then its DMA code").arg(market, code);
}

QString PlaceNames::region(const QString &code)
{
    if (!hasCountryPrefix(code))
        return code;
    const QString subdivision = code.mid(3);
    QString name = IsoRegions::name(code.left(2) + QLatin1Char('-') + subdivision);
    if (name.isEmpty())
        name = subdivision;
    return tr("%1, %2", "region, country").arg(name, country(code.left(2)));
}

QString PlaceNames::postal(const QString &code)
{
    if (!hasCountryPrefix(code))
        return code;
    return tr("Postal code %1, %2").arg(code.mid(3), country(code.left(2)));
}

bool PlaceNames::isPostalCode(const QString &code)
{
    return hasCountryPrefix(code) && (code.at(2) == QLatin1Char(':') || code.size() > 6);
}

QString PlaceNames::geo(const QString &code)
{
    if (!hasCountryPrefix(code))
        return code;
    return isPostalCode(code) ? postal(code) : region(code);
}

} // namespace pinstripe
