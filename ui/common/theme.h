#pragma once

#include <QColor>
#include <QString>

class QPalette;

namespace pinstripe {

/** How the app is coloured: as the desktop says, or always light or dark (View › Theme). */
enum class Theme { System, Light, Dark };

/**
 * Applies @p theme to the whole application: System gives the desktop's own style and palette
 * back (dark when the desktop is dark); Light and Dark use the Fusion style with a light or dark
 * palette, the same on every desktop. Remembered by saveTheme(), read by savedTheme().
 */
void applyTheme(Theme theme);
Theme savedTheme();
void saveTheme(Theme theme);
QString themeKey(Theme theme);

/** True when @p palette has light text on a dark window. */
bool isDark(const QPalette &palette);

/** The colour of a problem's words, readable on @p palette (dark red on light, light red on dark). */
QColor problemColor(const QPalette &palette);
/** A style sheet that colours a label's text as a problem, for the application's current palette. */
QString problemStyleSheet();

} // namespace pinstripe
