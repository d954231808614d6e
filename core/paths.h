#pragma once
#include <QString>

namespace fab {

// Where Fabbrica keeps its files. FABBRICA_CONFIG_DIR / FABBRICA_DATA_DIR, when set, replace the
// platform folders so tests and scripted use never touch a user's real configuration.
namespace paths {
QString configDir();        // profiles/, settings
QString dataDir();          // history database, run folders of This computer
QString profilesDir();      // configDir()/profiles
QString historyDatabase();  // dataDir()/history.sqlite
QString expandHome(const QString &path);  // "~/x" -> "$HOME/x"
}  // namespace paths

}  // namespace fab
