// Validation of the experiment JSON. Every issue names the JSON pointer of the value and says how to fix
// it, so the editor can point at the field and the CLI can print "path: message".
#include "core/experiment.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <limits>

namespace fab {

using json::Json;

namespace {

// lupdate reads the context from this declaration; it must match the one used at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::Experiment)
};

// Levenshtein distance, for "did you mean" on misspelt keys (a typo must not silently drop a setting).
int editDistance(const QString &a, const QString &b)
{
    QList<int> prev(b.size() + 1), cur(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

QString pointerEscape(const std::string &key)
{
    QString k = QString::fromStdString(key);
    k.replace(QLatin1Char('~'), QStringLiteral("~0"));
    k.replace(QLatin1Char('/'), QStringLiteral("~1"));
    return k;
}

class Checker {
public:
    Issues issues;

    void add(const QString &path, const QString &message) { issues << Issue{path, message}; }

    // Reports keys the format does not know, with the nearest known key as a hint.
    void knownKeys(const Json &obj, const QString &path, const QStringList &known)
    {
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            if (known.contains(key))
                continue;
            QString best;
            int bestDistance = 3;
            for (const auto &k : known) {
                const int d = editDistance(key, k);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = k;
                }
            }
            add(path + QLatin1Char('/') + pointerEscape(it.key()),
                best.isEmpty() ? Text::tr("unknown field; remove it (known here: %1)").arg(known.join(QStringLiteral(", ")))
                               : Text::tr("unknown field; did you mean \"%1\"?").arg(best));
        }
    }

    const Json *object(const Json &parent, const char *key, const QString &path, bool required)
    {
        auto it = parent.find(key);
        if (it == parent.end() || it->is_null()) {
            if (required)
                add(path, Text::tr("is missing; add an object here"));
            return nullptr;
        }
        if (!it->is_object()) {
            add(path, Text::tr("must be an object ({ … }), got %1").arg(json::describe(*it)));
            return nullptr;
        }
        return &*it;
    }

    // A string matching `pattern` (when given); null or absent allowed unless required.
    void string(const Json &parent, const char *key, const QString &path, bool required,
                const QRegularExpression *pattern = nullptr, const QString &patternHint = QString())
    {
        auto it = parent.find(key);
        if (it == parent.end() || it->is_null()) {
            if (required)
                add(path, Text::tr("is missing; add a text value here"));
            return;
        }
        if (!it->is_string()) {
            add(path, Text::tr("must be text in quotes, got %1").arg(json::describe(*it)));
            return;
        }
        const QString s = json::str(*it);
        if (required && s.trimmed().isEmpty()) {
            add(path, Text::tr("must not be empty"));
            return;
        }
        if (s.contains(QChar(0)))
            add(path, Text::tr("must not contain a NUL character"));
        else if (pattern && !s.isEmpty() && !pattern->match(s).hasMatch())
            add(path, Text::tr("%1, got %2").arg(patternHint, json::describe(*it)));
    }

    void wholeNumber(const Json &parent, const char *key, const QString &path, long long minimum, long long maximum)
    {
        auto it = parent.find(key);
        if (it == parent.end())
            return;  // defaults apply
        const bool whole = it->is_number_integer() ||
                           (it->is_number_float() && std::floor(it->get<double>()) == it->get<double>() &&
                            std::abs(it->get<double>()) < 1e15);
        const long long v = it->is_number_integer() ? it->get<long long>()
                            : whole ? static_cast<long long>(it->get<double>()) : 0;
        if (!whole || it->is_boolean() || v < minimum || v > maximum) {
            // Whole sentences, so translators see the range words too.
            add(path, maximum == std::numeric_limits<long long>::max()
                          ? Text::tr("must be a whole number ≥ %1, got %2").arg(minimum).arg(json::describe(*it))
                          : Text::tr("must be a whole number from %1 to %2, got %3")
                                .arg(minimum).arg(maximum).arg(json::describe(*it)));
        }
    }

    void relativePathList(const Json &parent, const char *key, const QString &path)
    {
        auto it = parent.find(key);
        if (it == parent.end() || it->is_null())
            return;
        if (!it->is_array()) {
            add(path, Text::tr("must be a list of paths, got %1").arg(json::describe(*it)));
            return;
        }
        int i = 0;
        for (const auto &v : *it) {
            const QString p = path + QStringLiteral("/%1").arg(i++);
            if (!v.is_string() || json::str(v).isEmpty())
                add(p, Text::tr("must be a non-empty path in quotes, got %1").arg(json::describe(v)));
            else
                relativePath(json::str(v), p);
        }
    }

    // Paths land inside the run folder on the cluster: nothing may climb out of it.
    void relativePath(const QString &s, const QString &path)
    {
        static const QRegularExpression dotdot(QStringLiteral("(^|/)\\.\\.(/|$)"));
        if (s.startsWith(QLatin1Char('/')) || s.startsWith(QLatin1Char('~')) || s.contains(QLatin1Char('\\')))
            add(path, Text::tr("must be a path relative to the experiment's folder (no leading / or ~), got %1")
                          .arg(json::describe(json::fromQString(s))));
        else if (dotdot.match(s).hasMatch())
            add(path, Text::tr("must stay inside the experiment's folder (no \"..\"), got %1")
                          .arg(json::describe(json::fromQString(s))));
        else if (s.contains(QLatin1Char('\n')) || s.contains(QChar(0)) || s.startsWith(QLatin1Char('-')))
            add(path, Text::tr("must not start with '-' or contain line breaks, got %1")
                          .arg(json::describe(json::fromQString(s))));
        // The SSH runner expands $NAME in remote paths (for $WORK, $SCRATCH) and so does the metrics
        // follower: "a$USER.txt" was uploaded as "ajdoe.txt" while the script used the literal name.
        else if (s.contains(QLatin1Char('$')))
            add(path, Text::tr("must not contain '$' (the cluster's shell would read it as a variable), got %1")
                          .arg(json::describe(json::fromQString(s))));
    }

    // For the command, written into the batch script as it is (quoted values are made safe by the
    // renderer): sbatch refuses a whole script that holds a CR LF ("DOS line breaks") and the user
    // heard only "the script has Windows line endings".
    void noCrLf(const Json &parent, const char *key, const QString &path)
    {
        auto it = parent.find(key);
        if (it != parent.end() && it->is_string())
            noCrLf(json::str(*it), path);
    }
    void noCrLf(const QString &value, const QString &path)
    {
        if (value.contains(QLatin1String("\r\n")))
            add(path, Text::tr("contains a Windows line break (CR LF), which Slurm refuses in a batch script; "
                               "remove the CR characters"));
    }

    void oneOf(const Json &parent, const char *key, const QString &path, const QStringList &choices)
    {
        auto it = parent.find(key);
        if (it == parent.end())
            return;
        if (!it->is_string() || !choices.contains(json::str(*it)))
            add(path, Text::tr("must be one of %1, got %2").arg(choices.join(QStringLiteral(", ")), json::describe(*it)));
    }
};

const QRegularExpression &identifier()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return re;
}

