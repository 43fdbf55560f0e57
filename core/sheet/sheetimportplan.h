#pragma once

#include "core/changes/pendingchange.h"
#include "core/model/adgroup.h"
#include "core/model/campaign.h"
#include "core/sheet/sheetfield.h"
#include "core/sheet/sheetvaluecodec.h"
#include "core/store/sheetreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace pinstripe {

/**
 * One cell of an imported row that changes something: the field, and its wire values before and
 * after (SheetImportPlan::text() words them when they are shown, so big sheets plan fast).
 */
struct SheetCellChange
{
    SheetField field = SheetField::Name;
    /** The value the person sees now (null for a new ad group). */
    QJsonValue before;
    /** The value the sheet asks for (the campaign's name for Campaign). */
    QJsonValue after;
};

/** What one data row of an imported sheet comes to. */
struct SheetImportRow
{
    enum class Kind {
        Update,    ///< an existing ad group, at least one cell differs
        Create,    ///< no ad group id: a new ad group in the campaign the row names
        Unchanged, ///< an existing ad group whose cells all hold the current values
        Error,     ///< nothing of this row is imported; errors says why
    };

    /** The line of the file the row starts on (1-based, the header is line 1 of most sheets). */
    int line = 0;
    Kind kind = Kind::Unchanged;
    /** The ad group's id; empty for a create. */
    QString adGroupId;
    /** The ad group's name (the new name for a create). */
    QString adGroupName;
    /** Each cell that changes something, in column order. */
    QList<SheetCellChange> cells;
    /** Why the row cannot be imported, in words; empty unless kind is Error. */
    QStringList errors;
    /** The pending changes of this row (field updates, or one create). */
    QList<PendingChange> changes;
};

/** Everything an import works on: the sheet, and the open account as the person sees it. */
struct SheetImportSource
{
    Sheet sheet;
    QString adAccountId;
    /** The account's ad groups as on Pinterest, by id (not copied; must outlive the planning). */
    const QHash<QString, AdGroup> *adGroups = nullptr;
    /** The account's campaigns by id (not copied; must outlive the planning). */
    const QHash<QString, Campaign> *campaigns = nullptr;
    /** Pending changes: the values a row is compared with have these laid over. */
    QList<PendingChange> pending;
    /** The account's currency, the user's locale and the zone the table shows times in. */
    SheetValueContext context;
};

/**
 * What importing a bulk sheet would do, row by row, before anything becomes pending.
 *
 * Columns are matched by header (SheetFields::fromHeader); a header that names no field is a
 * warning and its column is ignored. A money header's suffix in parentheses is a currency
 * ("Budget (USD)"): one other than the account's makes every row of that column an error, since
 * Pinstripe does not convert currencies. A time header's suffix is the zone its cells are read in
 * ("Start (Europe/Berlin)"). The sheet's numbers are read in the locale its money cells are
 * written in (decimal commas where the sheet uses them), see SheetValueCodec::numberLocaleOf().
 *
 * A row with an ad group id updates the cells that differ from what the person sees
 * (CellEditPlanner: all or nothing per ad group, with the form's rules). A row without one
 * creates an ad group in the campaign it names (Campaign ID, or the exact campaign name), with the
 * defaults the editor gives a new ad group for what the row leaves empty, checked with the same
 * rules. Errors: a value not allowed, an unknown or ambiguous campaign, the same id twice, a row
 * of another ad account (its Ad account ID differs, or this account has no such ad group), a new
 * row without campaign or name.
 */
class SheetImportPlan final
{
    Q_DECLARE_TR_FUNCTIONS(SheetImportPlan)

public:
    SheetImportPlan() = default;

    /**
     * Plans the import of @p source's sheet. Reads only; changes nothing; may run on any thread
     * while nothing changes what @p source points to.
     */
    static SheetImportPlan build(const SheetImportSource &source);

    /** One entry per data row of the sheet, in sheet order (rows with every cell empty are skipped). */
    const QList<SheetImportRow> &rows() const { return m_rows; }
    /** Problems of the sheet as a whole that do not stop the import (ignored columns), in words. */
    const QStringList &warnings() const { return m_warnings; }
    /** The fields of the sheet's columns that are read, in column order. */
    const QList<SheetField> &fields() const { return m_fields; }

    /** Rows of @p kind. */
    int count(SheetImportRow::Kind kind) const;
    /** Rows that are imported: updates and creates. */
    int validRowCount() const { return count(SheetImportRow::Kind::Update) + count(SheetImportRow::Kind::Create); }
    /** The pending changes of every update and create row, in sheet order. */
    QList<PendingChange> changes() const;

    /** @p value of @p field as the table shows it ("$12.50", "Paused"), in the sheet's context. */
    QString text(SheetField field, const QJsonValue &value) const;

    /** The word for @p kind ("Update", "Create" …), in the UI language. */
    static QString kindText(SheetImportRow::Kind kind);

private:
    struct Planning;
    /** Plans the rows [@p begin, @p end) of the sheet. */
    static QList<SheetImportRow> planRows(const Planning &planning, qsizetype begin, qsizetype end);

    QList<SheetImportRow> m_rows;
    QStringList m_warnings;
    QList<SheetField> m_fields;
    SheetValueContext m_context;
};

} // namespace pinstripe
