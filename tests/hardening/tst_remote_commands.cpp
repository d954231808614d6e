// Remote commands are built only from fixed templates with quoted arguments.
// 1. Every function of core/slurm/commands.h, fed each hostile string: the command line is run by a
//    real POSIX shell (/bin/sh) with stub Slurm tools that record their argv, and must run exactly one
//    tool with exactly the expected arguments (the shell is the word splitter), run nothing else (no
//    CANARY file), and set TZ=UTC where the template says so.
// 2. The Slurm scheduler submitting, cancelling, requeueing, reading logs and listing jobs with hostile
//    values, over a recording runner on a fake cluster (stub Slurm tools): every command it sends
//    matches one of the fixed templates, with each argument one single-quoted word; the run folder is
//    created 0700.
#include "core/runner/local_runner.h"
#include "core/scheduler/slurm_scheduler.h"
#include "core/slurm/commands.h"
#include "core/slurm/shell_quote.h"
#include "hardening_util.h"
#include "hostile_strings.h"

#include <QMutex>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <functional>
#include <sys/stat.h>

using namespace fab;
using namespace fabtest;

namespace {

// A stub for every tool: writes "<argc+2>\0<tool>\0TZ=<tz>\0<arg>\0…" into its own file in the folder
// $FABT_STUB_LOG (tools of one pipeline run at the same time); sbatch answers
// with a job id and `scontrol show config` with MaxArraySize, the rest print nothing.
const char *const kStub =
    "#!/bin/sh\n"
    "tool=${0##*/}\n"
    "{ printf '%s\\0' \"$(($# + 2))\" \"$tool\" \"TZ=${TZ-unset}\"; for a in \"$@\"; do printf '%s\\0' \"$a\"; done; } \\\n"
    "  > \"$FABT_STUB_LOG/$tool.$$\"\n"
    "case \"$tool $1 $2\" in\n"
    "  sbatch*) echo 4242 ;;\n"
    "  'scontrol show config') echo 'MaxArraySize            = 1001' ;;\n"
    "esac\n"
    "exit 0\n";

const QStringList kTools{QStringLiteral("squeue"), QStringLiteral("sacct"), QStringLiteral("sinfo"),
                         QStringLiteral("scontrol"), QStringLiteral("sshare"), QStringLiteral("sacctmgr"),
                         QStringLiteral("sreport"), QStringLiteral("sbatch"), QStringLiteral("scancel"),
                         QStringLiteral("tail"), QStringLiteral("head")};

using Argv = QList<QByteArray>;

QList<Argv> records(const QString &logDir)
{
    QList<Argv> out;
    QByteArray log;
    for (const QString &name : QDir(logDir).entryList(QDir::Files))
        log += readBytes(logDir + QLatin1Char('/') + name);
    const QList<QByteArray> f = nulFields(log);
    for (qsizetype i = 0; i < f.size();) {
        const int n = f[i].toInt();
        if (n < 2 || i + 1 + n > f.size()) {
            out.append(Argv{"<unreadable stub log>"});
            break;
        }
        out.append(f.mid(i + 1, n));
        i += 1 + n;
    }
    return out;
}

// One generated command and what the shell must make of it.
struct Case {
    QString function;
    QString command;
    QList<Argv> expected;  // tool, "TZ=…", args…; order-free (a pipeline runs its tools together)
    QByteArray expectedStderr = {};
    int expectedExit = 0;
};

// shellQuote() refuses NUL and commands.cpp then passes an empty word: that is what the tool sees.
QByteArray seen(const QByteArray &v) { return v.contains('\0') ? QByteArray() : v; }

// Linux's MAX_ARG_STRLEN: the longest single argument execve() takes (sh -c COMMAND, here and in sshd).
constexpr qsizetype kMaxArgument = 32 * 4096;

}  // namespace

class TestRemoteCommands : public QObject {
    Q_OBJECT
    QTemporaryDir m_sandbox;
    QString m_stubs, m_cwd, m_log, m_canary;
    QList<Hostile> m_corpus;

