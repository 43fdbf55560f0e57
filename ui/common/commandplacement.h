#pragma once

namespace pinstripe {

/** The menu a command appears in. The menu bar shows them in this order; an empty menu is hidden. */
enum class MenuRole { File, Edit, View, Tools, Account, Help };

/**
 * Groups of commands, in the order they appear within their menu; the window puts a separator
 * between two groups. Each feature names the group of its commands, so no feature needs to know
 * where another one's commands are.
 */
enum class CommandGroup {
    // File
    Posting,
    Exporting,
    Quitting,
    // Edit
    UndoRedo,
    Clipboard,
    AdGroupEditing,
    Preferences,
    // View
    Loading,
    Bars,
    WindowMode,
    Performance,
    Docks,
    // Tools
    BidFloors,
    // Account
    AdAccount,
    Session,
    Connection,
    // Help
    About,
};

/** Places on the main tool bar, left to right; None keeps a command off it. */
enum class ToolBarSlot { None, Refresh, NewAdGroup, Edit, BulkEdit, Post, BidFloorCalculator, Export, Find };

/** Where one command goes: a menu, a group in it, and optionally the tool bar. */
struct CommandPlacement
{
    MenuRole menu;
    CommandGroup group;
    ToolBarSlot toolBar = ToolBarSlot::None;
};

} // namespace pinstripe
