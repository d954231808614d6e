#include "app/cli_slurm.h"

#include "app/cli_util.h"
#include "core/experiment.h"
#include "core/paths.h"
#include "core/runner/ssh_config.h"
#include "core/scheduler/local_scheduler.h"
#include "core/scheduler/slurm_scheduler.h"
#include "core/scheduler/submission.h"
#include "core/slurm/batch_script.h"
#include "core/slurm/reasons.h"
#include "remote/handoff.h"
#include "remote/ssh_connection.h"
#include "remote/terminal_prompter.h"

#include <QFileInfo>
#include <memory>
#include <nlohmann/json.hpp>

namespace fab::app {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::cli)
};

constexpr int kWaitMs = 300000;

struct Options {
    QString profile;
    bool json = false, dryRun = false, acceptNew = false;
    QStringList words;
};

// A scheduler for the named profile: This computer directly, a cluster through a fresh SSH connection
// whose questions (passwords, codes, host keys) are asked on the terminal.
class Target {
public:
    bool open(const QString &command, const Options &o, QTextStream &out, QTextStream &err)
    {
        if (o.profile.isEmpty() || o.profile == QLatin1String(ClusterProfile::kThisComputer)) {
            profile = ClusterProfile::thisComputer();
            scheduler = std::make_unique<LocalScheduler>();
            return true;
        }
        const QString file = findProfile(o.profile, &profile, err);
        if (file.isEmpty() || file == QLatin1String("!")) {
            if (file.isEmpty())
                err << Text::tr("fabbrica %1: no profile named \"%2\" in %3 (fabbrica profiles lists them)")
                           .arg(command, o.profile, paths::profilesDir())
                    << Qt::endl;
            return false;
        }
        if (profile.isLocal()) {
            scheduler = std::make_unique<LocalScheduler>();
            return true;
        }
        QString error;
        const auto settings = remote::ConnectionSettings::fromProfile(profile, file, SshConfig::load(), &error);
        if (!settings) {
            err << Text::tr("fabbrica %1: %2").arg(command, error) << Qt::endl;
            return false;
        }
        auto print = [this, &err](const QString &text) {
            remote::postTo(&printer, [&err, text] { err << text; err.flush(); });
        };
        connection = std::make_unique<remote::SshConnection>(
            *settings, std::make_shared<remote::TerminalPrompter>(o.acceptNew, 0, print));
        connection->open();
        if (!connection->waitForConnected(120000)) {
            QCoreApplication::sendPostedEvents();
            err << Text::tr("fabbrica %1: cannot connect with profile \"%2\": %3")
                       .arg(command, o.profile, connection->stateReason())
                << Qt::endl;
            return false;
        }
        Q_UNUSED(out);
        scheduler = std::make_unique<SlurmScheduler>(connection.get(), profile);
        return true;
    }
    ~Target()
    {
        scheduler.reset();  // before the connection it runs on
        connection.reset();
        QCoreApplication::sendPostedEvents();
    }
    QObject printer;
    ClusterProfile profile;
    std::unique_ptr<remote::SshConnection> connection;
    std::unique_ptr<Scheduler> scheduler;
};

QString unknown() { return Text::tr("unknown"); }

QString duration(const std::optional<qint64> &s)
{
    if (!s)
        return QStringLiteral("-");
    if (*s == kUnlimitedSeconds)
        return QStringLiteral("UNLIMITED");
    return QStringLiteral("%1:%2:%3").arg(*s / 3600).arg(*s / 60 % 60, 2, 10, QLatin1Char('0')).arg(*s % 60, 2, 10, QLatin1Char('0'));
}

