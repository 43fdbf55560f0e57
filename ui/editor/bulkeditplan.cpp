#include "ui/editor/bulkeditplan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace pinstripe {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("pinstripe::BulkEditPlan", text, disambiguation, n);
}

/** "1 ad group" / "32 ad groups", readable without a plural translation. */
QString adGroupCount(qsizetype n)
{
    return n == 1 ? tr("1 ad group") : tr("%1 ad groups").arg(n);
}

constexpr qint64 kSecondsPerDay = 24 * 3600;
/** How many "before → after" examples a preview line shows. */
constexpr int kPreviewExamples = 3;

QJsonValue jsonOf(const AdGroup &adGroup, const QString &field)
{
    const QJsonValue value = adGroup.toJson().value(field);
    return value.isUndefined() ? QJsonValue() : value;
}

QString quoted(const AdGroup &adGroup)
{
    return QStringLiteral("\"%1\"").arg(adGroup.name.valueOr(adGroup.id.valueOr({})));
}

/** Collects the changes of one field and its preview line. */
class FieldEdits
{
public:
    FieldEdits(QString title, QString field)
        : m_title(std::move(title))
        , m_field(std::move(field))
    {
    }

    void add(const AdGroup &adGroup, const QString &account, const QJsonValue &after, const QString &beforeText,
             const QString &afterText)
    {
        const QJsonValue before = jsonOf(adGroup, m_field);
        if (before == after)
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
        QString line = tr("%1, %2: ").arg(m_title, adGroupCount(m_changes.size()))
            + m_examples.join(QStringLiteral(", "));
        if (m_changes.size() > m_examples.size())
            line += QStringLiteral(", …");
        outcome.previews << line;
    }

    int count() const { return static_cast<int>(m_changes.size()); }

private:
    QString m_title;
    QString m_field;
    QList<PendingChange> m_changes;
    QStringList m_examples;
};

/** Refusals that name a few ad groups and count the rest. */
QString summarize(const QString &what, const QStringList &names)
{
    QStringList shown = names.mid(0, kPreviewExamples);
    QString list = shown.join(QStringLiteral(", "));
    if (names.size() > shown.size())
        list += tr(" and %n more", "", static_cast<int>(names.size() - shown.size()));
    return what.arg(list);
}

void moneyEdits(const BulkEditPlan::MoneyStep &step, bool isBudget, const QList<AdGroup> &adGroups,
                const Currency &currency, const QString &account, BulkEditPlan::Outcome &outcome)
{
    const QLocale locale;
    const QString field = isBudget ? QStringLiteral("budget_in_micro_currency") : QStringLiteral("bid_in_micro_currency");
    FieldEdits edits(isBudget ? tr("Budget") : tr("Bid"), field);

    if (isBudget) {
        // A DAILY and a LIFETIME budget are different quantities: one amount or percentage for
        // both would almost never be what was meant.
        QStringList types;
        for (const AdGroup &adGroup : adGroups) {
            const QString type = adGroup.budgetType.valueOr(tr("(none)"));
            if (!types.contains(type))
                types << type;
        }
        if (types.size() > 1) {
            std::sort(types.begin(), types.end());
            outcome.problems << tr("The selection mixes budget types (%1): a budget edit would mean different things for "
                                   "them. Select ad groups of one budget type.")
                                    .arg(types.join(QStringLiteral(", ")));
            return;
        }
        if (types.value(0) == QLatin1String("CBO_ADGROUP")) {
            outcome.problems << tr("These ad groups get their budget from the campaign (CBO_ADGROUP); change the "
                                   "campaign's budget instead.");
            return;
        }
    }

    const bool relative = step.adjustment.mode() != BulkAdjustment::Mode::SetTo;
    int skipped = 0;
    QStringList belowZero;
    QStringList otherErrors;
    for (const AdGroup &adGroup : adGroups) {
        const Field<qint64> &current = isBudget ? adGroup.budgetInMicroCurrency : adGroup.bidInMicroCurrency;
        if (relative && !current.hasValue()) {
            ++skipped;
            continue;
        }
        QString error;
        const auto result = step.adjustment.apply(current.valueOr(0), currency, &error);
        if (!result) {
            // Only a decrease (or a negative amount to set) can end below zero; an increase can only overflow.
            const bool decrease = step.adjustment.mode() != BulkAdjustment::Mode::IncreaseBy
                && step.adjustment.mode() != BulkAdjustment::Mode::IncreaseByPercent;
            (decrease ? belowZero : otherErrors) << quoted(adGroup);
            continue;
        }
        const QString was = current.hasValue() ? Money(current.value(), currency).format(locale) : tr("none");
        edits.add(adGroup, account, QJsonValue(*result), was, Money(*result, currency).format(locale));
    }
    if (!belowZero.isEmpty())
        outcome.problems << summarize(isBudget ? tr("The budget would go below zero for %1.") : tr("The bid would go below zero for %1."),
                                      belowZero);
    if (!otherErrors.isEmpty())
        outcome.problems << summarize(tr("The result would be too large for %1."), otherErrors);
    if (skipped > 0)
        outcome.notes << (isBudget ? tr("%1 without a budget: left alone.").arg(adGroupCount(skipped))
                                   : tr("%1 without a bid (automatic bidding): left alone.").arg(adGroupCount(skipped)));
    if (outcome.problems.isEmpty())
        edits.finish(outcome);
}

} // namespace