    QProcessEnvironment stubEnv() const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), m_stubs + QStringLiteral(":/usr/bin:/bin"));
        env.insert(QStringLiteral("HOME"), m_sandbox.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("FABT_STUB_LOG"), m_log);
        return env;
    }

    QStringList canaries() const
    {
        QStringList out;
        for (const QString &f : entriesUnder(m_sandbox.path()))
            if (QFileInfo(f).fileName().startsWith(QLatin1String("CANARY")))
                out << f;
        for (const QString &f : QDir(QStringLiteral("/tmp")).entryList({QStringLiteral("CANARY*")}, QDir::AllEntries | QDir::Hidden))
            out << QStringLiteral("/tmp/") + f;
        return out;
    }

    QList<Case> casesFor(const QByteArray &x)
    {
        const QString s = QString::fromUtf8(x);
        const QByteArray w = seen(x), tz = "TZ=UTC", none = "TZ=unset";
        const QByteArray sq = slurmcmd::kSqueueFormat, sa = slurmcmd::kSacctFields, sh = slurmcmd::kSshareFields;
        auto userArgs = [&](Argv a) { return x.isEmpty() ? a : a << "-u" << w; };
        QList<Case> c = {
            {QStringLiteral("squeue(text)"), slurmcmd::squeue(false, s), {userArgs({"squeue", tz, "-h", "-o", sq})}},
            {QStringLiteral("squeue(json)"), slurmcmd::squeue(true, s), {userArgs({"squeue", tz, "--json"})}},
            {QStringLiteral("sacct(user)"), slurmcmd::sacct(false, s, QStringLiteral("now-2days")),
             {(x.isEmpty() ? Argv{"sacct", tz, "-X", "-P", "-n", "-o", sa, "-a"} : Argv{"sacct", tz, "-X", "-P", "-n", "-o", sa, "-u", w})
              << "-S" << "now-2days"}},
            {QStringLiteral("sacct(since)"), slurmcmd::sacct(true, QStringLiteral("u1"), s),
             {x.isEmpty() ? Argv{"sacct", tz, "--json", "-u", "u1"} : Argv{"sacct", tz, "--json", "-u", "u1", "-S", w}}},
            {QStringLiteral("sshare"), slurmcmd::sshare(s), {userArgs({"sshare", tz, "-P", "-n", "-o", sh})}},
            {QStringLiteral("assoc"), slurmcmd::assoc(s),
             {x.isEmpty() ? Argv{"sacctmgr", tz, "-n", "-P", "show", "assoc", QByteArray("format=") + slurmcmd::kAssocFields}
                          : Argv{"sacctmgr", tz, "-n", "-P", "show", "assoc", "where", "user=" + w,
                                 QByteArray("format=") + slurmcmd::kAssocFields}}},
            {QStringLiteral("sreport(account)"), slurmcmd::sreport(s, QStringLiteral("2026-01-01")),
             {{"sreport", tz, "-n", "-P", "-t", "Minutes", "cluster", "AccountUtilizationByUser", "accounts=" + w,
               "start=2026-01-01", "end=now", "--tres=cpu,gres/gpu"}}},
            {QStringLiteral("sreport(start)"), slurmcmd::sreport(QStringLiteral("acct"), s),
             {{"sreport", tz, "-n", "-P", "-t", "Minutes", "cluster", "AccountUtilizationByUser", "accounts=acct",
               "start=" + w, "end=now", "--tres=cpu,gres/gpu"}}},
            // The script file is always Fabbrica's own name; a hostile one still stays one word.
            {QStringLiteral("sbatch"), slurmcmd::sbatch(s), {{"sbatch", tz, "--parsable", w}}},
            {QStringLiteral("sbatch(test-only)"), slurmcmd::sbatch(s, true), {{"sbatch", tz, "--test-only", w}}},
            {QStringLiteral("sacctJobs"), slurmcmd::sacctJobs(false, {s, QStringLiteral("12")}),
             {{"sacct", tz, "-X", "-P", "-n", "-o", sa, "-j", seen(x + ",12")}}},
            {QStringLiteral("scancel"), slurmcmd::scancel(s), {{"scancel", none, "-v", "--", w}}},
            {QStringLiteral("requeue"), slurmcmd::requeue(s), {{"scontrol", none, "requeue", "--", w}}},
            {QStringLiteral("scontrolJob"), slurmcmd::scontrolJob(s), {{"scontrol", tz, "show", "job", "-o", "--", w}}},
        };
        // readFileRange: the tools run only for a readable file; otherwise a sentence naming the path.
        Case r{QStringLiteral("readFileRange"), slurmcmd::readFileRange(s, 5, 10), {}};
        const QFileInfo target(QDir(m_cwd), QString::fromUtf8(w));
        if (!w.isEmpty() && target.exists() && target.isReadable()) {
            r.expected = {{"tail", none, "-c", "+6", "--", w}, {"head", none, "-c", "10"}};
        } else {
            r.expectedStderr = "cannot read " + w + '\n';
            r.expectedExit = 3;
        }
        c << r;
        return c;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.isValid());
        m_stubs = m_sandbox.filePath(QStringLiteral("stubs"));
        m_cwd = m_sandbox.filePath(QStringLiteral("cwd"));
        m_canary = m_sandbox.filePath(QStringLiteral("canary"));
        m_log = m_sandbox.filePath(QStringLiteral("stublog"));
        for (const QString &d : {m_stubs, m_cwd, m_canary, m_sandbox.filePath(QStringLiteral("home"))})
            QVERIFY(QDir().mkpath(d));
        for (const QString &t : kTools)
            QVERIFY(writeBytes(m_stubs + QLatin1Char('/') + t, kStub, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        m_corpus = hostileStrings(m_canary.toUtf8());
        QVERIFY(m_corpus.size() >= 50);
    }

    void everyCommandQuotesEveryArgument()
    {
        QElapsedTimer timer;
        timer.start();
        QStringList failures;
        int commands = 0, tooLong = 0;
        for (int i = 0; i < m_corpus.size(); ++i) {
            const Hostile &h = m_corpus[i];
            if (!h.isUtf8())
                continue;  // the arguments are QStrings: they cannot hold such bytes
            for (const Case &c : casesFor(h.value)) {
                ++commands;
                if (c.command.toUtf8().size() >= kMaxArgument) {
                    ++tooLong;  // no shell could be started with it, here or over SSH (execve's E2BIG)
                    continue;
                }
                QDir(m_log).removeRecursively();
                QDir().mkpath(m_log);
                const ProcessResult p = runProcess(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), c.command}, m_cwd, stubEnv());
                QList<Argv> got = records(m_log), want = c.expected;
                std::sort(got.begin(), got.end());
                std::sort(want.begin(), want.end());
                const QString where = QStringLiteral("%1 with #%2 (%3)").arg(c.function).arg(i).arg(QLatin1String(h.attacks));
                if (got != want) {
                    QStringList g;
                    for (const Argv &a : got)
                        g << QString::fromUtf8(a.join(' ')).left(200);
                    failures << where + QStringLiteral(": the shell ran [%1]").arg(g.join(QStringLiteral(" ; ")));
                }
                if (p.exitCode != c.expectedExit || (c.expectedExit != 0 && p.err != c.expectedStderr))
                    failures << where + QStringLiteral(": exit %1, stderr %2").arg(p.exitCode).arg(QString::fromUtf8(p.err.left(200)));
                if (const QStringList bad = canaries(); !bad.isEmpty()) {
                    failures << where + QStringLiteral(": a command ran: ") + bad.join(QLatin1Char(' '));
                    for (const QString &f : bad)
                        QFile::remove(f.startsWith(QLatin1Char('/')) ? f : m_sandbox.filePath(f));
                }
                if (failures.size() > 40)
                    break;
            }
        }
        qInfo("%d command lines run through /bin/sh with stub tools in %.1f s (%d longer than one argument may be, "
              "not run)", commands - tooLong, timer.elapsed() / 1000.0, tooLong);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 40).join(QLatin1Char('\n'))));
    }

    // Every function of commands.h, each string argument in turn hostile: the command line is the
    // function's fixed text with the argument as one shellQuote() word (and nothing else changes),
    // and /bin/sh can parse it.
    void everyFunctionIsAFixedTemplate()
    {
        using Make = std::function<QString(const QString &)>;
        const QString u = QStringLiteral("u1");
        const QList<std::pair<const char *, Make>> functions = {
            {"squeue", [&](const QString &x) { return slurmcmd::squeue(false, x); }},
            {"sacct user", [&](const QString &x) { return slurmcmd::sacct(true, x, u); }},
            {"sacct since", [&](const QString &x) { return slurmcmd::sacct(false, u, x); }},
            {"sshare", [&](const QString &x) { return slurmcmd::sshare(x); }},
            {"assoc", [&](const QString &x) { return slurmcmd::assoc(x); }},
            {"sreport account", [&](const QString &x) { return slurmcmd::sreport(x, u); }},
            {"sreport start", [&](const QString &x) { return slurmcmd::sreport(u, x); }},
            {"sbatch", [&](const QString &x) { return slurmcmd::sbatch(x, false); }},
            {"sacctJobs", [&](const QString &x) { return slurmcmd::sacctJobs(true, {x}); }},
            {"scancel", [&](const QString &x) { return slurmcmd::scancel(x); }},
            {"requeue", [&](const QString &x) { return slurmcmd::requeue(x); }},
            {"scontrolJob", [&](const QString &x) { return slurmcmd::scontrolJob(x); }},
            {"readFileRange", [&](const QString &x) { return slurmcmd::readFileRange(x, 7, 9); }},
            {"sbatchOnce runDir", [&](const QString &x) { return slurmcmd::sbatchOnce(x, u, 1, u); }},
            {"sbatchOnce script", [&](const QString &x) { return slurmcmd::sbatchOnce(u, x, 1, u); }},
            {"sbatchOnce comment", [&](const QString &x) { return slurmcmd::sbatchOnce(u, u, 1, x); }},
            {"submittedAnswer", [&](const QString &x) { return slurmcmd::submittedAnswer(x, 1); }},
            {"squeueComments", [&](const QString &x) { return slurmcmd::squeueComments(x); }},
            {"sacctComments user", [&](const QString &x) { return slurmcmd::sacctComments(x, u); }},
            {"sacctComments since", [&](const QString &x) { return slurmcmd::sacctComments(u, x); }},
            {"writeFileAtomically", [&](const QString &x) { return slurmcmd::writeFileAtomically(x); }},
            {"publishUpload partial", [&](const QString &x) { return slurmcmd::publishUpload(x, u); }},
            {"publishUpload path", [&](const QString &x) { return slurmcmd::publishUpload(u, x); }},
        };
        // What the command must be: the function's text for a unique sentinel, with the sentinel's
        // words replaced by the argument's (itself, and the ".fabpart" name writeFileAtomically()
        // derives from it). Forward substitution: the sentinel occurs nowhere else.
        auto word = [](const QString &v) { return QString::fromUtf8(shellQuote(v).value_or("''")); };
        const QString sentinel = QStringLiteral("Zq7Sentinel");
        QStringList failures, syntax;
        int checked = 0;
        for (const auto &[name, make] : functions) {
            const QString tpl = make(sentinel);
            for (const Hostile &h : m_corpus) {
                const QString x = QString::fromUtf8(h.value);
                if (!h.isUtf8() || x.isEmpty())  // the empty value changes some commands on purpose (no -u)
                    continue;
                ++checked;
                const QString expected = QString(tpl)
                                             .replace(word(sentinel + QStringLiteral(".fabpart")), word(x + QStringLiteral(".fabpart")))
                                             .replace(word(sentinel), word(x));
                const QString got = make(x);
                if (got != expected)
                    failures << QStringLiteral("%1 with %2: %3").arg(QLatin1String(name), QLatin1String(h.attacks), got.left(300));
                if (got.toUtf8().size() < kMaxArgument)
                    syntax << got;
            }
        }
        // One shell parses them all (sh -n reads the whole input before running anything: it runs nothing).
        QByteArray all;
        for (const QString &c : std::as_const(syntax))
            all += "{ " + c.toUtf8() + "\n}\n";
        const ProcessResult n = runProcess(QStringLiteral("/bin/sh"), {QStringLiteral("-n")}, m_cwd, stubEnv(), all);
        qInfo("%d hostile arguments checked against %d fixed templates; sh -n: exit %d", checked,
              int(functions.size()), n.exitCode);
        QVERIFY2(n.exitCode == 0, n.err.constData());
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 10).join(QLatin1Char('\n'))));
    }

    void schedulerSendsOnlyFixedTemplates();
};

