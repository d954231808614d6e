// Training end to end on the CPU: a memorisation set is learned, a resumed run continues the identical
// loss curve (bitwise, fixed thread count), prompt/completion masking, data errors, fabbrica-train's
// exit codes, and the Trainer thread's pause/cancel.
#include "local-gpu/data.h"
#include "local-gpu/trainer.h"
#include "local-gpu/training_run.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fab::localgpu;

namespace {
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return f.fileName();
}
TrainConfig smallRun(const QString &data, const QString &out)
{
    TrainConfig c;
    c.data = data;
    c.out = out;
    c.toy = ModelConfig{256, 32, 2, 2, 32, 1e-5f};
    c.seq = 32;
    c.batch = 4;
    c.lr = 3e-3;
    c.warmup = 5;
    c.evalEvery = 0;
    c.threads = 2;
    c.seed = 42;
    c.device = QStringLiteral("cpu");
    return c;
}
std::vector<double> losses(const QString &metrics)
{
    QFile f(metrics);
    f.open(QIODevice::ReadOnly);
    std::vector<double> out;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (!line.isEmpty())
            out.push_back(nlohmann::json::parse(line.begin(), line.end())["loss"].get<double>());
    return out;
}
const QByteArray kRhyme = "one two three four, the cat is at the door. five six seven eight, the dog is at the gate.\n";
}  // namespace

