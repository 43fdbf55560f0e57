#include "core/sheet/sheetimportplan.h"

#include "core/rules/adgroupeditrules.h"
#include "core/sheet/celleditplanner.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

#include <optional>

namespace pinstripe {

namespace {

/** A column of the sheet that names a field. */
struct Column
{
    qsizetype index = 0;
    SheetField field = SheetField::Name;
    /** How its cells are read: the account's currency, the sheet's numbers, the column's zone. */
    SheetValueContext context;
    /** Why none of its cells can be read; empty when they can. */
    QString error;
};

/**
 * A new ad group as the editor starts one: the values its form shows before anything is typed.
 * A sheet's row sets what it has cells for; the rest keeps these.
 */
AdGroup newAdGroupDefaults()
{
    AdGroup adGroup;
    adGroup.status = QStringLiteral("ACTIVE");
    adGroup.budgetType = QStringLiteral("DAILY");
    adGroup.billableEvent = QStringLiteral("CLICKTHROUGH");
    adGroup.bidStrategyType = QStringLiteral("AUTOMATIC_BID");
    adGroup.placementGroup = QStringLiteral("ALL");
    adGroup.pacingDeliveryType = QStringLiteral("STANDARD");
    adGroup.autoTargetingEnabled = true;
    adGroup.isCreativeOptimization = false;
    return adGroup;
}

bool isCurrencyCode(const QString &text)
{
    static const QRegularExpression code(QStringLiteral("^[A-Za-z]{3}$"));
    return code.match(text).hasMatch();
}

/** A rule's message, after the header of the column it is about when that is a sheet column. */
QString ruleMessage(const RuleViolation &violation)
{
    const std::optional<SheetField> field = SheetFields::fromWireField(violation.field);
    return field ? QCoreApplication::translate("SheetImportPlan", "%1: %2").arg(SheetFields::header(*field), violation.message)
                 : violation.message;
}

} // namespace

/** What planning any row needs, read only. */
struct SheetImportPlan::Planning
{
    const SheetImportSource &source;
    const QHash<QString, AdGroup> &adGroups;
    const QHash<QString, Campaign> &campaigns;
    QList<Column> columns;
    QHash<SheetField, qsizetype> columnOf;
    QSet<QString> pendingIds;
    /** For a row whose ad group id was in an earlier row: the line of that row. */
    QHash<qsizetype, int> repeatedIdLine;
    std::optional<CellEditPlanner> planner;
};

int SheetImportPlan::count(SheetImportRow::Kind kind) const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(), [kind](const SheetImportRow &row) { return row.kind == kind; }));
}

QList<PendingChange> SheetImportPlan::changes() const
{
    QList<PendingChange> result;
    for (const SheetImportRow &row : m_rows) {
        if (row.kind == SheetImportRow::Kind::Update || row.kind == SheetImportRow::Kind::Create)
            result << row.changes;
    }
    return result;
}

QString SheetImportPlan::text(SheetField field, const QJsonValue &value) const
{
    return SheetValueCodec::display(field, value, m_context);
}

QString SheetImportPlan::kindText(SheetImportRow::Kind kind)
{
    switch (kind) {
    case SheetImportRow::Kind::Update: return tr("Update");
    case SheetImportRow::Kind::Create: return tr("Create");
    case SheetImportRow::Kind::Unchanged: return tr("Unchanged");
    case SheetImportRow::Kind::Error: return tr("Error");
    }
    return {};
}

