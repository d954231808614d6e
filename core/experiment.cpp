#include "core/experiment.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace fab {

using json::Json;

QString Experiment::schemaId(int version) { return QStringLiteral("fabbrica.experiment/%1").arg(version); }

static Json nullable(const QString &s) { return s.isEmpty() ? Json(nullptr) : json::fromQString(s); }

static QString strAt(const Json &obj, const char *key)
{
    auto it = obj.find(key);
    return it != obj.end() ? json::str(*it) : QString();
}

static int intAt(const Json &obj, const char *key, int fallback)
{
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_number_integer())
        return fallback;
    // Clamped, not truncated: validate() lets gpus_per_node go past int, and 2^31 read as a negative
    // count that no longer validated once saved (tests/fuzz/fuzz_experiment).
    return static_cast<int>(std::clamp<long long>(it->get<long long>(), std::numeric_limits<int>::min(),
                                                  std::numeric_limits<int>::max()));
}

static QStringList stringsAt(const Json &obj, const char *key)
{
    QStringList out;
    auto it = obj.find(key);
    if (it != obj.end() && it->is_array())
        for (const auto &v : *it)
            if (v.is_string())
                out << json::str(v);
    return out;
}

Json Experiment::toJson() const
{
    Json j = Json::object();
    j["schema"] = schemaId().toStdString();
    j["name"] = name.toStdString();
    j["kind"] = kind.toStdString();
    j["cluster"] = nullable(cluster);
    Json r = Json::object();
    r["account"] = nullable(resources.account);
    r["partition"] = nullable(resources.partition);
    r["qos"] = nullable(resources.qos);
    r["nodes"] = resources.nodes;
    r["gpus_per_node"] = resources.gpusPerNode;
    r["cpus_per_task"] = resources.cpusPerTask;
    r["mem"] = nullable(resources.mem);
    r["time"] = nullable(resources.time);
    r["reservation"] = nullable(resources.reservation);
    j["resources"] = r;
    Json e = Json::object();
    e["modules"] = Json::array();
    for (const auto &m : environment.modules)
        e["modules"].push_back(m.toStdString());
    e["container"] = nullable(environment.container);
    e["env"] = Json::object();
    for (const auto &[k, v] : environment.env)
        e["env"][k.toStdString()] = v.toStdString();
    j["environment"] = e;
    Json up = Json::array();
    for (const auto &u : uploads)
        up.push_back(u.toStdString());
    j["files"] = Json{{"upload", up}};
    j["command"] = command.toStdString();
    j["parameters"] = parameters.is_object() ? parameters : Json::object();
    if (sweep) {
        Json s = Json::object();
        s["mode"] = sweep->mode.toStdString();
        s["axes"] = sweep->axes;
        if (sweep->mode == QLatin1String("random")) {
            s["samples"] = sweep->samples;
            s["seed"] = sweep->seed;
        }
        if (sweep->maxConcurrent > 0)
            s["max_concurrent"] = sweep->maxConcurrent;
        j["sweep"] = s;
    } else {
        j["sweep"] = nullptr;
    }
    Json m = Json::object();
    m["path"] = metrics.path.toStdString();
    m["format"] = metrics.format.toStdString();
    if (!metrics.pattern.isEmpty())
        m["pattern"] = metrics.pattern.toStdString();
    j["metrics"] = m;
    if (kind == QLatin1String("local-finetune"))
        j["finetune"] = finetune;
    return j;
}

QByteArray Experiment::toBytes() const { return QByteArray::fromStdString(toJson().dump(2)) + '\n'; }

