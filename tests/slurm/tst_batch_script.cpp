// Batch scripts: golden renderings, and the rendered scripts actually run under /bin/bash (as the local
// "This computer" runner and sbatch would) to prove that each array task gets its own parameters and
// that hostile values stay text.
#include "core/slurm/batch_script.h"
#include "core/slurm/sweep.h"
#include "hostile_corpus.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fab;
using json::Json;

namespace {

QString dataPath(const QString &name)
{
    return qEnvironmentVariable("FABBRICA_TEST_DATA") + QStringLiteral("/slurm/") + name;
}

Experiment parseExperiment(const QByteArray &text)
{
    const auto loaded = Experiment::parse(text);
    if (!loaded.experiment) {
        QStringList l;
        for (const Issue &i : loaded.issues)
            l << i.toString();
        qFatal("test experiment does not validate: %s", qPrintable(l.join(QLatin1Char('\n'))));
    }
    return *loaded.experiment;
}

Experiment designExample()
{
    return parseExperiment(R"({
      "schema": "fabbrica.experiment/1", "name": "gpt2-lora-lr-sweep", "kind": "cluster", "cluster": "leonardo",
      "resources": { "account": "AIFAC_L13_018", "partition": "boost_usr_prod", "qos": null, "nodes": 1,
                     "gpus_per_node": 4, "cpus_per_task": 8, "mem": "120G", "time": "02:00:00", "reservation": null },
      "environment": { "modules": ["profile/deeplrn", "cineca-ai"], "container": null,
                       "env": { "HF_HOME": "$SCRATCH/hf" } },
      "files": { "upload": ["train.py", "data/"] },
      "command": "python train.py --lr {lr} --batch-size {batch}",
      "parameters": { "lr": 3e-4, "batch": 32 },
      "sweep": { "mode": "grid", "axes": { "lr": [1e-4, 3e-4, 1e-3], "batch": [16, 32] }, "max_concurrent": 2 },
      "metrics": { "path": "metrics.jsonl", "format": "jsonl" }
    })");
}

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run runBash(const QString &script, const QString &cwd, const QMap<QString, QString> &vars)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = vars.begin(); it != vars.end(); ++it)
        env.insert(it.key(), it.value());
    env.remove(QStringLiteral("SLURM_SUBMIT_DIR"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(cwd);
    p.start(QStringLiteral("/bin/bash"), {script});
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing " + path.toUtf8() + '>');
}

// Writes the rendering into `dir` (scripts + table), as the submitter would upload it.
void materialise(const RenderedBatch &r, const QString &dir)
{
    for (const ScriptPart &p : r.parts)
        QVERIFY(writeFile(dir + QLatin1Char('/') + p.fileName, p.text));
    if (!r.tableFileName.isEmpty())
        QVERIFY(writeFile(dir + QLatin1Char('/') + r.tableFileName, r.table));
}

QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

QString issuesText(const Issues &issues)
{
    QStringList l;
    for (const Issue &i : issues)
        l << i.toString();
    return l.join(QLatin1Char('\n'));
}

// A golden file: compared byte for byte; FABBRICA_UPDATE_GOLDEN=1 rewrites it (then review the diff).
void compareGolden(const QByteArray &actual, const QString &name)
{
    const QString path = dataPath(QStringLiteral("golden/") + name);
    if (qEnvironmentVariableIsSet("FABBRICA_UPDATE_GOLDEN")) {
        QDir().mkpath(QFileInfo(path).path());
        QVERIFY(writeFile(path, actual));
    }
    const QByteArray expected = readFile(path);
    if (actual != expected) {
        const QList<QByteArray> a = actual.split('\n'), e = expected.split('\n');
        for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i)
            if (a.value(i) != e.value(i))
                QFAIL(qPrintable(QStringLiteral("%1 differs at line %2:\n  expected: %3\n  actual:   %4")
                                     .arg(name).arg(i + 1).arg(QString::fromUtf8(e.value(i)), QString::fromUtf8(a.value(i)))));
    }
}

}  // namespace

