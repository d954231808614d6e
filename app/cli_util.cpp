#include "app/cli_util.h"

#include "core/paths.h"

#include <QDir>
#include <QFileInfo>

namespace fab::app {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::cli)
};
}  // namespace

QString findProfile(const QString &name, ClusterProfile *out, QTextStream &err)
{
    const QDir dir(paths::profilesDir());
    QStringList candidates{dir.filePath(name + QStringLiteral(".json"))};
    for (const QFileInfo &fi : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        if (!candidates.contains(fi.absoluteFilePath()))
            candidates << fi.absoluteFilePath();
    for (const QString &file : candidates) {
        if (!QFileInfo::exists(file))
            continue;
        Issues issues;
        const auto p = ClusterProfile::load(file, &issues);
        if (p && p->name == name) {
            *out = *p;
            return file;
        }
        if (!p && QFileInfo(file).completeBaseName() == name) {
            for (const Issue &i : std::as_const(issues))
                err << Text::tr("%1: %2").arg(file, i.toString()) << Qt::endl;
            return QStringLiteral("!");
        }
    }
    return {};
}

}  // namespace fab::app