Experiment Experiment::fromJson(const Json &j)
{
    Experiment x;
    if (!j.is_object())
        return x;
    x.name = strAt(j, "name");
    if (j.contains("kind") && j["kind"].is_string())
        x.kind = strAt(j, "kind");
    x.cluster = strAt(j, "cluster");
    x.command = strAt(j, "command");
    if (auto r = j.find("resources"); r != j.end() && r->is_object()) {
        x.resources.account = strAt(*r, "account");
        x.resources.partition = strAt(*r, "partition");
        x.resources.qos = strAt(*r, "qos");
        x.resources.mem = strAt(*r, "mem");
        x.resources.time = strAt(*r, "time");
        x.resources.reservation = strAt(*r, "reservation");
        x.resources.nodes = intAt(*r, "nodes", 1);
        x.resources.gpusPerNode = intAt(*r, "gpus_per_node", 0);
        x.resources.cpusPerTask = intAt(*r, "cpus_per_task", 1);
    }
    if (auto e = j.find("environment"); e != j.end() && e->is_object()) {
        x.environment.modules = stringsAt(*e, "modules");
        x.environment.container = strAt(*e, "container");
        if (auto env = e->find("env"); env != e->end() && env->is_object())
            for (auto it = env->begin(); it != env->end(); ++it)
                x.environment.env.append({QString::fromStdString(it.key()), json::str(it.value())});
    }
    if (auto f = j.find("files"); f != j.end() && f->is_object())
        x.uploads = stringsAt(*f, "upload");
    if (auto p = j.find("parameters"); p != j.end() && p->is_object())
        x.parameters = *p;
    if (auto s = j.find("sweep"); s != j.end() && s->is_object()) {
        Sweep sw;
        if (s->contains("mode"))
            sw.mode = strAt(*s, "mode");
        if (auto a = s->find("axes"); a != s->end() && a->is_object())
            sw.axes = *a;
        sw.samples = intAt(*s, "samples", 0);
        sw.maxConcurrent = intAt(*s, "max_concurrent", 0);
        sw.seed = intAt(*s, "seed", 0);
        x.sweep = sw;
    }
    if (auto m = j.find("metrics"); m != j.end() && m->is_object()) {
        if (m->contains("path"))
            x.metrics.path = strAt(*m, "path");
        if (m->contains("format"))
            x.metrics.format = strAt(*m, "format");
        x.metrics.pattern = strAt(*m, "pattern");
    }
    if (auto ft = j.find("finetune"); ft != j.end() && ft->is_object())
        x.finetune = *ft;
    return x;
}

bool Experiment::migrate(Json &j, bool *changed, Issue *error)
{
    *changed = false;
    if (!j.is_object())
        return true;  // validate() reports the shape
    auto schemaIt = j.find("schema");
    int version = 0;  // files from before the schema field existed
    if (schemaIt != j.end()) {
        static const QRegularExpression re(QStringLiteral("^fabbrica\\.experiment/(\\d+)$"));
        const auto m = re.match(json::str(*schemaIt));
        if (!m.hasMatch()) {
            *error = {QStringLiteral("/schema"),
                      QCoreApplication::translate("fab::Experiment",
                                                  "must be \"%1\", got %2")
                          .arg(schemaId(), json::describe(*schemaIt))};
            return false;
        }
        version = m.captured(1).toInt();
    }
    if (version > kSchemaVersion) {
        *error = {QStringLiteral("/schema"),
                  QCoreApplication::translate("fab::Experiment",
                                              "this file was written by a newer Fabbrica (schema %1); this version "
                                              "reads schema %2 and older: update Fabbrica to open it")
                      .arg(version).arg(kSchemaVersion)};
        return false;
    }
    if (version == 0) {
        // Schema 0 (drafts before 0.1) said "gpus" and "walltime" in resources, and gave a sweep as a bare
        // object of axes (grid implied). Rename in place so the user's other keys keep their order.
        if (auto r = j.find("resources"); r != j.end() && r->is_object()) {
            Json renamed = Json::object();
            for (auto it = r->begin(); it != r->end(); ++it) {
                const std::string key = it.key() == "gpus" ? "gpus_per_node"
                                       : it.key() == "walltime" ? "time" : it.key();
                renamed[key] = it.value();
            }
            *r = renamed;
        }
        if (auto s = j.find("sweep"); s != j.end() && s->is_object() && !s->contains("axes"))
            *s = Json{{"mode", "grid"}, {"axes", *s}};
        Json upgraded = Json::object();
        upgraded["schema"] = schemaId(1).toStdString();
        for (auto it = j.begin(); it != j.end(); ++it)
            if (it.key() != "schema")
                upgraded[it.key()] = it.value();
        j = upgraded;
        *changed = true;
    }
    return true;
}

