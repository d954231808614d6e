// Every hostile string (hostile_strings.h) in every string-valued experiment field. For each pair:
// either validation refuses the file and every issue names that field's JSON pointer, or the experiment
// renders and the script is safe, which is checked, not assumed:
//  - sbatch's own reading of the script finds exactly the directives Fabbrica writes, each one word,
//    and a field that feeds a directive shows up there byte for byte; what sbatch reads before the
//    first command is Fabbrica's header alone; the script holds no CR LF (sbatch refuses those);
//  - the script passes `bash -n` (both targets), and the Slurm script is RUN under bash with stub
//    `module` and `apptainer` commands: the user's command sees each value literally (printf '%s' into
//    files, compared byte for byte; environment values expand only $NAME and ${NAME}, as documented),
//    no CANARY file appears anywhere (every injection in the corpus would touch one), no file appears
//    outside the run folder, and inside it only what the script and the command write;
//  - fields that never reach the script (cluster, uploads, metrics pattern) leave it unchanged, and an
//    accepted upload name stays inside the run folder and reaches the remote side literally.
// The renderer is also checked alone, on the same inputs without validation: it must still never let a
// value add a directive or break the script's syntax.
#include "core/experiment.h"
#include "core/slurm/batch_script.h"
#include "hardening_util.h"
#include "hostile_strings.h"

#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace fab;
using namespace fabtest;
using json::Json;

