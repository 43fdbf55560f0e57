#include "ui/changes/pendingcreateeditor.h"

#include "core/changes/changeset.h"
#include "core/model/adgroup.h"
#include "ui/changes/editcommand.h"
#include "ui/editor/adgroupeditordialog.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QUndoStack>

namespace pinstripe {

bool PendingCreateEditor::canOpen(const ChangeSet *changeSet, const QString &changeId)
{
    const std::optional<PendingChange> change = changeSet ? changeSet->find(changeId) : std::nullopt;
    return change && change->kind == PendingChange::Kind::Create
        && (change->state == PendingChange::State::Pending || change->state == PendingChange::State::Failed);
}

AdGroupEditorDialog *PendingCreateEditor::open(const AdGroupFormContext &context, QUndoStack *undoStack,
                                               ChangeSet *changeSet, const QString &changeId, QWidget *parent)
{
    if (!canOpen(changeSet, changeId))
        return nullptr;
    const PendingChange original = *changeSet->find(changeId);
    const AdGroup values = AdGroup::fromJson(original.createBody);

    // No record target: OK must replace this change, not add another create next to it.
    auto *dialog = new AdGroupEditorDialog(context, parent);
    dialog->setObjectName(QStringLiteral("pendingCreateEditor"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->startCreateFrom(values);
    dialog->setWindowTitle(tr("Fix new ad group \"%1\"").arg(values.name.valueOr({})));

    auto *note = new QLabel(dialog);
    note->setObjectName(QStringLiteral("pendingCreateNote"));
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    note->setText(original.state == PendingChange::State::Failed
                      ? tr("Pinterest refused this new ad group: %1\nFix it here; OK keeps it as the same pending change, "
                           "to post again.").arg(original.message)
                      : tr("This new ad group is waiting to be posted; OK keeps your edits in the same pending change."));
    if (auto *layout = qobject_cast<QBoxLayout *>(dialog->layout()))
        layout->insertWidget(0, note);

    QPointer<ChangeSet> changes(changeSet);
    QPointer<QUndoStack> stack(undoStack);
    QObject::connect(dialog, &QDialog::accepted, changeSet, [dialog, changes, stack, original] {
        const QList<PendingChange> edited = dialog->changes();
        // Posted or discarded meanwhile: there is nothing left to put the edit into.
        if (!changes || edited.size() != 1 || !changes->find(original.id))
            return;
        PendingChange fixed = original;
        fixed.createBody = edited.constFirst().createBody;
        fixed.adGroupName = edited.constFirst().adGroupName;
        fixed.state = PendingChange::State::Pending;
        fixed.message.clear();
        recordEdits(stack, changes, {fixed},
                    tr("Fix new ad group \"%1\"").arg(AdGroup::fromJson(fixed.createBody).name.valueOr({})),
                    EditCommand::Operation::Replace);
    });
    dialog->show();
    return dialog;
}

} // namespace pinstripe
