#include "app/cli.h"

#include "app/app_info.h"
#include "app/cli_bundle.h"
#include "app/cli_check.h"
#include "app/cli_metrics.h"
#include "app/cli_slurm.h"
#include "core/cluster_profile.h"
#include "core/experiment.h"
#include "core/paths.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <nlohmann/json.hpp>

namespace fab::app {

namespace {

// lupdate reads the context from this declaration; it must match the one used at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::cli)
};

const QStringList &commands()
{
    static const QStringList c = QStringList{QStringLiteral("validate"), QStringLiteral("profiles"), QStringLiteral("check"), QStringLiteral("metrics"), QStringLiteral("bundle"),
                                            QStringLiteral("help"), QStringLiteral("version")} +
                                schedulerCommands();
    return c;
}

QString usage()
{
    return Text::tr("Usage: fabbrica [FILE…]            open the desktop app (with experiment files)\n"
              "       fabbrica COMMAND [OPTIONS]\n"
              "\n"
              "Commands:\n"
              "  validate FILE… [--upgrade]   check experiment files; each problem is printed as\n"
              "                               \"FILE: /json/path: what is wrong\" (exit 2 when any is invalid);\n"
              "                               --upgrade rewrites files of an older schema in the current one\n"
              "  profiles [--json]            list cluster profiles (This computer and <config>/profiles/*.json)\n"
              "  --version                    print the version, Qt, libssh and the local engine's device\n"
              "  --help                       print this help\n"
              "\n"
              "Environment:\n"
              "  FABBRICA_CONFIG_DIR          use this folder instead of the platform's config folder\n"
              "  FABBRICA_DATA_DIR            use this folder instead of the platform's data folder\n"
              "\n"
              "Exit codes: 0 success, 1 failure, 2 invalid input or usage.\n");
}

int validate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    bool upgrade = false;
    QStringList files;
    for (const QString &a : args) {
        if (a == QLatin1String("--upgrade"))
            upgrade = true;
        else if (a.startsWith(QLatin1String("--"))) {
            err << Text::tr("fabbrica validate: unknown option %1 (see fabbrica --help)").arg(a) << Qt::endl;
            return 2;
        } else
            files << a;
    }
    if (files.isEmpty()) {
        err << Text::tr("fabbrica validate: name at least one experiment file, e.g. fabbrica validate experiment.json")
            << Qt::endl;
        return 2;
    }
    int rc = 0;
    for (const QString &file : files) {
        const auto loaded = Experiment::load(file);
        if (!loaded.experiment) {
            for (const Issue &i : loaded.issues)
                err << file << ": " << i.toString() << Qt::endl;
            err << Text::tr("%1: invalid (%n problem(s))", nullptr, int(loaded.issues.size())).arg(file) << Qt::endl;
            rc = 2;
            continue;
        }
        QString note;
        if (loaded.migrated && upgrade) {
            QString error;
            if (!loaded.experiment->save(file, &error)) {
                err << file << ": " << error << Qt::endl;
                rc = std::max(rc, 1);
                continue;
            }
            note = Text::tr(" (upgraded to %1)").arg(Experiment::schemaId());
        } else if (loaded.migrated) {
            note = Text::tr(" (older schema; run with --upgrade to rewrite it)");
        }
        out << Text::tr("%1: valid experiment \"%2\"%3").arg(file, loaded.experiment->name, note) << Qt::endl;
    }
    return rc;
}

int profiles(const QStringList &args, QTextStream &out, QTextStream &err)
{
    bool asJson = false;
    for (const QString &a : args) {
        if (a == QLatin1String("--json"))
            asJson = true;
        else {
            err << Text::tr("fabbrica profiles: unknown argument %1 (see fabbrica --help)").arg(a) << Qt::endl;
            return 2;
        }
    }
    const ProfileList list = loadProfiles(paths::profilesDir());
    for (const auto &[file, issues] : list.broken)
        for (const Issue &i : issues)
            err << Text::tr("warning: %1: %2").arg(file, i.toString()) << Qt::endl;
    if (asJson) {
        json::Json arr = json::Json::array();
        for (const ClusterProfile &p : list.profiles) {
            json::Json j = p.toJson();
            j["display_name"] = p.label().toStdString();
            arr.push_back(j);
        }
        out << QString::fromStdString(arr.dump(2)) << Qt::endl;
        return 0;
    }
    for (const ClusterProfile &p : list.profiles) {
        const QString where = p.isLocal() ? Text::tr("local processes")
                                          : QStringLiteral("%1@%2:%3").arg(p.user.isEmpty() ? QStringLiteral("?") : p.user, p.host).arg(p.port);
        out << QStringLiteral("%1\t%2\t%3").arg(p.name, p.label(), where) << Qt::endl;
    }
    return 0;
}

}  // namespace

bool isCliInvocation(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    const QString &first = args.first();
    if (commands().contains(first) || first == QLatin1String("--version") || first == QLatin1String("-v") ||
        first == QLatin1String("--help") || first == QLatin1String("-h"))
        return true;
    // Files to open go to the GUI, and so do Qt's own options (-platform, -style…). A word that is
    // neither is a mistyped command: answer it on the terminal rather than opening a window.
    return !first.startsWith(QLatin1Char('-')) && !QFileInfo::exists(first);
}

int runCli(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString cmd = args.value(0);
    const QStringList rest = args.mid(1);
    if (cmd == QLatin1String("--version") || cmd == QLatin1String("-v") || cmd == QLatin1String("version")) {
        out << versionReport() << Qt::endl;
        return 0;
    }
    if (cmd == QLatin1String("--help") || cmd == QLatin1String("-h") || cmd == QLatin1String("help")) {
        out << usage() << checkUsage() << schedulerUsage() << metricsUsage() << bundleUsage();
        return 0;
    }
    if (cmd == QLatin1String("validate"))
        return validate(rest, out, err);
    if (cmd == QLatin1String("profiles"))
        return profiles(rest, out, err);
    if (cmd == QLatin1String("check"))
        return runCheck(rest, out, err);
    if (cmd == QLatin1String("metrics"))
        return runMetricsCommand(rest, out, err);
    if (cmd == QLatin1String("bundle"))
        return runBundleCommand(rest, out, err);
    if (schedulerCommands().contains(cmd))
        return runSchedulerCommand(cmd, rest, out, err);
    err << Text::tr("fabbrica: unknown command \"%1\" (see fabbrica --help)").arg(cmd) << Qt::endl;
    return 2;
}

}  // namespace fab::app