namespace {

const char *const kMarker = "@@HOSTILE@@";

enum class Reach { Directive, Name, Module, Container, EnvValue, EnvKey, Param, ParamKey, AxisName, SweepValue,
                   Upload, MetricsPath, Command, CommandInContainer, Nothing };

struct Slot {
    const char *label;
    std::function<void(Json &)> put;                      // puts kMarker where the string goes
    std::function<QString(const QByteArray &)> path;      // the pointer an issue must name
    Reach reach;
    const char *directive = nullptr;                      // for Reach::Directive and Name
    std::function<QByteArray(const QByteArray &)> wrap = {};  // what actually goes in (default: the string)
};

Json baseDocument()
{
    return Json{
        {"schema", "fabbrica.experiment/1"},
        {"name", "hardening"},
        {"kind", "cluster"},
        {"cluster", "bench"},
        {"resources", {{"account", "acct"}, {"partition", "part"}, {"qos", "normal"}, {"nodes", 1},
                       {"gpus_per_node", 0}, {"cpus_per_task", 1}, {"mem", "1G"}, {"time", "00:05:00"},
                       {"reservation", "resv"}}},
        {"environment", {{"modules", Json::array({"mod/1.0"})}, {"container", nullptr}, {"env", {{"E", "plain-env"}}}}},
        {"files", {{"upload", Json::array({"train.py"})}}},
        {"command", "printf '%s' {p} > out_p; printf '%s' \"$FABBRICA_P_p\" > out_pexp; printf '%s' {v} > out_v; "
                    "printf '%s' \"$FABBRICA_P_v\" > out_vexp; printf '%s' \"$E\" > out_env; "
                    "printf '%s' \"$FABBRICA_METRICS\" > out_metrics"},
        {"parameters", {{"p", "plain-param"}}},
        {"sweep", {{"mode", "grid"}, {"axes", {{"v", Json::array({"v0", "v1"})}}}}},
        {"metrics", {{"path", "metrics.jsonl"}, {"format", "jsonl"}}},
    };
}

QList<Slot> allSlots()
{
    auto at = [](const char *p) { return [p](const QByteArray &) { return QString::fromLatin1(p); }; };
    auto keyed = [](const char *base) { return [base](const QByteArray &k) { return QLatin1String(base) + pointerKey(k); }; };
    auto res = [&](const char *key, const char *path, const char *directive) {
        return Slot{path + 1, [key](Json &j) { j["resources"][key] = kMarker; }, at(path), Reach::Directive, directive, {}};
    };
    return {
        {"name", [](Json &j) { j["name"] = kMarker; }, at("/name"), Reach::Name, "job-name", {}},
        {"cluster", [](Json &j) { j["cluster"] = kMarker; }, at("/cluster"), Reach::Nothing},
        {"kind", [](Json &j) { j["kind"] = kMarker; }, at("/kind"), Reach::Nothing},
        {"schema", [](Json &j) { j["schema"] = kMarker; }, at("/schema"), Reach::Nothing},
        res("account", "/resources/account", "account"),
        res("partition", "/resources/partition", "partition"),
        res("qos", "/resources/qos", "qos"),
        res("reservation", "/resources/reservation", "reservation"),
        res("mem", "/resources/mem", "mem"),
        res("time", "/resources/time", "time"),
        {"environment/modules/0", [](Json &j) { j["environment"]["modules"][0] = kMarker; }, at("/environment/modules/0"), Reach::Module},
        {"environment/container", [](Json &j) { j["environment"]["container"] = kMarker; }, at("/environment/container"), Reach::Container},
        {"environment/env value", [](Json &j) { j["environment"]["env"]["E"] = kMarker; }, at("/environment/env/E"), Reach::EnvValue},
        {"environment/env key", [](Json &j) { j["environment"]["env"][kMarker] = "k"; }, keyed("/environment/env/"), Reach::EnvKey},
        {"parameters value", [](Json &j) { j["parameters"]["p"] = kMarker; }, at("/parameters/p"), Reach::Param},
        {"parameters key", [](Json &j) { j["parameters"][kMarker] = "k"; }, keyed("/parameters/"), Reach::ParamKey},
        {"sweep axis name", [](Json &j) { j["sweep"]["axes"][kMarker] = Json::array({"w"}); }, keyed("/sweep/axes/"), Reach::AxisName},
        {"sweep value", [](Json &j) { j["sweep"]["axes"]["v"][1] = kMarker; }, at("/sweep/axes/v/1"), Reach::SweepValue},
        {"sweep mode", [](Json &j) { j["sweep"]["mode"] = kMarker; }, at("/sweep/mode"), Reach::Nothing},
        {"files/upload/0", [](Json &j) { j["files"]["upload"][0] = kMarker; }, at("/files/upload/0"), Reach::Upload},
        {"metrics/path", [](Json &j) { j["metrics"]["path"] = kMarker; }, at("/metrics/path"), Reach::MetricsPath},
        {"metrics/format", [](Json &j) { j["metrics"]["format"] = kMarker; }, at("/metrics/format"), Reach::Nothing},
        {"metrics/pattern", [](Json &j) { j["metrics"]["format"] = "regex"; j["metrics"]["pattern"] = kMarker; },
         at("/metrics/pattern"), Reach::Nothing, nullptr, [](const QByteArray &v) { return v + "(?<step>\\d+)"; }},
        {"command", [](Json &j) { j["command"] = kMarker; }, at("/command"), Reach::Command},
        {"command in a container", [](Json &j) { j["command"] = kMarker; j["environment"]["container"] = "img.sif"; },
         at("/command"), Reach::CommandInContainer},
    };
}

// The JSON text with the marker replaced by the raw bytes.
QByteArray documentWith(const Slot &s, const QByteArray &value)
{
    Json j = baseDocument();
    s.put(j);
    QByteArray text = QByteArray::fromStdString(j.dump(2));
    return text.replace(QByteArray("\"") + kMarker + '"', jsonLiteral(s.wrap ? s.wrap(value) : value));
}

// Every issue names `path` (or something inside it).
bool namesOnly(const Issues &issues, const QString &path, QString *why)
{
    for (const Issue &i : issues)
        if ((i.path != path && !i.path.startsWith(path + QLatin1Char('/'))) || i.message.trimmed().isEmpty()) {
            *why = QStringLiteral("expected issues at %1 only, got \"%2\"").arg(path.left(80), i.toString().left(200));
            return false;
        }
    return !issues.isEmpty();
}

QString shown(const QByteArray &v)
{
    QString s = QString::fromLatin1(v.left(60).toPercentEncoding(" '\"$(){}[]`;|&<>*?!#=,.:/-_+@~%^"));
    return v.size() > 60 ? s + QStringLiteral("…(%1 bytes)").arg(v.size()) : s;
}

}  // namespace

class TestHostileFields : public QObject {
    Q_OBJECT
    QTemporaryDir m_sandbox;
    QString m_stubs, m_case, m_canary, m_syntax;
    QList<Hostile> m_corpus;
    QByteArray m_baseline;  // the Slurm script of the base document
    QStringList m_failures;
    int m_syntaxFiles = 0;

