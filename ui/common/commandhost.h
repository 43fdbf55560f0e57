#pragma once

#include "ui/common/commandplacement.h"

class QAction;
class QMenu;

namespace pinstripe {

/**
 * What a feature contributes its commands to (the main window). The host lays them out by
 * their placement; within a group they keep the order in which they were contributed.
 * One QAction per command: a button elsewhere that does the same triggers the same action.
 */
class CommandHost
{
public:
    virtual ~CommandHost() = default;

    /** Shows @p action (not owned) where @p placement says. */
    virtual void addCommand(QAction *action, const CommandPlacement &placement) = 0;
    /** Shows the submenu @p menu (not owned) where @p placement says. */
    virtual void addCommandMenu(QMenu *menu, const CommandPlacement &placement) = 0;
};

} // namespace pinstripe
