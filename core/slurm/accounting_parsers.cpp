#include "core/slurm/accounting_parsers.h"

#include "core/slurm/commands.h"
#include "core/slurm/parse_util.h"

#include <QCoreApplication>

namespace fab {

using namespace slurmparse;

namespace {

std::optional<double> tresMinutes(const QHash<QString, QString> &kv, const QString &key)
{
    auto it = kv.find(key);
    if (it == kv.end())
        return std::nullopt;
    const auto n = number(*it);
    if (!n || *n < 0)
        return std::nullopt;
    return *n;
}

std::optional<double> hours(std::optional<double> minutes)
{
    if (!minutes)
        return std::nullopt;
    return *minutes / 60.0;
}

}  // namespace

Parsed<Allocation> parseSshare(const QByteArray &output)
{
    Parsed<Allocation> p;
    p.format = QStringLiteral("sshare -P");
    struct Pending {
        QString account;
        QHash<QString, QString> limits, raw;
        QList<UserUsage> users;
    };
    QList<Pending> accounts;
    // Columns by name: the fixed format, or the header when sshare printed one (no -n).
    QStringList names = QString::fromLatin1(slurmcmd::kSshareFields).split(QLatin1Char(','));
    auto column = [&](const QStringList &f, const char *name) {
        const qsizetype i = names.indexOf(QLatin1String(name));
        return i >= 0 && i < f.size() ? f[i] : QString();
    };
    for (const QString &line : lines(output)) {
        if (line.trimmed().isEmpty())
            continue;
        QStringList f = line.split(QLatin1Char('|'));
        if (f.size() > names.size() && f.last().isEmpty())
            f.removeLast();  // -p
        if (f.value(0).trimmed() == QLatin1String("Account") && f.value(1).trimmed() == QLatin1String("User")) {
            names = f;
            continue;
        }
        // Rows may stop short only of a header that itself ends in "..." (clusters.md's sample).
        const bool openEnded = names.last().trimmed() == QLatin1String("...");
        if (f.size() < 2 || f.size() > names.size() || (!openEnded && f.size() != names.size())) {
            noteProblem(&p, line);
            continue;
        }
        const QString account = column(f, "Account").trimmed();  // leading spaces show the tree depth
        const QString user = column(f, "User").trimmed();
        if (account.isEmpty()) {
            noteProblem(&p, line);
            continue;
        }
        if (account == QLatin1String("root"))
            continue;
        const auto limits = keyValues(column(f, "GrpTRESMins"));
        const auto raw = keyValues(column(f, "GrpTRESRaw"));
        auto it = std::find_if(accounts.begin(), accounts.end(), [&](const Pending &a) { return a.account == account; });
        if (user.isEmpty()) {
            if (it == accounts.end())
                accounts << Pending{account, limits, raw, {}};
            continue;
        }
        if (it == accounts.end()) {
            // A user's row without its account's (sshare without -a may show only the user).
            accounts << Pending{account, {}, {}, {}};
            it = accounts.end() - 1;
        }
        it->users << UserUsage{user, QString(), hours(tresMinutes(raw, QStringLiteral("gres/gpu"))), std::nullopt};
    }
    for (const Pending &a : accounts) {
        bool any = false;
        const struct {
            const char *tres;
            ResourceKind kind;
        } kinds[] = {{"gres/gpu", ResourceKind::GpuHours}, {"cpu", ResourceKind::CpuHours}};
        for (const auto &k : kinds) {
            const QString tres = QLatin1String(k.tres);
            if (!a.limits.contains(tres))
                continue;
            Allocation al;
            al.account = a.account;
            al.kind = k.kind;
            al.granted = hours(tresMinutes(a.limits, tres));
            al.used = hours(tresMinutes(a.raw, tres));
            al.source = QStringLiteral("sshare");
            al.scope = QStringLiteral("GrpTRESMins ") + tres;
            if (k.kind == ResourceKind::GpuHours)
                al.users = a.users;
            else
                for (const UserUsage &u : a.users)
                    al.users << UserUsage{u.user, u.fullName, std::nullopt, std::nullopt};
            al.completeLeft();
            p.rows << al;
            any = true;
        }
        if (!any) {
            Allocation al;
            al.account = a.account;
            al.kind = ResourceKind::GpuHours;
            al.used = hours(tresMinutes(a.raw, QStringLiteral("gres/gpu")));
            al.users = a.users;
            al.source = QStringLiteral("sshare");
            al.note = QCoreApplication::translate("fab::BudgetTools", "Slurm sets no GrpTRESMins limit on this account");
            p.rows << al;
        }
    }
    return p;
}

Parsed<Association> parseSacctmgrAssoc(const QByteArray &output, const QString &fields)
{
    Parsed<Association> p;
    p.format = QStringLiteral("sacctmgr -P show assoc");
    QStringList names = (fields.isEmpty() ? QString::fromLatin1(slurmcmd::kAssocFields) : fields)
                            .split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &n : names)
        n = n.trimmed().toLower().remove(QLatin1Char(' '));
    for (const QString &line : lines(output)) {
        if (line.trimmed().isEmpty())
            continue;
        QStringList f = line.split(QLatin1Char('|'));
        if (f.size() > 1 && f.last().isEmpty() && f.size() == names.size() + 1)
            f.removeLast();
        // A header line ("Cluster|Account|…", "Account|QOS|Partition|Def QOS|") names the columns.
        if (p.rows.isEmpty() && f.contains(QLatin1String("Account"))) {
            names.clear();
            for (const QString &h : f)
                names << h.trimmed().toLower().remove(QLatin1Char(' '));
            if (!names.isEmpty() && names.last().isEmpty())
                names.removeLast();
            continue;
        }
        if (f.size() != names.size()) {
            noteProblem(&p, line);
            continue;
        }
        Association a;
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QString v = f[i].trimmed();
            const QString &n = names[i];
            if (n == QLatin1String("cluster"))
                a.cluster = v;
            else if (n == QLatin1String("account"))
                a.account = v;
            else if (n == QLatin1String("user"))
                a.user = v;
            else if (n == QLatin1String("partition"))
                a.partition = v;
            else if (n == QLatin1String("qos"))
                a.qos = v.split(QLatin1Char(','), Qt::SkipEmptyParts);
            else if (n == QLatin1String("defaultqos") || n == QLatin1String("defqos"))
                a.defaultQos = v;
            else if (n == QLatin1String("grptresmins"))
                a.grpTresMins = keyValues(v);
            else if (n == QLatin1String("grptres"))
                a.grpTres = keyValues(v);
            else if (n == QLatin1String("maxtres"))
                a.maxTres = keyValues(v);
            else if (n == QLatin1String("maxwall"))
                a.maxWallSeconds = duration(v);
            else if (n == QLatin1String("maxjobs")) {
                if (const auto m = integer(v))
                    a.maxJobs = int(*m);
            } else if (n == QLatin1String("maxsubmit") || n == QLatin1String("maxsubmitjobs")) {
                if (const auto m = integer(v))
                    a.maxSubmit = int(*m);
            }
        }
        if (a.account.isEmpty()) {
            noteProblem(&p, line);
            continue;
        }
        p.rows << a;
    }
    return p;
}

