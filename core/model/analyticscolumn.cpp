#include "core/model/analyticscolumn.h"

#include "core/model/enums.h"

#include <QHash>

namespace pinstripe {

namespace {

// The spec gives no type per column, so the kind follows the naming scheme Pinterest uses
// consistently: unit suffixes for money, `_ROAS`, `_RATE`/CTR for fractions, ID/name/status/
// setting columns for attributes. Columns whose unit is undocumented (spend caps, budgets in
// "local currency", cost per action) are Other rather than guessed to be money.
AnalyticsColumn::Kind classify(QStringView c)
{
    using Kind = AnalyticsColumn::Kind;
    if (c.endsWith(u"_IN_MICRO_DOLLAR"))
        return Kind::MicroMoney;
    if (c.contains(u"_IN_DOLLAR"))
        return Kind::MajorMoney;
    if (c.endsWith(u"_ROAS"))
        return Kind::Ratio;
    if (c == u"CTR" || c == u"ECTR" || c.startsWith(u"CTR_") || c.startsWith(u"OUTBOUND_CTR")
        || c.endsWith(u"_RATE"))
        return Kind::Rate;
    if (c.endsWith(u"_ID") || c.endsWith(u"_NAME") || c.endsWith(u"_STATUS")
        || c.endsWith(u"_TYPE") || c.endsWith(u"_LABEL") || c.endsWith(u"_TAG")
        || c.endsWith(u"_OPTIMIZATION") || c.endsWith(u"_MULTIPLIER") || c.startsWith(u"IS_"))
        return Kind::Attribute;
    if (c.contains(u"COST_PER_") || c.contains(u"_SPEND_CAP") || c.contains(u"_IN_LOCAL_CURRENCY")
        || c.contains(u"AVERAGE") || c.contains(u"_AVG_") || c.endsWith(u"_FREQUENCY")
        || c.endsWith(u"_IN_SECOND") || c == u"VIDEO_LENGTH")
        return Kind::Other;
    return Kind::Count;
}

const QHash<QString, AnalyticsColumn::Kind> &knownKinds()
{
    static const QHash<QString, AnalyticsColumn::Kind> kinds = [] {
        QHash<QString, AnalyticsColumn::Kind> h;
        const QStringList &columns = enums::analyticsColumns();
        h.reserve(columns.size());
        for (const QString &column : columns)
            h.insert(column, classify(column));
        return h;
    }();
    return kinds;
}

} // namespace

AnalyticsColumn::Kind AnalyticsColumn::kind(const QString &column)
{
    const auto &kinds = knownKinds();
    const auto it = kinds.constFind(column);
    return it != kinds.constEnd() ? it.value() : classify(column);
}

bool AnalyticsColumn::isKnown(const QString &column)
{
    return knownKinds().contains(column);
}

const QStringList &AnalyticsColumn::all()
{
    return enums::analyticsColumns();
}

QStringList AnalyticsColumn::columnsOfKind(Kind kind)
{
    QStringList result;
    for (const QString &column : all()) {
        if (AnalyticsColumn::kind(column) == kind)
            result.append(column);
    }
    return result;
}

QString AnalyticsColumn::kindName(Kind kind)
{
    switch (kind) {
    case Kind::MicroMoney:
        return QStringLiteral("MicroMoney");
    case Kind::MajorMoney:
        return QStringLiteral("MajorMoney");
    case Kind::Count:
        return QStringLiteral("Count");
    case Kind::Rate:
        return QStringLiteral("Rate");
    case Kind::Ratio:
        return QStringLiteral("Ratio");
    case Kind::Attribute:
        return QStringLiteral("Attribute");
    case Kind::Other:
        return QStringLiteral("Other");
    }
    return QStringLiteral("Other");
}

} // namespace pinstripe