SheetImportPlan SheetImportPlan::build(const SheetImportSource &source)
{
    static const QHash<QString, AdGroup> kNoAdGroups;
    static const QHash<QString, Campaign> kNoCampaigns;
    const QHash<QString, AdGroup> &adGroups = source.adGroups ? *source.adGroups : kNoAdGroups;
    const QHash<QString, Campaign> &campaigns = source.campaigns ? *source.campaigns : kNoCampaigns;
    const Sheet &sheet = source.sheet;
    const SheetValueContext &context = source.context;
    SheetImportPlan plan;
    plan.m_context = context;

    // Which column is which field; the first column of a field wins.
    QList<Column> columns;
    QHash<SheetField, qsizetype> columnOf;
    for (qsizetype i = 0; i < sheet.header.size(); ++i) {
        const QString header = sheet.header.at(i).trimmed();
        QString suffix;
        const std::optional<SheetField> field = SheetFields::fromHeader(header, &suffix);
        if (!field) {
            plan.m_warnings << (header.isEmpty() ? tr("Column %1 has no header; it is ignored.").arg(i + 1)
                                                 : tr("Column \"%1\" is not an ad group field; it is ignored.").arg(header));
            continue;
        }
        if (columnOf.contains(*field)) {
            plan.m_warnings << tr("Column \"%1\" is the second %2 column; it is ignored.").arg(header, SheetFields::header(*field));
            continue;
        }
        Column column{i, *field, context, {}};
        if (SheetFields::isMoney(*field) && isCurrencyCode(suffix) && Currency(suffix) != context.currency) {
            column.error = tr("%1 is in %2, but the ad account's money is in %3; amounts are not converted.")
                               .arg(header, suffix.toUpper(), context.currency.code());
        }
        if (SheetFields::isTime(*field) && !suffix.isEmpty()) {
            const QTimeZone zone(suffix.toUtf8());
            if (zone.isValid())
                column.context.timeZone = zone;
            else
                column.error = tr("%1: \"%2\" is not a time zone, so the times of this column cannot be read.").arg(header, suffix);
        }
        columnOf.insert(*field, columns.size());
        columns << column;
        plan.m_fields << *field;
    }

    // The sheet's numbers are read in the locale its money cells are written in.
    QStringList moneySamples;
    for (const Column &column : std::as_const(columns)) {
        if (!SheetFields::isMoney(column.field))
            continue;
        for (const QStringList &cells : sheet.rows) {
            if (column.index < cells.size() && !cells.at(column.index).trimmed().isEmpty())
                moneySamples << cells.at(column.index);
        }
    }
    const QLocale numberLocale = SheetValueCodec::numberLocaleOf(moneySamples, context.locale);
    for (Column &column : columns) {
        if (SheetFields::isMoney(column.field) || column.field == SheetField::FrequencyCap)
            column.context.locale = numberLocale;
    }

    Planning planning{source, adGroups, campaigns, columns, columnOf, {}, {}, std::nullopt};
    planning.planner.emplace(adGroups, context, source.adAccountId);
    planning.planner->setCampaigns(&campaigns);
    planning.planner->setPendingChanges(source.pending);
    for (const PendingChange &change : source.pending) {
        if (change.kind == PendingChange::Kind::Update)
            planning.pendingIds.insert(change.adGroupId);
    }
    // An ad group may be in the sheet once: the rows after its first are errors.
    if (const qsizetype idColumn = columnOf.value(SheetField::Id, -1); idColumn >= 0) {
        QHash<QString, int> lineOfId;
        const qsizetype index = columns.at(idColumn).index;
        for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
            const QString id = index < sheet.rows.at(r).size() ? sheet.rows.at(r).at(index).trimmed() : QString();
            if (id.isEmpty())
                continue;
            if (const auto first = lineOfId.constFind(id); first != lineOfId.cend())
                planning.repeatedIdLine.insert(r, *first);
            else
                lineOfId.insert(id, sheet.rowLines.value(r, static_cast<int>(r) + 2));
        }
    }

    plan.m_rows = planRows(planning, 0, sheet.rows.size());
    return plan;
}