void checkResources(Checker &c, const Json &r)
{
    const QString base = QStringLiteral("/resources");
    c.knownKeys(r, base, {QStringLiteral("account"), QStringLiteral("partition"), QStringLiteral("qos"),
                          QStringLiteral("nodes"), QStringLiteral("gpus_per_node"), QStringLiteral("cpus_per_task"),
                          QStringLiteral("mem"), QStringLiteral("time"), QStringLiteral("reservation")});
    // Slurm names: letters, digits and a few marks. Anything else cannot be a real account and would
    // only be a way to smuggle text into an #SBATCH line.
    static const QRegularExpression slurmName(QStringLiteral("^[A-Za-z0-9_.+-]{1,128}$"));
    const QString nameHint = Text::tr("must be a Slurm name (letters, digits, '_', '.', '+', '-')");
    c.string(r, "account", base + QStringLiteral("/account"), false, &slurmName, nameHint);
    c.string(r, "partition", base + QStringLiteral("/partition"), false, &slurmName, nameHint);
    c.string(r, "qos", base + QStringLiteral("/qos"), false, &slurmName, nameHint);
    c.string(r, "reservation", base + QStringLiteral("/reservation"), false, &slurmName, nameHint);
    c.wholeNumber(r, "nodes", base + QStringLiteral("/nodes"), 1, 100000);
    c.wholeNumber(r, "gpus_per_node", base + QStringLiteral("/gpus_per_node"), 0, std::numeric_limits<long long>::max());
    c.wholeNumber(r, "cpus_per_task", base + QStringLiteral("/cpus_per_task"), 1, 100000);
    static const QRegularExpression mem(QStringLiteral("^[1-9][0-9]{0,12}[KMGT]?$"));
    c.string(r, "mem", base + QStringLiteral("/mem"), false, &mem,
             Text::tr("must be an amount such as 120G, 512M or 64000 (megabytes)"));
    auto t = r.find("time");
    if (t != r.end() && !t->is_null()) {
        if (!t->is_string() || !parseSlurmDuration(json::str(*t)))
            c.add(base + QStringLiteral("/time"),
                  Text::tr("must be a wall time such as \"02:00:00\" (hours:minutes:seconds), \"90\" (minutes) or "
                     "\"1-12:00:00\" (days-hours:minutes:seconds), got %1")
                      .arg(json::describe(*t)));
        else if (*parseSlurmDuration(json::str(*t)) == 0)
            c.add(base + QStringLiteral("/time"), Text::tr("must be longer than zero"));
    }
}

