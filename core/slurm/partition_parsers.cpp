#include "core/slurm/partition_parsers.h"

#include "core/slurm/commands.h"
#include "core/slurm/job_parsers.h"
#include "core/slurm/parse_util.h"

#include <QSet>

namespace fab {

using json::Json;
using namespace slurmparse;

namespace {

// One node (or a group of identical nodes) as seen in one partition.
struct NodeView {
    QString partition;
    bool isDefault = false;
    QString partitionState;
    int count = 1;
    std::optional<int> idle;  // how many of `count` are idle; nullopt: decide from state
    QString state;            // lower case, flags joined: "idle", "mixed", "idle drain", "down*"
    QString gres, gresUsed;
    std::optional<qint64> maxTime, defaultTime;
};

bool usable(const QString &state)
{
    static const char *const bad[] = {"down", "drain", "fail", "maint", "reboot", "future", "inval", "unknown",
                                      "not_responding", "planned", "power_down", "powering_down"};
    if (state.isEmpty() || state.contains(QLatin1Char('*')))  // '*': not responding
        return false;
    for (const char *b : bad)
        if (state.contains(QLatin1String(b)))
            return false;
    return true;
}

// Nodes grouped per partition, in first-seen order.
QList<Partition> aggregate(const QList<NodeView> &views)
{
    QList<Partition> out;
    QHash<QString, qsizetype> index;
    QSet<QString> freeUnknown;  // a usable node whose GPUs in use could not be read
    for (const NodeView &v : views) {
        if (v.partition.isEmpty())
            continue;
        auto it = index.find(v.partition);
        if (it == index.end()) {
            Partition p;
            p.name = v.partition;
            p.nodesTotal = 0;
            p.nodesIdle = 0;
            it = index.insert(v.partition, out.size());
            out << p;
        }
        Partition &p = out[*it];
        p.isDefault = p.isDefault || v.isDefault;
        if (p.state.isEmpty())
            p.state = v.partitionState;
        if (!p.maxTimeSeconds)
            p.maxTimeSeconds = v.maxTime;
        if (!p.defaultTimeSeconds)
            p.defaultTimeSeconds = v.defaultTime;
        *p.nodesTotal += v.count;
        const bool isIdle = v.state.startsWith(QLatin1String("idle")) && usable(v.state);
        *p.nodesIdle += v.idle.value_or(isIdle ? v.count : 0);
        QString type;
        const auto perNode = gresGpus(v.gres, &type);
        if (!perNode)
            continue;  // a node without GPUs: counts only as a node
        if (type == QLatin1String("(null)"))
            type.clear();
        if (p.gpuType.isEmpty())
            p.gpuType = type;
        p.gpusPerNode = std::max(p.gpusPerNode.value_or(0), *perNode);
        p.gpusTotal = p.gpusTotal.value_or(0) + *perNode * v.count;
        const auto used = v.gresUsed.isEmpty() ? std::optional<int>() : gresGpus(v.gresUsed);
        if (!usable(v.state))
            p.freeGpus = p.freeGpus.value_or(0);
        else if (used)
            p.freeGpus = p.freeGpus.value_or(0) + std::max(0, *perNode - *used) * v.count;
        else if (v.gresUsed.startsWith(QLatin1String("(null)")) || v.gresUsed == QLatin1String("N/A"))
            p.freeGpus = p.freeGpus.value_or(0) + *perNode * v.count;
        else
            freeUnknown.insert(p.name);
    }
    for (Partition &p : out) {
        // sinfo lists every GRES a node has: none for GPUs is a real 0.
        if (!p.gpusPerNode) {
            p.gpusPerNode = 0;
            p.gpusTotal = 0;
            p.freeGpus = 0;
        }
        // A sum over some of the nodes would look like a fact: unknown instead.
        if (freeUnknown.contains(p.name))
            p.freeGpus.reset();
    }
    return out;
}

std::optional<qint64> jsonMinutes(const Json *v)
{
    if (!v)
        return std::nullopt;
    bool infinite = false;
    const auto m = jsonInteger(*v, &infinite);
    if (infinite || (m && *m == 0xffffffffLL))
        return kUnlimitedSeconds;
    if (!m || *m < 0 || *m >= 0xfffffffeLL)
        return std::nullopt;
    return *m * 60;
}

}  // namespace

Parsed<Partition> parseSinfoJson(const QByteArray &output)
{
    Parsed<Partition> p;
    QString error;
    const auto j = parseJson(output, &error);
    if (!j || !j->is_object()) {
        noteProblem(&p, QStringLiteral("sinfo --json: %1").arg(error.isEmpty() ? QStringLiteral("not an object") : error));
        return p;
    }
    const Json *pluginType = jsonAt(*j, {"meta", "plugin", "type"});
    const Json *dataParser = jsonAt(*j, {"meta", "plugin", "data_parser"});
    p.format = QStringLiteral("sinfo json %1")
                   .arg(dataParser ? jsonString(*dataParser)
                        : pluginType ? jsonString(*pluginType).section(QLatin1Char('/'), -1)
                                     : QString())
                   .trimmed();
    QList<NodeView> views;
    if (const Json *groups = jsonAt(*j, {"sinfo"}); groups && groups->is_array()) {
        // v0.0.39+: node groups, each with its partition.
        for (const Json &g : *groups) {
            if (!g.is_object()) {
                noteProblem(&p, QStringLiteral("sinfo --json: an entry is not an object"));
                continue;
            }
            NodeView v;
            const Json *name = jsonAt(g, {"partition", "name"});
            v.partition = name ? jsonString(*name) : QString();
            if (v.partition.isEmpty()) {
                noteProblem(&p, QStringLiteral("sinfo --json: an entry without partition name"));
                continue;
            }
            if (const Json *s = jsonAt(g, {"partition", "partition", "state"}))
                v.partitionState = jsonState(*s).toLower();
            v.maxTime = jsonMinutes(jsonAt(g, {"partition", "maximums", "time"}));
            v.defaultTime = jsonMinutes(jsonAt(g, {"partition", "defaults", "time"}));
            if (const Json *s = jsonAt(g, {"node", "state"}))
                v.state = jsonState(*s).toLower();
            const Json *total = jsonAt(g, {"nodes", "total"});
            const auto n = total ? jsonInteger(*total) : std::nullopt;
            v.count = n && *n >= 0 && *n < 10000000 ? int(*n) : 1;
            if (const Json *idle = jsonAt(g, {"nodes", "idle"}))
                if (const auto i = jsonInteger(*idle); i && *i >= 0 && *i <= v.count)
                    v.idle = int(*i);
            if (const Json *gt = jsonAt(g, {"gres", "total"}))
                v.gres = jsonString(*gt);
            if (const Json *gu = jsonAt(g, {"gres", "used"}))
                v.gresUsed = jsonString(*gu);
            views << v;
        }
    } else if (const Json *nodes = jsonAt(*j, {"nodes"}); nodes && nodes->is_array()) {
        // v0.0.37/38: nodes with the partitions they belong to.
        for (const Json &n : *nodes) {
            if (!n.is_object() || !n.contains("partitions") || !n["partitions"].is_array()) {
                noteProblem(&p, QStringLiteral("sinfo --json: a node without partitions"));
                continue;
            }
            NodeView v;
            v.state = jsonState(n.value("state", Json())).toLower();
            if (const Json *flags = jsonAt(n, {"state_flags"}); flags && flags->is_array() && !flags->empty())
                v.state += QLatin1Char(' ') + jsonState(*flags).toLower();
            v.gres = jsonString(n.value("gres", Json()));
            v.gresUsed = jsonString(n.value("gres_used", Json()));
            for (const Json &part : n["partitions"]) {
                v.partition = jsonString(part);
                views << v;
            }
        }
    } else {
        noteProblem(&p, QStringLiteral("sinfo --json: neither \"sinfo\" nor \"nodes\" list"));
        return p;
    }
    p.rows = aggregate(views);
    return p;
}

Parsed<Partition> parseSinfoText(const QByteArray &output)
{
    Parsed<Partition> p;
    p.format = QStringLiteral("sinfo -O");
    QList<NodeView> views;
    for (const QString &line : lines(output)) {
        if (line.trimmed().isEmpty())
            continue;
        const auto f = splitFields(line, slurmcmd::kSinfoFields);
        if (!f || (*f)[0].trimmed().isEmpty()) {
            noteProblem(&p, line);
            continue;
        }
        NodeView v;
        v.partition = (*f)[0].trimmed();
        if (v.partition.endsWith(QLatin1Char('*'))) {
            v.partition.chop(1);
            v.isDefault = true;
        }
        v.partitionState = (*f)[1].trimmed().toLower();
        v.state = (*f)[3].trimmed().toLower();
        v.gres = (*f)[4].trimmed();
        v.gresUsed = (*f)[5].trimmed();
        v.maxTime = duration((*f)[6]);
        v.defaultTime = duration((*f)[7]);
        views << v;
    }
    p.rows = aggregate(views);
    return p;
}

Parsed<Partition> parseSinfo(const QByteArray &output)
{
    return looksLikeJson(output) ? parseSinfoJson(output) : parseSinfoText(output);
}

Parsed<Partition> parseScontrolPartitions(const QByteArray &output)
{
    Parsed<Partition> p;
    p.format = QStringLiteral("scontrol show partition");
    for (const QString &line : lines(output)) {
        if (line.trimmed().isEmpty())
            continue;
        const auto kv = keyValues(line, QLatin1Char(' '));
        const QString name = kv.value(QStringLiteral("PartitionName"));
        if (name.isEmpty()) {
            noteProblem(&p, line);
            continue;
        }
        Partition part;
        part.name = name;
        part.isDefault = kv.value(QStringLiteral("Default")) == QLatin1String("YES");
        part.state = kv.value(QStringLiteral("State")).toLower();
        part.maxTimeSeconds = duration(kv.value(QStringLiteral("MaxTime")));
        part.defaultTimeSeconds = duration(kv.value(QStringLiteral("DefaultTime")));
        if (const auto n = integer(kv.value(QStringLiteral("TotalNodes"))))
            part.nodesTotal = int(*n);
        // TRES=cpu=2,mem=…,gres/gpu=2 is the partition's total; per node needs the node view.
        const int tres = int(line.indexOf(QLatin1String(" TRES=")));
        if (tres >= 0) {
            const QString value = line.mid(tres + 6).section(QLatin1Char(' '), 0, 0);
            part.gpusTotal = tresGpus(value);
            if (!part.gpusTotal && !value.isEmpty())
                part.gpusTotal = 0;
        }
        p.rows << part;
    }
    return p;
}

QList<Partition> mergePartitions(QList<Partition> base, const QList<Partition> &extra)
{
    for (const Partition &e : extra) {
        auto it = std::find_if(base.begin(), base.end(), [&](const Partition &b) { return b.name == e.name; });
        if (it == base.end()) {
            base << e;
            continue;
        }
        it->isDefault = it->isDefault || e.isDefault;
        if (it->state.isEmpty())
            it->state = e.state;
        if (!it->nodesTotal)
            it->nodesTotal = e.nodesTotal;
        if (!it->nodesIdle)
            it->nodesIdle = e.nodesIdle;
        if (!it->gpusPerNode)
            it->gpusPerNode = e.gpusPerNode;
        if (it->gpuType.isEmpty())
            it->gpuType = e.gpuType;
        if (!it->gpusTotal)
            it->gpusTotal = e.gpusTotal;
        if (!it->freeGpus)
            it->freeGpus = e.freeGpus;
        if (!it->defaultTimeSeconds)
            it->defaultTimeSeconds = e.defaultTimeSeconds;
        if (!it->maxTimeSeconds)
            it->maxTimeSeconds = e.maxTimeSeconds;
    }
    return base;
}

}  // namespace fab
