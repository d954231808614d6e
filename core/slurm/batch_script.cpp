#include "core/slurm/batch_script.h"

#include "core/slurm/shell_quote.h"
#include "core/slurm/sweep.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fab {

using json::Json;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::BatchScript)
};

// Characters allowed in an #SBATCH value. sbatch reads these lines itself (not the shell), splitting
// at whitespace and honouring its own quotes, so anything beyond plain names and paths — a space, a
// quote, '#', a newline that would start a new directive — is refused rather than escaped.
bool sbatchSafe(const QString &v)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.+@:,=/%-]+$"));
    return re.match(v).hasMatch();
}

// Where a {placeholder} sits in the user's command.
enum class Ctx { Unquoted, Single, Double, AnsiC, Backtick, Subst };

bool isIdent(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return re.match(s).hasMatch();
}

// sbatch refuses a whole script that holds a CR LF ("DOS line breaks"), and a quoted value may hold
// one ("a\r\nb"): each CR of a quoted word ('…' or "…") is written as bash's $'\r' between closed
// quotes instead. The value stays byte for byte the same; the script is bash in both targets.
QByteArray crOutsideQuotes(QByteArray word)
{
    if (!word.contains('\r'))
        return word;
    const char quote = word.at(0);
    return word.replace("\r", QByteArray(1, quote) + "$'\\r'" + quote);
}

// A key as it appears in a JSON pointer (RFC 6901), so issues name the same path validation names.
QString pointerKey(QString key)
{
    return key.replace(QLatin1Char('~'), QStringLiteral("~0")).replace(QLatin1Char('/'), QStringLiteral("~1"));
}

// The shell word that refers to a parameter. Sweep axes come from the table at run time; other
// parameters are constants quoted here.
struct Words {
    const QStringList *swept = nullptr;
    QHash<QString, QString> constants;
    Issues *issues = nullptr;

    std::optional<QByteArray> operator()(const QString &name) const
    {
        if (swept && swept->contains(name))
            return QByteArray("\"${FABBRICA_P_") + name.toUtf8() + "}\"";
        auto it = constants.find(name);
        if (it == constants.end())
            return std::nullopt;
        QString error;
        auto q = shellQuote(*it, &error);
        if (!q && issues) {
            issues->append({QStringLiteral("/parameters/") + name, error});
            // Reported: a stand-in word, so substitutePlaceholders() does not also call {name} unknown.
            return QByteArray("''");
        }
        return q ? std::optional<QByteArray>(crOutsideQuotes(*q)) : q;
    }
};

}  // namespace

