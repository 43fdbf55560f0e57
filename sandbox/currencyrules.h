#pragma once

#include <QString>

/**
 * What the sandbox needs to know about currencies to make plausible amounts: a rough
 * exchange rate against USD and the smallest unit amounts are rounded to. Integer micros only.
 */
namespace pinstripe::sandbox::currencyrules {

/** Units of @p currency per US dollar (approximate, for scaling generated amounts). */
double perUsd(const QString &currency);
/** Micros of the currency's minor unit: 10,000 for cents, 1,000,000 for JPY/KRW/CLP. */
qint64 minorUnitMicros(const QString &currency);
/** @p usdMicros converted to @p currency and rounded to a multiple of @p roundToUnits whole minor units. */
qint64 fromUsdMicros(const QString &currency, double usdMicros, qint64 roundToMinorUnits = 1);

} // namespace pinstripe::sandbox::currencyrules
