#pragma once

#include "core/model/currency.h"

#include <QPointer>
#include <QWidget>

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
 * The panel does not post itself: postRequested() and resolveConflictsRequested() are
 * connected by the owner (see PostFlow and ConflictDialog).
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
    /** Disables Post… (e.g. while posting or without a connection). */
    void setPostEnabled(bool enabled);

    PendingChangesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
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

Q_SIGNALS:
    /** Post… was pressed: post the pending changes of the account. */
    void postRequested();
    void resolveConflictsRequested();
    /** A change was double-clicked or Enter pressed on it: show its ad group. */
    void adGroupActivated(const QString &adGroupId);

private:
    void updateState();

    QPointer<ChangeSet> m_changeSet;
    QPointer<QUndoStack> m_undoStack;
    PendingChangesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_summary;
    QPushButton *m_discard;
    QPushButton *m_discardAll;
    QPushButton *m_resolve;
    QPushButton *m_post;
    bool m_postEnabled = true;
};

} // namespace pinstripe