nlohmann::json jobJson(const Job &j)
{
    auto opt = [](const auto &v) { return v ? nlohmann::json(*v) : nlohmann::json(); };
    return {{"id", j.id.toStdString()},         {"name", j.name.toStdString()},
            {"state", jobStateName(j.state).toStdString()}, {"reason", j.reason.toStdString()},
            {"reason_explained", j.reason.isEmpty() ? "" : explainPendingReason(j.reason).sentence.toStdString()},
            {"partition", j.partition.toStdString()}, {"account", j.account.toStdString()},
            {"elapsed_s", opt(j.elapsedSeconds)},     {"nodes", j.nodes.toStdString()},
            {"exit_code", opt(j.exitCode)}};
}

int jobs(Target &t, const Options &o, QTextStream &out, QTextStream &err)
{
    const auto r = await(t.scheduler->jobs(o.words), kWaitMs);
    if (!r) {
        err << Text::tr("fabbrica jobs: no answer from %1").arg(t.profile.label()) << Qt::endl;
        return 1;
    }
    if (r->rows.isEmpty() && !r->problems.isEmpty()) {
        err << Text::tr("fabbrica jobs: %1").arg(r->problems.first()) << Qt::endl;
        return 1;
    }
    if (r->unparsed > 0)
        err << Text::tr("note: %n line(s) of the scheduler's answer could not be read", nullptr, r->unparsed) << Qt::endl;
    if (o.json) {
        nlohmann::json a = nlohmann::json::array();
        for (const Job &j : r->rows)
            a.push_back(jobJson(j));
        out << QString::fromStdString(a.dump(2)) << Qt::endl;
        return 0;
    }
    out << QStringLiteral("%1 %2 %3 %4 %5 %6  %7")
               .arg(Text::tr("JOBID"), -14).arg(Text::tr("NAME"), -16).arg(Text::tr("STATE"), -11)
               .arg(Text::tr("ELAPSED"), 10).arg(Text::tr("EXIT"), 5).arg(Text::tr("NODES"), -10).arg(Text::tr("WHY"))
        << Qt::endl;
    for (const Job &j : r->rows) {
        const QString why = j.reason.isEmpty() ? QString() : explainPendingReason(j.reason).sentence;
        out << QStringLiteral("%1 %2 %3 %4 %5 %6  %7")
                   .arg(j.id, -14).arg(j.name.left(16), -16).arg(jobStateName(j.state), -11)
                   .arg(duration(j.elapsedSeconds), 10).arg(j.exitCode ? QString::number(*j.exitCode) : QStringLiteral("-"), 5)
                   .arg(j.nodes.isEmpty() ? QStringLiteral("-") : j.nodes, -10).arg(why)
            << Qt::endl;
    }
    return 0;
}

QString amount(const std::optional<double> &v) { return v ? QString::number(*v, 'f', 2) : unknown(); }

int allocations(Target &t, const Options &o, QTextStream &out, QTextStream &err)
{
    const auto r = await(t.scheduler->allocations(), kWaitMs);
    if (!r || (r->rows.isEmpty() && !r->problems.isEmpty())) {
        err << Text::tr("fabbrica allocations: %1").arg(r ? r->problems.first() : Text::tr("no answer")) << Qt::endl;
        return 1;
    }
    for (const QString &p : r->problems)
        err << Text::tr("note: %1").arg(p) << Qt::endl;
    if (o.json) {
        nlohmann::json a = nlohmann::json::array();
        auto num = [](const std::optional<double> &v) { return v ? nlohmann::json(*v) : nlohmann::json(); };
        for (const Allocation &x : r->rows)
            a.push_back({{"account", x.account.toStdString()}, {"scope", x.scope.toStdString()},
                         {"unit", resourceKindName(x.kind).toStdString()}, {"granted", num(x.granted)},
                         {"used", num(x.used)}, {"left", num(x.left)}, {"source", x.source.toStdString()}});
        out << QString::fromStdString(a.dump(2)) << Qt::endl;
        return 0;
    }
    out << QStringLiteral("%1 %2 %3 %4 %5  %6").arg(Text::tr("ACCOUNT"), -18).arg(Text::tr("UNIT"), -12)
               .arg(Text::tr("GRANTED"), 12).arg(Text::tr("USED"), 12).arg(Text::tr("LEFT"), 12).arg(Text::tr("SOURCE"))
        << Qt::endl;
    for (const Allocation &x : r->rows)
        out << QStringLiteral("%1 %2 %3 %4 %5  %6").arg(x.account, -18).arg(resourceKindName(x.kind), -12)
                   .arg(amount(x.granted), 12).arg(amount(x.used), 12).arg(amount(x.left), 12).arg(x.source)
            << Qt::endl;
    return 0;
}

