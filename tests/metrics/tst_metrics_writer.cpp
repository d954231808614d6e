// The user-side writer (resources/python/fabbrica_metrics.py, run by a real Python) and the C++ JSONL
// parser together: the job is killed midway and started again, Fabbrica itself "restarts" while
// following the file by offset, and every logged step must come out exactly once.
#include "core/metrics/jsonl_parser.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace fab::metrics;

namespace {

const char *kWriter = R"PY(
import os, sys
sys.path.insert(0, os.environ["FABBRICA_PYTHON_HELPERS"])
import fabbrica_metrics as fm
start, stop = int(sys.argv[1]), int(sys.argv[2])
for step in range(start, stop):
    fm.log(step, loss=1.0 / (step + 1), lr=3e-4, note="x" * (step % 7))
)PY";

// Follows a growing file the way the streaming channel does: read from the last offset, feed, and
// now and then save {offset, state} and start a new parser from it (a Fabbrica restart).
class Follower {
public:
    explicit Follower(QString path) : m_path(std::move(path)) { m_parser = std::make_unique<JsonlParser>(); }

    void poll()
    {
        QFile f(m_path);
        if (!f.open(QIODevice::ReadOnly) || !f.seek(m_parser->receivedOffset()))
            return;
        // Small reads: many partial lines, and at least 25 reads (and so 5 restarts) for the 400 KB the
        // test writes however fast the writer runs; 64 KB reads made that depend on timing (ASan: 2).
        const QByteArray bytes = f.read(1 << 14);
        if (bytes.isEmpty())
            return;
        m_parser->feed(bytes, m_parser->receivedOffset());
        collect();
        if (++m_polls % 5 == 0)
            restart();
    }
    void restart()
    {
        const qint64 offset = m_parser->consumedOffset();
        const QByteArray state = QByteArray::fromStdString(m_parser->saveState().dump());
        m_broken += m_parser->stats().brokenLines;
        m_parser = std::make_unique<JsonlParser>();
        QVERIFY(m_parser->resume(offset, fab::json::Json::parse(state.toStdString())));
        ++m_restarts;
    }
    void drain()
    {
        for (int i = 0; i < 10000; ++i) {
            const qint64 before = m_parser->receivedOffset();
            poll();
            if (m_parser->receivedOffset() == before && QFileInfo(m_path).size() == before)
                break;
        }
        m_parser->finish();
        collect();
        m_broken += m_parser->stats().brokenLines;
    }
    std::map<qint64, int> lossSeen;  // step -> times a loss point came out
    qint64 broken() const { return m_broken; }
    int restarts() const { return m_restarts; }

private:
    void collect()
    {
        for (const MetricPoint &p : m_parser->takePoints())
            if (m_parser->metricNames().at(p.metric) == QLatin1String("loss")) {
                ++lossSeen[p.step];
                QCOMPARE(p.value, 1.0 / double(p.step + 1));
            }
    }
    QString m_path;
    std::unique_ptr<JsonlParser> m_parser;
    qint64 m_broken = 0;
    int m_polls = 0;
    int m_restarts = 0;
};

}  // namespace

class TestMetricsWriter : public QObject {
    Q_OBJECT
private slots:
    void killedWriterRestartedFollowerResumed()
    {
        const QString python = qEnvironmentVariable("FABBRICA_PYTHON", QStringLiteral("/usr/bin/python3"));
        if (!QFileInfo::exists(python))
            QSKIP("no python3 to run the writer");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tasks/0/metrics.jsonl"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FABBRICA_METRICS"), path);
        env.remove(QStringLiteral("RANK"));
        env.remove(QStringLiteral("SLURM_PROCID"));

        Follower follower(path);
        // 1. The job runs and is killed (SIGKILL) while writing.
        QProcess first;
        first.setProcessEnvironment(env);
        first.start(python, {QStringLiteral("-c"), QString::fromLatin1(kWriter), QStringLiteral("0"), QStringLiteral("100000000")});
        QVERIFY(first.waitForStarted());
        QDeadlineTimer deadline(60000);
        while (QFileInfo(path).size() < 400000 && !deadline.hasExpired()) {
            if (first.waitForFinished(2))  // it must still be writing when killed
                QFAIL(qPrintable(QStringLiteral("the writer stopped: ") + QString::fromUtf8(first.readAllStandardError())));
            follower.poll();
        }
        first.kill();
        QVERIFY(first.waitForFinished());
        QVERIFY(QFileInfo(path).size() >= 400000);
        // 2. Simulate the worst kill: in the middle of a line (os.write of a line rarely splits).
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write("{\"step\": 123456789, \"lo");
        }
        follower.poll();
        // Where the job starts again: after the last complete line.
        JsonlParser probe;
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            probe.feed(f.readAll());
        }
        const qint64 lastStep = probe.takePoints().back().step;
        QVERIFY(lastStep > 1000);

        // 3. The job restarts and appends; the follower keeps following, restarting itself too.
        QProcess second;
        second.setProcessEnvironment(env);
        second.start(python, {QStringLiteral("-c"), QString::fromLatin1(kWriter), QString::number(lastStep + 1),
                              QString::number(lastStep + 3001)});
        QVERIFY(second.waitForStarted());
        while (second.state() != QProcess::NotRunning) {
            follower.poll();
            second.waitForFinished(5);
        }
        QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
        follower.drain();

        // Every step 0 … lastStep+3000 exactly once; the cut line is the only broken one.
        QCOMPARE(qint64(follower.lossSeen.size()), lastStep + 3001);
        qint64 expect = 0;
        for (const auto &[step, times] : follower.lossSeen) {
            QCOMPARE(step, expect++);
            QCOMPARE(times, 1);
        }
        QCOMPARE(follower.broken(), 1);
        QVERIFY(follower.restarts() > 2);
        qInfo("%lld steps followed through %d follower restarts", lastStep + 3001, follower.restarts());
    }
};

QTEST_GUILESS_MAIN(TestMetricsWriter)
#include "tst_metrics_writer.moc"
