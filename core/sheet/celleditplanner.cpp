#include "core/sheet/celleditplanner.h"

#include "core/rules/adgroupeditrules.h"

#include <QJsonObject>

namespace pinstripe {

CellEditPlanner::CellEditPlanner(const QHash<QString, AdGroup> &adGroups, SheetValueContext context, QString adAccountId)
    : m_adGroups(adGroups)
    , m_context(std::move(context))
    , m_adAccountId(std::move(adAccountId))
{
}

void CellEditPlanner::setPendingChanges(const QList<PendingChange> &changes)
{
    m_pendingByAdGroup.clear();
    for (const PendingChange &change : changes) {
        if (change.kind == PendingChange::Kind::Update && !change.adGroupId.isEmpty())
            m_pendingByAdGroup[change.adGroupId] << change;
    }
}

AdGroup CellEditPlanner::withUpdates(const AdGroup &server, const QList<PendingChange> &changes)
{
    AdGroup result = server;
    QJsonObject other; // members outside the sheet's fields (targeting …), laid over through JSON
    for (const PendingChange &change : changes) {
        if (change.kind != PendingChange::Kind::Update)
            continue;
        if (const std::optional<SheetField> field = SheetFields::fromWireField(change.field))
            SheetFields::setValue(result, *field, change.after);
        else
            other.insert(change.field, change.after);
    }
    if (!other.isEmpty()) {
        QJsonObject json = result.toJson();
        for (auto it = other.constBegin(); it != other.constEnd(); ++it)
            json.insert(it.key(), it.value());
        result = AdGroup::fromJson(json);
    }
    return result;
}

std::optional<AdGroup> CellEditPlanner::current(const QString &adGroupId) const
{
    const auto it = m_adGroups.constFind(adGroupId);
    if (it == m_adGroups.cend())
        return std::nullopt;
    const auto pending = m_pendingByAdGroup.constFind(adGroupId);
    return pending == m_pendingByAdGroup.cend() ? *it : withUpdates(*it, *pending);
}

qsizetype CellEditPlanner::rowOf(QList<RowValues> &rows, QHash<QString, qsizetype> &index, const QString &adGroupId)
{
    const auto it = index.constFind(adGroupId);
    if (it != index.cend())
        return *it;
    index.insert(adGroupId, rows.size());
    rows << RowValues{adGroupId, {}, {}};
    return rows.size() - 1;
}

CellEditOutcome CellEditPlanner::plan(const QList<CellEdit> &edits) const
{
    // Read every cell first, grouped by ad group in the order the ad groups first appear.
    QList<RowValues> rows;
    QHash<QString, qsizetype> rowIndex;
    for (const CellEdit &edit : edits) {
        RowValues &row = rows[rowOf(rows, rowIndex, edit.adGroupId)];
        QString error;
        if (const std::optional<QJsonValue> value = SheetValueCodec::parse(edit.field, edit.text, m_context, &error))
            row.cells << CellValue{edit.adGroupId, edit.field, *value};
        else
            row.problems << CellProblem{edit.adGroupId, edit.field, error};
    }
    CellEditOutcome outcome;
    for (const RowValues &row : std::as_const(rows))
        planRow(row, outcome);
    return outcome;
}

CellEditOutcome CellEditPlanner::planValues(const QList<CellValue> &values) const
{
    QList<RowValues> rows;
    QHash<QString, qsizetype> rowIndex;
    for (const CellValue &value : values) {
        rows[rowOf(rows, rowIndex, value.adGroupId)].cells << value;
    }
    CellEditOutcome outcome;
    for (const RowValues &row : std::as_const(rows))
        planRow(row, outcome);
    return outcome;
}

void CellEditPlanner::planRow(const RowValues &row, CellEditOutcome &outcome) const
{
    const auto server = m_adGroups.constFind(row.adGroupId);
    if (server == m_adGroups.cend()) {
        const SheetField field = !row.cells.isEmpty() ? row.cells.first().field : row.problems.first().field;
        outcome.problems << CellProblem{row.adGroupId, field, tr("This account has no ad group with id %1.").arg(row.adGroupId)};
        return;
    }
    if (!row.problems.isEmpty()) {
        outcome.problems << row.problems;
        return;
    }
    const AdGroup seen = *current(row.adGroupId);
    AdGroup after = seen;
    QList<CellValue> changed;
    for (const CellValue &cell : row.cells) {
        if (!SheetFields::isEditable(cell.field)) {
            outcome.problems << CellProblem{row.adGroupId, cell.field, tr("%1 cannot be changed here.").arg(SheetFields::header(cell.field))};
            return;
        }
        const QJsonValue now = SheetFields::valueOf(after, cell.field);
        QJsonValue wanted = cell.value;
        // The table and sheets show times to the minute: the same minute is no change.
        if (SheetFields::isTime(cell.field) && now.isDouble() && wanted.isDouble() && wanted.toInteger() % 60 == 0
            && now.toInteger() / 60 == wanted.toInteger() / 60)
            wanted = now;
        if (wanted == now) {
            ++outcome.unchangedCells;
            continue;
        }
        SheetFields::setValue(after, cell.field, wanted);
        changed << CellValue{row.adGroupId, cell.field, wanted};
    }
    if (changed.isEmpty())
        return;

    const Campaign *campaign = nullptr;
    if (m_campaigns) {
        const auto it = m_campaigns->constFind(server->campaignId.valueOr({}));
        if (it != m_campaigns->cend())
            campaign = &*it;
    }
    QList<CellProblem> refusals;
    for (const RuleViolation &violation : checkAdGroupEdit(after, &*server, campaign)) {
        if (violation.severity != RuleSeverity::Error)
            continue;
        // At the cell the rule is about when it was edited, else at the first edited cell.
        SheetField at = changed.first().field;
        const std::optional<SheetField> ruleField = SheetFields::fromWireField(violation.field);
        for (const CellValue &cell : std::as_const(changed)) {
            if (ruleField && cell.field == *ruleField)
                at = cell.field;
        }
        refusals << CellProblem{row.adGroupId, at, violation.message};
    }
    if (!refusals.isEmpty()) {
        outcome.problems << refusals;
        return;
    }
    for (const CellValue &cell : std::as_const(changed)) {
        const QString wire = SheetFields::wireField(cell.field);
        outcome.changes << PendingChange::update(server->adAccountId.valueOr(m_adAccountId), row.adGroupId,
                                                 server->name.valueOr({}), wire, SheetFields::valueOf(*server, cell.field),
                                                 cell.value.isUndefined() ? QJsonValue() : SheetFields::valueOf(after, cell.field),
                                                 server->updatedTime.valueOr(0));
    }
    ++outcome.changedAdGroups;
}

} // namespace pinstripe
