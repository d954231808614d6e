#include "bench/load/load_session.h"

#include "bench/load/load_probe.h"
#include "core/runner/local_runner.h"
#include "remote/ssh_connection.h"
#include "tests/testbench/bench_connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <algorithm>

namespace fab::bench {

namespace {

// Appends one JSONL line to each of N files RATE times a second (loss falling with noise, a warm-up
// learning rate, a gradient norm). Stops by itself after LIMIT seconds, when DIR/stop appears or when
// DIR is removed, so a benchmark that dies leaves nothing running for long.
const char *const kWriter = R"(import math, os, random, sys, time
d, n, rate, limit = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
with open(os.path.join(d, "writer.pid"), "w") as p:
    p.write(str(os.getpid()))
files = [open(os.path.join(d, "m%02d.jsonl" % i), "a", buffering=1) for i in range(n)]
stop = os.path.join(d, "stop")
t0 = time.time()
step = 0
while time.time() - t0 < limit and os.path.isdir(d) and not os.path.exists(stop):
    now = time.time()
    for i, f in enumerate(files):
        lr = 3e-4 * (1 + i % 5) * min(1.0, (step + 1) / 200.0)
        loss = 2.5 * math.exp(-step / (400.0 + 20 * i)) + 0.3 + 0.05 * random.random()
        f.write('{"step": %d, "time": %.3f, "loss": %.5f, "lr": %.4e, "grad_norm": %.4f}\n'
                % (step, now, loss, lr, 0.5 + random.random()))
    step += 1
    delay = t0 + step / rate - time.time()
    if delay > 0:
        time.sleep(delay)
)";

class NoQuestions : public remote::Prompter {
public:
    remote::SecretReply askSecret(const remote::SecretRequest &, const std::atomic<bool> &) override { return {}; }
    bool acceptHostKey(const remote::HostKeyRequest &, const std::atomic<bool> &) override { return false; }
};

}  // namespace

LoadSession::LoadSession(int files, int linesPerSecond, int writerMaxSeconds, int maxChannels)
    : m_files(files), m_rate(linesPerSecond), m_maxSeconds(writerMaxSeconds), m_maxChannels(maxChannels)
{
}

LoadSession::~LoadSession()
{
    if (m_writer.state() != QProcess::NotRunning) {
        m_writer.kill();
        m_writer.waitForFinished(2000);
    }
}

CommandRunner *LoadSession::runner() const
{
    return m_ssh ? static_cast<CommandRunner *>(m_ssh.get()) : static_cast<CommandRunner *>(m_local.get());
}

QString LoadSession::filePath(int i) const { return m_dir + QStringLiteral("/m%1.jsonl").arg(i, 2, 10, QLatin1Char('0')); }