void checkEnvironment(Checker &c, const Json &e)
{
    const QString base = QStringLiteral("/environment");
    c.knownKeys(e, base, {QStringLiteral("modules"), QStringLiteral("container"), QStringLiteral("env")});
    if (auto m = e.find("modules"); m != e.end() && !m->is_null()) {
        static const QRegularExpression module(QStringLiteral("^[A-Za-z0-9_.+/@:-]+$"));
        if (!m->is_array()) {
            c.add(base + QStringLiteral("/modules"), Text::tr("must be a list of module names, got %1").arg(json::describe(*m)));
        } else {
            int i = 0;
            for (const auto &v : *m) {
                const QString p = base + QStringLiteral("/modules/%1").arg(i++);
                if (!v.is_string() || !module.match(json::str(v)).hasMatch() || json::str(v).startsWith(QLatin1Char('-')))
                    c.add(p, Text::tr("must be a module name such as \"cuda/12.2\" (letters, digits, '_', '.', '+', '/', "
                                "'@', ':', '-'), got %1").arg(json::describe(v)));
            }
        }
    }
    c.string(e, "container", base + QStringLiteral("/container"), false);
    if (auto env = e.find("env"); env != e.end() && !env->is_null()) {
        if (!env->is_object()) {
            c.add(base + QStringLiteral("/env"), Text::tr("must be an object of NAME: \"value\", got %1").arg(json::describe(*env)));
        } else {
            for (auto it = env->begin(); it != env->end(); ++it) {
                const QString p = base + QStringLiteral("/env/") + pointerEscape(it.key());
                if (!identifier().match(QString::fromStdString(it.key())).hasMatch())
                    c.add(p, Text::tr("is not a valid variable name (letters, digits and '_', not starting with a digit)"));
                else if (!it.value().is_string())
                    c.add(p, Text::tr("must be text in quotes, got %1").arg(json::describe(it.value())));
                else if (json::str(it.value()).contains(QChar(0)))
                    c.add(p, Text::tr("must not contain a NUL character"));
            }
        }
    }
}

bool isScalar(const Json &v) { return v.is_number() || v.is_string() || v.is_boolean(); }

