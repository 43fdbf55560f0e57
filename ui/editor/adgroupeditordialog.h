#pragma once

#include "ui/editor/adgroupform.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QUndoStack;

namespace pinstripe {

class ChangeSet;

/**
 * The ad group form in a dialog. OK stays disabled while the form has problems. On OK the
 * form's changes() — field-level updates for exactly the changed fields, or creates — are
 * recorded on the ChangeSet through the undo stack as one step (when setRecordTarget() was
 * called) and stay available from changes().
 *
 * @code
 * AdGroupEditorDialog dialog(context, this);
 * dialog.setRecordTarget(undoStack, changeSet);
 * dialog.startEdit(selectedAdGroups);        // or startCreate() / startDuplicate(selection)
 * dialog.exec();
 * @endcode
 */
class AdGroupEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdGroupEditorDialog)

public:
    explicit AdGroupEditorDialog(const AdGroupFormContext &context, QWidget *parent = nullptr);

    void startCreate();
    /** A new ad group starting from @p values (see AdGroupForm::startCreateFrom()). */
    void startCreateFrom(const AdGroup &values);
    void startDuplicate(const QList<AdGroup> &sources);
    void startEdit(const QList<AdGroup> &adGroups);

    /** Where OK records the changes (neither owned); without it OK only closes. */
    void setRecordTarget(QUndoStack *undoStack, ChangeSet *changeSet);

    AdGroupForm *form() const { return m_form; }
    /** What OK records (or recorded): see AdGroupForm::changes(). */
    QList<PendingChange> changes() const;
    QPushButton *okButton() const;

    void accept() override;

Q_SIGNALS:
    /** OK recorded @p changes as one undo step. */
    void changesRecorded(const QList<PendingChange> &changes);

private:
    void refresh();

    AdGroupForm *m_form = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPointer<QUndoStack> m_undoStack;
    QPointer<ChangeSet> m_changeSet;
    /** What OK recorded, so changes() returns the very changes (with their ids) afterwards. */
    std::optional<QList<PendingChange>> m_recorded;
};

} // namespace pinstripe
