#include "core/paths.h"

#include <QDir>
#include <QStandardPaths>

namespace fab::paths {

static QString fromEnvOr(const char *var, QStandardPaths::StandardLocation loc)
{
    const QString env = qEnvironmentVariable(var);
    if (!env.isEmpty())
        return QDir::cleanPath(env);
    return QStandardPaths::writableLocation(loc);
}

QString configDir() { return fromEnvOr("FABBRICA_CONFIG_DIR", QStandardPaths::AppConfigLocation); }
QString dataDir() { return fromEnvOr("FABBRICA_DATA_DIR", QStandardPaths::AppDataLocation); }
QString profilesDir() { return configDir() + QStringLiteral("/profiles"); }
QString historyDatabase() { return dataDir() + QStringLiteral("/history.sqlite"); }

QString expandHome(const QString &path)
{
    if (path == QLatin1String("~"))
        return QDir::homePath();
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

}  // namespace fab::paths
