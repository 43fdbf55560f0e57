#pragma once

#include <QString>
#include <QStringList>

namespace pinstripe {

/**
 * The analytics report columns (`columns` of the ad-group analytics endpoints) and what kind of
 * number each one carries, so that tables and charts can format and sum them correctly.
 *
 * The spec gives no type per column; the kind follows the column's name (see kind()).
 */
class AnalyticsColumn
{
public:
    /** What a column's value means. */
    enum class Kind {
        MicroMoney, ///< `*_IN_MICRO_DOLLAR`: micro-units of the ad account's currency (despite "DOLLAR")
        MajorMoney, ///< `*_IN_DOLLAR`: whole currency units as a decimal number
        Count,      ///< a number of events (impressions, clicks, conversions, views)
        Rate,       ///< a fraction such as CTR or a conversion rate (0.01 = 1 %)
        Ratio,      ///< return on ad spend (`*_ROAS`)
        Attribute,  ///< an ID, name, status or setting of the reported entity
        Other,      ///< averages, durations, and money-like columns whose unit is undocumented
    };

    /**
     * The kind of @p column. Known columns are looked up in a table built once; an unknown
     * column (one Pinterest added later) is classified by the same name rules, so a new
     * `*_IN_MICRO_DOLLAR` column is still treated as micro money.
     */
    static Kind kind(const QString &column);
    /** True for the 175 columns of API 5.23. */
    static bool isKnown(const QString &column);
    /** All known columns in the spec's order. */
    static const QStringList &all();
    /** Every known column of @p kind, in the spec's order. */
    static QStringList columnsOfKind(Kind kind);
    /** A stable name for @p kind ("MicroMoney", …), for logs and tests. */
    static QString kindName(Kind kind);
};

} // namespace pinstripe