CommandResult LoadSession::runNow(const QString &command, const QByteArray &stdinData, int timeoutMs)
{
    RunOptions o;
    o.stdinData = stdinData;
    o.timeoutMs = timeoutMs;
    QFuture<CommandResult> f = runner()->run(command, o);
    QElapsedTimer t;
    t.start();
    while (!f.isFinished() && t.elapsed() < timeoutMs + 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    if (!f.isFinished() || f.resultCount() == 0) {
        CommandResult r;
        r.error = QStringLiteral("no answer in %1 s").arg(timeoutMs / 1000);
        return r;
    }
    return f.result();
}

void LoadSession::openBench()
{
    QString why;
    const auto env = test::benchEnv(&why);
    if (env.isEmpty()) {
        m_why = why;
        return;
    }
    const auto e = [&](const char *k) { return env.value(QLatin1String(k)); };
    remote::ConnectionSettings s = test::benchConnectionSettings(env, QStringLiteral("bench-load"));
    s.maxChannels = m_maxChannels;
    auto ssh = std::make_unique<remote::SshConnection>(s, std::make_shared<NoQuestions>());
    ssh->open();
    if (!ssh->waitForConnected(20000)) {
        m_why = QStringLiteral("cannot connect to %1: %2").arg(s.target.label(), ssh->stateReason());
        return;
    }
    m_target = s.target.label();
    m_ssh = std::move(ssh);
    m_dir = e("FAB_TEST_HOME") + QStringLiteral("/fab-load-%1").arg(QCoreApplication::applicationPid());
}

void LoadSession::openLocal(const QString &dir)
{
    m_local = std::make_unique<LocalRunner>();
    m_dir = dir;
    QDir().mkpath(dir);
}

bool LoadSession::startWriter()
{
    const QString args = QStringLiteral("%1 %2 %3").arg(m_files).arg(m_rate).arg(m_maxSeconds);
    if (m_ssh) {
        const CommandResult put =
            runNow(QStringLiteral("mkdir -p '%1' && cat > '%1/writer.py'").arg(m_dir), QByteArray(kWriter));
        if (!put.ok()) {
            m_error = put.error + QString::fromUtf8(put.stdErr);
            return false;
        }
        // Detached (own session, no inherited descriptors), so the command's channel closes at once.
        const CommandResult started = runNow(
            QStringLiteral("cd '%1' && { setsid python3 writer.py '%1' %2 </dev/null >writer.log 2>&1 & } && "
                           "for i in 1 2 3 4 5 6 7 8 9 10; do [ -s writer.pid ] && break; sleep 0.1; done; cat writer.pid")
                .arg(m_dir, args));
        m_writerPid = QString::fromUtf8(started.stdOut).trimmed();
        if (!started.ok() || m_writerPid.isEmpty()) {
            m_error = QStringLiteral("%1 %2").arg(started.error, QString::fromUtf8(started.stdErr));
            return false;
        }
        return true;
    }
    QFile f(m_dir + QStringLiteral("/writer.py"));
    if (!f.open(QIODevice::WriteOnly) || f.write(kWriter) < 0) {
        m_error = f.errorString();
        return false;
    }
    f.close();
    m_writer.start(QStringLiteral("python3"), {f.fileName(), m_dir, QString::number(m_files), QString::number(m_rate),
                                               QString::number(m_maxSeconds)});
    if (!m_writer.waitForStarted(10000)) {
        m_error = m_writer.errorString();
        return false;
    }
    m_writerPid = QString::number(m_writer.processId());
    return true;
}

QString LoadSession::describe() const
{
    if (m_ssh)
        return QStringLiteral("SSH mode: one SshConnection to %1 (maxChannels %2), writer pid %3 on the bench host "
                              "appending to %4/m*.jsonl")
            .arg(m_target)
            .arg(m_maxChannels)
            .arg(m_writerPid, m_dir);
    return QStringLiteral("LOCAL mode (%1): LocalRunner follows of %2/m*.jsonl, local writer pid %3")
        .arg(m_why.isEmpty() ? QStringLiteral("--local") : QStringLiteral("test bench not used: ") + m_why, m_dir,
             m_writerPid);
}

void LoadSession::startCommandProbe(int everyMs)
{
    m_cmdTimer.setInterval(everyMs);
    connect(&m_cmdTimer, &QTimer::timeout, this, [this] {
        if (m_cmdInFlight) {
            m_longestWaitMs = std::max(m_longestWaitMs, m_cmdSince.elapsed());
            return;  // still waiting: one probe at a time
        }
        ++m_cmdAsked;
        m_cmdInFlight = true;
        m_cmdSince.start();
        RunOptions o;
        o.timeoutMs = 0;  // how long it waits is what is measured
        runner()->run(QStringLiteral("true"), o).then(this, [this](const CommandResult &r) {
            m_cmdInFlight = false;
            if (r.ok())
                m_cmdMs.push_back(float(m_cmdSince.elapsed()));
            else
                ++m_cmdFailed;
        });
    });
    m_cmdTimer.start();
}

void LoadSession::stopCommandProbe()
{
    m_cmdTimer.stop();
    if (m_cmdInFlight)
        m_longestWaitMs = std::max(m_longestWaitMs, m_cmdSince.elapsed());
}

QString LoadSession::commandProbeSummary() const
{
    const int answered = int(m_cmdMs.size());
    QString s = QStringLiteral("command probe (`true` every 2 s over the same runner): %1/%2 answered")
                    .arg(answered)
                    .arg(m_cmdAsked);
    if (answered > 0)
        s += QStringLiteral(", round trip median %1 ms, max %2 ms")
                 .arg(double(percentile(m_cmdMs, 0.5)), 0, 'f', 0)
                 .arg(double(*std::max_element(m_cmdMs.begin(), m_cmdMs.end())), 0, 'f', 0);
    if (m_cmdFailed > 0)
        s += QStringLiteral(", %1 failed").arg(m_cmdFailed);
    if (m_cmdInFlight)
        s += QStringLiteral(", one still waiting after %1 s").arg(m_longestWaitMs / 1000.0, 0, 'f', 1);
    return s;
}

QString LoadSession::cleanUp()
{
    if (m_ssh) {
        // The last probe command may still wait for a channel; the follows are gone now, so it runs.
        const CommandResult r = runNow(
            // A stopped writer may linger as a zombie until PID 1 reaps it (TESTBENCH.md): Z counts as gone.
            QStringLiteral("cd '%1' && touch stop && kill %2 2>/dev/null; sleep 0.3; cd / && rm -rf '%1' && "
                           "case \"$(ps -o stat= -p %2 2>/dev/null)\" in ''|Z*) echo ok;; *) exit 1;; esac")
                .arg(m_dir, m_writerPid));
        const QString what = r.ok() ? QStringLiteral("writer %1 stopped and %2 removed on the bench host").arg(m_writerPid, m_dir)
                                    : QStringLiteral("FAILED to clean up %1 (writer %2): %3 %4")
                                          .arg(m_dir, m_writerPid, r.error, QString::fromUtf8(r.stdErr));
        m_ssh->close();
        return what;
    }
    QFile(m_dir + QStringLiteral("/stop")).open(QIODevice::WriteOnly);
    if (!m_writer.waitForFinished(3000))
        m_writer.kill();
    m_writer.waitForFinished(2000);
    return QStringLiteral("local writer %1 stopped; %2 goes with the temporary folder").arg(m_writerPid, m_dir);
}

}  // namespace fab::bench
