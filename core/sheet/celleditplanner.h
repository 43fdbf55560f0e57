#pragma once

#include "core/changes/pendingchange.h"
#include "core/model/adgroup.h"
#include "core/model/campaign.h"
#include "core/sheet/sheetfield.h"
#include "core/sheet/sheetvaluecodec.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace pinstripe {

/** One cell to set: an ad group, a field, and the text typed or pasted there. */
struct CellEdit
{
    QString adGroupId;
    SheetField field = SheetField::Name;
    QString text;
};

/** One cell that was read already: the wire value it is to hold. */
struct CellValue
{
    QString adGroupId;
    SheetField field = SheetField::Name;
    QJsonValue value;
};

/** Why one cell was not set, in words (the rule's own message when a rule refused it). */
struct CellProblem
{
    QString adGroupId;
    SheetField field = SheetField::Name;
    QString message;

    friend bool operator==(const CellProblem &, const CellProblem &) = default;
};

/** What a set of cell edits comes to. */
struct CellEditOutcome
{
    /** The field-level changes to record, one per changed cell. */
    QList<PendingChange> changes;
    /** The cells refused; no cell of their ad group is in changes. */
    QList<CellProblem> problems;
    /** Cells that already hold the value (nothing to do). */
    int unchangedCells = 0;
    /** Ad groups with at least one change. */
    int changedAdGroups = 0;
};

/**
 * Turns cell edits — a typed value, Ctrl+Enter over a selection, a pasted block, the update
 * rows of an imported sheet — into pending changes, with the same checks as the form.
 *
 * The value a cell is compared with is what the person sees: Pinterest's value with the
 * pending changes laid over it. Each ad group is all or nothing: its cells are read, laid over
 * it together and checked with the ad group rules (checkAdGroupEdit, errors only); if any cell
 * cannot be read or a rule refuses the result, none of its cells change and each problem is
 * reported at its cell (a rule about a field that was not edited, at the first edited cell).
 * A time written to the minute that falls in the minute already set counts as unchanged, since
 * the table and sheets show minutes.
 */
class CellEditPlanner final
{
    Q_DECLARE_TR_FUNCTIONS(CellEditPlanner)

public:
    /** @p adGroups: the account's ad groups as on Pinterest, by id (not copied; must outlive the planner). */
    CellEditPlanner(const QHash<QString, AdGroup> &adGroups, SheetValueContext context, QString adAccountId);

    /** Campaigns by id, for the rules that depend on the campaign (not copied). */
    void setCampaigns(const QHash<QString, Campaign> *campaigns) { m_campaigns = campaigns; }
    /** The pending changes the cells are compared with (updates are laid over Pinterest's values). */
    void setPendingChanges(const QList<PendingChange> &changes);

    const SheetValueContext &context() const { return m_context; }

    /** Reads each cell's text with SheetValueCodec, then planValues(). */
    CellEditOutcome plan(const QList<CellEdit> &edits) const;
    CellEditOutcome planValues(const QList<CellValue> &values) const;

    /** The ad group as the person sees it: Pinterest's values with pending updates laid over; nothing if unknown. */
    std::optional<AdGroup> current(const QString &adGroupId) const;

    /** @p server with the updates of @p changes (of any field) laid over it. */
    static AdGroup withUpdates(const AdGroup &server, const QList<PendingChange> &changes);

private:
    struct RowValues
    {
        QString adGroupId;
        QList<CellValue> cells;
        QList<CellProblem> problems;
    };
    /** The index in @p rows of @p adGroupId's row, appended when new. */
    static qsizetype rowOf(QList<RowValues> &rows, QHash<QString, qsizetype> &index, const QString &adGroupId);
    void planRow(const RowValues &row, CellEditOutcome &outcome) const;

    const QHash<QString, AdGroup> &m_adGroups;
    const QHash<QString, Campaign> *m_campaigns = nullptr;
    SheetValueContext m_context;
    QString m_adAccountId;
    QHash<QString, QList<PendingChange>> m_pendingByAdGroup;
};

} // namespace pinstripe
