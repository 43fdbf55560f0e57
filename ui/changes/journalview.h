#pragma once

#include "core/changes/journalentry.h"
#include "core/model/currency.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace pinstripe {

class ChangeSet;
class PendingChangeStore;

/**
 * The change journal of one ad account, newest first: when, ad group, field, before → after
 * (money in the account currency) and the result with Pinterest's message. "Revert" records
 * the inverse of a posted change as a pending change (one undo step), to be posted like any
 * other edit. Call refresh() after posting.
 */
class JournalView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalView)

public:
    enum Column { TimeColumn, ByColumn, AdGroupColumn, FieldColumn, ChangeColumn, ResultColumn, ColumnCount };

    /** Nothing is owned; @p undoStack may be null (reverts then are not undoable). */
    JournalView(PendingChangeStore *store, ChangeSet *changeSet, QUndoStack *undoStack, QWidget *parent = nullptr);

    void setAdAccount(const QString &adAccountId, const Currency &currency);

    QTreeWidget *list() const { return m_list; }
    /** The line under the list: how many entries, or what the last action did. */
    QString statusText() const;
    QList<JournalEntry> entries() const { return m_entries; }
    /** Selects the entry in @p row (0 = newest). */
    void selectRow(int row);

public Q_SLOTS:
    void refresh();
    /** Records the inverse of the selected entry. */
    void revertSelected();

Q_SIGNALS:
    /** A revert was recorded as pending change @p changeId (nothing sent yet); the status says so. */
    void reverted(const QString &changeId);

private:
    void updateButtons();
    int selectedRow() const;

    PendingChangeStore *m_store;
    QPointer<ChangeSet> m_changeSet;
    QPointer<QUndoStack> m_undoStack;
    QString m_account;
    Currency m_currency;
    QList<JournalEntry> m_entries;
    QTreeWidget *m_list;
    QLabel *m_status;
    QPushButton *m_revert;
    QPushButton *m_refresh;
};

} // namespace pinstripe
