#pragma once

#include "core/model/currency.h"
#include "ui/changes/conflictdialog.h"
#include "ui/changes/postflow.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace pinstripe {

class ChangeSet;
class PendingChangesModel;

/**
 * The "Pending changes" panel (meant for a dock): every unposted change with before → after
 * in the account currency and Δ%, its state (Failed and Conflict with Pinterest's message as
 * tooltip), Discard / Discard all (undoable), Resolve conflicts… and Post….
 * Keyboard: Delete discards the selected changes; the buttons have mnemonics.
 *
 * Posting is a PostFlow's job: attachPostFlow() makes Post… start it, and shows the flow's
 * notice about an interrupted post above the list. Resolve conflicts… opens
 * a ConflictDialog for the account shown.
 */
class PendingChangesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingChangesPanel)

public:
    /** Neither is owned; @p undoStack may be null (discards are then not undoable). */
    PendingChangesPanel(ChangeSet *changeSet, QUndoStack *undoStack, QWidget *parent = nullptr);

    /** The ad account shown and its currency. */
    void setAdAccount(const QString &adAccountId, const Currency &currency);
    /** Disables Post… (e.g. without a connection); ignored once a post action is set. */
    void setPostEnabled(bool enabled);
    /**
     * Post… triggers @p action (not owned), the window's one Post Changes command, and is
     * enabled when it is and there is something to post. Without it, Post… emits postRequested().
     */
    void setPostAction(QAction *action);
    /** Compact: only the summary line and the buttons (nothing pending); otherwise the list too. */
    void setCompact(bool compact);
    /**
     * Post… starts @p flow (not owned); the button is disabled while it runs, and afterwards
     * the first change that failed or conflicts is selected.
     */
    void attachPostFlow(PostFlow *flow);

    PendingChangesModel *model() const { return m_model; }
    /** The conflict dialog while it is open, else null. */
    ConflictDialog *conflictDialog() const { return m_conflictDialog; }
    QTableView *view() const { return m_view; }
    /** The notice about an interrupted post (hidden when there is none). */
    QLabel *noticeLabel() const { return m_notice; }
    /** "12 changes to 9 ad groups; 1 failed". */
    QString summaryText() const;
    /** Ids of the selected changes. */
    QStringList selectedChangeIds() const;
    /** Selects and shows change @p changeId (e.g. after a post, the first failed one). */
    void selectChange(const QString &changeId);

public Q_SLOTS:
    void discardSelected();
    /** Asks first (MessageBox). */
    void discardAll();
    /** Opens the ConflictDialog (window-modal, without blocking). */
    void resolveConflicts();

Q_SIGNALS:
    /** Post… was pressed: post the pending changes of the account. */
    void postRequested();
    /** A change was double-clicked or Enter pressed on it: show its ad group. */
    void adGroupActivated(const QString &adGroupId);
    /** A new ad group (a create) was double-clicked or Enter pressed on it: open it to fix. */
    void openCreateRequested(const QString &changeId);

private:
    void fitColumns();
    void updateState();

    QPointer<ChangeSet> m_changeSet;
    QPointer<QUndoStack> m_undoStack;
    QPointer<PostFlow> m_postFlow;
    QPointer<QAction> m_postAction;
    QPointer<ConflictDialog> m_conflictDialog;
    PendingChangesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_summary;
    QLabel *m_notice;
    QPushButton *m_discard;
    QPushButton *m_discardAll;
    QPushButton *m_resolve;
    QPushButton *m_post;
    bool m_postEnabled = true;
    bool m_posting = false;
};

} // namespace pinstripe
