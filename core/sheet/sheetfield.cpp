#include "core/sheet/sheetfield.h"

#include "core/model/enums.h"

#include <array>

namespace pinstripe {

namespace {

struct FieldInfo
{
    SheetField field;
    const char *wire;
    const char *header; ///< English source text; translated by header()
};

// Column order of an editing sheet: who it is first, then what a person edits most.
constexpr std::array<FieldInfo, 17> kFields{{
    {SheetField::Id, "id", QT_TRANSLATE_NOOP("SheetFields", "Ad group ID")},
    {SheetField::AdAccountId, "ad_account_id", QT_TRANSLATE_NOOP("SheetFields", "Ad account ID")},
    {SheetField::CampaignId, "campaign_id", QT_TRANSLATE_NOOP("SheetFields", "Campaign ID")},
    {SheetField::Campaign, "", QT_TRANSLATE_NOOP("SheetFields", "Campaign")},
    {SheetField::Name, "name", QT_TRANSLATE_NOOP("SheetFields", "Name")},
    {SheetField::Status, "status", QT_TRANSLATE_NOOP("SheetFields", "Status")},
    {SheetField::Budget, "budget_in_micro_currency", QT_TRANSLATE_NOOP("SheetFields", "Budget")},
    {SheetField::BudgetType, "budget_type", QT_TRANSLATE_NOOP("SheetFields", "Budget type")},
    {SheetField::Bid, "bid_in_micro_currency", QT_TRANSLATE_NOOP("SheetFields", "Bid")},
    {SheetField::BidStrategy, "bid_strategy_type", QT_TRANSLATE_NOOP("SheetFields", "Bid strategy")},
    {SheetField::BillableEvent, "billable_event", QT_TRANSLATE_NOOP("SheetFields", "Billable event")},
    {SheetField::Start, "start_time", QT_TRANSLATE_NOOP("SheetFields", "Start")},
    {SheetField::End, "end_time", QT_TRANSLATE_NOOP("SheetFields", "End")},
    {SheetField::Pacing, "pacing_delivery_type", QT_TRANSLATE_NOOP("SheetFields", "Pacing")},
    {SheetField::Placement, "placement_group", QT_TRANSLATE_NOOP("SheetFields", "Placement")},
    {SheetField::AutoTargeting, "auto_targeting_enabled", QT_TRANSLATE_NOOP("SheetFields", "Auto targeting")},
    {SheetField::FrequencyCap, "lifetime_frequency_cap", QT_TRANSLATE_NOOP("SheetFields", "Lifetime frequency cap")},
}};

constexpr bool inEnumOrder()
{
    for (size_t i = 0; i < kFields.size(); ++i) {
        if (static_cast<size_t>(kFields[i].field) != i)
            return false;
    }
    return true;
}
static_assert(inEnumOrder(), "kFields is indexed by SheetField");

const FieldInfo &infoOf(SheetField field)
{
    return kFields.at(static_cast<size_t>(field));
}

/** Header text for comparing: case-folded, without spaces, underscores and hyphens. */
QString headerKey(const QString &text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace() && c != u'_' && c != u'-')
            key += c.toCaseFolded();
    }
    return key;
}

QJsonValue stringValue(const Field<QString> &field)
{
    return field.hasValue() ? QJsonValue(field.value()) : QJsonValue();
}

QJsonValue numberValue(const Field<qint64> &field)
{
    return field.hasValue() ? QJsonValue(field.value()) : QJsonValue();
}

void setString(Field<QString> &field, const QJsonValue &value)
{
    if (value.isString())
        field = value.toString();
    else
        field.setNull();
}

void setNumber(Field<qint64> &field, const QJsonValue &value)
{
    if (value.isDouble())
        field = value.toInteger();
    else
        field.setNull();
}

} // namespace

QList<SheetField> SheetFields::all()
{
    QList<SheetField> fields;
    for (const FieldInfo &info : kFields)
        fields << info.field;
    return fields;
}

QList<SheetField> SheetFields::editable()
{
    QList<SheetField> fields;
    for (const FieldInfo &info : kFields) {
        if (isEditable(info.field))
            fields << info.field;
    }
    return fields;
}

bool SheetFields::isEditable(SheetField field)
{
    return field != SheetField::Id && field != SheetField::AdAccountId && field != SheetField::CampaignId
        && field != SheetField::Campaign;
}

QString SheetFields::wireField(SheetField field)
{
    return QString::fromLatin1(infoOf(field).wire);
}

std::optional<SheetField> SheetFields::fromWireField(const QString &wire)
{
    if (wire.isEmpty())
        return std::nullopt;
    for (const FieldInfo &info : kFields) {
        if (wire == QLatin1String(info.wire))
            return info.field;
    }
    return std::nullopt;
}

QString SheetFields::englishHeader(SheetField field)
{
    return QString::fromLatin1(infoOf(field).header);
}

QString SheetFields::header(SheetField field)
{
    return QCoreApplication::translate("SheetFields", infoOf(field).header);
}

std::optional<SheetField> SheetFields::fromHeader(const QString &columnHeader, QString *suffix)
{
    const QString name = columnHeader.trimmed();
    // A header may hold parentheses of its own (German "Frequenzobergrenze (Laufzeit)"): the
    // whole header is tried first, then without the unit or zone an export names after it.
    if (const std::optional<SheetField> whole = fieldNamed(name)) {
        if (suffix)
            suffix->clear();
        return whole;
    }
    // "Budget (USD)", "Start (Europe/Berlin)".
    const qsizetype open = name.lastIndexOf(u'(');
    if (!name.endsWith(u')') || open <= 0)
        return std::nullopt;
    const std::optional<SheetField> found = fieldNamed(name.left(open).trimmed());
    if (found && suffix)
        *suffix = name.mid(open + 1, name.size() - open - 2).trimmed();
    return found;
}