    QString runDir() const { return m_case + QStringLiteral("/run"); }

    void fail(const Slot &s, int i, const QString &what)
    {
        m_failures << QStringLiteral("[%1] #%2 %3: %4").arg(QLatin1String(s.label)).arg(i).arg(shown(m_corpus[i].value), what.left(400));
    }

    RenderedBatch render(const Experiment &x, bool slurm)
    {
        ScriptOptions o;
        o.runDir = runDir();
        return slurm ? renderBatchScript(x, ProfileDefaults{}, o) : renderForThisComputer(x, o);
    }

    // Queued for one `bash -n` pass at the end (one shell for all files is much faster than one each).
    void queueSyntax(const QByteArray &script, const Slot &s, int i, const char *what)
    {
        writeBytes(QStringLiteral("%1/%2.sh").arg(m_syntax).arg(m_syntaxFiles++, 6, 10, QLatin1Char('0')), script);
        m_syntaxOwner << QStringLiteral("[%1] #%2 %3 (%4)").arg(QLatin1String(s.label)).arg(i).arg(shown(m_corpus[i].value), QLatin1String(what));
    }
    QStringList m_syntaxOwner;

    // Directives as sbatch reads them: same options as the base document's, one word each, and the
    // field's own directive (if any) carrying exactly `value`.
    // Also: what sbatch reads before the first command is Fabbrica's own header, line for line as many
    // as in the base script, and the first command is Fabbrica's (values only ever come after it).
    void checkDirectives(const QByteArray &script, const Slot &s, int i, const QByteArray &value)
    {
        const auto got = sbatchDirectives(script), base = sbatchDirectives(m_baseline);
        QList<QByteArray> gotNames, baseNames;
        for (const auto &d : got)
            gotNames << d.first;
        for (const auto &d : base)
            if (!(s.directive && value.trimmed().isEmpty() && d.first == s.directive && d.first != "job-name"))
                baseNames << d.first;  // an empty value leaves the option out (the profile's default applies)
        if (gotNames != baseNames)
            fail(s, i, QStringLiteral("directives changed: %1").arg(QString::fromUtf8(gotNames.join(' '))));
        QByteArray first, baseFirst;
        const qsizetype lines = sbatchHeader(script, &first).size(), baseLines = sbatchHeader(m_baseline, &baseFirst).size();
        const qsizetype omitted = base.size() - baseNames.size();
        if (lines != baseLines - omitted || first != baseFirst)
            fail(s, i, QStringLiteral("the header sbatch reads has %1 lines (base %2), then %3").arg(lines).arg(baseLines).arg(shown(first)));
        const QByteArray want = value.trimmed().isEmpty() && s.directive == QByteArrayView("job-name") ? "fabbrica" : value.trimmed();
        if (s.directive)
            for (const auto &d : got)
                if (d.first == s.directive && d.second != want)
                    fail(s, i, QStringLiteral("#SBATCH --%1 holds %2").arg(QLatin1String(s.directive), shown(d.second)));
    }

    struct Expect {
        QByteArray p = "plain-param", v = "v1", env = "plain-env", metrics = "metrics.jsonl";
        QList<QByteArray> module{"load", "mod/1.0"};
        QList<QByteArray> apptainer;  // empty: no container
        bool runsCommand = true;      // false: the stub apptainer only records the command
        bool apptainerPrefixOnly = false;
    };