void checkParametersAndSweep(Checker &c, const Json &j, QSet<QString> *names)
{
    if (const Json *p = c.object(j, "parameters", QStringLiteral("/parameters"), false)) {
        for (auto it = p->begin(); it != p->end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            const QString path = QStringLiteral("/parameters/") + pointerEscape(it.key());
            if (!identifier().match(key).hasMatch())
                c.add(path, Text::tr("is not a valid parameter name (letters, digits and '_', not starting with a digit)"));
            else if (!isScalar(it.value()))
                c.add(path, Text::tr("must be a number, text or true/false, got %1").arg(json::describe(it.value())));
            else if (it.value().is_string() && json::str(it.value()).contains(QChar(0)))
                c.add(path, Text::tr("must not contain a NUL character"));  // the script refused it only later
            names->insert(key);
        }
    }
    const Json *s = c.object(j, "sweep", QStringLiteral("/sweep"), false);
    if (!s)
        return;
    const QString base = QStringLiteral("/sweep");
    c.knownKeys(*s, base, {QStringLiteral("mode"), QStringLiteral("axes"), QStringLiteral("samples"),
                           QStringLiteral("seed"), QStringLiteral("max_concurrent")});
    c.oneOf(*s, "mode", base + QStringLiteral("/mode"), {QStringLiteral("grid"), QStringLiteral("random")});
    const bool random = s->contains("mode") && (*s)["mode"] == "random";
    if (random && !s->contains("samples"))
        c.add(base + QStringLiteral("/samples"), Text::tr("is missing; a random sweep needs the number of draws"));
    c.wholeNumber(*s, "samples", base + QStringLiteral("/samples"), 1, 1000000);
    c.wholeNumber(*s, "seed", base + QStringLiteral("/seed"), 0, std::numeric_limits<int>::max());
    c.wholeNumber(*s, "max_concurrent", base + QStringLiteral("/max_concurrent"), 1, 1000000);
    const Json *axes = c.object(*s, "axes", base + QStringLiteral("/axes"), true);
    if (!axes)
        return;
    if (axes->empty())
        c.add(base + QStringLiteral("/axes"), Text::tr("has no axes; add one such as \"lr\": [1e-4, 3e-4] or remove the sweep"));
    for (auto it = axes->begin(); it != axes->end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        const QString path = base + QStringLiteral("/axes/") + pointerEscape(it.key());
        if (!identifier().match(key).hasMatch()) {
            c.add(path, Text::tr("is not a valid parameter name (letters, digits and '_', not starting with a digit)"));
            continue;
        }
        names->insert(key);
        if (!it.value().is_array() || it.value().empty()) {
            c.add(path, Text::tr("must be a non-empty list of values, got %1").arg(json::describe(it.value())));
            continue;
        }
        int i = 0;
        for (const auto &v : it.value()) {
            if (!isScalar(v))
                c.add(path + QStringLiteral("/%1").arg(i), Text::tr("must be a number, text or true/false, got %1").arg(json::describe(v)));
            // A NUL went into the parameter table as is and bash dropped it when reading the row: the
            // task silently got another value ("a\0b" ran as "ab").
            else if (v.is_string() && json::str(v).contains(QChar(0)))
                c.add(path + QStringLiteral("/%1").arg(i), Text::tr("must not contain a NUL character"));
            ++i;
        }
    }
}

void checkMetrics(Checker &c, const Json &m)
{
    const QString base = QStringLiteral("/metrics");
    c.knownKeys(m, base, {QStringLiteral("path"), QStringLiteral("format"), QStringLiteral("pattern")});
    c.string(m, "path", base + QStringLiteral("/path"), false);
    if (auto p = m.find("path"); p != m.end() && p->is_string())
        c.relativePath(json::str(*p), base + QStringLiteral("/path"));
    const QStringList formats{QStringLiteral("jsonl"), QStringLiteral("csv"), QStringLiteral("hf-trainer"),
                              QStringLiteral("mlflow"), QStringLiteral("tensorboard"), QStringLiteral("regex")};
    c.oneOf(m, "format", base + QStringLiteral("/format"), formats);
    if (m.contains("format") && m["format"] == "regex") {
        c.string(m, "pattern", base + QStringLiteral("/pattern"), true);
        if (auto p = m.find("pattern"); p != m.end() && p->is_string()) {
            const QRegularExpression re(json::str(*p));
            if (!re.isValid())
                c.add(base + QStringLiteral("/pattern"), Text::tr("is not a valid regular expression: %1").arg(re.errorString()));
            else if (!re.namedCaptureGroups().contains(QStringLiteral("step")))
                c.add(base + QStringLiteral("/pattern"), Text::tr("needs a named group (?<step>…) and one per metric"));
        }
    }
}

}  // namespace

