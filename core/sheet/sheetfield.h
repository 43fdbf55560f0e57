#pragma once

#include "core/model/adgroup.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pinstripe {

/**
 * The plain ad group fields a person edits as cells — in the table, in a pasted block, in a
 * bulk sheet — plus the two columns that say which ad group a sheet row is (its id, and for
 * a new one its campaign). Targeting and the other nested members are edited in the form only.
 */
enum class SheetField {
    Id,
    AdAccountId, ///< read only: tells a row of another ad account
    CampaignId,
    Campaign, ///< the campaign's name: a new row may name its campaign instead of giving its id
    Name,
    Status,
    Budget,
    BudgetType,
    Bid,
    BidStrategy,
    BillableEvent,
    Start,
    End,
    Pacing,
    Placement,
    AutoTargeting,
    FrequencyCap,
};

/**
 * What each SheetField is: its wire member, its column headers (English and the UI
 * language), the values a choice allows, and how it is read from and written to an AdGroup.
 */
class SheetFields final
{
    Q_DECLARE_TR_FUNCTIONS(SheetFields)

public:
    /** Every field, in the column order of an editing sheet. */
    static QList<SheetField> all();
    /** The fields a cell edit or an import may change (not the ids nor the campaign). */
    static QList<SheetField> editable();
    static bool isEditable(SheetField field);

    /** The AdGroup member ("budget_in_micro_currency"); empty for Campaign (a name, no member). */
    static QString wireField(SheetField field);
    /** The field of wire member @p wire, if it is one. */
    static std::optional<SheetField> fromWireField(const QString &wire);

    /** The column header in English ("Budget", "Ad group ID"). */
    static QString englishHeader(SheetField field);
    /** The column header in the UI language. */
    static QString header(SheetField field);
    /**
     * The field a sheet's column header names: the English or UI-language header, the wire
     * member, or Pinstripe's own export headers ("Budget (USD)", "Start (Europe/Berlin)",
     * "ID"), case and spaces ignored. A suffix in parentheses is returned in @p suffix.
     */
    static std::optional<SheetField> fromHeader(const QString &header, QString *suffix = nullptr);

    /** True for fields whose cells are one of a few values (status, budget type …). */
    static bool isChoice(SheetField field);
    /** The values a person may choose, in wire form ("ACTIVE", "PAUSED" …); empty if no choice. */
    static QStringList choices(SheetField field);
    static bool isMoney(SheetField field) { return field == SheetField::Budget || field == SheetField::Bid; }
    static bool isTime(SheetField field) { return field == SheetField::Start || field == SheetField::End; }
    /** True when an empty cell clears the field (sends null) rather than being refused. */
    static bool isClearable(SheetField field);

    /** The wire value of @p field in @p adGroup (null when absent or null). */
    static QJsonValue valueOf(const AdGroup &adGroup, SheetField field);
    /** Sets @p field of @p adGroup to wire value @p value (null clears it). */
    static void setValue(AdGroup &adGroup, SheetField field, const QJsonValue &value);

private:
    /** The field whose header (any language), wire name or common spelling is @p name. */
    static std::optional<SheetField> fieldNamed(const QString &name);
};

} // namespace pinstripe
