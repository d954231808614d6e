#include "app/cli_bundle.h"

#include "app/cli_util.h"
#include "core/bundle/workshop_bundle.h"
#include "core/paths.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace fab::app {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::cli)
};

void printIssues(const QString &file, const Issues &issues, QTextStream &err)
{
    for (const Issue &i : issues)
        err << file << ": " << i.toString() << Qt::endl;
}

int create(const QStringList &args, QTextStream &out, QTextStream &err)
{
    WorkshopBundle b;
    QString output;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&](QString *into) {
            if (i + 1 >= args.size()) {
                err << Text::tr("fabbrica bundle create: %1 needs a value").arg(a) << Qt::endl;
                return false;
            }
            *into = args[++i];
            return true;
        };
        QString v;
        if (a == QLatin1String("--title")) {
            if (!value(&b.title))
                return 2;
        } else if (a == QLatin1String("--description")) {
            if (!value(&b.description))
                return 2;
        } else if (a == QLatin1String("--reservation")) {
            if (!value(&b.reservation))
                return 2;
        } else if (a == QLatin1String("--profile")) {
            if (!value(&v))
                return 2;
            ClusterProfile p;
            const QString found = findProfile(v, &p, err);
            if (found.isEmpty()) {
                err << Text::tr("fabbrica bundle create: no profile named \"%1\"").arg(v) << Qt::endl;
                return 1;
            }
            if (found == QLatin1String("!"))
                return 1;
            b.profiles << p;
        } else if (a == QLatin1String("--experiment")) {
            if (!value(&v))
                return 2;
            Issues issues;
            auto t = templateFromFolder(v, &issues);
            if (!t) {
                printIssues(v, issues, err);
                return 1;
            }
            b.templates << *t;
        } else if (a == QLatin1String("--data")) {
            if (!value(&v))
                return 2;
            QByteArray bytes;
            QString error;
            if (!json::readFile(v, &bytes, &error, WorkshopBundle::kMaxBytes)) {
                err << v << ": " << error << Qt::endl;
                return 1;
            }
            b.data << BundleFile{QFileInfo(v).fileName(), bytes};
        } else if (a.startsWith(QLatin1Char('-')) || !output.isEmpty()) {
            err << Text::tr("fabbrica bundle create: unexpected \"%1\"").arg(a) << Qt::endl << bundleUsage();
            return 2;
        } else {
            output = a;
        }
    }
    if (output.isEmpty() || b.title.isEmpty()) {
        err << Text::tr("fabbrica bundle create: give the output file and --title") << Qt::endl << bundleUsage();
        return 2;
    }
    // What is written is exactly what a participant will read: check it the same way.
    const QByteArray bytes = b.toBytes();
    Issues issues;
    if (!WorkshopBundle::parse(bytes, &issues)) {
        printIssues(output, issues, err);
        return 1;
    }
    QString error;
    if (!json::writeFileAtomically(output, bytes, &error)) {
        err << output << ": " << error << Qt::endl;
        return 1;
    }
    out << Text::tr("%1: %2 profile(s), %3 experiment(s), %4 data file(s), %5 KB")
               .arg(output).arg(b.profiles.size()).arg(b.templates.size()).arg(b.data.size()).arg(bytes.size() / 1024)
        << Qt::endl;
    return 0;
}

int showOrImport(bool install, const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.size() != 1) {
        err << bundleUsage();
        return 2;
    }
    Issues issues;
    const auto b = WorkshopBundle::load(args[0], &issues);
    if (!b) {
        printIssues(args[0], issues, err);
        return 1;
    }
    if (!install) {
        out << Text::tr("Title: %1").arg(b->title) << '\n';
        if (!b->description.isEmpty())
            out << b->description << '\n';
        if (!b->reservation.isEmpty())
            out << Text::tr("Reservation: %1").arg(b->reservation) << '\n';
        for (const ClusterProfile &p : b->profiles)
            out << Text::tr("Profile: %1 (%2)").arg(p.name, p.host) << '\n';
        for (const BundleTemplate &t : b->templates)
            out << Text::tr("Experiment: %1 (%n file(s))", nullptr, int(t.files.size())).arg(t.name) << '\n';
        for (const BundleFile &f : b->data)
            out << Text::tr("Data: %1 (%2 bytes)").arg(f.path).arg(f.bytes.size()) << '\n';
        out.flush();
        return 0;
    }
    const BundleInstall r = installBundle(*b, paths::profilesDir(), paths::dataDir());
    for (const QString &p : r.profiles)
        out << Text::tr("profile %1 added").arg(p) << '\n';
    for (const QString &x : r.experiments)
        out << Text::tr("experiment %1").arg(x) << '\n';
    for (const QString &d : r.dataFiles)
        out << Text::tr("data %1").arg(d) << '\n';
    out.flush();
    if (!r.ok()) {
        err << args[0] << ": " << r.error << Qt::endl;
        return 1;
    }
    return 0;
}

}  // namespace

QString bundleUsage()
{
    return Text::tr("  bundle create OUT.fabbrica --title TEXT [--description TEXT] [--reservation NAME]\n"
                    "                [--profile NAME]... [--experiment FILE]... [--data FILE]...\n"
                    "                                 make a workshop bundle (profiles carry no user, key or secret)\n"
                    "  bundle show FILE.fabbrica      what a bundle holds\n"
                    "  bundle import FILE.fabbrica    add its profiles and experiments (nothing is overwritten)\n");
}

int runBundleCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("create"))
        return create(args.mid(1), out, err);
    if (sub == QLatin1String("show") || sub == QLatin1String("import"))
        return showOrImport(sub == QLatin1String("import"), args.mid(1), out, err);
    err << bundleUsage();
    return 2;
}

}  // namespace fab::app