Issues Experiment::validate(const Json &j)
{
    Checker c;
    if (!j.is_object()) {
        c.add(QString(), Text::tr("an experiment file must hold one JSON object ({ … }), got %1").arg(json::describe(j)));
        return c.issues;
    }
    c.knownKeys(j, QString(), {QStringLiteral("schema"), QStringLiteral("name"), QStringLiteral("kind"),
                               QStringLiteral("cluster"), QStringLiteral("resources"), QStringLiteral("environment"),
                               QStringLiteral("files"), QStringLiteral("command"), QStringLiteral("parameters"),
                               QStringLiteral("sweep"), QStringLiteral("metrics"), QStringLiteral("finetune")});
    if (!j.contains("schema"))
        c.add(QStringLiteral("/schema"), Text::tr("is missing; add \"schema\": \"%1\"").arg(schemaId()));
    else if (j["schema"] != schemaId().toStdString())
        c.add(QStringLiteral("/schema"), Text::tr("must be \"%1\", got %2").arg(schemaId(), json::describe(j["schema"])));

    // Names become job names and run-folder names: keep them to characters every filesystem accepts.
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]{0,63}$"));
    c.string(j, "name", QStringLiteral("/name"), true, &name,
             Text::tr("must be 1–64 letters, digits, '.', '_' or '-', not starting with '.' or '-'"));
    c.oneOf(j, "kind", QStringLiteral("/kind"), {QStringLiteral("cluster"), QStringLiteral("local-finetune")});
    static const QRegularExpression profile(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]{0,63}$"));
    c.string(j, "cluster", QStringLiteral("/cluster"), false, &profile, Text::tr("must be a profile name"));

    if (const Json *r = c.object(j, "resources", QStringLiteral("/resources"), false))
        checkResources(c, *r);
    if (const Json *e = c.object(j, "environment", QStringLiteral("/environment"), false))
        checkEnvironment(c, *e);
    if (const Json *f = c.object(j, "files", QStringLiteral("/files"), false)) {
        c.knownKeys(*f, QStringLiteral("/files"), {QStringLiteral("upload")});
        c.relativePathList(*f, "upload", QStringLiteral("/files/upload"));
    }
    QSet<QString> names;
    checkParametersAndSweep(c, j, &names);
    if (const Json *m = c.object(j, "metrics", QStringLiteral("/metrics"), false))
        checkMetrics(c, *m);

    const bool finetune = j.contains("kind") && j["kind"] == "local-finetune";
    c.string(j, "command", QStringLiteral("/command"), !finetune);
    c.noCrLf(j, "command", QStringLiteral("/command"));
    if (auto cmd = j.find("command"); cmd != j.end() && cmd->is_string() && json::str(*cmd).endsWith(QLatin1Char('\r')))
        c.noCrLf(json::str(*cmd) + QLatin1Char('\n'), QStringLiteral("/command"));  // the script adds the '\n
    if (auto cmd = j.find("command"); cmd != j.end() && cmd->is_string()) {
        for (const QString &ph : commandPlaceholders(json::str(*cmd)))
            if (!names.contains(ph))
                c.add(QStringLiteral("/command"),
                      Text::tr("uses {%1}, which is neither a parameter nor a sweep axis; add \"%1\" to \"parameters\" "
                         "or write {{%1}} for literal braces").arg(ph));
    }
    if (auto ft = j.find("finetune"); ft != j.end() && !ft->is_null() && !ft->is_object())
        c.add(QStringLiteral("/finetune"), Text::tr("must be an object ({ … }), got %1").arg(json::describe(*ft)));
    return c.issues;
}

}  // namespace fab
