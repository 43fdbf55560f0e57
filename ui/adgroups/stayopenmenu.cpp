#include "ui/adgroups/stayopenmenu.h"

#include <QKeyEvent>
#include <QMouseEvent>

namespace pinstripe {

StayOpenMenu::StayOpenMenu(const QString &title, QWidget *parent)
    : QMenu(title, parent)
{
}

bool StayOpenMenu::toggle(QAction *action)
{
    if (!action || !action->isCheckable() || !action->isEnabled() || action->menu() || action->isSeparator())
        return false;
    action->trigger(); // toggles, emits toggled() and triggered() as a click would
    return true;
}

void StayOpenMenu::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && toggle(actionAt(event->position().toPoint()))) {
        event->accept();
        return;
    }
    QMenu::mouseReleaseEvent(event);
}

void StayOpenMenu::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if ((key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter) && toggle(activeAction())) {
        event->accept();
        return;
    }
    QMenu::keyPressEvent(event);
}

} // namespace pinstripe
