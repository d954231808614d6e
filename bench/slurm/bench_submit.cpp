// Submitting a 100-task sweep end to end on the test bench's real Slurm, through its real sshd:
//  - Fabbrica: one SSH session; run folder, script, parameter table, ONE sbatch of a 100-task array,
//    then the first squeue that shows the tasks;
//  - the way people script it today: a shell loop of 100 `ssh host "cd DIR && sbatch --parsable job.sh"`,
//    each a new connection and login, one job per task.
// Every job is cancelled afterwards. Needs the bench (FAB_TB_DIR with its env.sh); prints "skipped" without.
#include "core/scheduler/slurm_scheduler.h"
#include "remote/ssh_connection.h"
#include "tests/testbench/bench_connection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QUuid>
#include <cstdio>

using namespace fab;

namespace {
template <typename T>
T await(const QFuture<T> &f)
{
    while (!f.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    return f.result();
}

class NoQuestions : public remote::Prompter {
public:
    remote::SecretReply askSecret(const remote::SecretRequest &, const std::atomic<bool> &) override { return {}; }
    bool acceptHostKey(const remote::HostKeyRequest &, const std::atomic<bool> &) override { return false; }
    void inform(const QString &) override {}
};
}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString why;
    const auto env = test::benchEnv(&why);
    if (env.isEmpty()) {
        std::printf("bench_submit: skipped (%s)\n", qPrintable(why));
        return 0;
    }
    const auto e = [&](const char *k) { return env.value(QLatin1String(k)); };
    constexpr int kTasks = 100;

    const remote::ConnectionSettings s = test::benchConnectionSettings(env, QStringLiteral("bench"));
    QElapsedTimer t;
    t.start();
    remote::SshConnection conn(s, std::make_shared<NoQuestions>());
    conn.open();
    if (!conn.waitForConnected(30000)) {
        std::printf("bench_submit: cannot connect: %s\n", qPrintable(conn.stateReason()));
        return 1;
    }
    const qint64 loginMs = t.elapsed();
    ClusterProfile p;
    p.name = QStringLiteral("bench");
    p.user = e("FAB_SSH_USER");
    p.workDir = QStringLiteral("$HOME/fabbrica-bench");
    SlurmScheduler slurm(&conn, p);

    Experiment x;
    x.name = QStringLiteral("bench-sweep");
    x.command = QStringLiteral("echo {i}");
    x.resources.account = e("FAB_ACCOUNT");
    x.resources.partition = e("FAB_PARTITION");
    x.resources.time = QStringLiteral("00:01:00");
    Experiment::Sweep sweep;
    json::Json values = json::Json::array();
    for (int i = 0; i < kTasks; ++i)
        values.push_back(i);
    sweep.axes = json::Json{{"i", values}};
    x.sweep = sweep;
    x.parameters = json::Json{{"i", 0}};

    t.restart();
    const SubmitResult r = await(slurm.submit({x, QString(), QUuid::createUuid().toString(QUuid::WithoutBraces)}));
    const qint64 submitMs = t.elapsed();
    if (!r.ok()) {
        std::printf("bench_submit: submit failed: %s\n", qPrintable(r.error));
        return 1;
    }
    const Parsed<Job> seen = await(slurm.jobs(r.jobIds));
    const qint64 firstStateMs = t.elapsed();
    const int commands = slurm.commandsRun();
    await(conn.run(QStringLiteral("scancel ") + r.jobIds.first()));

    // The shell loop: a script file written once, then one ssh + sbatch per task.
    await(conn.run(QStringLiteral("mkdir -p ~/fabbrica-bench/loop && printf '#!/bin/bash\\n#SBATCH --time=00:01:00\\necho $1\\n' "
                                  "> ~/fabbrica-bench/loop/job.sh")));
    QStringList ids;
    t.restart();
    for (int i = 0; i < kTasks; ++i) {
        QProcess ssh;
        ssh.start(QStringLiteral("ssh"), {QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                                          QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + e("FAB_KNOWN_HOSTS"),
                                          QStringLiteral("-i"), e("FAB_SSH_KEY"), QStringLiteral("-p"), e("FAB_SSH_PORT"),
                                          e("FAB_SSH_USER") + QLatin1Char('@') + e("FAB_SSH_HOST"),
                                          QStringLiteral("cd ~/fabbrica-bench/loop && sbatch --parsable -A %1 -p %2 job.sh %3")
                                              .arg(e("FAB_ACCOUNT"), e("FAB_PARTITION")).arg(i)});
        ssh.waitForFinished(60000);
        ids << QString::fromUtf8(ssh.readAllStandardOutput()).trimmed();
    }
    const qint64 loopMs = t.elapsed();
    ids.removeAll(QString());
    await(conn.run(QStringLiteral("scancel ") + ids.join(QLatin1Char(' '))));

    std::printf("bench_submit: %d-task sweep on the bench's Slurm over loopback SSH\n", kTasks);
    std::printf("  login (once)                         %6lld ms\n", loginMs);
    std::printf("  fabbrica: folder+script+table+sbatch %6lld ms  (1 array, %lld tasks, %d remote commands)\n", submitMs,
                r.taskCount, commands);
    std::printf("  fabbrica: first squeue with tasks    %6lld ms  (%lld rows)\n", firstStateMs, qint64(seen.rows.size()));
    std::printf("  shell loop: %d x ssh + sbatch       %6lld ms  (%lld jobs)\n", kTasks, loopMs, qint64(ids.size()));
    std::printf("  ratio loop / fabbrica                %6.1f x\n", double(loopMs) / double(std::max<qint64>(1, firstStateMs)));
    return 0;
}