class TestBatchScript : public QObject {
    Q_OBJECT
    QTemporaryDir m_sandbox;

private slots:
    void initTestCase() { QVERIFY(m_sandbox.isValid()); }

    void designExampleMatchesGolden()
    {
        ScriptOptions o;
        o.runDir = QStringLiteral("/leonardo_work/AIFAC_L13_018/fabbrica/runs/gpt2-lora-lr-sweep-20261124-101500");
        const RenderedBatch r = renderBatchScript(designExample(), ProfileDefaults{{}, {}, QStringLiteral("normal")}, o);
        QVERIFY2(r.ok(), qPrintable(issuesText(r.issues)));
        QCOMPARE(r.parts.size(), 1);
        QCOMPARE(r.taskCount, 6);
        QVERIFY(r.isArray);
        compareGolden(r.parts[0].text, QStringLiteral("design-example.sh"));
        compareGolden(r.table, QStringLiteral("design-example.tsv"));
        // The directives a reader (and sbatch) looks for, spelled out.
        const QByteArray &s = r.parts[0].text;
        for (const char *line : {"#SBATCH --job-name=gpt2-lora-lr-sweep\n", "#SBATCH --account=AIFAC_L13_018\n",
                                 "#SBATCH --partition=boost_usr_prod\n", "#SBATCH --qos=normal\n", "#SBATCH --nodes=1\n",
                                 "#SBATCH --gpus-per-node=4\n", "#SBATCH --cpus-per-task=8\n", "#SBATCH --mem=120G\n",
                                 "#SBATCH --time=02:00:00\n", "#SBATCH --array=0-5%2\n", "module load 'cineca-ai'",
                                 "export HF_HOME=\"$SCRATCH/hf\"\n"})
            QVERIFY2(s.contains(line), line);
        QVERIFY(s.contains("#SBATCH --output=/leonardo_work/AIFAC_L13_018/fabbrica/runs/gpt2-lora-lr-sweep-20261124-101500/"
                           "fabbrica-%x-%A_%a.out\n"));
        QVERIFY(!s.contains("--reservation"));
        // sbatch stops reading directives at the first command: every #SBATCH line comes before it.
        const qsizetype firstCommand = s.indexOf("\nfab_fail()");
        QVERIFY(firstCommand > 0 && s.lastIndexOf("#SBATCH") < firstCommand);
    }

    void plainJobHasNoArrayAndConstantsQuoted()
    {
        Experiment x = designExample();
        x.sweep.reset();
        x.resources.reservation = QStringLiteral("maint_2026");
        const RenderedBatch r = renderBatchScript(x, ProfileDefaults{}, ScriptOptions{});
        QVERIFY2(r.ok(), qPrintable(issuesText(r.issues)));
        QVERIFY(!r.isArray);
        QVERIFY(r.tableFileName.isEmpty() && r.table.isEmpty());
        compareGolden(r.parts[0].text, QStringLiteral("plain-job.sh"));
        QVERIFY(!r.parts[0].text.contains("--array"));
        QVERIFY(r.parts[0].text.contains("#SBATCH --reservation=maint_2026\n"));
        QVERIFY(r.parts[0].text.contains("python train.py --lr '0.0003' --batch-size '32'\n"));
        QVERIFY(r.parts[0].text.contains("#SBATCH --output=fabbrica-%x-%j.out\n"));
    }

    void containerWrapsTheCommand()
    {
        Experiment x = designExample();
        x.environment.container = QStringLiteral("$WORK/images/pytorch 24.sif");
        ScriptOptions o;
        o.containerGpuFlag = QStringLiteral("--rocm");
        const RenderedBatch r = renderBatchScript(x, ProfileDefaults{}, o);
        QVERIFY2(r.ok(), qPrintable(issuesText(r.issues)));
        compareGolden(r.parts[0].text, QStringLiteral("container.sh"));
        QVERIFY(r.parts[0].text.contains(
            "\"$FABBRICA_CONTAINER_RUNTIME\" exec '--rocm' \"$WORK/images/pytorch 24.sif\" /bin/bash -c "
            "'python train.py --lr \"${FABBRICA_P_lr}\" --batch-size \"${FABBRICA_P_batch}\"'\n"));
        const QString script = m_sandbox.path() + QStringLiteral("/container.sh");
        QVERIFY(writeFile(script, r.parts[0].text));
        QProcess syntax;
        syntax.start(QStringLiteral("/bin/bash"), {QStringLiteral("-n"), script});
        QVERIFY(syntax.waitForFinished());
        QVERIFY2(syntax.exitCode() == 0, syntax.readAllStandardError().constData());
    }