int partitions(Target &t, const Options &o, QTextStream &out, QTextStream &err)
{
    const auto r = await(t.scheduler->partitions(), kWaitMs);
    if (!r || (r->rows.isEmpty() && !r->problems.isEmpty())) {
        err << Text::tr("fabbrica partitions: %1").arg(r ? r->problems.first() : Text::tr("no answer")) << Qt::endl;
        return 1;
    }
    auto n = [](const std::optional<int> &v) { return v ? QString::number(*v) : QStringLiteral("?"); };
    if (o.json) {
        nlohmann::json a = nlohmann::json::array();
        auto opt = [](const auto &v) { return v ? nlohmann::json(*v) : nlohmann::json(); };
        for (const Partition &p : r->rows)
            a.push_back({{"name", p.name.toStdString()}, {"default", p.isDefault}, {"state", p.state.toStdString()},
                         {"nodes_total", opt(p.nodesTotal)}, {"nodes_idle", opt(p.nodesIdle)},
                         {"gpus_per_node", opt(p.gpusPerNode)}, {"gpu_type", p.gpuType.toStdString()},
                         {"free_gpus", opt(p.freeGpus)}, {"max_time_s", opt(p.maxTimeSeconds)}});
        out << QString::fromStdString(a.dump(2)) << Qt::endl;
        return 0;
    }
    out << QStringLiteral("%1 %2 %3 %4 %5 %6").arg(Text::tr("PARTITION"), -14).arg(Text::tr("STATE"), -8)
               .arg(Text::tr("IDLE/NODES"), 10).arg(Text::tr("GPUS/NODE"), 12).arg(Text::tr("FREE GPUS"), 10).arg(Text::tr("MAX TIME"), 10)
        << Qt::endl;
    for (const Partition &p : r->rows)
        out << QStringLiteral("%1 %2 %3 %4 %5 %6").arg(p.name + (p.isDefault ? QStringLiteral("*") : QString()), -14)
                   .arg(p.state, -8).arg(n(p.nodesIdle) + QLatin1Char('/') + n(p.nodesTotal), 10)
                   .arg(n(p.gpusPerNode) + (p.gpuType.isEmpty() ? QString() : QLatin1Char(' ') + p.gpuType), 12)
                   .arg(n(p.freeGpus), 10).arg(duration(p.maxTimeSeconds), 10)
            << Qt::endl;
    return 0;
}

int cancel(Target &t, const Options &o, QTextStream &out, QTextStream &err)
{
    int rc = 0;
    for (const QString &id : o.words) {
        const auto r = await(t.scheduler->cancel(id), kWaitMs);
        if (r && r->ok()) {
            out << Text::tr("cancelled %1").arg(id) << Qt::endl;
        } else {
            err << Text::tr("fabbrica cancel: %1").arg(r ? r->error : Text::tr("no answer")) << Qt::endl;
            rc = 1;
        }
    }
    return rc;
}

std::optional<Experiment> loadExperiment(const QString &command, const QString &file, QTextStream &err)
{
    const auto loaded = Experiment::load(file);
    if (!loaded.experiment) {
        for (const Issue &i : loaded.issues)
            err << file << ": " << i.toString() << Qt::endl;
        err << Text::tr("fabbrica %1: %2 is not a valid experiment").arg(command, file) << Qt::endl;
    }
    return loaded.experiment;
}

