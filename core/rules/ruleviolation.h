#pragma once

#include "core/rules/adgrouprule.h"

#include <QList>
#include <QString>

namespace pinstripe {

/** One rule an ad group breaks, at the wire field where it is shown ("end_time"). */
struct RuleViolation
{
    AdGroupRule rule;
    QString field;
    QString message;
    RuleSeverity severity = RuleSeverity::Error;

    /** The violation of @p rule at its first field, its catalogue message filled with @p args. */
    static RuleViolation of(AdGroupRule rule, const QStringList &args = {});
    /** As above, at @p field (a rule such as EnumValue concerns whichever member broke it). */
    static RuleViolation at(AdGroupRule rule, const QString &field, const QStringList &args = {});

    friend bool operator==(const RuleViolation &, const RuleViolation &) = default;
};

using RuleViolations = QList<RuleViolation>;

/** The messages of @p violations, in order. */
QStringList messagesOf(const RuleViolations &violations);

} // namespace pinstripe
