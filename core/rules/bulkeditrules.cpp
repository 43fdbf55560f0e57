#include "core/rules/bulkeditrules.h"

#include "core/rules/adgroupeditrules.h"

#include <QCoreApplication>

#include <algorithm>

namespace pinstripe {

namespace {

// A class, not a free function, so that lupdate files these messages under
// the context they are looked up in.
struct RuleText
{
    Q_DECLARE_TR_FUNCTIONS(pinstripe::AdGroupRules)
};

/** How many ad groups a summary line names before it counts the rest. */
constexpr qsizetype kNamedAdGroups = 3;

} // namespace

std::optional<RuleViolation> checkBulkBudgetSelection(const QList<AdGroup> &adGroups)
{
    QStringList types;
    for (const AdGroup &adGroup : adGroups) {
        const QString type = adGroup.budgetType.valueOr(RuleText::tr("(none)"));
        if (!types.contains(type))
            types << type;
    }
    if (types.size() > 1) {
        std::sort(types.begin(), types.end());
        return RuleViolation::of(AdGroupRule::BulkMixedBudgetTypes, {types.join(QStringLiteral(", "))});
    }
    if (types.value(0) == QLatin1String("CBO_ADGROUP"))
        return RuleViolation::of(AdGroupRule::BulkCboBudget);
    return std::nullopt;
}

RuleViolations checkBulkEdit(const AdGroup &before, const AdGroup &after)
{
    return checkAdGroupEdit(after, &before, nullptr);
}

QStringList summarizeBulkViolations(const QList<BulkViolation> &violations)
{
    QStringList messages;
    QList<QStringList> names;
    for (const BulkViolation &v : violations) {
        qsizetype i = messages.indexOf(v.violation.message);
        if (i < 0) {
            messages << v.violation.message;
            names << QStringList();
            i = messages.size() - 1;
        }
        if (!v.adGroup.isEmpty())
            names[i] << QStringLiteral("\"%1\"").arg(v.adGroup);
    }
    QStringList lines;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QStringList &all = names.at(i);
        if (all.isEmpty()) {
            lines << messages.at(i);
            continue;
        }
        QString list = all.mid(0, kNamedAdGroups).join(QStringLiteral(", "));
        if (all.size() > kNamedAdGroups)
            list = RuleText::tr("%1 and %n more", "", static_cast<int>(all.size() - kNamedAdGroups)).arg(list);
        lines << RuleText::tr("%1: %2").arg(list, messages.at(i));
    }
    return lines;
}

} // namespace pinstripe
