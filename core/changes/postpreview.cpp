#include "core/changes/postpreview.h"

#include <QSet>

namespace pinstripe {

namespace {

const QLatin1String kBudgetField("budget_in_micro_currency");
const QLatin1String kBudgetType("budget_type");
const QLatin1String kDaily("DAILY");

} // namespace

PostPreview PostPreview::of(const QList<PendingChange> &changes, const AdGroupLookup &lookup)
{
    PostPreview preview;
    QSet<QString> adGroups;
    QSet<QString> accounts;
    for (const PendingChange &change : changes) {
        ++preview.changes;
        if (!accounts.contains(change.adAccountId)) {
            accounts.insert(change.adAccountId);
            preview.adAccountIds << change.adAccountId;
        }
        if (change.kind == PendingChange::Kind::Create) {
            ++preview.creates;
            adGroups.insert(change.id);
            if (change.createBody.value(kBudgetType).toString() == kDaily && change.createBody.contains(kBudgetField)) {
                preview.dailyBudgetDeltaMicros += change.createBody.value(kBudgetField).toInteger();
                preview.changesDailyBudgets = true;
            }
            continue;
        }
        adGroups.insert(change.adGroupId);
        if (change.field != kBudgetField)
            continue;
        const std::optional<AdGroup> current = lookup ? lookup(change.adGroupId) : std::nullopt;
        if (current && current->budgetType.valueOr(kDaily) != kDaily)
            continue; // a lifetime budget is not a daily spend
        // Integer micros only: an absent budget counts as 0.
        preview.dailyBudgetDeltaMicros += change.after.toInteger() - change.before.toInteger();
        preview.changesDailyBudgets = true;
    }
    preview.adGroups = static_cast<int>(adGroups.size());
    return preview;
}

} // namespace pinstripe
