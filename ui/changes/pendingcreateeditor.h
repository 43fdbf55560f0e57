#pragma once

#include <QCoreApplication>
#include <QString>

class QUndoStack;
class QWidget;

namespace pinstripe {

class AdGroupEditorDialog;
class ChangeSet;
struct AdGroupFormContext;

/**
 * Opens a pending new ad group — one still waiting or one Pinterest refused — in the ad group
 * editor to fix it: the form starts from its create body, a refused one shows Pinterest's reason
 * above the form, and OK saves the edited body back into the same pending change (same id,
 * Pending again) as one undo step. Cancel leaves it as it was.
 *
 * A create whose outcome is unknown is not opened: it may exist on Pinterest already, and an
 * edited copy could be posted twice.
 */
class PendingCreateEditor
{
    Q_DECLARE_TR_FUNCTIONS(PendingCreateEditor)

public:
    /** True when change @p changeId of @p changeSet is a create that can be opened to fix. */
    static bool canOpen(const ChangeSet *changeSet, const QString &changeId);

    /**
     * Opens change @p changeId in a non-modal editor (shown, deleted on close); OK records on
     * @p changeSet through @p undoStack (may be null: then not undoable). Returns null when the
     * change cannot be opened (see canOpen()).
     */
    static AdGroupEditorDialog *open(const AdGroupFormContext &context, QUndoStack *undoStack, ChangeSet *changeSet,
                                     const QString &changeId, QWidget *parent = nullptr);
};

} // namespace pinstripe
