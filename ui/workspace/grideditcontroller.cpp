#include "ui/workspace/grideditcontroller.h"

#include "ui/common/wordinsentence.h"
#include "core/changes/changeset.h"
#include "ui/adgroups/adgroupbrowser.h"
#include "ui/adgroups/adgrouptablemodel.h"
#include "ui/adgroups/adgrouptableview.h"
#include "ui/adgroups/pasteblock.h"
#include "ui/changes/editcommand.h"
#include "ui/mainwindow.h"
#include "ui/workspace/workspacecontroller.h"

#include <QAbstractProxyModel>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSet>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace pinstripe {

namespace {

QString pendingKey(const QString &adGroupId, const QString &field)
{
    return adGroupId + QChar(0x1f) + field;
}

/** How many lines of problems the note at the cell shows; the status bar and the log have all. */
constexpr int kNoteLines = 8;

} // namespace

GridEditController::GridEditController(WorkspaceController *workspace, MainWindow *window)
    : QObject(workspace)
    , m_workspace(workspace)
    , m_window(window)
    , m_model(window->browser()->model())
    , m_view(window->browser()->tableView())
{
    // Before anyone repaints on the same signal: the next question rebuilds the values.
    connect(workspace->changeSet(), &ChangeSet::changed, this, [this] { m_pendingStale = true; });
    m_model->setPendingValues([this](const QString &adGroupId, const QString &field) { return pendingValue(adGroupId, field); });
    m_model->setChangeMarker([this](const QString &adGroupId, const QString &field) {
        return pendingValue(adGroupId, field).has_value();
    });
    m_model->setCellEditor([this](const QString &adGroupId, SheetField field, const QString &text) {
        return editCell(adGroupId, field, text);
    });
    connect(m_view, &AdGroupTableView::fillRequested, this, &GridEditController::fillSelection);
    connect(m_view, &AdGroupTableView::pasteRequested, this, &GridEditController::paste);
    connect(this, &GridEditController::statusMessage, workspace, &WorkspaceController::statusMessage);
}

GridEditController::~GridEditController()
{
    if (m_model) {
        m_model->setCellEditor({});
        m_model->setPendingValues({});
    }
}

SheetValueContext GridEditController::valueContext() const
{
    const std::optional<AdAccount> account = m_workspace->account();
    return SheetValueContext{account ? account->currency.valueOr(Currency()) : Currency(), QLocale(),
                             QTimeZone::systemTimeZone()};
}

std::optional<QJsonValue> GridEditController::pendingValue(const QString &adGroupId, const QString &field) const
{
    if (m_pendingStale) {
        // One pass per change of the set instead of a walk through every change per cell painted.
        m_pending.clear();
        for (const PendingChange &change : m_workspace->changeSet()->changes()) {
            if (change.kind == PendingChange::Kind::Update)
                m_pending.insert(pendingKey(change.adGroupId, change.field), change.after);
        }
        m_pendingStale = false;
    }
    const auto it = m_pending.constFind(pendingKey(adGroupId, field));
    return it == m_pending.cend() ? std::nullopt : std::optional<QJsonValue>(*it);
}

CellEditOutcome GridEditController::apply(const QList<CellEdit> &edits, const std::function<QString(int)> &description)
{
    const std::optional<AdAccount> account = m_workspace->account();
    if (!account || edits.isEmpty())
        return {};
    QStringList ids;
    ids.reserve(edits.size());
    for (const CellEdit &edit : edits)
        ids << edit.adGroupId;
    ids.removeDuplicates();
    const QHash<QString, AdGroup> adGroups = m_workspace->adGroups(ids);
    CellEditPlanner planner(adGroups, valueContext(), account->id.valueOr({}));
    planner.setCampaigns(&m_workspace->campaigns());
    planner.setPendingChanges(m_workspace->changeSet()->changes());
    CellEditOutcome outcome = planner.plan(edits);
    if (!outcome.changes.isEmpty())
        recordEdits(m_window ? m_window->undoStack() : nullptr, m_workspace->changeSet(), outcome.changes,
                    description(outcome.changedAdGroups));
    return outcome;
}

bool GridEditController::editCell(const QString &adGroupId, SheetField field, const QString &text)
{
    const QString name = m_workspace->adGroup(adGroupId).value_or(AdGroup()).name.valueOr(adGroupId);
    const CellEditOutcome outcome = apply({CellEdit{adGroupId, field, text}}, [field, name](int) {
        return tr("Set %1 of %2").arg(wordInSentence(SheetFields::header(field)), name);
    });
    if (outcome.problems.isEmpty()) {
        m_view->clearCellMessage();
        return true;
    }
    QStringList messages;
    for (const CellProblem &problem : outcome.problems)
        messages << problem.message;
    const QString message = messages.join(QLatin1Char('\n'));
    // The editor is closing as this returns: it opens again once it has gone, with the text kept.
    const QPersistentModelIndex index(tableIndex(adGroupId, field));
    QTimer::singleShot(0, m_view, [view = m_view, index, text, message] {
        if (index.isValid())
            view->reopenEditor(index, text, message);
    });
    Q_EMIT statusMessage(tr("Not changed: %1").arg(messages.constFirst()));
    return false;
}

