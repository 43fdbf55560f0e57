#pragma once

#include "core/changes/pendingchange.h"
#include "core/model/currency.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QButtonGroup;
class QUndoStack;

namespace pinstripe {

class ChangeSet;

/**
 * Resolves conflicts: a field changed on Pinterest after the edit was based on it. For each
 * conflicting change it shows "Your value" next to "On Pinterest now" (money in the account
 * currency) and lets the user choose per field:
 * - keep mine: the change is rebased (before = Pinterest's value, based on Pinterest's
 *   updated_time) and pending again, so the next post sends it;
 * - take theirs: the change is discarded.
 * Choices are applied on OK as one undoable step. Open it with open() or exec().
 */
class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    enum class Choice { KeepMine, TakeTheirs };

    /** Shows the Conflict changes of @p adAccountId (all accounts if empty). Nothing is owned. */
    ConflictDialog(ChangeSet *changeSet, QUndoStack *undoStack, const QString &adAccountId, const Currency &currency,
                   QWidget *parent = nullptr);

    /** Ids of the conflicting changes shown, in order. */
    QStringList changeIds() const { return m_ids; }
    Choice choice(const QString &changeId) const;
    void setChoice(const QString &changeId, Choice choice);
    /** Sets every row at once (the "Keep all mine" / "Take all theirs" buttons). */
    void setAllChoices(Choice choice);

    void accept() override;

private:
    QPointer<ChangeSet> m_changeSet;
    QPointer<QUndoStack> m_undoStack;
    QStringList m_ids;
    QHash<QString, QButtonGroup *> m_groups;
};

} // namespace pinstripe