std::optional<QByteArray> substitutePlaceholders(
    const QString &command, const std::function<std::optional<QByteArray>(const QString &)> &word, Issues *issues)
{
    // Built as text: the words are UTF-8 from QStrings, so the round trip is exact.
    QString out;
    QList<Ctx> stack{Ctx::Unquoted};
    bool failed = false;
    const qsizetype n = command.size();
    auto at = [&](qsizetype i) { return i < n ? command[i] : QChar(); };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = command[i];
        const Ctx top = stack.last();
        // Placeholders first, with exactly the rules of commandPlaceholders() (which validation uses).
        if ((c == QLatin1Char('{') || c == QLatin1Char('}')) && at(i + 1) == c) {
            out += c;
            ++i;
            continue;
        }
        if (c == QLatin1Char('{') && !(i > 0 && command[i - 1] == QLatin1Char('$'))) {
            const qsizetype close = command.indexOf(QLatin1Char('}'), i + 1);
            const QString name = close < 0 ? QString() : command.mid(i + 1, close - i - 1);
            if (close >= 0 && isIdent(name)) {
                const auto w = word(name);
                if (!w) {
                    issues->append({QStringLiteral("/command"),
                                    Text::tr("uses {%1}, which is neither a parameter nor a sweep axis; add it to "
                                             "\"parameters\" or write {{%1}} for literal braces")
                                        .arg(name)});
                    failed = true;
                } else if (i > 0 && command[i - 1] == QLatin1Char('\\') && top != Ctx::Single) {
                    issues->append({QStringLiteral("/command"),
                                    Text::tr("has a backslash right before {%1}; remove it, Fabbrica quotes the "
                                             "value itself")
                                        .arg(name)});
                    failed = true;
                } else {
                    // Close the user's quotes, add the self-contained word, reopen them.
                    const QString text = QString::fromUtf8(*w);
                    switch (top) {
                    case Ctx::Single: out += QLatin1Char('\'') + text + QLatin1Char('\''); break;
                    case Ctx::AnsiC: out += QLatin1Char('\'') + text + QStringLiteral("$'"); break;
                    case Ctx::Double: out += QLatin1Char('"') + text + QLatin1Char('"'); break;
                    default: out += text;
                    }
                }
                i = close;
                continue;
            }
        }
        out += c;
        // Track the user's quoting, as far as it matters for where a placeholder sits. A backslash
        // escapes the next character, except a '{' (reported above when it opens a placeholder).
        const bool escapes = c == QLatin1Char('\\') && i + 1 < n && command[i + 1] != QLatin1Char('{');
        switch (top) {
        case Ctx::Single:
            if (c == QLatin1Char('\''))
                stack.removeLast();
            break;
        case Ctx::AnsiC:
        case Ctx::Double:
            if (escapes) {
                out += command[++i];
            } else if (c == QLatin1Char(top == Ctx::AnsiC ? '\'' : '"')) {
                stack.removeLast();
            } else if (top == Ctx::Double && c == QLatin1Char('$') && at(i + 1) == QLatin1Char('(')) {
                out += command[++i];
                stack.append(Ctx::Subst);
            } else if (top == Ctx::Double && c == QLatin1Char('`')) {
                stack.append(Ctx::Backtick);
            }
            break;
        case Ctx::Unquoted:
        case Ctx::Backtick:
        case Ctx::Subst:
            if (escapes) {
                out += command[++i];
            } else if (c == QLatin1Char('\'')) {
                stack.append(Ctx::Single);
            } else if (c == QLatin1Char('"')) {
                stack.append(Ctx::Double);
            } else if (c == QLatin1Char('$') && (at(i + 1) == QLatin1Char('\'') || at(i + 1) == QLatin1Char('('))) {
                out += command[++i];
                stack.append(command[i] == QLatin1Char('(') ? Ctx::Subst : Ctx::AnsiC);
            } else if (c == QLatin1Char('(') && top == Ctx::Subst) {
                stack.append(Ctx::Subst);
            } else if (c == QLatin1Char(')') && top == Ctx::Subst) {
                stack.removeLast();
            } else if (c == QLatin1Char('`')) {
                if (top == Ctx::Backtick)
                    stack.removeLast();
                else
                    stack.append(Ctx::Backtick);
            }
            break;
        }
    }
    if (failed)
        return std::nullopt;
    return out.toUtf8();
}

QString metricsPathForTask(const Experiment &x, std::optional<qint64> task)
{
    const QString path = x.metrics.path.isEmpty() ? QStringLiteral("metrics.jsonl") : x.metrics.path;
    if (!task)
        return path;
    return QStringLiteral("tasks/%1/").arg(*task) + path;
}

namespace {

class Renderer {
public:
    Renderer(const Experiment &x, const ProfileDefaults &d, const ScriptOptions &o) : x(x), d(d), o(o) {}

    RenderedBatch run();

private:
    const Experiment &x;
    const ProfileDefaults &d;
    const ScriptOptions &o;
    RenderedBatch r;

    QByteArray quoted(const QString &value, const QString &path)
    {
        QString error;
        auto q = shellQuote(value, &error);
        if (!q) {
            r.issues.append({path, error});
            return "''";
        }
        return crOutsideQuotes(*q);
    }