// ---- the scheduler over a recording runner ----------------------------------------------------------

namespace {

class RecordingRunner : public LocalRunner {
public:
    QFuture<CommandResult> run(const QString &command, const RunOptions &options = {}) override
    {
        {
            QMutexLocker lock(&mutex);
            commands << command;
        }
        return LocalRunner::run(command, options);
    }
    QMutex mutex;
    QStringList commands;
};

// A template's regular expression: `tpl` with each \x01 standing for one shellQuote() word.
QRegularExpression templateRe(QString tpl)
{
    static const QString word = QStringLiteral("'[^']*'(?:\\\\''[^']*')*");
    QString re = QRegularExpression::escape(tpl);
    re.replace(QRegularExpression::escape(QStringLiteral("'\x01'")), word);
    re.replace(QRegularExpression::escape(QStringLiteral("\x02")), QStringLiteral("[0-9]+"));
    return QRegularExpression(QLatin1Char('^') + re + QLatin1Char('$'), QRegularExpression::DotMatchesEverythingOption);
}

}  // namespace

void TestRemoteCommands::schedulerSendsOnlyFixedTemplates()
{
    const QString one = QStringLiteral("\x01");
    QList<QRegularExpression> templates = {
        templateRe(QStringLiteral("printf '%s' \"${HOME-}\"")),
        templateRe(slurmcmd::scontrolConfig()),
        templateRe(QStringLiteral("umask 077 && mkdir -p -- '\x01'")),
        templateRe(slurmcmd::writeFileAtomically(one).replace(QStringLiteral("'\x01.fabpart'"), QStringLiteral("'\x01'"))),
        templateRe(slurmcmd::publishUpload(one, one)),
        templateRe(slurmcmd::squeueComments(one)), templateRe(slurmcmd::sacctComments(one, one)),
        templateRe(slurmcmd::scancel(one)),
        templateRe(slurmcmd::requeue(one)),
        templateRe(slurmcmd::scontrolJob(one)),
        templateRe(slurmcmd::readFileRange(one, 0, 2).replace(QStringLiteral("+1 "), QStringLiteral("+\x02 "))
                       .replace(QStringLiteral("-c 2"), QStringLiteral("-c \x02"))),
        templateRe(slurmcmd::squeue(true, one)), templateRe(slurmcmd::squeue(false, one)),
        templateRe(slurmcmd::sacctJobs(true, {one})), templateRe(slurmcmd::sacctJobs(false, {one})),
    };
    for (int part = 0; part < 4; ++part)
        templates << templateRe(slurmcmd::sbatchOnce(one, one, part, one)) << templateRe(slurmcmd::submittedAnswer(one, part));
    // A fake cluster: stub Slurm tools first in PATH, $HOME in the sandbox; the runner runs /bin/sh.
    const QString home = m_sandbox.filePath(QStringLiteral("home"));
    qputenv("PATH", (m_stubs + QStringLiteral(":/usr/bin:/bin")).toUtf8());
    qputenv("HOME", home.toUtf8());
    qputenv("FABT_STUB_LOG", m_log.toUtf8());
    QVERIFY(QDir().mkpath(m_log));
    RecordingRunner runner;
    ClusterProfile profile;
    profile.name = QStringLiteral("fake");
    profile.host = QStringLiteral("fake.invalid");
    profile.user = QStringLiteral("tester");
    profile.workDir = QStringLiteral("$HOME/fab-work");
    profile.defaultAccount = QStringLiteral("acct");
    profile.defaultPartition = QStringLiteral("part");
    SlurmScheduler slurm(&runner, profile);

    // Hostile values everywhere validation lets them in; uploads with hostile (valid) names.
    QTemporaryDir expDir;
    Experiment x;
    x.name = QStringLiteral("hostile_-x.y");
    x.command = QStringLiteral("true");
    x.resources.time = QStringLiteral("00:05:00");
    json::Json params = json::Json::object(), axis = json::Json::array();
    int n = 0;
    for (const Hostile &h : m_corpus) {
        if (!h.isUtf8() || h.hasNul())
            continue;
        params["p" + std::to_string(n)] = h.value.toStdString();
        axis.push_back(h.value.toStdString());
        x.environment.env.append({QStringLiteral("E%1").arg(n), QString::fromUtf8(h.value)});
        const QString up = QString::fromUtf8(h.value);
        if (h.isFileName() && !up.startsWith(QLatin1Char('-')) && !up.contains(QLatin1Char('$')) && !up.contains(QLatin1Char('\n')) &&
            !up.contains(QLatin1Char('\\')) && !up.startsWith(QLatin1Char('~')) && writeBytes(expDir.filePath(up), h.value))
            x.uploads << up;
        ++n;
    }
    x.parameters = params;
    Experiment::Sweep sweep;
    sweep.axes = json::Json{{"s", axis}};
    x.sweep = sweep;
    const Issues issues = Experiment::validate(x.toJson());
    QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).toString()));
    QVERIFY(x.uploads.size() >= 15);

    const SubmitResult r = slurm.submitNow({x, expDir.path(), QUuid::createUuid().toString()});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.jobIds, QStringList{QStringLiteral("4242")});
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(r.runDir).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0700));
    for (const QString &u : x.uploads)
        QVERIFY2(readBytes(r.runDir + QLatin1Char('/') + u) == u.toUtf8(), qPrintable(u));
    // Job ids come from users and tools: hostile ones too.
    for (const Hostile &h : m_corpus) {
        if (!h.isUtf8() || h.value.size() > 300)
            continue;
        const QString id = QString::fromUtf8(h.value);
        slurm.cancelNow(id);
        slurm.requeueNow(id);
        slurm.readLogNow(id, false, 0, 100);
        slurm.jobsNow({id});
    }
    slurm.readLogNow(QStringLiteral("4242_1"), true, 10, 100);  // a remembered job: its log path is rebuilt
    QStringList stray;
    {
        QMutexLocker lock(&runner.mutex);
        for (const QString &c : std::as_const(runner.commands))
            if (std::none_of(templates.begin(), templates.end(), [&](const QRegularExpression &t) { return t.match(c).hasMatch(); }))
                stray << c.left(300);
        qInfo("%d commands sent, all from %d templates", int(runner.commands.size()), int(templates.size()));
    }
    QVERIFY2(stray.isEmpty(), qPrintable(QStringLiteral("commands outside the templates:\n") + stray.mid(0, 10).join(QLatin1Char('\n'))));
    QVERIFY2(canaries().isEmpty(), qPrintable(canaries().join(QLatin1Char(' '))));
    // Nothing beside the work folder in the fake home.
    QCOMPARE(QDir(home).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{QStringLiteral("fab-work")});
}

QTEST_GUILESS_MAIN(TestRemoteCommands)
#include "tst_remote_commands.moc"
