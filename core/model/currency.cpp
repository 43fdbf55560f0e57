#include "core/model/currency.h"

#include <array>

namespace pinstripe {

namespace {

struct CurrencyInfo
{
    const char16_t *code;
    int minorUnits;
    const char16_t *symbol;
};

// Pinterest's `Currency` enum (API 5.23). Minor units follow ISO 4217. Symbols are only
// given where they are unambiguous in an account list; "$" alone would not tell USD from CAD.
constexpr std::array<CurrencyInfo, 27> kCurrencies{{
    {u"UNK", 2, u"UNK"}, {u"USD", 2, u"$"},   {u"GBP", 2, u"£"},   {u"CAD", 2, u"CA$"},
    {u"EUR", 2, u"€"},   {u"AUD", 2, u"A$"},  {u"NZD", 2, u"NZ$"}, {u"SEK", 2, u"SEK"},
    {u"ILS", 2, u"₪"},   {u"CHF", 2, u"CHF"}, {u"HKD", 2, u"HK$"}, {u"JPY", 0, u"¥"},
    {u"SGD", 2, u"SGD"}, {u"KRW", 0, u"₩"},   {u"NOK", 2, u"NOK"}, {u"DKK", 2, u"DKK"},
    {u"PLN", 2, u"zł"},  {u"RON", 2, u"RON"}, {u"HUF", 2, u"HUF"}, {u"CZK", 2, u"CZK"},
    {u"BRL", 2, u"R$"},  {u"MXN", 2, u"MX$"}, {u"ARS", 2, u"ARS"}, {u"CLP", 0, u"CLP"},
    {u"COP", 2, u"COP"}, {u"INR", 2, u"₹"},   {u"TRY", 2, u"TRY"},
}};

const CurrencyInfo *find(const QString &code)
{
    for (const auto &info : kCurrencies) {
        if (code == QStringView(info.code))
            return &info;
    }
    return nullptr;
}

} // namespace

Currency::Currency(const QString &isoCode)
    : m_code(isoCode.trimmed().toUpper())
{
    if (m_code.isEmpty())
        m_code = QStringLiteral("UNK");
}

int Currency::minorUnits() const
{
    const CurrencyInfo *info = find(m_code);
    return info ? info->minorUnits : 2;
}

qint64 Currency::microsPerMinorUnit() const
{
    qint64 result = 1'000'000;
    for (int i = 0; i < minorUnits(); ++i)
        result /= 10;
    return result;
}

QString Currency::symbol() const
{
    const CurrencyInfo *info = find(m_code);
    return info ? QString::fromUtf16(info->symbol) : m_code;
}

bool Currency::isKnown() const
{
    return find(m_code) != nullptr && m_code != QLatin1String("UNK");
}

} // namespace pinstripe