class TstTraining : public QObject {
    Q_OBJECT
private slots:
    void memorises()
    {
        // 90 bytes repeated: a 2-layer toy must drive the loss from ln(256) = 5.5 below 0.5 in 150 steps.
        QTemporaryDir dir;
        const QString data = writeFile(dir, QStringLiteral("rhyme.txt"), kRhyme.repeated(12));
        TrainConfig c = smallRun(data, dir.filePath(QStringLiteral("run")));
        c.steps = 150;
        c.lr = 1e-2;
        c.valFraction = 0;
        TrainingRun run(c);
        QString error;
        QVERIFY2(run.prepare(&error), qPrintable(error));
        QVERIFY2(run.run({}, &error), qPrintable(error));
        const auto l = losses(dir.filePath(QStringLiteral("run/metrics.jsonl")));
        QCOMPARE(l.size(), size_t(150));
        qInfo("memorisation: loss %.3f at step 1, %.3f at step 150", l.front(), l.back());
        QVERIFY(l.front() > 5.0);
        QVERIFY(l.back() < 0.5);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("run/model.safetensors"))));
        const QString sample = run.sample(QStringLiteral("one two "), 20, 1);
        qInfo("sample after 'one two ': %s", qPrintable(sample));
    }

    void resumeIsBitwiseIdentical()
    {
        QTemporaryDir dir;
        const QString data = writeFile(dir, QStringLiteral("rhyme.txt"), kRhyme.repeated(6));
        TrainConfig c = smallRun(data, dir.filePath(QStringLiteral("straight")));
        c.steps = 24;
        c.evalEvery = 6;
        c.lora.rank = 0;
        QString error;
        {
            TrainingRun run(c);
            QVERIFY2(run.prepare(&error), qPrintable(error));
            QVERIFY2(run.run({}, &error), qPrintable(error));
        }
        // The same run, interrupted after step 10 and resumed in a new TrainingRun.
        c.out = dir.filePath(QStringLiteral("resumed"));
        {
            TrainingRun run(c);
            QVERIFY2(run.prepare(&error), qPrintable(error));
            std::atomic<bool> stop{false};
            TrainHooks hooks;
            hooks.cancel = &stop;
            hooks.progress = [&](const TrainProgress &p) { stop = p.step >= 10; };
            QVERIFY2(run.run(hooks, &error), qPrintable(error));
            QVERIFY(run.cancelled());
            QCOMPARE(run.step(), 10);
        }
        {
            TrainConfig r;
            r.out = c.out;
            r.threads = 2;
            r.device = QStringLiteral("cpu");
            r.steps = 0;  // keep the checkpoint's
            TrainingRun run(r, true);
            QVERIFY2(run.prepare(&error), qPrintable(error));
            QCOMPARE(run.step(), 10);
            QVERIFY2(run.run({}, &error), qPrintable(error));
        }
        const auto a = losses(dir.filePath(QStringLiteral("straight/metrics.jsonl")));
        const auto b = losses(dir.filePath(QStringLiteral("resumed/metrics.jsonl")));
        QCOMPARE(a.size(), size_t(24));
        QCOMPARE(b.size(), size_t(24));
        for (size_t i = 0; i < a.size(); ++i)
            QVERIFY2(a[i] == b[i], qPrintable(QStringLiteral("step %1: %2 vs %3").arg(i + 1).arg(a[i], 0, 'g', 17).arg(b[i], 0, 'g', 17)));
        QFile fa(dir.filePath(QStringLiteral("straight/model.safetensors"))), fb(dir.filePath(QStringLiteral("resumed/model.safetensors")));
        QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
        QVERIFY(fa.readAll() == fb.readAll());
        qInfo("24 steps straight and 10 + resume 14: identical losses and final weights");
    }

    void loraRunResumes()
    {
        QTemporaryDir dir;
        const QString data = writeFile(dir, QStringLiteral("rhyme.txt"), kRhyme.repeated(6));
        TrainConfig c = smallRun(data, dir.filePath(QStringLiteral("lora")));
        c.steps = 6;
        c.lora.rank = 4;
        c.lora.dropout = 0.1f;
        QString error;
        TrainingRun run(c);
        QVERIFY2(run.prepare(&error), qPrintable(error));
        QVERIFY2(run.run({}, &error), qPrintable(error));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("lora/adapter/adapter_model.safetensors"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("lora/adapter/adapter_config.json"))));
    }

    void promptCompletionMask()
    {
        QTemporaryDir dir;
        const QString data = writeFile(dir, QStringLiteral("qa.jsonl"),
                                       "{\"prompt\": \"Q: 2+2?\\nA:\", \"completion\": \" 4\"}\n"
                                       "{\"prompt\": \"Q: 3+3?\\nA:\", \"completion\": \" 6\"}\n");
        auto tok = makeByteTokenizer();
        QString error;
        const auto split = loadDataset(data, QStringLiteral("auto"), *tok, 64, 0.0, 1, &error);
        QVERIFY2(split, qPrintable(error));
        QCOMPARE(split->format, QStringLiteral("pairs"));
        // Counted targets: " 4" + end-of-text and " 6" + end-of-text = 6 tokens, nothing of the prompts.
        QCOMPARE(split->train.countedTokens(), size_t(6));
        std::string counted;
        for (size_t i = 0; i < split->train.targets.size(); ++i)
            if (split->train.targets[i] > 0)
                counted.push_back(char(split->train.targets[i]));
        QVERIFY(counted == " 4 6" || counted == " 6 4");
    }

    void dataErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray("  \n") << "e.txt" << "is empty";
        QTest::newRow("bad json line") << QByteArray("{\"text\": \"a\"}\n{oops\n") << "d.jsonl" << "line 2: not a JSON object";
        QTest::newRow("no text field") << QByteArray("{\"body\": \"a\"}\n") << "d.jsonl" << "line 1: needs a string field \"text\"";
        QTest::newRow("mixed pairs") << QByteArray("{\"prompt\": \"a\", \"completion\": \"b\"}\n{\"text\": \"c\"}\n") << "d.jsonl" << "line 2: needs string fields \"prompt\"";
    }
    void dataErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, name);
        QFETCH(QString, message);
        QTemporaryDir dir;
        auto tok = makeByteTokenizer();
        QString error;
        QVERIFY(!loadDataset(writeFile(dir, name, content), QStringLiteral("auto"), *tok, 16, 0.1, 1, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(!loadDataset(dir.filePath(QStringLiteral("missing.txt")), QStringLiteral("auto"), *tok, 16, 0.1, 1, &error));
        QVERIFY(error.contains(QStringLiteral("does not exist")));
    }

    void cli()
    {
        const QString bin = QStringLiteral(FABBRICA_TRAIN_BIN);
        QProcess p;
        p.start(bin, {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("--lora-rank"));
        p.start(bin, {QStringLiteral("--bogus")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        p.start(bin, {QStringLiteral("--data"), QStringLiteral("/nonexistent.txt"), QStringLiteral("--out"), QStringLiteral("/tmp/x")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("does not exist"));
        p.start(bin, {QStringLiteral("--steps"), QStringLiteral("ten")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        QTemporaryDir dir;
        const QString data = writeFile(dir, QStringLiteral("rhyme.txt"), kRhyme.repeated(4));
        p.start(bin, {QStringLiteral("--data"), data, QStringLiteral("--steps"), QStringLiteral("3"), QStringLiteral("--layers"),
                      QStringLiteral("1"), QStringLiteral("--width"), QStringLiteral("16"), QStringLiteral("--heads"), QStringLiteral("2"),
                      QStringLiteral("--seq"), QStringLiteral("16"), QStringLiteral("--device"), QStringLiteral("cpu"),
                      QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--out"), dir.filePath(QStringLiteral("run"))});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QCOMPARE(losses(dir.filePath(QStringLiteral("run/metrics.jsonl"))).size(), size_t(3));
        p.start(bin, {QStringLiteral("--data"), data, QStringLiteral("--seq"), QStringLiteral("500"), QStringLiteral("--out"), dir.filePath(QStringLiteral("r2"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("longer than the model's context"));
    }

    void trainerThreadPauseCancel()
    {
        QTemporaryDir dir;
        const QString data = writeFile(dir, QStringLiteral("rhyme.txt"), kRhyme.repeated(6));
        TrainConfig c = smallRun(data, dir.filePath(QStringLiteral("gui")));
        c.steps = 100000;
        Trainer t;
        QSignalSpy progress(&t, &Trainer::progress);
        QSignalSpy finished(&t, &Trainer::finished);
        QVERIFY(t.start(c));
        QVERIFY(progress.wait(30000));
        t.pause();
        QTest::qWait(300);
        const qsizetype paused = progress.size();
        QTest::qWait(300);
        QVERIFY(progress.size() <= paused + 1);  // at most the step that was running
        t.resume();
        QTRY_VERIFY_WITH_TIMEOUT(progress.size() > paused + 1, 30000);
        t.cancel();
        QVERIFY(finished.wait(30000) || finished.size() == 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(finished.at(0).at(1).toBool(), true);  // cancelled, with a checkpoint
        QVERIFY(!latestCheckpoint(c.out).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstTraining)
#include "tst_training.moc"
