#include "ui/adgroups/adgrouprow.h"

namespace pinstripe {

namespace {

QString shared(const Field<QString> &field, QHash<QString, QString> &pool)
{
    if (!field.hasValue() || field.value().isEmpty())
        return {};
    auto it = pool.constFind(field.value());
    if (it == pool.constEnd())
        it = pool.insert(field.value(), field.value());
    return it.value();
}

qint64 number(const Field<qint64> &field)
{
    return field.hasValue() ? field.value() : AdGroupRow::kNone;
}

// The goal the ad group optimises for, in the API's words: the conversion event of a conversion
// goal, or which other goal metadata is set. Empty when the billable event alone decides.
QString optimizationGoalOf(const AdGroup &adGroup)
{
    if (!adGroup.optimizationGoalMetadata.hasValue())
        return {};
    const OptimizationGoalMetadata &goal = adGroup.optimizationGoalMetadata.value();
    if (goal.conversionTagV3GoalMetadata.hasValue()) {
        const ConversionTagGoalMetadata &conversion = goal.conversionTagV3GoalMetadata.value();
        return conversion.conversionEvent.valueOr(QStringLiteral("CONVERSION"));
    }
    if (goal.frequencyGoalMetadata.hasValue())
        return QStringLiteral("FREQUENCY");
    if (goal.scrollupGoalMetadata.hasValue())
        return QStringLiteral("SCROLLUP");
    return {};
}

} // namespace

AdGroupRow AdGroupRow::from(const AdGroup &adGroup, QHash<QString, QString> &pool)
{
    AdGroupRow row;
    row.id = adGroup.id.valueOr(QString());
    row.name = adGroup.name.valueOr(QString());
    row.nameKey = row.name.toCaseFolded();
    if (row.nameKey == row.name)
        row.nameKey = row.name; // share the buffer when folding changed nothing
    row.status = shared(adGroup.status, pool);
    row.summaryStatus = shared(adGroup.summaryStatus, pool);
    row.campaignId = shared(adGroup.campaignId, pool); // many ad groups per campaign
    row.budgetType = shared(adGroup.budgetType, pool);
    row.bidStrategy = shared(adGroup.bidStrategyType, pool);
    row.billableEvent = shared(adGroup.billableEvent, pool);
    const QString goal = optimizationGoalOf(adGroup);
    row.optimizationGoal = goal.isEmpty() ? QString() : shared(Field<QString>(goal), pool);
    row.pacing = shared(adGroup.pacingDeliveryType, pool);
    row.placement = shared(adGroup.placementGroup, pool);
    row.budgetMicros = number(adGroup.budgetInMicroCurrency);
    row.bidMicros = number(adGroup.bidInMicroCurrency);
    row.startTime = number(adGroup.startTime);
    row.endTime = number(adGroup.endTime);
    row.frequencyCap = number(adGroup.lifetimeFrequencyCap);
    row.createdTime = number(adGroup.createdTime);
    row.updatedTime = number(adGroup.updatedTime);
    row.autoTargeting = adGroup.autoTargetingEnabled.hasValue() ? qint8(adGroup.autoTargetingEnabled.value() ? 1 : 0)
                                                                : qint8(-1);
    return row;
}

QJsonValue AdGroupRow::wireValue(SheetField field) const
{
    const auto text = [](const QString &value) { return value.isEmpty() ? QJsonValue() : QJsonValue(value); };
    const auto number = [](qint64 value) { return value == kNone ? QJsonValue() : QJsonValue(value); };
    switch (field) {
    case SheetField::Id: return text(id);
    case SheetField::CampaignId: return text(campaignId);
    case SheetField::Name: return QJsonValue(name);
    case SheetField::Status: return text(status);
    case SheetField::Budget: return number(budgetMicros);
    case SheetField::BudgetType: return text(budgetType);
    case SheetField::Bid: return number(bidMicros);
    case SheetField::BidStrategy: return text(bidStrategy);
    case SheetField::BillableEvent: return text(billableEvent);
    case SheetField::Start: return number(startTime);
    case SheetField::End: return number(endTime);
    case SheetField::Pacing: return text(pacing);
    case SheetField::Placement: return text(placement);
    case SheetField::AutoTargeting: return autoTargeting < 0 ? QJsonValue() : QJsonValue(autoTargeting == 1);
    case SheetField::FrequencyCap: return number(frequencyCap);
    case SheetField::AdAccountId:
    case SheetField::Campaign: return {};
    }
    return {};
}

} // namespace pinstripe
