#include "ui/editor/bulkeditplan.h"

#include "core/rules/bulkeditrules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace pinstripe {

namespace {

// A class, not a free function, so that lupdate files these messages under
// the context they are looked up in.
struct BulkEditText
{
    Q_DECLARE_TR_FUNCTIONS(pinstripe::BulkEditPlan)
};

/** "1 ad group" / "32 ad groups" (plural forms from the catalogue). */
QString adGroupCount(qsizetype n)
{
    // Spelled out (not the local helper) so lupdate files it under this context with its plural
    // forms; lupdate misses translate() calls whose count is a static_cast.
    return QCoreApplication::translate("pinstripe::BulkEditPlan", "%n ad group(s)", nullptr, int(n));
}

constexpr qint64 kSecondsPerDay = 24 * 3600;
/** How many "before → after" examples a preview line shows. */
constexpr int kPreviewExamples = 3;

QJsonValue jsonOf(const AdGroup &adGroup, const QString &field)
{
    const QJsonValue value = adGroup.toJson().value(field);
    return value.isUndefined() ? QJsonValue() : value;
}

QString nameOf(const AdGroup &adGroup)
{
    return adGroup.name.valueOr(adGroup.id.valueOr({}));
}

/**
 * Collects the changes of one field and its preview line. Each ad group's result goes through
 * the ad group rules first; what breaks one is collected in the violations instead.
 */
class FieldEdits
{
public:
    FieldEdits(QString title, QString field, QList<BulkViolation> &violations)
        : m_title(std::move(title))
        , m_field(std::move(field))
        , m_violations(violations)
    {
    }

    void add(const AdGroup &adGroup, const QString &account, const AdGroup &result, const QString &beforeText,
             const QString &afterText)
    {
        const QJsonValue before = jsonOf(adGroup, m_field);
        const QJsonValue after = jsonOf(result, m_field);
        if (before == after)
            return;
        const RuleViolations violations = checkBulkEdit(adGroup, result);
        for (const RuleViolation &violation : violations)
            m_violations << BulkViolation{nameOf(adGroup), violation};
        if (!violations.isEmpty())
            return;
        m_changes << PendingChange::update(adGroup.adAccountId.valueOr(account), adGroup.id.valueOr({}),
                                           adGroup.name.valueOr({}), m_field, before, after, adGroup.updatedTime.valueOr(0));
        if (m_examples.size() < kPreviewExamples)
            m_examples << QStringLiteral("%1 → %2").arg(beforeText, afterText);
    }

    void finish(BulkEditPlan::Outcome &outcome) const
    {
        if (m_changes.isEmpty())
            return;
        outcome.changes << m_changes;
        QString examples = m_examples.join(QStringLiteral(", "));
        if (m_changes.size() > m_examples.size())
            examples += QStringLiteral(", …");
        const QString line = BulkEditText::tr("%1, %2: %3").arg(m_title, adGroupCount(m_changes.size()), examples);
        outcome.previews << line;
    }

private:
    QString m_title;
    QString m_field;
    QList<BulkViolation> &m_violations;
    QList<PendingChange> m_changes;
    QStringList m_examples;
};

void moneyEdits(const BulkEditPlan::MoneyStep &step, bool isBudget, const QList<AdGroup> &adGroups,
                const Currency &currency, const QString &account, BulkEditPlan::Outcome &outcome,
                QList<BulkViolation> &violations)
{
    const QLocale locale;
    const QString field = isBudget ? QStringLiteral("budget_in_micro_currency") : QStringLiteral("bid_in_micro_currency");
    if (isBudget) {
        if (const auto refusal = checkBulkBudgetSelection(adGroups)) {
            violations << BulkViolation{QString(), *refusal};
            return;
        }
    }
    FieldEdits edits(isBudget ? BulkEditText::tr("Budget") : BulkEditText::tr("Bid"), field, violations);

    const bool relative = step.adjustment.mode() != BulkAdjustment::Mode::SetTo;
    // Only a decrease (or a negative amount to set) can end below zero; an increase can only overflow.
    const bool decrease = step.adjustment.mode() != BulkAdjustment::Mode::IncreaseBy
        && step.adjustment.mode() != BulkAdjustment::Mode::IncreaseByPercent;
    const qsizetype violationsBefore = violations.size();
    int skipped = 0;
    for (const AdGroup &adGroup : adGroups) {
        const Field<qint64> &current = isBudget ? adGroup.budgetInMicroCurrency : adGroup.bidInMicroCurrency;
        if (relative && !current.hasValue()) {
            ++skipped;
            continue;
        }
        const auto result = step.adjustment.apply(current.valueOr(0), currency);
        if (!result) {
            const AdGroupRule rule = !decrease ? AdGroupRule::BulkResultTooLarge
                : isBudget                     ? AdGroupRule::BudgetNegative
                                               : AdGroupRule::BidNegative;
            violations << BulkViolation{nameOf(adGroup), RuleViolation::at(rule, field)};
            continue;
        }
        AdGroup after = adGroup;
        (isBudget ? after.budgetInMicroCurrency : after.bidInMicroCurrency) = *result;
        const QString was = current.hasValue() ? Money(current.value(), currency).format(locale) : BulkEditText::tr("none");
        edits.add(adGroup, account, after, was, Money(*result, currency).format(locale));
    }
    if (skipped > 0)
        outcome.notes << (isBudget ? BulkEditText::tr("%1 without a budget: left alone.").arg(adGroupCount(skipped))
                                   : BulkEditText::tr("%1 without a bid (automatic bidding): left alone.").arg(adGroupCount(skipped)));
    if (violations.size() == violationsBefore)
        edits.finish(outcome);
}

} // namespace