    void directive(QByteArray *s, const char *option, const QString &value, const QString &path)
    {
        if (value.isEmpty())
            return;
        if (!sbatchSafe(value)) {
            r.issues.append({path, Text::tr("cannot go into an #SBATCH line: only letters, digits and _ . + - / @ : "
                                            ", = are allowed, got \"%1\"")
                                       .arg(QString(value).replace(QLatin1Char('\n'), QStringLiteral("\\n")))});
            return;
        }
        *s += "#SBATCH --" + QByteArray(option) + '=' + value.toUtf8() + '\n';
    }

    QByteArray header(qint64 taskCount);
    QByteArray body(const SweepTable &table, const QByteArray &command, qint64 firstTask, qint64 taskCount);
};

QByteArray Renderer::header(qint64 taskCount)
{
    QByteArray s = "#!/bin/bash\n";
    const auto &res = x.resources;
    const bool slurm = o.target == ScriptTarget::Slurm;
    directive(&s, "job-name", x.name.isEmpty() ? QStringLiteral("fabbrica") : x.name, QStringLiteral("/name"));
    const auto pick = [](const QString &own, const QString &fallback) { return own.isEmpty() ? fallback : own; };
    directive(&s, "account", pick(res.account, d.account),
              res.account.isEmpty() ? QStringLiteral("profile/defaults/account") : QStringLiteral("/resources/account"));
    directive(&s, "partition", pick(res.partition, d.partition),
              res.partition.isEmpty() ? QStringLiteral("profile/defaults/partition")
                                      : QStringLiteral("/resources/partition"));
    directive(&s, "qos", pick(res.qos, d.qos),
              res.qos.isEmpty() ? QStringLiteral("profile/defaults/qos") : QStringLiteral("/resources/qos"));
    directive(&s, "reservation", res.reservation, QStringLiteral("/resources/reservation"));
    if (res.nodes < 1)
        r.issues.append({QStringLiteral("/resources/nodes"), Text::tr("must be at least 1")});
    if (res.gpusPerNode < 0)
        r.issues.append({QStringLiteral("/resources/gpus_per_node"), Text::tr("must not be negative")});
    if (res.cpusPerTask < 1)
        r.issues.append({QStringLiteral("/resources/cpus_per_task"), Text::tr("must be at least 1")});
    directive(&s, "nodes", QString::number(res.nodes), QStringLiteral("/resources/nodes"));
    if (res.gpusPerNode > 0)
        directive(&s, "gpus-per-node", QString::number(res.gpusPerNode), QStringLiteral("/resources/gpus_per_node"));
    directive(&s, "cpus-per-task", QString::number(res.cpusPerTask), QStringLiteral("/resources/cpus_per_task"));
    static const QRegularExpression mem(QStringLiteral("^[1-9][0-9]{0,12}[KMGT]?$"));
    if (!res.mem.isEmpty() && !mem.match(res.mem).hasMatch())
        r.issues.append({QStringLiteral("/resources/mem"), Text::tr("must be an amount such as 120G or 512M")});
    else
        directive(&s, "mem", res.mem, QStringLiteral("/resources/mem"));
    if (!res.time.isEmpty() && !parseSlurmDuration(res.time))
        r.issues.append({QStringLiteral("/resources/time"), Text::tr("must be a wall time such as 02:00:00")});
    else
        directive(&s, "time", res.time.trimmed(), QStringLiteral("/resources/time"));
    if (r.isArray) {
        QString array = QStringLiteral("0-%1").arg(taskCount - 1);
        if (x.sweep && x.sweep->maxConcurrent > 0)
            array += QStringLiteral("%%1").arg(x.sweep->maxConcurrent);
        directive(&s, "array", array, QStringLiteral("/sweep"));
    }
    // Logs land in the run folder itself, which exists before submission: Slurm does not create
    // missing folders for --output, and a job whose log cannot be opened fails without a word.
    QString prefix;
    if (slurm && !o.runDir.isEmpty()) {
        if (!o.runDir.startsWith(QLatin1Char('/')))
            r.issues.append({QStringLiteral("run folder"), Text::tr("must be an absolute path, got \"%1\"").arg(o.runDir)});
        directive(&s, "chdir", o.runDir, QStringLiteral("run folder"));
        prefix = o.runDir + QLatin1Char('/');
    }
    directive(&s, "output", prefix + r.stdoutPattern, QStringLiteral("run folder"));
    directive(&s, "error", prefix + r.stderrPattern, QStringLiteral("run folder"));
    return s;
}

QByteArray Renderer::body(const SweepTable &table, const QByteArray &command, qint64 firstTask, qint64 taskCount)
{
    QByteArray s;
    s += "#\n# Written by Fabbrica for the experiment \"" + x.name.toUtf8() +
         "\". Edits are lost at the next submission: change the experiment instead.\n"
         "# Runs under sbatch, or under bash as is: the lines above are comments to bash.\n\n";
    s += "fab_fail() { printf 'fabbrica: %s\\n' \"$*\" >&2; exit 1; }\n";
    if (o.runDir.isEmpty())
        s += "export FABBRICA_RUN_DIR=\"${SLURM_SUBMIT_DIR:-$PWD}\"\n";
    else
        s += "export FABBRICA_RUN_DIR=" + quoted(o.runDir, QStringLiteral("run folder")) + '\n';
    s += "cd \"$FABBRICA_RUN_DIR\" || fab_fail \"cannot enter the run folder $FABBRICA_RUN_DIR\"\n";
    // The task number goes into arithmetic below: only digits may get there (bash evaluates
    // expressions such as a[$(cmd)] inside $(( ))).
    s += "case ${SLURM_ARRAY_TASK_ID:-0} in ''|*[!0-9]*) fab_fail \"SLURM_ARRAY_TASK_ID is not a number\";; esac\n";
    s += "export FABBRICA_TASK=$(( " + QByteArray::number(firstTask) + " + ${SLURM_ARRAY_TASK_ID:-0} ))\n";
    s += "export FABBRICA_TASK_COUNT=" + QByteArray::number(r.taskCount) + '\n';
    if (r.isArray) {
        s += "[ \"${SLURM_ARRAY_TASK_ID:-0}\" -lt " + QByteArray::number(taskCount) +
             " ] || fab_fail \"task $FABBRICA_TASK is beyond this array\"\n";
        // The row of this task: header at line 1, task i at line i + 2. Values are TSV-escaped
        // (sweep.h); printf %b undoes exactly those escapes since every literal backslash is doubled.
        // The fields are read one per line (tabs turned into newlines) rather than cut with ${row%%…}:
        // bash's pattern removal is quadratic, and a long value would stall the task.
        const QStringList &swept = table.sweptColumns;
        QByteArray expected;
        for (qsizetype c = 0; c < swept.size(); ++c)
            expected += (c ? "\t" : "") + swept[c].toUtf8();
        s += "fab_params() {\n"
             "    local LC_ALL=C table=\"$FABBRICA_RUN_DIR/\"" +
             quoted(o.tableFileName, QStringLiteral("table file")) +
             " header row field n=0\n"
             "    header=$(head -n 1 \"$table\") || return 1\n"
             "    [ \"$header\" = " +
             quoted(QString::fromUtf8(expected), QStringLiteral("/parameters")) +
             " ] || fab_fail \"$table does not have the columns this script expects\"\n"
             "    row=$(sed -n \"$((FABBRICA_TASK + 2)){p;q;}\" \"$table\"; printf x)\n"
             "    row=${row%x}\n"
             "    [ -n \"$row\" ] || fab_fail \"$table has no row for task $FABBRICA_TASK\"\n"
             "    row=${row%$'\\n'}\n"
             "    while IFS= read -r field; do\n"
             "        case $n in\n";
        for (qsizetype c = 0; c < swept.size(); ++c)
            s += "        " + QByteArray::number(c) + ") printf -v FABBRICA_P_" + swept[c].toUtf8() +
                 " '%b' \"$field\" ;;\n";
        s += "        esac\n"
             "        n=$((n + 1))\n"
             "    done < <(printf '%s\\n' \"$row\" | tr '\\t' '\\n')\n"
             "    [ \"$n\" -eq " +
             QByteArray::number(swept.size()) +
             " ] || fab_fail \"$table has $n columns in task $FABBRICA_TASK instead of " +
             QByteArray::number(swept.size()) +
             "\"\n"
             "}\n"
             "fab_params || fab_fail \"cannot read the parameter table\"\n";
        for (const QString &c : swept)
            s += "export FABBRICA_P_" + c.toUtf8() + '\n';
    }
    // Parameters that no axis changes: the same constants for every task.
    if (!table.rows.isEmpty())
        for (qsizetype c = 0; c < table.columns.size(); ++c)
            if (!table.sweptColumns.contains(table.columns[c]))
                s += "export FABBRICA_P_" + table.columns[c].toUtf8() + '=' +
                     quoted(parameterText(table.rows[0][c]), QStringLiteral("/parameters/") + table.columns[c]) + '\n';
    if (r.isArray) {
        s += "export FABBRICA_METRICS=\"$FABBRICA_RUN_DIR/tasks/$FABBRICA_TASK/\"" +
             quoted(x.metrics.path.isEmpty() ? QStringLiteral("metrics.jsonl") : x.metrics.path,
                    QStringLiteral("/metrics/path")) +
             '\n';
    } else {
        s += "export FABBRICA_METRICS=\"$FABBRICA_RUN_DIR/\"" + quoted(metricsPathForTask(x, std::nullopt), QStringLiteral("/metrics/path")) + '\n';
    }
    s += "mkdir -p \"${FABBRICA_METRICS%/*}\" || fab_fail \"cannot create the folder of $FABBRICA_METRICS\"\n";

    if (!x.environment.modules.isEmpty())
        s += '\n';
    for (int i = 0; i < x.environment.modules.size(); ++i) {
        const QByteArray m = quoted(x.environment.modules[i], QStringLiteral("/environment/modules/%1").arg(i));
        if (o.target == ScriptTarget::Slurm)
            s += "module load " + m + " || fab_fail \"module load failed:\" " + m + '\n';
        else  // a laptop rarely has environment modules; the job may still run without them
            s += "if type module >/dev/null 2>&1; then module load " + m + " || fab_fail \"module load failed:\" " + m +
                 "; else printf 'fabbrica: no module command here, skipping module %s\\n' " + m + " >&2; fi\n";
    }
    for (const auto &[name, value] : x.environment.env) {
        const QString path = QStringLiteral("/environment/env/") + pointerKey(name);
        if (!isIdent(name)) {
            r.issues.append({path, Text::tr("is not a valid variable name")});
            continue;
        }
        QString error;
        const auto v = shellQuoteExpandable(value, &error);
        if (!v)
            r.issues.append({path, error});
        else
            s += "export " + name.toUtf8() + '=' + crOutsideQuotes(*v) + '\n';
    }

    s += "\n# ---- the experiment's command ----\n";
    if (!x.environment.container.isEmpty()) {
        QString error;
        const auto image = shellQuoteExpandable(x.environment.container, &error);
        if (!image)
            r.issues.append({QStringLiteral("/environment/container"), error});
        s += "if command -v apptainer >/dev/null 2>&1; then FABBRICA_CONTAINER_RUNTIME=apptainer\n"
             "elif command -v singularity >/dev/null 2>&1; then FABBRICA_CONTAINER_RUNTIME=singularity\n"
             "else fab_fail \"this experiment runs in a container, but neither apptainer nor singularity is "
             "installed here\"; fi\n";
        QByteArray flag;
        if (x.resources.gpusPerNode > 0 && !o.containerGpuFlag.isEmpty())
            flag = ' ' + quoted(o.containerGpuFlag, QStringLiteral("container GPU flag"));
        s += "\"$FABBRICA_CONTAINER_RUNTIME\" exec" + flag + ' ' + crOutsideQuotes(image.value_or("''")) + " /bin/bash -c " +
             quoted(QString::fromUtf8(command), QStringLiteral("/command")) + '\n';
    } else {
        s += command;
        if (!command.endsWith('\n'))
            s += '\n';
    }
    return s;
}

RenderedBatch Renderer::run()
{
    Issues issues;
    const auto table = expandSweep(x, &issues);
    if (!table) {
        r.issues = issues;
        return r;
    }
    // Parameter and axis names are written unquoted (FABBRICA_P_<name>, printf -v, export): like the
    // environment's names below, they are checked here too, not only by validation. Without this an
    // experiment rendered unvalidated (the editor's preview, a remembered submission) with a name such
    // as "x; touch y" produced a script that ran `touch y`.
    for (const QString &column : table->columns)
        if (!isIdent(column)) {
            const bool axis = table->sweptColumns.contains(column);
            r.issues.append({(axis ? QStringLiteral("/sweep/axes/") : QStringLiteral("/parameters/")) + pointerKey(column),
                             Text::tr("is not a valid parameter name (letters, digits and '_', not starting with a digit)")});
        }
    if (!r.issues.isEmpty())
        return r;
    r.isArray = x.sweep.has_value();
    r.taskCount = table->taskCount();
    r.stdoutPattern = r.isArray ? QStringLiteral("fabbrica-%x-%A_%a.out") : QStringLiteral("fabbrica-%x-%j.out");
    r.stderrPattern = r.isArray ? QStringLiteral("fabbrica-%x-%A_%a.err") : QStringLiteral("fabbrica-%x-%j.err");

    Words words;
    words.swept = &table->sweptColumns;
    words.issues = &r.issues;
    if (!table->rows.isEmpty())
        for (qsizetype c = 0; c < table->columns.size(); ++c)
            words.constants.insert(table->columns[c], parameterText(table->rows[0][c]));
    const auto command = substitutePlaceholders(x.command, std::cref(words), &r.issues);
    if (x.command.contains(QChar(0)))
        r.issues.append({QStringLiteral("/command"), Text::tr("must not contain a NUL character")});
    if (!command || !r.issues.isEmpty())
        return r;

    if (r.isArray) {
        r.tableFileName = o.tableFileName;
        r.table = sweepTableTsv(*table);
        static const QRegularExpression fileName(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]*$"));
        if (!fileName.match(o.tableFileName).hasMatch())
            r.issues.append({QStringLiteral("table file"), Text::tr("must be a plain file name, got \"%1\"")
                                                               .arg(o.tableFileName)});
    }
    // Each array's indices must stay below MaxArraySize.
    const qint64 perArray = r.isArray ? std::max(1, o.maxArraySize) : 1;
    if (r.isArray && o.maxArraySize < 1)
        r.issues.append({QStringLiteral("MaxArraySize"), Text::tr("must be at least 1, got %1").arg(o.maxArraySize)});
    const qint64 partCount = (r.taskCount + perArray - 1) / perArray;
    for (qint64 p = 0; p < partCount; ++p) {
        ScriptPart part;
        part.firstTask = p * perArray;
        part.taskCount = std::min(perArray, r.taskCount - part.firstTask);
        part.fileName = partCount == 1 ? o.scriptBaseName + QStringLiteral(".sh")
                                       : QStringLiteral("%1-%2.sh").arg(o.scriptBaseName).arg(p);
        part.text = header(part.taskCount) + body(*table, *command, part.firstTask, part.taskCount);
        r.parts << part;
        if (!r.issues.isEmpty()) {
            r.parts.clear();
            break;
        }
    }
    return r;
}

}  // namespace

RenderedBatch renderBatchScript(const Experiment &x, const ProfileDefaults &defaults, const ScriptOptions &options)
{
    return Renderer(x, defaults, options).run();
}

RenderedBatch renderForThisComputer(const Experiment &x, ScriptOptions options)
{
    options.target = ScriptTarget::ThisComputer;
    return Renderer(x, ProfileDefaults{}, options).run();
}

}  // namespace fab