Experiment::Loaded Experiment::parse(const QByteArray &bytes)
{
    Loaded out;
    Issue error;
    auto j = json::parse(bytes, &error);
    if (!j) {
        out.issues << error;
        return out;
    }
    if (!migrate(*j, &out.migrated, &error)) {
        out.issues << error;
        return out;
    }
    out.issues = validate(*j);
    if (out.issues.isEmpty())
        out.experiment = fromJson(*j);
    return out;
}

Experiment::Loaded Experiment::load(const QString &path)
{
    QByteArray bytes;
    QString error;
    if (!json::readFile(path, &bytes, &error)) {
        Loaded out;
        out.issues << Issue{QString(), error};
        return out;
    }
    return parse(bytes);
}

bool Experiment::save(const QString &path, QString *error) const
{
    return json::writeFileAtomically(path, toBytes(), error);
}

std::optional<qint64> parseSlurmDuration(const QString &text)
{
    // At most 12 digits a number: the seconds then fit qint64 (a longer day count overflowed the
    // arithmetic below, undefined behaviour; a longer hour field failed toLongLong() and read as 0).
    // Caught by UBSan in tests/fuzz/fuzz_experiment.
    static const QRegularExpression dhms(QStringLiteral("^(\\d{1,12})-(\\d{1,12})(?::(\\d{1,12}))?(?::(\\d{1,12}))?$"));
    static const QRegularExpression hms(QStringLiteral("^(\\d{1,12})(?::(\\d{1,12}))?(?::(\\d{1,12}))?$"));
    const QString t = text.trimmed();
    if (auto m = dhms.match(t); m.hasMatch()) {
        const qint64 d = m.captured(1).toLongLong(), h = m.captured(2).toLongLong();
        const qint64 mi = m.captured(3).toLongLong(), s = m.captured(4).toLongLong();
        if (h > 23 || mi > 59 || s > 59)
            return std::nullopt;
        return ((d * 24 + h) * 60 + mi) * 60 + s;
    }
    if (auto m = hms.match(t); m.hasMatch()) {
        const qint64 a = m.captured(1).toLongLong();
        if (m.captured(2).isEmpty())
            return a * 60;  // "M"
        const qint64 b = m.captured(2).toLongLong();
        if (b > 59)
            return std::nullopt;
        if (m.captured(3).isEmpty())
            return a * 60 + b;  // "M:S"
        const qint64 c = m.captured(3).toLongLong();
        if (c > 59)
            return std::nullopt;
        return (a * 60 + b) * 60 + c;  // "H:M:S"
    }
    return std::nullopt;
}

QStringList commandPlaceholders(const QString &command)
{
    QStringList out;
    for (qsizetype i = 0; i < command.size(); ++i) {
        const QChar c = command[i];
        if ((c == QLatin1Char('{') || c == QLatin1Char('}')) && i + 1 < command.size() && command[i + 1] == c) {
            ++i;  // "{{" or "}}": a literal brace
            continue;
        }
        if (c != QLatin1Char('{') || (i > 0 && command[i - 1] == QLatin1Char('$')))
            continue;
        const qsizetype close = command.indexOf(QLatin1Char('}'), i + 1);
        if (close < 0)
            break;
        const QString name = command.mid(i + 1, close - i - 1);
        static const QRegularExpression ident(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        if (ident.match(name).hasMatch() && !out.contains(name))
            out << name;
        i = close;
    }
    return out;
}

}  // namespace fab
