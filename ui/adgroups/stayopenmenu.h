#pragma once

#include <QMenu>

namespace pinstripe {

/**
 * A menu of checkboxes that stays open while they are ticked, like a column chooser:
 * clicking a checkable item (or pressing Space or Enter on it) toggles it and leaves the
 * menu where it is, so several can be changed in one go. Other items close it as usual.
 */
class StayOpenMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StayOpenMenu)

public:
    explicit StayOpenMenu(const QString &title, QWidget *parent = nullptr);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    /** Toggles @p action if it is a checkable, enabled item; true if it did. */
    static bool toggle(QAction *action);
};

} // namespace pinstripe