std::optional<SheetField> SheetFields::fieldNamed(const QString &name)
{
    const QString key = headerKey(name);
    if (key.isEmpty())
        return std::nullopt;
    for (const FieldInfo &info : kFields) {
        const QString wire = QString::fromLatin1(info.wire);
        if (key == headerKey(QString::fromLatin1(info.header)) || key == headerKey(SheetFields::header(info.field))
            || (!wire.isEmpty() && key == headerKey(wire)))
            return info.field;
    }
    // The table's own headers and common spellings of the id column.
    if (key == QLatin1String("id") || key == QLatin1String("adgroupid") || key == headerKey(tr("ID")))
        return SheetField::Id;
    if (key == QLatin1String("campaignname"))
        return SheetField::Campaign;
    return std::nullopt;
}

bool SheetFields::isChoice(SheetField field)
{
    return !choices(field).isEmpty();
}

QStringList SheetFields::choices(SheetField field)
{
    switch (field) {
    case SheetField::Status:
        // DELETED_DRAFT is what Pinterest makes of a deleted draft, not a status to set.
        return {QStringLiteral("ACTIVE"), QStringLiteral("PAUSED"), QStringLiteral("ARCHIVED"), QStringLiteral("DRAFT")};
    case SheetField::BudgetType: return enums::budgetTypes();
    case SheetField::BidStrategy: return enums::bidStrategyTypes();
    case SheetField::BillableEvent: return enums::actionTypes();
    case SheetField::Pacing: return enums::pacingDeliveryTypes();
    case SheetField::Placement: return enums::placementGroupTypes();
    case SheetField::AutoTargeting: return {QStringLiteral("true"), QStringLiteral("false")};
    default: return {};
    }
}

bool SheetFields::isClearable(SheetField field)
{
    // The members the update schema lets be null (adgroupnullability).
    switch (field) {
    case SheetField::Budget:
    case SheetField::Bid:
    case SheetField::Start:
    case SheetField::End:
    case SheetField::BidStrategy:
        return true;
    default:
        return false;
    }
}

QJsonValue SheetFields::valueOf(const AdGroup &adGroup, SheetField field)
{
    switch (field) {
    case SheetField::Id: return stringValue(adGroup.id);
    case SheetField::AdAccountId: return stringValue(adGroup.adAccountId);
    case SheetField::CampaignId: return stringValue(adGroup.campaignId);
    case SheetField::Campaign: return {};
    case SheetField::Name: return stringValue(adGroup.name);
    case SheetField::Status: return stringValue(adGroup.status);
    case SheetField::Budget: return numberValue(adGroup.budgetInMicroCurrency);
    case SheetField::BudgetType: return stringValue(adGroup.budgetType);
    case SheetField::Bid: return numberValue(adGroup.bidInMicroCurrency);
    case SheetField::BidStrategy: return stringValue(adGroup.bidStrategyType);
    case SheetField::BillableEvent: return stringValue(adGroup.billableEvent);
    case SheetField::Start: return numberValue(adGroup.startTime);
    case SheetField::End: return numberValue(adGroup.endTime);
    case SheetField::Pacing: return stringValue(adGroup.pacingDeliveryType);
    case SheetField::Placement: return stringValue(adGroup.placementGroup);
    case SheetField::AutoTargeting:
        return adGroup.autoTargetingEnabled.hasValue() ? QJsonValue(adGroup.autoTargetingEnabled.value()) : QJsonValue();
    case SheetField::FrequencyCap: return numberValue(adGroup.lifetimeFrequencyCap);
    }
    return {};
}

void SheetFields::setValue(AdGroup &adGroup, SheetField field, const QJsonValue &value)
{
    switch (field) {
    case SheetField::Id: setString(adGroup.id, value); break;
    case SheetField::AdAccountId: setString(adGroup.adAccountId, value); break;
    case SheetField::CampaignId: setString(adGroup.campaignId, value); break;
    case SheetField::Campaign: break;
    case SheetField::Name: setString(adGroup.name, value); break;
    case SheetField::Status: setString(adGroup.status, value); break;
    case SheetField::Budget: setNumber(adGroup.budgetInMicroCurrency, value); break;
    case SheetField::BudgetType: setString(adGroup.budgetType, value); break;
    case SheetField::Bid: setNumber(adGroup.bidInMicroCurrency, value); break;
    case SheetField::BidStrategy: setString(adGroup.bidStrategyType, value); break;
    case SheetField::BillableEvent: setString(adGroup.billableEvent, value); break;
    case SheetField::Start: setNumber(adGroup.startTime, value); break;
    case SheetField::End: setNumber(adGroup.endTime, value); break;
    case SheetField::Pacing: setString(adGroup.pacingDeliveryType, value); break;
    case SheetField::Placement: setString(adGroup.placementGroup, value); break;
    case SheetField::AutoTargeting:
        if (value.isBool())
            adGroup.autoTargetingEnabled = value.toBool();
        else
            adGroup.autoTargetingEnabled.setNull();
        break;
    case SheetField::FrequencyCap: setNumber(adGroup.lifetimeFrequencyCap, value); break;
    }
}

} // namespace pinstripe
