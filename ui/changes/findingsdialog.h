#pragma once

#include "core/changes/prepostcheck.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace pinstripe {

/**
 * What the checks before posting found. Errors block their changes (they stay pending with
 * the reason); warnings need an explicit "Post anyway". Shown with open(), so it never blocks
 * the event loop; accepted() means post the changes that are not blocked, warned ones included;
 * PostUnflaggedResult means post those without any finding.
 *
 * When bids are under Pinterest's floor, "Raise to floor" offers the fix: it emits
 * raiseToFloorRequested() with the raises and closes with RaiseToFloorResult (neither
 * accepted() nor rejected()), so the caller records them and checks and posts again.
 */
class FindingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsDialog)

public:
    /** The result code of "Raise to floor". */
    static constexpr int RaiseToFloorResult = 2;
    /** The result code of "Post all but the flagged": post the changes without any finding. */
    static constexpr int PostUnflaggedResult = 3;

    /** @p postable: how many changes would still be posted (those without errors). */
    FindingsDialog(const QList<CheckFinding> &findings, int blocked, int postable, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    /** The button that posts: "Post anyway" / "Post the other N"; null when nothing can be posted. */
    QPushButton *postButton() const { return m_post; }
    /** "Post all but the flagged": closes with PostUnflaggedResult; null without warned changes. */
    QPushButton *postUnflaggedButton() const { return m_postUnflagged; }
    QPushButton *cancelButton() const { return m_cancel; }
    /** "Raise to floor"; null when no bid is under its floor. */
    QPushButton *raiseToFloorButton() const { return m_raise; }
    /** The pending changes that raise every bid under its floor to the floor. */
    QList<PendingChange> raiseToFloorChanges() const;

Q_SIGNALS:
    /** "Raise to floor" was chosen: record @p changes (one undo step), then check and post again. */
    void raiseToFloorRequested(const QList<pinstripe::PendingChange> &changes);

private:
    QLabel *m_intro;
    QTreeWidget *m_list;
    QPushButton *m_post = nullptr;
    QPushButton *m_postUnflagged = nullptr;
    QPushButton *m_cancel;
    QPushButton *m_raise = nullptr;
    QList<PendingChange> m_raises;
};

} // namespace pinstripe