int submit(Target &t, const Options &o, const Experiment &x, const QString &file, QTextStream &out, QTextStream &err)
{
    const auto e = await(t.scheduler->estimate(x), kWaitMs);
    if (!e) {
        err << Text::tr("fabbrica submit: no answer from %1").arg(t.profile.label()) << Qt::endl;
        return 1;
    }
    if (!o.json) {
        out << Text::tr("Cost:     %1").arg(e->cost.formula) << Qt::endl;
        out << Text::tr("Budget:   %1").arg(e->budget.message) << Qt::endl;
        if (e->forecast && e->forecast->start)
            out << Text::tr("Starts:   about %1 (sbatch --test-only)").arg(e->forecast->start->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))) << Qt::endl;
    }
    for (const QString &n : e->notes)
        err << Text::tr("note: %1").arg(n) << Qt::endl;
    if (!e->canSubmit()) {
        err << Text::tr("fabbrica submit: %1").arg(e->refusal) << Qt::endl;
        if (!e->hint.isEmpty())
            err << e->hint << Qt::endl;
        return 1;
    }
    if (o.dryRun) {
        if (o.json)
            out << QString::fromStdString(nlohmann::json{{"dry_run", true}, {"cost", e->cost.formula.toStdString()},
                                                         {"budget", e->budget.message.toStdString()}}.dump(2))
                << Qt::endl;
        else
            out << Text::tr("Dry run: nothing was submitted.") << Qt::endl;
        return 0;
    }
    // Submissions an earlier run left open (killed, link dropped) are settled first, by their tokens:
    // the user learns whether they went through before deciding anything twice.
    if (const auto settled = await(recoverSubmissions(t.scheduler.get(), paths::historyDatabase()), kWaitMs))
        for (const RecoveredSubmission &s : *settled)
            err << Text::tr("note: %1").arg(s.message) << Qt::endl;
    SubmitRequest request{x, QFileInfo(file).absolutePath(), newSubmissionToken(), {}};
    const auto r = await(submitAndRecord(t.scheduler.get(), request, paths::historyDatabase()), kWaitMs);
    if (r)
        for (const QString &n : r->notes)
            err << Text::tr("note: %1").arg(n) << Qt::endl;
    if (!r || !r->ok()) {
        err << Text::tr("fabbrica submit: %1").arg(r ? r->error : Text::tr("no answer")) << Qt::endl;
        if (r && !r->hint.isEmpty())
            err << r->hint << Qt::endl;
        return 1;
    }
    if (o.json) {
        nlohmann::json ids = nlohmann::json::array();
        for (const QString &id : r->jobIds)
            ids.push_back(id.toStdString());
        out << QString::fromStdString(nlohmann::json{{"job_ids", ids}, {"run_dir", r->runDir.toStdString()},
                                                     {"tasks", r->taskCount}}.dump(2))
            << Qt::endl;
    } else {
        for (const QString &id : r->jobIds)
            out << id << Qt::endl;
        err << Text::tr("%n task(s) in %1", nullptr, int(r->taskCount)).arg(r->runDir) << Qt::endl;
    }
    return 0;
}

int script(const Options &o, QTextStream &out, QTextStream &err)
{
    if (o.words.size() != 1) {
        err << Text::tr("fabbrica script: name one experiment file") << Qt::endl;
        return 2;
    }
    const auto x = loadExperiment(QStringLiteral("script"), o.words.first(), err);
    if (!x)
        return 2;
    ClusterProfile profile = ClusterProfile::thisComputer();
    if (!o.profile.isEmpty() && o.profile != QLatin1String(ClusterProfile::kThisComputer)) {
        const QString file = findProfile(o.profile, &profile, err);
        if (file.isEmpty() || file == QLatin1String("!")) {
            err << Text::tr("fabbrica script: no usable profile named \"%1\"").arg(o.profile) << Qt::endl;
            return 2;
        }
    }
    // The run folder is chosen at submit time; without it the script runs where sbatch is called.
    ScriptOptions options;
    options.target = profile.isLocal() ? ScriptTarget::ThisComputer : ScriptTarget::Slurm;
    const RenderedBatch b = profile.isLocal()
                                ? renderForThisComputer(*x, options)
                                : renderBatchScript(*x, {profile.defaultAccount, profile.defaultPartition, profile.defaultQos}, options);
    if (!b.ok()) {
        for (const Issue &i : b.issues)
            err << o.words.first() << ": " << i.toString() << Qt::endl;
        return 2;
    }
    for (const ScriptPart &p : b.parts) {
        if (b.parts.size() > 1)
            out << "# ---- " << p.fileName << Qt::endl;
        out << QString::fromUtf8(p.text);
    }
    if (!b.tableFileName.isEmpty())
        err << Text::tr("note: the parameter table %1 (%n task(s)) is uploaded beside the script", nullptr, int(b.taskCount))
                   .arg(b.tableFileName)
            << Qt::endl;
    return 0;
}
}  // namespace

