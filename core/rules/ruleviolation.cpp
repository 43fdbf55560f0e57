#include "core/rules/ruleviolation.h"

namespace pinstripe {

RuleViolation RuleViolation::at(AdGroupRule rule, const QString &field, const QStringList &args)
{
    return RuleViolation{rule, field, adGroupRuleMessage(rule, args), adGroupRuleInfo(rule).severity};
}

RuleViolation RuleViolation::of(AdGroupRule rule, const QStringList &args)
{
    return at(rule, adGroupRuleInfo(rule).fields.value(0), args);
}

QStringList messagesOf(const RuleViolations &violations)
{
    QStringList messages;
    for (const RuleViolation &violation : violations)
        messages << violation.message;
    return messages;
}

} // namespace pinstripe
