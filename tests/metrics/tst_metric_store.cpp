// The metric store (history DB schema 3) and MetricStream over the real local runner: round trips,
// the one-transaction-per-batch offset guarantee, partial lines, restarts and offline reading.
#include "core/history_db.h"
#include "core/metrics/metric_db_thread.h"
#include "core/metrics/metric_store.h"
#include "core/metrics/metric_stream.h"
#include "core/runner/local_runner.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace fab;
using namespace fab::metrics;

namespace {

bool waitUntil(const std::function<bool()> &cond, int ms)
{
    QDeadlineTimer d(ms);
    while (!cond() && !d.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return cond();
}

void appendTo(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray jsonl(int from, int to)
{
    QByteArray out;
    for (int s = from; s < to; ++s)
        out += QStringLiteral("{\"step\": %1, \"time\": %2, \"loss\": %3, \"acc\": %4}\n")
                   .arg(s)
                   .arg(1700000000.0 + s, 0, 'f', 1)
                   .arg(10.0 / (s + 1), 0, 'g', 17)
                   .arg(s * 0.001, 0, 'g', 17)
                   .toUtf8();
    return out;
}

// Steps of one series, in stored order.
QList<qint64> stepsOf(const MetricRun &run, const QString &name)
{
    QList<qint64> out;
    if (const MetricSeries *s = run.find(name))
        for (qsizetype i = 0; i < s->size(); ++i)
            out << s->step(i);
    return out;
}

QList<qint64> range(int from, int to)
{
    QList<qint64> out;
    for (int i = from; i < to; ++i)
        out << i;
    return out;
}

}  // namespace

class TestMetricStore : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString dbPath() const { return m_dir.filePath(QStringLiteral("history.sqlite")); }

private slots:
    void roundTrip()
    {
        HistoryDb db;
        QString error;
        QVERIFY2(db.open(m_dir.filePath(QStringLiteral("rt.sqlite")), &error), qPrintable(error));
        MetricStore store(db);
        StreamSpec spec{QStringLiteral("leonardo"), QStringLiteral("77"), std::nullopt,
                        QStringLiteral("/scratch/run/metrics.jsonl"), QStringLiteral("jsonl"),
                        json::Json::object(), QStringLiteral("lr=3e-4")};
        const auto rec = store.openStream(spec, &error);
        QVERIFY2(rec, qPrintable(error));
        QCOMPARE(rec->byteOffset, 0);
        QVERIFY(!rec->complete);

        StreamBatch b;
        b.streamId = rec->id;
        b.names = {QStringLiteral("loss"), QStringLiteral("lr")};
        const double nan = std::nan("");
        b.points = {{0, 1, 1.5, 2.0}, {1, 1, nan, 3e-4}, {0, 2, 2.5, -INFINITY}, {0, 3, 3.5, nan}};
        b.byteOffset = 120;
        b.parserState = json::Json{{"dicts", 3}};
        b.unparsed = 2;
        QVERIFY2(store.appendBatch(b, &error), qPrintable(error));

        const auto again = store.openStream(spec, &error);
        QVERIFY(again);
        QCOMPARE(again->id, rec->id);
        QCOMPARE(again->byteOffset, 120);
        QCOMPARE(again->points, 4);
        QCOMPARE(again->unparsed, 2);
        QCOMPARE(again->parserState.value("dicts", 0), 3);
        QCOMPARE(again->spec.label, QStringLiteral("lr=3e-4"));

        MetricRun run;
        QVERIFY2(store.loadRun(rec->id, run, &error), qPrintable(error));
        QCOMPARE(run.names(), (QStringList{QStringLiteral("loss"), QStringLiteral("lr")}));
        const MetricSeries *loss = run.find(QStringLiteral("loss"));
        QVERIFY(loss);
        QCOMPARE(loss->size(), 3);
        QCOMPARE(loss->step(2), 3);
        QCOMPARE(loss->time(1), 2.5);
        QVERIFY(std::isinf(loss->value(1)) && loss->value(1) < 0);
        QVERIFY(std::isnan(loss->value(2)));
        const MetricSeries *lr = run.find(QStringLiteral("lr"));
        QCOMPARE(lr->size(), 1);
        QVERIFY(std::isnan(lr->time(0)));
        QCOMPARE(lr->value(0), 3e-4);
    }

    void offsetNeverGoesBack()
    {
        HistoryDb db;
        QString error;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("guard.sqlite")), &error));
        MetricStore store(db);
        const auto rec = store.openStream({QStringLiteral("p"), QStringLiteral("1"), std::nullopt,
                                           QStringLiteral("/m"), QStringLiteral("jsonl"), json::Json::object(), {}},
                                          &error);
        QVERIFY(rec);
        StreamBatch b{rec->id, {QStringLiteral("loss")}, {{0, 5, 0, 1.0}}, 100, json::Json::object(), 0, false};
        QVERIFY(store.appendBatch(b, &error));
        // A second reader that still thinks it is at offset 50 must not double the points.
        StreamBatch stale{rec->id, {QStringLiteral("loss")}, {{0, 5, 0, 1.0}}, 50, json::Json::object(), 0, false};
        QVERIFY(!store.appendBatch(stale, &error));
        QVERIFY(error.contains(QLatin1String("100")));
        MetricRun run;
        QVERIFY(store.loadRun(rec->id, run, &error));
        QCOMPARE(run.pointCount(), 1);
        QCOMPARE(store.stream(rec->id)->byteOffset, 100);
        // Reset: everything gone, offset 0.
        QVERIFY(store.resetStream(rec->id, &error));
        MetricRun empty;
        QVERIFY(store.loadRun(rec->id, empty, &error));
        QCOMPARE(empty.pointCount(), 0);
        QCOMPARE(store.stream(rec->id)->byteOffset, 0);
        QVERIFY(store.appendBatch(stale, &error));  // from 0 again, 50 is ahead
        QCOMPARE(store.stream(rec->id)->points, 1);
    }

    void streamsOfJobKeepsTasksApart()
    {
        HistoryDb db;
        QString error;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("jobs.sqlite")), &error));
        MetricStore store(db);
        for (const char *id : {"12", "12_0", "12_1", "123", "1_2"})
            QVERIFY(store.openStream({QStringLiteral("c"), QString::fromLatin1(id), std::nullopt,
                                      QStringLiteral("/m_%1").arg(QString::fromLatin1(id)), QStringLiteral("jsonl"),
                                      json::Json::object(), {}},
                                     &error));
        QStringList ids;
        for (const StreamRecord &r : store.streamsOfJob(QStringLiteral("c"), QStringLiteral("12")))
            ids << r.spec.jobId;
        QCOMPARE(ids, (QStringList{QStringLiteral("12"), QStringLiteral("12_0"), QStringLiteral("12_1")}));
        QVERIFY(store.streamsOfJob(QStringLiteral("other"), QStringLiteral("12")).isEmpty());
        QCOMPARE(MetricStream::arrayTaskOf(QStringLiteral("12_1")), 1);
        QCOMPARE(MetricStream::arrayTaskOf(QStringLiteral("12")), -1);
    }

    void damagedBlobIsCountedNotFatal()
    {
        HistoryDb db;
        QString error;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("damaged.sqlite")), &error));
        MetricStore store(db);
        const auto rec = store.openStream({QStringLiteral("p"), QStringLiteral("9"), std::nullopt,
                                           QStringLiteral("/m"), QStringLiteral("jsonl"), json::Json::object(), {}},
                                          &error);
        StreamBatch b{rec->id, {QStringLiteral("loss")}, {{0, 1, 0, 1.0}, {0, 2, 0, 2.0}}, 10, {}, 0, false};
        QVERIFY(store.appendBatch(b, &error));
        StreamBatch b2{rec->id, {QStringLiteral("loss")}, {{0, 3, 0, 3.0}}, 20, {}, 0, false};
        QVERIFY(store.appendBatch(b2, &error));
        QSqlQuery q(db.database());
        QVERIFY(q.exec(QStringLiteral("UPDATE metric_blocks SET data = x'0102' WHERE id = (SELECT MIN(id) FROM "
                                      "metric_blocks)")));
        MetricRun run;
        QVERIFY(!store.loadRun(rec->id, run, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(stepsOf(run, QStringLiteral("loss")), (QList<qint64>{3}));  // the intact block still loads
    }

    // The whole life over the real local runner: partial lines, a restart, garbage, the end of the
    // job, then offline reading.
    void streamResumesExactly()
    {
        const QString file = m_dir.filePath(QStringLiteral("metrics.jsonl"));
        const QByteArray first = jsonl(0, 300);
        const QByteArray partial = "{\"step\": 300, \"time\": 1700000300.0, \"loss\": 0.5";
        QFile::remove(file);
        appendTo(file, first + "not json at all\n" + partial);

        LocalRunner runner;
        runner.setFollowIntervalMs(20);
        const StreamSpec spec{QStringLiteral("this-computer"), QStringLiteral("local-1"), std::nullopt, file,
                              QStringLiteral("jsonl"), json::Json::object(), QStringLiteral("baseline")};
        {
            MetricDbThread dbThread(dbPath());
            auto stream = std::make_unique<MetricStream>(&runner, &dbThread, spec);
            stream->setBatchDelayMs(10);
            stream->start();
            QVERIFY2(waitUntil([&] { return stream->pointCount() == 600; }, 10000),
                     qPrintable(QString::number(stream->pointCount())));
            // The partial line waits for its newline: the stored offset ends before it.
            QVERIFY(waitUntil([&] { return stream->storedOffset() == first.size() + 16; }, 5000));
            QCOMPARE(stream->unparsedLines(), 1);
            QCOMPARE(stepsOf(stream->run(), QStringLiteral("loss")), range(0, 300));
            QCOMPARE(stream->state(), MetricStream::State::Following);
            // Fabbrica closes here; the job goes on writing (the rest of the partial line, then more).
        }
        appendTo(file, ", \"acc\": 0.3}\n" + jsonl(301, 500) + "{\"step\": 500, \"loss\": 0.25}");
        {
            MetricDbThread dbThread(dbPath());
            MetricStream stream(&runner, &dbThread, spec);
            stream.setBatchDelayMs(10);
            bool loaded = false;
            qint64 atLoad = -1;
            connect(&stream, &MetricStream::loaded, this, [&] {
                loaded = true;
                atLoad = stream.pointCount();
            });
            stream.start();
            QVERIFY(waitUntil([&] { return loaded; }, 5000));
            QCOMPARE(atLoad, 600);  // the stored points come back first
            QVERIFY(waitUntil([&] { return stream.pointCount() == 1000; }, 10000));
            QCOMPARE(stream.unparsedLines(), 1);
            // The job ends with an unterminated last line: it is read as it is, and the stream completes.
            bool completed = false;
            connect(&stream, &MetricStream::completed, this, [&] { completed = true; });
            stream.finishWhenDone();
            QVERIFY(waitUntil([&] { return completed; }, 10000));
            QCOMPARE(stream.state(), MetricStream::State::Complete);
            QCOMPARE(stepsOf(stream.run(), QStringLiteral("loss")), range(0, 501));
            QCOMPARE(stepsOf(stream.run(), QStringLiteral("acc")), range(0, 500));
            QCOMPARE(stream.storedOffset(), QFileInfo(file).size());
        }
        {
            // Offline: no runner at all, the database answers.
            MetricDbThread dbThread(dbPath());
            MetricStream offline(nullptr, &dbThread, spec);
            bool completed = false;
            connect(&offline, &MetricStream::completed, this, [&] { completed = true; });
            offline.start();
            QVERIFY(waitUntil([&] { return completed; }, 5000));
            QCOMPARE(offline.state(), MetricStream::State::Complete);
            QCOMPARE(offline.pointCount(), 1001);
            QCOMPARE(offline.unparsedLines(), 1);
            QCOMPARE(offline.run().label, QStringLiteral("baseline"));
            const MetricSeries *loss = offline.run().find(QStringLiteral("loss"));
            QCOMPARE(loss->value(300), 0.5);
            QCOMPARE(loss->time(10), 1700000010.0);
        }
    }

    void missingFileCompletesEmpty()
    {
        LocalRunner runner;
        runner.setFollowIntervalMs(20);
        MetricDbThread dbThread(dbPath());
        MetricStream stream(&runner, &dbThread,
                            {QStringLiteral("this-computer"), QStringLiteral("local-2"), std::nullopt,
                             m_dir.filePath(QStringLiteral("never-written.jsonl")), QStringLiteral("jsonl"),
                             json::Json::object(), {}});
        bool completed = false;
        connect(&stream, &MetricStream::completed, this, [&] { completed = true; });
        stream.start();
        stream.finishWhenDone();
        QVERIFY(waitUntil([&] { return completed; }, 10000));
        QCOMPARE(stream.pointCount(), 0);
    }

    void unknownFormatFails()
    {
        LocalRunner runner;
        MetricDbThread dbThread(dbPath());
        MetricStream stream(&runner, &dbThread,
                            {QStringLiteral("this-computer"), QStringLiteral("local-3"), std::nullopt,
                             m_dir.filePath(QStringLiteral("x")), QStringLiteral("no-such-format"),
                             json::Json::object(), {}});
        QString reason;
        connect(&stream, &MetricStream::failed, this, [&](const QString &r) { reason = r; });
        stream.start();
        QVERIFY(waitUntil([&] { return !reason.isEmpty(); }, 5000));
        QCOMPARE(stream.state(), MetricStream::State::Failed);
    }
};

QTEST_GUILESS_MAIN(TestMetricStore)
#include "tst_metric_store.moc"