QStringList schedulerCommands()
{
    return {QStringLiteral("submit"), QStringLiteral("jobs"), QStringLiteral("cancel"), QStringLiteral("allocations"),
            QStringLiteral("partitions"), QStringLiteral("script")};
}

QString schedulerUsage()
{
    return Text::tr("  script FILE [--profile NAME]  print the batch script the experiment would submit\n"
                    "  submit FILE --profile NAME    estimate the cost, check the account, submit; prints the job\n"
                    "        [--dry-run] [--json]    id(s). --dry-run stops before sbatch\n"
                    "  jobs --profile NAME [JOBID…]  your jobs (or these), with pending reasons in plain words\n"
                    "        [--json]\n"
                    "  cancel JOBID… --profile NAME  cancel jobs\n"
                    "  allocations --profile NAME    budgets: granted, used, left (unknown stays unknown)\n"
                    "        [--json]\n"
                    "  partitions --profile NAME     partitions with GPUs per node, free GPUs, time limits\n"
                    "        [--json]\n"
                    "  (--profile this-computer, the default, runs experiments on this computer)\n");
}

int runSchedulerCommand(const QString &command, const QStringList &args, QTextStream &out, QTextStream &err)
{
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--profile") && i + 1 < args.size())
            o.profile = args[++i];
        else if (a.startsWith(QLatin1String("--profile=")))
            o.profile = a.mid(10);
        else if (a == QLatin1String("--json"))
            o.json = true;
        else if (a == QLatin1String("--dry-run") && command == QLatin1String("submit"))
            o.dryRun = true;
        else if (a == QLatin1String("--accept-new-host-key"))
            o.acceptNew = true;
        else if (a.startsWith(QLatin1String("--"))) {
            err << Text::tr("fabbrica %1: unknown option %2 (see fabbrica --help)").arg(command, a) << Qt::endl;
            return 2;
        } else
            o.words << a;
    }
    if (command == QLatin1String("script"))
        return script(o, out, err);
    std::optional<Experiment> x;
    if (command == QLatin1String("submit")) {
        if (o.words.size() != 1) {
            err << Text::tr("fabbrica submit: name one experiment file, e.g. fabbrica submit sweep.json --profile leonardo") << Qt::endl;
            return 2;
        }
        if (!(x = loadExperiment(command, o.words.first(), err)))
            return 2;
    }
    if (command == QLatin1String("cancel") && o.words.isEmpty()) {
        err << Text::tr("fabbrica cancel: name the job id(s) to cancel") << Qt::endl;
        return 2;
    }
    Target t;
    if (!t.open(command, o, out, err))
        return 1;
    if (command == QLatin1String("submit"))
        return submit(t, o, *x, o.words.first(), out, err);
    if (command == QLatin1String("jobs"))
        return jobs(t, o, out, err);
    if (command == QLatin1String("cancel"))
        return cancel(t, o, out, err);
    if (command == QLatin1String("allocations"))
        return allocations(t, o, out, err);
    return partitions(t, o, out, err);
}

}  // namespace fab::app
