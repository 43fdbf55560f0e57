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
 * the event loop; accepted() means post the changes that are not blocked.
 */
class FindingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsDialog)

public:
    /** @p postable: how many changes would still be posted (those without errors). */
    FindingsDialog(const QList<CheckFinding> &findings, int blocked, int postable, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    /** The button that posts: "Post anyway" / "Post the other N"; null when nothing can be posted. */
    QPushButton *postButton() const { return m_post; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    QLabel *m_intro;
    QTreeWidget *m_list;
    QPushButton *m_post = nullptr;
    QPushButton *m_cancel;
};

} // namespace pinstripe