BulkEditPlan::Outcome BulkEditPlan::compute(const QList<AdGroup> &adGroups, const Currency &currency,
                                            const QString &adAccountId) const
{
    Outcome outcome;
    const QLocale locale;
    QStringList parts;

    if (status) {
        FieldEdits edits(tr("Status"), QStringLiteral("status"));
        for (const AdGroup &adGroup : adGroups)
            edits.add(adGroup, adAccountId, QJsonValue(*status), adGroup.status.valueOr(tr("(none)")), *status);
        edits.finish(outcome);
        parts << tr("status %1").arg(*status);
    }
    if (budget) {
        moneyEdits(*budget, true, adGroups, currency, adAccountId, outcome);
        parts << tr("budget %1").arg(budget->label);
    }
    if (bid) {
        moneyEdits(*bid, false, adGroups, currency, adAccountId, outcome);
        parts << tr("bid %1").arg(bid->label);
    }
    if (endShiftDays || endSetTo) {
        FieldEdits edits(tr("End"), QStringLiteral("end_time"));
        int skipped = 0;
        QStringList beforeStart;
        for (const AdGroup &adGroup : adGroups) {
            if (endShiftDays && !adGroup.endTime.hasValue()) {
                ++skipped;
                continue;
            }
            const qint64 end = endSetTo ? *endSetTo : adGroup.endTime.value() + qint64(*endShiftDays) * kSecondsPerDay;
            if (adGroup.startTime.hasValue() && end <= adGroup.startTime.value()) {
                beforeStart << quoted(adGroup);
                continue;
            }
            auto text = [&locale](const Field<qint64> &t) {
                return t.hasValue() ? locale.toString(QDateTime::fromSecsSinceEpoch(t.value()).toLocalTime(), QLocale::ShortFormat)
                                    : tr("no end");
            };
            edits.add(adGroup, adAccountId, QJsonValue(end), text(adGroup.endTime), text(Field<qint64>(end)));
        }
        if (!beforeStart.isEmpty())
            outcome.problems << summarize(tr("The new end would not be after the start for %1."), beforeStart);
        if (skipped > 0)
            outcome.notes << tr("%1 without an end date: left without one.").arg(adGroupCount(skipped));
        edits.finish(outcome);
        parts << (endSetTo ? tr("end %1").arg(locale.toString(QDateTime::fromSecsSinceEpoch(*endSetTo).toLocalTime(), QLocale::ShortFormat))
                           : tr("end %1%2 days").arg(*endShiftDays >= 0 ? QStringLiteral("+") : QString()).arg(*endShiftDays));
    }
    if (targeting) {
        FieldEdits edits(tr("Targeting"), QStringLiteral("targeting_spec"));
        const QString name = targetingName.isEmpty() ? tr("new targeting") : QStringLiteral("\"%1\"").arg(targetingName);
        const QJsonObject spec = targeting->toJson();
        for (const AdGroup &adGroup : adGroups)
            edits.add(adGroup, adAccountId, spec, tr("own"), name);
        edits.finish(outcome);
        parts << tr("targeting %1").arg(name);
    }

    if (!outcome.problems.isEmpty())
        outcome.changes.clear();
    outcome.description = tr("Bulk edit of %1: %2").arg(adGroupCount(adGroups.size()), parts.join(QStringLiteral(", ")));
    return outcome;
}

} // namespace pinstripe