Parsed<UsageRow> parseSreport(const QByteArray &output, QString *unit)
{
    Parsed<UsageRow> p;
    p.format = QStringLiteral("sreport -P");
    int usedAt = 4, tresAt = -1;
    for (const QString &line : lines(output)) {
        const QString t = line.trimmed();
        if (t.isEmpty() || t.startsWith(QLatin1String("----")))
            continue;
        if (t.startsWith(QLatin1String("Usage reported in "))) {
            if (unit)
                *unit = t.mid(18).trimmed();
            continue;
        }
        if (!t.contains(QLatin1Char('|'))) {
            if (t.contains(QLatin1String("Utilization")))
                continue;  // the banner's title line
            noteProblem(&p, line);
            continue;
        }
        QStringList f = line.split(QLatin1Char('|'));
        if (f.size() > 5 && f.last().isEmpty())
            f.removeLast();
        if (f.value(0) == QLatin1String("Cluster")) {
            usedAt = int(f.indexOf(QLatin1String("Used")));
            tresAt = int(f.indexOf(QLatin1String("TRES Name")));
            continue;
        }
        // Without a header: "…|Proper Name|Used|Energy" or, with --tres, "…|Proper Name|TRES Name|Used".
        if (f.size() < 5 || usedAt < 0 || usedAt >= f.size()) {
            noteProblem(&p, line);
            continue;
        }
        if (tresAt < 0 && f.size() == 6 && !number(f[4]) && number(f[5])) {
            tresAt = 4;
            usedAt = 5;
        }
        UsageRow r;
        r.cluster = f[0].trimmed();
        r.account = f[1].trimmed();
        r.login = f[2].trimmed();
        r.properName = f[3].trimmed();
        if (tresAt >= 0 && tresAt < f.size())
            r.tres = f[tresAt].trimmed();
        r.used = number(f[usedAt]);
        if (r.account.isEmpty() || !r.used) {
            noteProblem(&p, line);
            continue;
        }
        p.rows << r;
    }
    return p;
}

QHash<QString, QString> parseScontrolConfig(const QByteArray &output, int *unparsed)
{
    QHash<QString, QString> out;
    int bad = 0;
    for (const QString &line : lines(output)) {
        const qsizetype eq = line.indexOf(QLatin1String(" = "));
        if (eq <= 0) {
            // Section titles ("Configuration data as of …", "Cgroup Support Configuration:") and blanks.
            if (!line.trimmed().isEmpty() && !line.trimmed().endsWith(QLatin1Char(':')) &&
                !line.startsWith(QLatin1String("Configuration data as of")) &&
                !line.startsWith(QLatin1String("Slurmctld(primary)")) && !line.contains(QLatin1String(" is UP")))
                ++bad;
            continue;
        }
        out.insert(line.left(eq).trimmed(), line.mid(eq + 3).trimmed());
    }
    if (unparsed)
        *unparsed = bad;
    return out;
}

std::optional<int> maxArraySize(const QHash<QString, QString> &config)
{
    const auto v = integer(config.value(QStringLiteral("MaxArraySize")));
    if (!v || *v < 1 || *v > 100000000)
        return std::nullopt;
    return int(*v);
}

}  // namespace fab