QList<SheetImportRow> SheetImportPlan::planRows(const Planning &planning, qsizetype begin, qsizetype end)
{
    const SheetImportSource &source = planning.source;
    const Sheet &sheet = source.sheet;
    const SheetValueContext &context = source.context;
    const QHash<QString, AdGroup> &adGroups = planning.adGroups;
    const QHash<QString, Campaign> &campaigns = planning.campaigns;
    const QList<Column> &columns = planning.columns;
    const QHash<SheetField, qsizetype> &columnOf = planning.columnOf;
    const CellEditPlanner &planner = *planning.planner;

    QList<SheetImportRow> rows;
    QList<CellValue> updateValues;
    QHash<QString, qsizetype> rowOfUpdate;
    for (qsizetype r = begin; r < end; ++r) {
        const QStringList &cells = sheet.rows.at(r);
        if (std::all_of(cells.cbegin(), cells.cend(), [](const QString &cell) { return cell.trimmed().isEmpty(); }))
            continue;
        // A short row has no cell in the last columns: those are left as they are, not emptied.
        const auto hasCell = [&cells](const Column &column) { return column.index < cells.size(); };
        const auto cellText = [&](SheetField field) -> QString {
            const qsizetype at = columnOf.value(field, -1);
            return at >= 0 && hasCell(columns.at(at)) ? cells.at(columns.at(at).index).trimmed() : QString();
        };

        SheetImportRow row;
        row.line = sheet.rowLines.value(r, static_cast<int>(r) + 2);
        for (const Column &column : std::as_const(columns)) {
            if (!column.error.isEmpty())
                row.errors << column.error;
        }
        const QString account = cellText(SheetField::AdAccountId);
        if (!account.isEmpty() && account != source.adAccountId)
            row.errors << tr("The row is of ad account %1, not of the open ad account %2.").arg(account, source.adAccountId);

        const QString id = cellText(SheetField::Id);
        if (!id.isEmpty()) {
            // An existing ad group: its cells that differ from what the person sees.
            row.adGroupId = id;
            QString error;
            const auto server = adGroups.constFind(id);
            if (!SheetValueCodec::parse(SheetField::Id, id, context, &error)) {
                row.errors << error;
            } else if (planning.repeatedIdLine.contains(r)) {
                row.errors << tr("Ad group %1 is in line %2 already; an ad group may be in the sheet once.").arg(id).arg(planning.repeatedIdLine.value(r));
            } else {
                if (server == adGroups.cend()) {
                    row.errors << tr("The open ad account has no ad group with id %1; is the row of another ad account?").arg(id);
                } else {
                    row.adGroupName = server->name.valueOr({});
                    const QString campaignId = cellText(SheetField::CampaignId);
                    if (!campaignId.isEmpty() && campaignId != server->campaignId.valueOr({}))
                        row.errors << tr("The ad group is in campaign %1, not %2; an ad group cannot move to another campaign.")
                                          .arg(server->campaignId.valueOr({}), campaignId);
                }
            }
            QList<CellValue> values;
            // What the person sees: Pinterest's values, with pending updates laid over only where
            // there are some (copying every ad group would cost more than the rest of the row).
            std::optional<AdGroup> overlaid;
            const AdGroup *seen = nullptr;
            if (server != adGroups.cend()) {
                if (planning.pendingIds.contains(id)) {
                    overlaid = planner.current(id);
                    seen = &*overlaid;
                } else {
                    seen = &*server;
                }
            }
            for (const Column &column : std::as_const(columns)) {
                if (!SheetFields::isEditable(column.field) || !hasCell(column) || !column.error.isEmpty())
                    continue;
                const QString text = cells.at(column.index);
                // A cell that holds exactly what Export for Editing writes for the current value is
                // no change, without reading it: an empty cell where the ad group has no value (a
                // field that cannot be emptied would else refuse it), and a time in the hour that
                // repeats when the clocks go back, which its wall-clock text cannot tell apart.
                if (seen) {
                    const QString now = SheetValueCodec::sheetText(column.field, SheetFields::valueOf(*seen, column.field), column.context);
                    if (text == now || text.trimmed() == now)
                        continue;
                }
                if (const std::optional<QJsonValue> value = SheetValueCodec::parse(column.field, text, column.context, &error)) {
                    values << CellValue{id, column.field, *value};
                } else {
                    row.errors << tr("%1: %2").arg(SheetFields::header(column.field), error);
                }
            }
            if (row.errors.isEmpty()) {
                rowOfUpdate.insert(id, rows.size());
                updateValues << values;
            }
        } else {
            // A new ad group in the campaign the row names, by id or by its exact name.
            const Campaign *campaign = nullptr;
            const QString campaignId = cellText(SheetField::CampaignId);
            const QString campaignName = cellText(SheetField::Campaign);
            if (!campaignId.isEmpty()) {
                const auto it = campaigns.constFind(campaignId);
                if (it == campaigns.cend())
                    row.errors << tr("The open ad account has no campaign with id %1.").arg(campaignId);
                else
                    campaign = &*it;
            } else if (!campaignName.isEmpty()) {
                int named = 0;
                for (const Campaign &c : campaigns) {
                    if (c.name.valueOr({}) == campaignName) {
                        campaign = &c;
                        ++named;
                    }
                }
                if (named == 0) {
                    row.errors << tr("The open ad account has no campaign named \"%1\".").arg(campaignName);
                } else if (named > 1) {
                    campaign = nullptr;
                    row.errors << tr("%n campaign(s) are named \"%1\"; give the Campaign ID instead.", nullptr, named).arg(campaignName);
                }
            } else {
                row.errors << tr("A new ad group (a row without ad group ID) needs its campaign: a Campaign ID or a campaign name.");
            }
            row.adGroupName = cellText(SheetField::Name);
            if (row.adGroupName.isEmpty())
                row.errors << tr("A new ad group needs a name.");

            AdGroup adGroup = newAdGroupDefaults();
            if (campaign) {
                adGroup.campaignId = campaign->id;
                row.cells << SheetCellChange{SheetField::Campaign, {}, QJsonValue(campaign->name.valueOr(campaign->id.valueOr({})))};
            }
            for (const Column &column : std::as_const(columns)) {
                if (!SheetFields::isEditable(column.field) || !hasCell(column) || !column.error.isEmpty())
                    continue;
                const QString text = cells.at(column.index);
                // What the row leaves empty keeps the new ad group's default.
                if (text.trimmed().isEmpty())
                    continue;
                QString error;
                if (const std::optional<QJsonValue> value = SheetValueCodec::parse(column.field, text, column.context, &error)) {
                    SheetFields::setValue(adGroup, column.field, *value);
                    row.cells << SheetCellChange{column.field, {}, *value};
                } else {
                    row.errors << tr("%1: %2").arg(SheetFields::header(column.field), error);
                }
            }
            if (row.errors.isEmpty()) {
                for (const RuleViolation &violation : checkAdGroupEdit(adGroup, nullptr, campaign)) {
                    if (violation.severity == RuleSeverity::Error)
                        row.errors << ruleMessage(violation);
                }
            }
            if (row.errors.isEmpty()) {
                row.kind = SheetImportRow::Kind::Create;
                row.changes << PendingChange::create(source.adAccountId, adGroup.createBody());
            }
        }
        if (!row.errors.isEmpty()) {
            row.kind = SheetImportRow::Kind::Error;
            row.cells.clear();
        }
        rows << row;
    }

    // The update rows together: all or nothing per ad group, with the form's rules.
    CellEditOutcome outcome = planner.planValues(updateValues);
    for (const CellProblem &problem : outcome.problems) {
        SheetImportRow &row = rows[rowOfUpdate.value(problem.adGroupId)];
        row.kind = SheetImportRow::Kind::Error;
        row.errors << tr("%1: %2").arg(SheetFields::header(problem.field), problem.message);
    }
    // The "before" of the preview is what the person saw: with pending updates laid over.
    std::optional<AdGroup> overlaid;
    for (PendingChange &change : outcome.changes) {
        SheetImportRow &row = rows[rowOfUpdate.value(change.adGroupId)];
        if (row.kind == SheetImportRow::Kind::Error)
            continue;
        const AdGroup *seen = &*adGroups.constFind(change.adGroupId);
        if (planning.pendingIds.contains(change.adGroupId)) {
            if (!overlaid || overlaid->id.valueOr({}) != change.adGroupId)
                overlaid = planner.current(change.adGroupId);
            seen = &*overlaid;
        }
        const SheetField field = *SheetFields::fromWireField(change.field);
        row.kind = SheetImportRow::Kind::Update;
        row.cells << SheetCellChange{field, SheetFields::valueOf(*seen, field), change.after};
        row.changes << std::move(change);
    }
    return rows;
}

} // namespace pinstripe
