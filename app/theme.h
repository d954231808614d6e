#pragma once
// Light and dark. "System" follows the desktop: the palette the platform theme gives is dark when its
// window colour is darker than its text. Dark is Fusion with a dark palette (the same on every
// platform, and readable with the app's coloured SVG icons).
#include <QString>

class QApplication;

namespace fab::app {

enum class Theme { System, Light, Dark };

Theme savedTheme();                  // QSettings "ui/theme": system | light | dark
void saveTheme(Theme theme);
// Applies the theme to the running application (palettes change live).
void applyTheme(Theme theme);
bool systemPrefersDark();
bool darkInUse();                    // what applyTheme last chose

}  // namespace fab::app