    // Runs the Slurm script as task 1 under bash with stubs, and checks what it did.
    void execute(const RenderedBatch &r, const Expect &e, const Slot &s, int i)
    {
        QDir(m_case).removeRecursively();
        for (const char *d : {"run", "home", "stublog"})
            QDir().mkpath(m_case + QLatin1Char('/') + QLatin1String(d));
        for (const ScriptPart &p : r.parts)
            writeBytes(runDir() + QLatin1Char('/') + p.fileName, p.text);
        if (!r.tableFileName.isEmpty())
            writeBytes(runDir() + QLatin1Char('/') + r.tableFileName, r.table);
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), m_stubs + QStringLiteral(":/usr/bin:/bin"));
        env.insert(QStringLiteral("HOME"), m_case + QStringLiteral("/home"));
        env.insert(QStringLiteral("FABT_STUB_LOG"), m_case + QStringLiteral("/stublog"));
        env.insert(QStringLiteral("FABT_STUB_EXEC"), e.runsCommand ? QStringLiteral("1") : QStringLiteral("0"));
        env.insert(QStringLiteral("SLURM_ARRAY_TASK_ID"), QStringLiteral("1"));
        const ProcessResult run = runProcess(QStringLiteral("/bin/bash"), {runDir() + QLatin1Char('/') + r.parts[0].fileName}, runDir(), env);
        if (run.exitCode != 0)
            return fail(s, i, QStringLiteral("the script failed (%1): %2").arg(run.exitCode).arg(QString::fromUtf8(run.err.left(300))));
        auto expectFile = [&](const char *name, const QByteArray &want) {
            bool ok = false;
            const QByteArray got = readBytes(runDir() + QLatin1Char('/') + QLatin1String(name), &ok);
            if (!ok || got != want)
                fail(s, i, QStringLiteral("%1 is %2 instead of %3").arg(QLatin1String(name), ok ? shown(got) : QStringLiteral("missing"), shown(want)));
        };
        if (e.runsCommand) {
            expectFile("out_p", e.p);
            expectFile("out_pexp", e.p);
            expectFile("out_v", e.v);
            expectFile("out_vexp", e.v);
            expectFile("out_env", e.env);
            expectFile("out_metrics", runDir().toUtf8() + "/tasks/1/" + e.metrics);
        }
        const QList<QByteArray> module = nulFields(readBytes(m_case + QStringLiteral("/stublog/module")));
        if (module != e.module)
            fail(s, i, QStringLiteral("module was called with %1").arg(shown(module.join('|'))));
        const QList<QByteArray> app = nulFields(readBytes(m_case + QStringLiteral("/stublog/apptainer")));
        if (e.apptainerPrefixOnly ? (app.size() != 5 || app.mid(0, 4) != e.apptainer) : app != e.apptainer)
            fail(s, i, QStringLiteral("apptainer was called with %1").arg(shown(app.join('|'))));
        // Canaries anywhere: the sandbox (run folder, home, canary folder) and the system temp folder.
        for (const QString &f : entriesUnder(m_sandbox.path()))
            if (QFileInfo(f).fileName().startsWith(QLatin1String("CANARY")))
                fail(s, i, QStringLiteral("a command ran: %1 exists").arg(f));
        for (const QString &f : QDir(QStringLiteral("/tmp")).entryList({QStringLiteral("CANARY*")}, QDir::AllEntries | QDir::Hidden))
            fail(s, i, QStringLiteral("a command ran: /tmp/%1 exists").arg(f));
        // Nothing outside the run folder; inside it only the script's and the command's own files.
        const QStringList top = QDir(m_case).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        if (top != QStringList({QStringLiteral("home"), QStringLiteral("run"), QStringLiteral("stublog")}))
            fail(s, i, QStringLiteral("files outside the run folder: %1").arg(top.join(QLatin1Char(' '))));
        if (!entriesUnder(m_case + QStringLiteral("/home")).isEmpty())
            fail(s, i, QStringLiteral("files in $HOME: %1").arg(entriesUnder(m_case + QStringLiteral("/home")).join(QLatin1Char(' '))));
        for (const QString &f : entriesUnder(runDir()))
            if (!f.startsWith(QLatin1String("out_")) && f != QLatin1String("tasks") && !f.startsWith(QLatin1String("tasks/")) &&
                f != r.parts[0].fileName && f != r.tableFileName)
                fail(s, i, QStringLiteral("unexpected file in the run folder: %1").arg(f));
    }

    void checkAccepted(const Slot &s, int i, const Experiment &x)
    {
        const QByteArray v = m_corpus[i].value;
        const RenderedBatch slurm = render(x, true), local = render(x, false);
        if (!slurm.ok() || !local.ok()) {
            // `fabbrica validate` would call the file valid and submit would then fail: validation must
            // refuse everything the renderer refuses (for this document, whose profile part is sound).
            const Issue first = (slurm.issues + local.issues).value(0);
            fail(s, i, QStringLiteral("validation passed, rendering refused: ") + first.toString().left(200));
            return;
        }
        const QByteArray &script = slurm.parts[0].text;
        checkDirectives(script, s, i, v);
        // sbatch refuses a whole script holding "\r\n" ("Batch script contains DOS line breaks").
        if (script.contains("\r\n"))
            fail(s, i, QStringLiteral("sbatch refuses the script: it holds a CR LF"));
        if (s.reach != Reach::Command) {
            queueSyntax(script, s, i, "Slurm");
            queueSyntax(local.parts[0].text, s, i, "This computer");
        }
        const QHash<QByteArray, QByteArray> vars{{"HOME", m_case.toUtf8() + "/home"}, {"IFS", " \t\n"},
                                                 {"PATH", m_stubs.toUtf8() + ":/usr/bin:/bin"}};
        Expect e;
        switch (s.reach) {
        case Reach::Nothing:
        case Reach::Upload:
            if (script != m_baseline)
                fail(s, i, QStringLiteral("a field that never reaches the script changed it"));
            if (s.reach == Reach::Upload) {
                // The scheduler uploads to <run folder>/<entry>: it must stay inside, and reach the remote
                // side literally (the SSH runner expands '$' in remote paths, see SshConnection::upload).
                const QString dest = QDir::cleanPath(runDir() + QLatin1Char('/') + QString::fromUtf8(v));
                if (!dest.startsWith(runDir() + QLatin1Char('/')))
                    fail(s, i, QStringLiteral("the upload lands outside the run folder: %1").arg(dest));
                if (v.contains('$'))
                    fail(s, i, QStringLiteral("an upload name with '$' is accepted, but the remote side would expand it"));
            }
            return;
        case Reach::Command:
            if (!v.contains('{') && !script.endsWith("# ---- the experiment's command ----\n" + v + (v.endsWith('\n') ? "" : "\n")))
                fail(s, i, QStringLiteral("the command is not the script's last, verbatim part"));
            return;
        case Reach::CommandInContainer:
            e.runsCommand = false;
            e.apptainer = {"exec", "img.sif", "/bin/bash", "-c", v};
            if (v.contains('{'))
                return;  // placeholders substituted: checked elsewhere (tests/slurm)
            break;
        case Reach::Module: e.module = {"load", v}; break;
        case Reach::Container:
            if (v.isEmpty())
                break;  // "" means no container
            // The fifth argument is the base command, quoted: only its effects are compared (out_*).
            e.apptainer = {"exec", expandPolicy(v, vars), "/bin/bash", "-c"};
            e.apptainerPrefixOnly = true;
            break;
        case Reach::EnvValue: e.env = expandPolicy(v, vars); break;
        case Reach::Param: e.p = v; break;
        case Reach::SweepValue: e.v = v; break;
        case Reach::MetricsPath: e.metrics = v.isEmpty() ? QByteArray("metrics.jsonl") : v; break;
        default: break;
        }
        execute(slurm, e, s, i);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.isValid());
        m_stubs = m_sandbox.filePath(QStringLiteral("stubs"));
        m_case = m_sandbox.filePath(QStringLiteral("case"));
        m_canary = m_sandbox.filePath(QStringLiteral("canary"));
        m_syntax = m_sandbox.filePath(QStringLiteral("syntax"));
        for (const QString &d : {m_stubs, m_canary, m_syntax})
            QVERIFY(QDir().mkpath(d));
        const QFile::Permissions exec = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
        QVERIFY(writeBytes(m_stubs + QStringLiteral("/module"),
                           "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\0' \"$a\"; done >> \"$FABT_STUB_LOG/module\"\n", exec));
        // apptainer exec [--nv] IMAGE /bin/bash -c CMD: records its arguments, then runs the command
        // (as the container would) unless told to only record.
        QVERIFY(writeBytes(m_stubs + QStringLiteral("/apptainer"),
                           "#!/bin/bash\nfor a in \"$@\"; do printf '%s\\0' \"$a\"; done > \"$FABT_STUB_LOG/apptainer\"\n"
                           "[ \"$FABT_STUB_EXEC\" = 1 ] || exit 0\nshift; [ \"$1\" = --nv ] && shift; shift\nexec \"$@\"\n",
                           exec));
        m_corpus = hostileStrings(m_canary.toUtf8());
        qInfo("corpus: %d strings", int(m_corpus.size()));
        QVERIFY(m_corpus.size() >= 50);
        // The base document is valid and renders: its script is what every change is compared with.
        const auto base = Experiment::parse(QByteArray::fromStdString(baseDocument().dump()));
        QVERIFY2(base.experiment, qPrintable(base.issues.value(0).toString()));
        const RenderedBatch r = render(*base.experiment, true);
        QVERIFY(r.ok());
        m_baseline = r.parts[0].text;
    }

    void everyStringInEveryField()
    {
        QElapsedTimer timer;
        timer.start();
        int rejected = 0, accepted = 0, refusedByParser = 0;
        QStringList perSlot;
        for (const Slot &s : allSlots()) {
            int slotAccepted = 0;
            for (int i = 0; i < m_corpus.size(); ++i) {
                const Hostile &h = m_corpus[i];
                const QByteArray doc = documentWith(s, h.value);
                const auto loaded = Experiment::parse(doc);
                if (!h.isUtf8()) {
                    // JSON is UTF-8: the parser refuses the file (with line and column; there is no
                    // value yet to name a pointer for).
                    ++refusedByParser;
                    if (loaded.experiment || loaded.issues.isEmpty() || !loaded.issues[0].message.contains(QLatin1String("line")))
                        fail(s, i, QStringLiteral("a file with bytes that are not UTF-8 was not refused with a position"));
                    continue;
                }
                if (!loaded.experiment) {
                    ++rejected;
                    QString why;
                    if (!namesOnly(loaded.issues, s.path(h.value), &why))
                        fail(s, i, why);
                    // The renderer alone, without validation, still keeps every value in its place.
                    if (auto j = json::parse(doc, nullptr)) {
                        const RenderedBatch r = render(Experiment::fromJson(*j), true);
                        if (!r.ok() && !namesOnly(r.issues, s.path(h.value), &why))
                            fail(s, i, QStringLiteral("unvalidated, the renderer refused: ") + why);
                        if (r.ok() && s.reach != Reach::Command) {
                            checkDirectives(r.parts[0].text, s, i, h.value);
                            queueSyntax(r.parts[0].text, s, i, "unvalidated");
                        }
                    }
                    continue;
                }
                ++accepted;
                ++slotAccepted;
                checkAccepted(s, i, *loaded.experiment);
            }
            perSlot << QStringLiteral("%1 %2/%3").arg(QLatin1String(s.label)).arg(slotAccepted).arg(m_corpus.size());
        }
        // One shell checks the syntax of every queued script.
        const ProcessResult syntax = runProcess(
            QStringLiteral("/bin/bash"),
            {QStringLiteral("-c"), QStringLiteral("for f in \"$1\"/*.sh; do bash -n \"$f\" 2>/dev/null || printf '%s\\n' \"$f\"; done"),
             QStringLiteral("bash"), m_syntax},
            {}, QProcessEnvironment::systemEnvironment(), {}, 600000);
        QCOMPARE(syntax.exitCode, 0);
        for (const QByteArray &bad : syntax.out.split('\n'))
            if (!bad.isEmpty())
                m_failures << QStringLiteral("bash -n fails: ") + m_syntaxOwner.value(QFileInfo(QString::fromUtf8(bad)).baseName().toInt());
        qInfo("%d pairs: %d refused by validation, %d refused by the JSON parser (not UTF-8), %d accepted; "
              "%d scripts syntax-checked; %.1f s",
              int(allSlots().size() * m_corpus.size()), rejected, refusedByParser, accepted, m_syntaxFiles,
              timer.elapsed() / 1000.0);
        qInfo().noquote() << "accepted per field:" << perSlot.join(QStringLiteral(", "));
        for (const QString &f : std::as_const(m_failures))
            qWarning().noquote() << f;
        QVERIFY2(m_failures.isEmpty(), qPrintable(QStringLiteral("%1 failures:\n").arg(m_failures.size()) +
                                                  m_failures.mid(0, 40).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestHostileFields)
#include "tst_hostile_fields.moc"
