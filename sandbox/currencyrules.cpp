#include "sandbox/currencyrules.h"

#include <QHash>

#include <cmath>

namespace pinstripe::sandbox::currencyrules {

double perUsd(const QString &currency)
{
    static const QHash<QString, double> rates = {
        {QStringLiteral("USD"), 1.0},   {QStringLiteral("EUR"), 0.92},   {QStringLiteral("GBP"), 0.79},
        {QStringLiteral("JPY"), 150.0}, {QStringLiteral("CAD"), 1.36},   {QStringLiteral("AUD"), 1.52},
        {QStringLiteral("NZD"), 1.65},  {QStringLiteral("SEK"), 10.5},   {QStringLiteral("ILS"), 3.7},
        {QStringLiteral("CHF"), 0.88},  {QStringLiteral("HKD"), 7.8},    {QStringLiteral("SGD"), 1.34},
        {QStringLiteral("KRW"), 1350.0}, {QStringLiteral("NOK"), 10.6},  {QStringLiteral("DKK"), 6.9},
        {QStringLiteral("PLN"), 4.0},   {QStringLiteral("RON"), 4.6},    {QStringLiteral("HUF"), 360.0},
        {QStringLiteral("CZK"), 23.0},  {QStringLiteral("BRL"), 5.0},    {QStringLiteral("MXN"), 17.0},
        {QStringLiteral("ARS"), 900.0}, {QStringLiteral("CLP"), 950.0},  {QStringLiteral("COP"), 3900.0},
        {QStringLiteral("INR"), 83.0},  {QStringLiteral("TRY"), 32.0},   {QStringLiteral("UNK"), 1.0},
    };
    return rates.value(currency, 1.0);
}

qint64 minorUnitMicros(const QString &currency)
{
    if (currency == QLatin1String("JPY") || currency == QLatin1String("KRW") || currency == QLatin1String("CLP"))
        return 1'000'000;
    return 10'000;
}

qint64 fromUsdMicros(const QString &currency, double usdMicros, qint64 roundToMinorUnits)
{
    const qint64 step = minorUnitMicros(currency) * qMax<qint64>(1, roundToMinorUnits);
    const double local = usdMicros * perUsd(currency);
    const qint64 steps = qMax<qint64>(1, qint64(std::llround(local / double(step))));
    return steps * step;
}

} // namespace pinstripe::sandbox::currencyrules