    // The brief's check: a 3×2 sweep under bash, SLURM_ARRAY_TASK_ID = 0…5, each task writes its values.
    void sweepTasksGetTheirOwnParameters()
    {
        Experiment x = designExample();
        x.environment.modules.clear();
        x.environment.env.clear();
        x.command = QStringLiteral("printf '%s\\n' {lr} {batch} > out_$SLURM_ARRAY_TASK_ID");
        QTemporaryDir base(m_sandbox.path() + QStringLiteral("/sweep-XXXXXX"));
        const QString runDir = base.path() + QStringLiteral("/run");
        QVERIFY(QDir().mkpath(runDir));
        ScriptOptions o;
        o.runDir = runDir;
        const RenderedBatch r = renderForThisComputer(x, o);
        QVERIFY2(r.ok(), qPrintable(issuesText(r.issues)));
        QCOMPARE(r.taskCount, 6);
        materialise(r, runDir);
        const QStringList lr{QStringLiteral("0.0001"), QStringLiteral("0.0003"), QStringLiteral("0.001")};
        const QStringList batch{QStringLiteral("16"), QStringLiteral("32")};
        for (int task = 0; task < 6; ++task) {
            const Run run = runBash(runDir + QLatin1Char('/') + r.parts[0].fileName, runDir,
                                    {{QStringLiteral("SLURM_ARRAY_TASK_ID"), QString::number(task)}});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            const QByteArray expected = (lr[task / 2] + QLatin1Char('\n') + batch[task % 2] + QLatin1Char('\n')).toUtf8();
            QCOMPARE(readFile(runDir + QStringLiteral("/out_%1").arg(task)), expected);
            QVERIFY(QFileInfo(runDir + QStringLiteral("/tasks/%1").arg(task)).isDir());  // FABBRICA_METRICS's folder
        }
        // A task beyond the array, and a task id that is not a number, are refused.
        Run beyond = runBash(runDir + QLatin1Char('/') + r.parts[0].fileName, runDir, {{QStringLiteral("SLURM_ARRAY_TASK_ID"), QStringLiteral("6")}});
        QVERIFY(beyond.exitCode != 0);
        QVERIFY2(beyond.err.contains("beyond this array"), beyond.err.constData());
        Run injected = runBash(runDir + QLatin1Char('/') + r.parts[0].fileName, runDir,
                               {{QStringLiteral("SLURM_ARRAY_TASK_ID"), QStringLiteral("a[$(touch %1/pwned-id)]").arg(base.path())}});
        QVERIFY(injected.exitCode != 0);
        QVERIFY(!QFile::exists(base.path() + QStringLiteral("/pwned-id")));
        QCOMPARE(QDir(base.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{QStringLiteral("run")});
    }

    // Every hostile value as a sweep axis (through the TSV table): each task's value reaches printf
    // unchanged and nothing runs.
    void hostileSweepValuesStayText()
    {
        QTemporaryDir base(m_sandbox.path() + QStringLiteral("/hostile-XXXXXX"));
        const QString runDir = base.path() + QStringLiteral("/run");
        QVERIFY(QDir().mkpath(runDir));
        const QList<QByteArray> corpus = fabtest::hostileCorpus(base.path().toUtf8(), /*utf8Only=*/true);
        Json axis = Json::array();
        for (const QByteArray &s : corpus)
            axis.push_back(s.toStdString());
        Json j = designExample().toJson();
        j["resources"]["account"] = nullptr;
        j["environment"] = Json{{"modules", Json::array()}, {"container", nullptr},
                                {"env", Json{{"FABT_ENV", "$FABT_BASE/x $(touch " + base.path().toStdString() + "/pwned-env)"}}}};
        j["parameters"] = Json::object();
        j["sweep"] = Json{{"mode", "grid"}, {"axes", Json{{"v", axis}}}};
        j["command"] = "printf '%s' {v} > out_$FABBRICA_TASK; printf '%s' \"$FABT_ENV\" > env_$FABBRICA_TASK";
        const Experiment x = parseExperiment(QByteArray::fromStdString(j.dump()));
        ScriptOptions o;
        o.runDir = runDir;
        const RenderedBatch r = renderForThisComputer(x, o);
        QVERIFY2(r.ok(), qPrintable(issuesText(r.issues)));
        QCOMPARE(r.taskCount, corpus.size());
        materialise(r, runDir);
        for (qsizetype task = 0; task < corpus.size(); ++task) {
            const Run run = runBash(runDir + QLatin1Char('/') + r.parts[0].fileName, runDir,
                                    {{QStringLiteral("SLURM_ARRAY_TASK_ID"), QString::number(task)},
                                     {QStringLiteral("FABT_BASE"), QStringLiteral("/scratch/u")}});
            QVERIFY2(run.exitCode == 0, qPrintable(QStringLiteral("task %1: %2").arg(task).arg(QString::fromUtf8(run.err))));
            const QByteArray out = readFile(runDir + QStringLiteral("/out_%1").arg(task));
            QVERIFY2(out == corpus[task], qPrintable(QStringLiteral("task %1: %2 bytes instead of %3")
                                                         .arg(task).arg(out.size()).arg(corpus[task].size())));
            QCOMPARE(readFile(runDir + QStringLiteral("/env_%1").arg(task)),
                     "/scratch/u/x $(touch " + base.path().toUtf8() + "/pwned-env)");
        }
        // Nothing appeared outside the run folder, and inside it only what the script and the command write.
        QCOMPARE(QDir(base.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{QStringLiteral("run")});
        for (const QString &f : filesUnder(runDir))
            QVERIFY2(f.startsWith(QLatin1String("out_")) || f.startsWith(QLatin1String("env_")) ||
                         f.startsWith(QLatin1String("tasks")) || f == r.parts[0].fileName || f == r.tableFileName,
                     qPrintable(f));
    }

    // The same corpus as constant parameters, quoted straight into the command and the exports.
    void hostileConstantsStayText()
    {
        QTemporaryDir base(m_sandbox.path() + QStringLiteral("/constants-XXXXXX"));
        const QString runDir = base.path() + QStringLiteral("/run");
        QVERIFY(QDir().mkpath(runDir));
        const QList<QByteArray> corpus = fabtest::hostileCorpus(base.path().toUtf8(), /*utf8Only=*/true);
        Json parameters = Json::object();
        std::string placeholders;
        QByteArray expected;
        for (qsizetype i = 0; i < corpus.size(); ++i) {
            parameters["c" + std::to_string(i)] = corpus[i].toStdString();
            placeholders += " {c" + std::to_string(i) + "}";
            expected += corpus[i] + '\0';
        }
        Json j = designExample().toJson();
        j["environment"] = Json{{"modules", Json::array()}, {"container", nullptr}, {"env", Json::object()}};
        j["parameters"] = parameters;
        j["sweep"] = nullptr;
        j["command"] = "printf '%s\\0'" + placeholders + " > consts; printf '%s' \"$FABBRICA_P_c30\" > exported";
        const Experiment x = parseExperiment(QByteArray::fromStdString(j.dump()));
        ScriptOptions o;
        o.runDir = runDir;
        const RenderedBatch r = renderForThisComputer(x, o);
        QVERIFY2(r.ok(), qPrintable(issuesText(r.issues)));
        materialise(r, runDir);
        const Run run = runBash(runDir + QLatin1Char('/') + r.parts[0].fileName, runDir, {});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(readFile(runDir + QStringLiteral("/consts")) == expected);
        QCOMPARE(readFile(runDir + QStringLiteral("/exported")), corpus[30]);
        QCOMPARE(QDir(base.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{QStringLiteral("run")});
        QStringList files = filesUnder(runDir);
        QCOMPARE(files, QStringList({QStringLiteral("consts"), QStringLiteral("exported"), r.parts[0].fileName}));
    }

    void tsvRoundTrip()
    {
        const auto corpus = fabtest::hostileCorpus("/sandbox", true);
        SweepTable t;
        t.columns << QStringLiteral("c") << QStringLiteral("v");
        t.sweptColumns << QStringLiteral("v");  // only swept columns go into the table
        for (const QByteArray &s : corpus)
            t.rows << QList<Json>{Json("constant"), Json(s.toStdString())};
        const QByteArray tsv = sweepTableTsv(t);
        const QList<QByteArray> lines = tsv.split('\n');
        QCOMPARE(lines.size(), corpus.size() + 2);  // header, rows, the empty piece after the last newline
        for (qsizetype i = 0; i < corpus.size(); ++i) {
            const auto row = decodeTsvRow(lines[i + 1]);
            QVERIFY(row);
            QCOMPARE(row->size(), 1);
            QCOMPARE(row->first(), corpus[i]);
        }
        QVERIFY(lines[0] == "v");
        QVERIFY(!decodeTsvRow("bad\\escape"));
    }

    void largeSweepsSplitByMaxArraySize()
    {
        Experiment x = designExample();
        x.environment.modules.clear();
        x.environment.env.clear();
        x.sweep->axes = Json{{"lr", Json::array({1, 2, 3, 4, 5})}, {"batch", Json::array({10, 20})}};  // 10 tasks
        x.sweep->maxConcurrent = 0;
        x.command = QStringLiteral("printf '%s-%s' {lr} {batch} > out_$FABBRICA_TASK");
        QTemporaryDir base(m_sandbox.path() + QStringLiteral("/split-XXXXXX"));
        ScriptOptions o;
        o.runDir = base.path();
        o.maxArraySize = 4;  // indices 0-3
        const RenderedBatch r = renderForThisComputer(x, o);
        QVERIFY2(r.ok(), qPrintable(issuesText(r.issues)));
        QCOMPARE(r.parts.size(), 3);
        QCOMPARE(r.parts[0].firstTask, 0);
        QCOMPARE(r.parts[1].firstTask, 4);
        QCOMPARE(r.parts[2].firstTask, 8);
        QCOMPARE(r.parts[2].taskCount, 2);
        QCOMPARE(r.parts[1].fileName, QStringLiteral("fabbrica-job-1.sh"));
        QVERIFY(r.parts[0].text.contains("#SBATCH --array=0-3\n"));
        QVERIFY(r.parts[2].text.contains("#SBATCH --array=0-1\n"));
        materialise(r, base.path());
        // Part 2, index 1 = task 9 = lr 5, batch 20.
        const Run run = runBash(base.path() + QStringLiteral("/fabbrica-job-2.sh"), base.path(),
                                {{QStringLiteral("SLURM_ARRAY_TASK_ID"), QStringLiteral("1")}});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(readFile(base.path() + QStringLiteral("/out_9")), QByteArray("5-20"));
        // The default MaxArraySize (1001) keeps 10 tasks in one array.
        o.maxArraySize = 1001;
        QCOMPARE(renderForThisComputer(x, o).parts.size(), 1);
        o.maxArraySize = 10;
        QCOMPARE(renderForThisComputer(x, o).parts.size(), 1);  // indices 0-9 < 10
        o.maxArraySize = 9;
        QCOMPARE(renderForThisComputer(x, o).parts.size(), 2);
    }

    void splitMix64IsTheReferenceGenerator()
    {
        // Vigna's splitmix64.c from state 0: 0xe220a8397b1dcdaf, 0x6e789e6aa1b965f4, 0x06c45d188009454f.
        SplitMix64 g(0);
        QCOMPARE(g.next(), Q_UINT64_C(0xe220a8397b1dcdaf));
        QCOMPARE(g.next(), Q_UINT64_C(0x6e789e6aa1b965f4));
        QCOMPARE(g.next(), Q_UINT64_C(0x06c45d188009454f));
        SplitMix64 b(42);
        for (int i = 0; i < 1000; ++i)
            QVERIFY(b.below(7) < 7);
    }

    void randomSweepIsDeterministicAndDistinct()
    {
        Experiment x = designExample();
        x.sweep->mode = QStringLiteral("random");
        x.sweep->axes = Json{{"lr", Json::array({1, 2, 3, 4, 5, 6, 7, 8, 9, 10})}, {"batch", Json::array({16, 32, 64})}};
        x.sweep->samples = 5;
        x.sweep->seed = 1234;
        Issues issues;
        const auto t = expandSweep(x, &issues);
        QVERIFY(t);
        QCOMPARE(t->taskCount(), 5);
        QStringList drawn;
        for (const auto &row : t->rows)
            drawn << parameterText(row[0]) + QLatin1Char('/') + parameterText(row[1]);
        // Pinned: the same on every platform, compiler and Qt version (no std:: distributions).
        QCOMPARE(drawn.join(QLatin1Char(' ')), QStringLiteral("2/16 5/64 1/64 7/32 4/16"));
        QCOMPARE(QSet<QString>(drawn.begin(), drawn.end()).size(), 5);
        // More samples than combinations is an error that names the field.
        x.sweep->samples = 31;
        issues.clear();
        QVERIFY(!expandSweep(x, &issues));
        QCOMPARE(issues.value(0).path, QStringLiteral("/sweep/samples"));
        // All 30: a permutation of the grid.
        x.sweep->samples = 30;
        const auto all = expandSweep(x, &issues);
        QVERIFY(all);
        QCOMPARE(all->taskCount(), 30);
    }

    void gridOrderIsAxisOrder()
    {
        Issues issues;
        const auto t = expandSweep(designExample(), &issues);
        QVERIFY(t);
        QCOMPARE(t->columns, QStringList({QStringLiteral("lr"), QStringLiteral("batch")}));
        QStringList rows;
        for (const auto &row : t->rows)
            rows << parameterText(row[0]) + QLatin1Char('/') + parameterText(row[1]);
        QCOMPARE(rows.join(QLatin1Char(' ')),
                 QStringLiteral("0.0001/16 0.0001/32 0.0003/16 0.0003/32 0.001/16 0.001/32"));
    }

    void placeholdersFollowTheUsersQuoting()
    {
        Issues issues;
        auto word = [](const QString &name) -> std::optional<QByteArray> {
            if (name == QLatin1String("x"))
                return QByteArray("'v'");
            return std::nullopt;
        };
        QCOMPARE(*substitutePlaceholders(QStringLiteral("a {x} b"), word, &issues), QByteArray("a 'v' b"));
        QCOMPARE(*substitutePlaceholders(QStringLiteral("--n={x}"), word, &issues), QByteArray("--n='v'"));
        QCOMPARE(*substitutePlaceholders(QStringLiteral("\"pre {x} post\""), word, &issues), QByteArray("\"pre \"'v'\" post\""));
        QCOMPARE(*substitutePlaceholders(QStringLiteral("'pre {x} post'"), word, &issues), QByteArray("'pre ''v'' post'"));
        QCOMPARE(*substitutePlaceholders(QStringLiteral("echo {{x}} ${HOME} }}"), word, &issues), QByteArray("echo {x} ${HOME} }"));
        QCOMPARE(*substitutePlaceholders(QStringLiteral("echo \"$(echo {x})\""), word, &issues), QByteArray("echo \"$(echo 'v')\""));
        QVERIFY(issues.isEmpty());
        QVERIFY(!substitutePlaceholders(QStringLiteral("run {y}"), word, &issues));
        QCOMPARE(issues.value(0).path, QStringLiteral("/command"));
        issues.clear();
        QVERIFY(!substitutePlaceholders(QStringLiteral("run \\{x}"), word, &issues));
        QVERIFY(issues.value(0).message.contains(QStringLiteral("backslash")));
    }

    void quotedPlaceholdersRunCorrectly()
    {
        // Inside the user's own quotes the value still arrives as written.
        Experiment x = designExample();
        x.sweep.reset();
        x.environment.modules.clear();
        x.environment.env.clear();
        x.parameters = Json{{"name", "it's \"odd\" $(x)"}};
        x.command = QStringLiteral("printf '%s|' \"pre-{name}-post\" 'single {name}' {name}= > quoted");
        QTemporaryDir base(m_sandbox.path() + QStringLiteral("/quoted-XXXXXX"));
        ScriptOptions o;
        o.runDir = base.path();
        const RenderedBatch r = renderForThisComputer(x, o);
        QVERIFY2(r.ok(), qPrintable(issuesText(r.issues)));
        materialise(r, base.path());
        const Run run = runBash(base.path() + QLatin1Char('/') + r.parts[0].fileName, base.path(), {});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(readFile(base.path() + QStringLiteral("/quoted")),
                 QByteArray("pre-it's \"odd\" $(x)-post|single it's \"odd\" $(x)|it's \"odd\" $(x)=|"));
    }

    void refusesWhatCannotGoIntoSbatchLines()
    {
        Experiment x = designExample();
        x.resources.account = QStringLiteral("evil\n#SBATCH --uid=0");
        RenderedBatch r = renderBatchScript(x, ProfileDefaults{}, ScriptOptions{});
        QVERIFY(!r.ok());
        QVERIFY(r.parts.isEmpty());
        QCOMPARE(r.issues.value(0).path, QStringLiteral("/resources/account"));
        QVERIFY(r.issues.value(0).message.contains(QStringLiteral("#SBATCH")));
        // The profile's defaults are checked the same way and named as such.
        x = designExample();
        x.resources.partition.clear();
        r = renderBatchScript(x, ProfileDefaults{{}, QStringLiteral("gpu partition"), {}}, ScriptOptions{});
        QVERIFY(!r.ok());
        QCOMPARE(r.issues.value(0).path, QStringLiteral("profile/defaults/partition"));
        // A run folder with a space cannot be an #SBATCH path; on This computer it is only a comment.
        ScriptOptions o;
        o.runDir = QStringLiteral("/home/me/My Runs/x");
        QVERIFY(!renderBatchScript(designExample(), ProfileDefaults{}, o).ok());
        QVERIFY(renderForThisComputer(designExample(), o).ok());
        o.runDir = QStringLiteral("relative/run");
        QVERIFY(!renderBatchScript(designExample(), ProfileDefaults{}, o).ok());
        // Time and memory are checked again even when the experiment skipped validation.
        x = designExample();
        x.resources.time = QStringLiteral("2h; rm -rf ~");
        r = renderBatchScript(x, ProfileDefaults{}, ScriptOptions{});
        QCOMPARE(r.issues.value(0).path, QStringLiteral("/resources/time"));
        x = designExample();
        x.environment.env.append({QStringLiteral("BAD NAME"), QStringLiteral("x")});
        QVERIFY(!renderBatchScript(x, ProfileDefaults{}, ScriptOptions{}).ok());
        x = designExample();
        x.parameters["lr"] = std::string("a\0b", 3);
        x.sweep.reset();
        r = renderBatchScript(x, ProfileDefaults{}, ScriptOptions{});
        QVERIFY(!r.ok());
        QVERIFY(issuesText(r.issues).contains(QStringLiteral("NUL")));
    }

    void metricsPathPerTask()
    {
        Experiment x = designExample();
        QCOMPARE(metricsPathForTask(x, std::nullopt), QStringLiteral("metrics.jsonl"));
        QCOMPARE(metricsPathForTask(x, 4), QStringLiteral("tasks/4/metrics.jsonl"));
    }
};

QTEST_GUILESS_MAIN(TestBatchScript)
#include "tst_batch_script.moc"