BulkEditPlan::Outcome BulkEditPlan::compute(const QList<AdGroup> &adGroups, const Currency &currency,
                                            const QString &adAccountId) const
{
    Outcome outcome;
    QList<BulkViolation> violations;
    const QLocale locale;
    QStringList parts;

    if (status) {
        FieldEdits edits(BulkEditText::tr("Status"), QStringLiteral("status"), violations);
        for (const AdGroup &adGroup : adGroups) {
            AdGroup after = adGroup;
            after.status = *status;
            edits.add(adGroup, adAccountId, after, adGroup.status.valueOr(BulkEditText::tr("(none)")), *status);
        }
        edits.finish(outcome);
        parts << BulkEditText::tr("status %1").arg(*status);
    }
    if (budget) {
        moneyEdits(*budget, true, adGroups, currency, adAccountId, outcome, violations);
        parts << BulkEditText::tr("budget %1").arg(budget->label);
    }
    if (bid) {
        moneyEdits(*bid, false, adGroups, currency, adAccountId, outcome, violations);
        parts << BulkEditText::tr("bid %1").arg(bid->label);
    }
    if (endShiftDays || endSetTo) {
        FieldEdits edits(BulkEditText::tr("End"), QStringLiteral("end_time"), violations);
        int skipped = 0;
        auto text = [&locale](const Field<qint64> &t) {
            return t.hasValue() ? locale.toString(QDateTime::fromSecsSinceEpoch(t.value()).toLocalTime(), QLocale::ShortFormat)
                                : BulkEditText::tr("no end");
        };
        for (const AdGroup &adGroup : adGroups) {
            if (endShiftDays && !adGroup.endTime.hasValue()) {
                ++skipped;
                continue;
            }
            AdGroup after = adGroup;
            after.endTime = endSetTo ? *endSetTo : adGroup.endTime.value() + qint64(*endShiftDays) * kSecondsPerDay;
            edits.add(adGroup, adAccountId, after, text(adGroup.endTime), text(after.endTime));
        }
        if (skipped > 0)
            outcome.notes << BulkEditText::tr("%1 without an end date: left without one.").arg(adGroupCount(skipped));
        edits.finish(outcome);
        parts << (endSetTo ? BulkEditText::tr("end %1").arg(locale.toString(QDateTime::fromSecsSinceEpoch(*endSetTo).toLocalTime(), QLocale::ShortFormat))
                           : BulkEditText::tr("end %1%n day(s)", nullptr, int(std::abs(*endShiftDays)))
                                 .arg(*endShiftDays >= 0 ? QStringLiteral("+") : QStringLiteral("-")));
    }
    if (targeting) {
        FieldEdits edits(BulkEditText::tr("Targeting"), QStringLiteral("targeting_spec"), violations);
        const QString name = targetingName.isEmpty() ? BulkEditText::tr("new targeting") : QStringLiteral("\"%1\"").arg(targetingName);
        for (const AdGroup &adGroup : adGroups) {
            AdGroup after = adGroup;
            after.targetingSpec = *targeting;
            edits.add(adGroup, adAccountId, after, BulkEditText::tr("own"), name);
        }
        edits.finish(outcome);
        parts << BulkEditText::tr("targeting %1").arg(name);
    }

    // The refusals are the ad group rules' own messages, the same the form and the body check give.
    outcome.problems = summarizeBulkViolations(violations);
    if (!outcome.problems.isEmpty())
        outcome.changes.clear();
    outcome.description = BulkEditText::tr("Bulk edit of %1: %2").arg(adGroupCount(adGroups.size()), parts.join(QStringLiteral(", ")));
    return outcome;
}

} // namespace pinstripe