void GridEditController::fillSelection(const QModelIndex &index, const QString &text)
{
    const std::optional<SheetField> field = AdGroupTableModel::editableField(index.column());
    if (!field || !m_model->hasCellEditor())
        return;
    QList<int> rows;
    for (const QModelIndex &selected : m_view->selectionModel()->selectedRows())
        rows << selected.row();
    if (!rows.contains(index.row()))
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QList<CellEdit> edits;
    for (const int row : std::as_const(rows))
        edits << CellEdit{index.model()->index(row, 0).data(AdGroupTableModel::IdRole).toString(), *field, text};
    const QString header = wordInSentence(SheetFields::header(*field));
    const CellEditOutcome outcome = apply(edits, [header](int count) {
        return tr("Set %1 of %n ad group(s)", nullptr, count).arg(header);
    });
    m_lastProblems.clear();
    for (const CellProblem &problem : outcome.problems)
        m_lastProblems << describe(problem);
    QSet<QString> refused;
    for (const CellProblem &problem : outcome.problems)
        refused.insert(problem.adGroupId);
    // "Status set in 0 ad groups" would read as a failure when every row already had the value.
    QString message = outcome.changedAdGroups == 0 && outcome.problems.isEmpty()
        ? tr("%1 unchanged: every selected ad group has it already.").arg(SheetFields::header(*field))
        : tr("%1 set in %n ad group(s).", nullptr, outcome.changedAdGroups).arg(SheetFields::header(*field));
    if (!refused.isEmpty())
        message += QLatin1Char(' ') + tr("%n ad group(s) not changed:", nullptr, int(refused.size()));
    Q_EMIT statusMessage(refused.isEmpty() ? message : message + QLatin1Char(' ') + m_lastProblems.join(QStringLiteral("; ")));
    if (refused.isEmpty())
        m_view->clearCellMessage();
    else
        m_view->showCellMessage(index, (QStringList{message} + m_lastProblems.mid(0, kNoteLines)).join(QLatin1Char('\n')));
}

void GridEditController::paste()
{
    pasteText(QGuiApplication::clipboard()->text());
}

int GridEditController::pasteText(const QString &text)
{
    if (!m_model->hasCellEditor() || !m_workspace->account())
        return 0;
    const QAbstractItemModel *shown = m_view->model();
    const QList<QStringList> cells = PasteBlock::splitTsv(text);
    if (cells.isEmpty() || !shown || shown->rowCount() == 0) {
        Q_EMIT statusMessage(tr("Nothing to paste: the clipboard holds no text."));
        return 0;
    }

    PasteBlock::Target target;
    target.rowIds.reserve(shown->rowCount());
    for (int row = 0; row < shown->rowCount(); ++row)
        target.rowIds << shown->index(row, 0).data(AdGroupTableModel::IdRole).toString();
    const QHeaderView *header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical < 0 || m_view->isColumnHidden(logical))
            continue;
        target.columns << logical;
        target.columnTitles << shown->headerData(logical, Qt::Horizontal).toString();
    }
    QList<int> selected;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        selected << index.row();
    std::sort(selected.begin(), selected.end());
    const QModelIndex current = m_view->currentIndex();
    target.row = !selected.isEmpty() ? selected.constFirst() : std::max(0, current.row());
    target.column = std::max(0, int(target.columns.indexOf(current.isValid() ? current.column() : target.columns.value(0))));
    target.selectedRows = selected;
    target.shownText = [shown, &target](int row, int column) {
        return shown->index(row, target.columns.at(column)).data().toString();
    };

    const PasteBlock::Mapping mapping = PasteBlock::map(cells, target);
    const CellEditOutcome outcome = apply(mapping.edits, [](int count) {
        return tr("Paste into %n ad group(s)", nullptr, count);
    });
    m_lastProblems.clear();
    QSet<QString> refused;
    for (const CellProblem &problem : outcome.problems) {
        m_lastProblems << describe(problem, mapping.pastedRowOf.value(problem.adGroupId));
        refused.insert(problem.adGroupId);
    }
    m_lastProblems << mapping.notes;
    QString message = tr("Pasted into %n ad group(s).", nullptr, outcome.changedAdGroups);
    if (!refused.isEmpty())
        message += QLatin1Char(' ') + tr("%n row(s) not pasted, nothing of them applied.", nullptr, int(refused.size()));
    Q_EMIT statusMessage(m_lastProblems.isEmpty() ? message : message + QLatin1Char(' ') + m_lastProblems.join(QStringLiteral("; ")));
    const QModelIndex start = shown->index(target.row, target.columns.value(target.column));
    if (m_lastProblems.isEmpty())
        m_view->clearCellMessage();
    else
        m_view->showCellMessage(start, (QStringList{message} + m_lastProblems.mid(0, kNoteLines)).join(QLatin1Char('\n')));
    return outcome.changedAdGroups;
}

QString GridEditController::describe(const CellProblem &problem, int pastedRow) const
{
    const QString name = m_workspace->adGroup(problem.adGroupId).value_or(AdGroup()).name.valueOr(problem.adGroupId);
    const QString column = SheetFields::header(problem.field);
    if (pastedRow > 0)
        return tr("Row %1 (%2), %3: %4").arg(QString::number(pastedRow), name, column, problem.message);
    return tr("%1, %2: %3").arg(name, column, problem.message);
}

QModelIndex GridEditController::tableIndex(const QString &adGroupId, SheetField field) const
{
    const int row = m_model->rowOf(adGroupId);
    int column = -1;
    for (int c = 0; c < AdGroupTableModel::ColumnCount && column < 0; ++c) {
        if (AdGroupTableModel::editableField(c) == field)
            column = c;
    }
    if (row < 0 || column < 0)
        return {};
    const QModelIndex source = m_model->index(row, column);
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(m_view->model());
    return proxy ? proxy->mapFromSource(source) : source;
}

} // namespace pinstripe
