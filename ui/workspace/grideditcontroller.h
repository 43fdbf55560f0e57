#pragma once

#include "core/sheet/celleditplanner.h"

#include <QHash>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class QModelIndex;

namespace pinstripe {

class AdGroupTableModel;
class AdGroupTableView;
class MainWindow;
class WorkspaceController;

/**
 * Editing in the ad group table: a value typed or chosen in a cell, Ctrl+Enter over the
 * selected rows, and a block pasted from a spreadsheet all become pending changes through
 * CellEditPlanner, with the form's rules, recorded as one undo step each (recordEdits), the
 * same as the editor's and bulk edit's changes.
 *
 * A cell the rules refuse is refused at the cell: its editor opens again with what was typed
 * and the rule's message beside it, and nothing is recorded. Of a fill or a paste, the ad
 * groups that pass are changed and the others are named with the reasons.
 *
 * It also tells the table what is pending, so cells show the values that will be posted.
 */
class GridEditController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GridEditController)

public:
    /** Edits @p window's table with @p workspace's ad groups, campaigns, account and change set. */
    GridEditController(WorkspaceController *workspace, MainWindow *window);
    ~GridEditController() override;

    /** @p text typed into @p field of @p adGroupId: true when taken, false when refused (the editor reopens). */
    bool editCell(const QString &adGroupId, SheetField field, const QString &text);
    /** Writes @p text into the column of @p index (a table index) of every selected row. */
    void fillSelection(const QModelIndex &index, const QString &text);
    /** Pastes the clipboard's text at the current cell. */
    void paste();
    /** Pastes @p text (TSV) at the current cell; returns the number of ad groups changed. */
    int pasteText(const QString &text);

    /** What the last fill or paste left undone, one line each, in words (empty when all was done). */
    QStringList lastProblems() const { return m_lastProblems; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    SheetValueContext valueContext() const;
    std::optional<QJsonValue> pendingValue(const QString &adGroupId, const QString &field) const;
    /** Plans @p edits and records what passes as one undo step named by @p description(changed ad groups). */
    CellEditOutcome apply(const QList<CellEdit> &edits, const std::function<QString(int)> &description);
    /** @p problem in words: the ad group, the column, the message. */
    QString describe(const CellProblem &problem, int pastedRow = 0) const;
    QModelIndex tableIndex(const QString &adGroupId, SheetField field) const;

    WorkspaceController *m_workspace;
    QPointer<MainWindow> m_window;
    QPointer<AdGroupTableModel> m_model;
    AdGroupTableView *m_view;
    /** Pending update values by ad group id + field, rebuilt after the change set changes. */
    mutable QHash<QString, QJsonValue> m_pending;
    mutable bool m_pendingStale = true;
    QStringList m_lastProblems;
};

} // namespace pinstripe
