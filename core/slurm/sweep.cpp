#include "core/slurm/sweep.h"

#include <QCoreApplication>
#include <QSet>

namespace fab {

using json::Json;

std::uint64_t SplitMix64::next()
{
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

std::uint64_t SplitMix64::below(std::uint64_t bound)
{
    // 2^64 mod bound values at the bottom of the range would make small results more likely.
    const std::uint64_t threshold = (0 - bound) % bound;
    for (;;) {
        const std::uint64_t r = next();
        if (r >= threshold)
            return r % bound;
    }
}

QString parameterText(const Json &value)
{
    if (value.is_string())
        return json::str(value);
    if (value.is_boolean())
        return value.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.is_number())
        return QString::fromStdString(value.dump());
    if (value.is_null())
        return QString();
    return QString::fromStdString(value.dump());
}

namespace {

// lupdate reads the context from this declaration.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::Sweep)
};

}  // namespace

std::optional<SweepTable> expandSweep(const Experiment &x, Issues *issues)
{
    SweepTable t;
    QList<Json> base;
    if (x.parameters.is_object())
        for (auto it = x.parameters.begin(); it != x.parameters.end(); ++it) {
            t.columns << QString::fromStdString(it.key());
            base << it.value();
        }
    if (!x.sweep) {
        t.rows << base;
        return t;
    }
    const Experiment::Sweep &s = *x.sweep;
    struct Axis {
        int column;
        QList<Json> values;
    };
    QList<Axis> axes;
    if (!s.axes.is_object() || s.axes.empty()) {
        issues->append({QStringLiteral("/sweep/axes"), Text::tr("has no axes; add one such as \"lr\": [1e-4, 3e-4]")});
        return std::nullopt;
    }
    qint64 combinations = 1;
    for (auto it = s.axes.begin(); it != s.axes.end(); ++it) {
        const QString name = QString::fromStdString(it.key());
        if (!it.value().is_array() || it.value().empty()) {
            issues->append({QStringLiteral("/sweep/axes/") + name, Text::tr("must be a non-empty list of values")});
            return std::nullopt;
        }
        Axis a;
        a.column = int(t.columns.indexOf(name));
        if (a.column < 0) {
            a.column = int(t.columns.size());
            t.columns << name;
            base << Json();
        }
        for (const Json &v : it.value())
            a.values << v;
        t.sweptColumns << name;
        // Saturate: only "more than the limit" matters.
        combinations = std::min<qint64>(combinations * a.values.size(), kMaxSweepTasks + 1);
        axes << a;
    }

    auto rowFor = [&](qint64 index) {
        // Mixed radix, last axis least significant: the grid order of itertools.product.
        QList<Json> row = base;
        for (qsizetype k = axes.size() - 1; k >= 0; --k) {
            const qint64 n = axes[k].values.size();
            row[axes[k].column] = axes[k].values[index % n];
            index /= n;
        }
        return row;
    };

    if (s.mode == QLatin1String("random")) {
        if (s.samples < 1) {
            issues->append({QStringLiteral("/sweep/samples"), Text::tr("must be at least 1 for a random sweep")});
            return std::nullopt;
        }
        if (combinations > kMaxSweepTasks) {
            issues->append({QStringLiteral("/sweep/axes"),
                            Text::tr("have more than %1 combinations; a random sweep draws from at most that many")
                                .arg(kMaxSweepTasks)});
            return std::nullopt;
        }
        if (s.samples > combinations) {
            issues->append({QStringLiteral("/sweep/samples"),
                            Text::tr("asks for %1 different combinations but the axes have only %2; lower it or use "
                               "\"mode\": \"grid\"")
                                .arg(s.samples)
                                .arg(combinations)});
            return std::nullopt;
        }
        // Floyd's algorithm: `samples` distinct indices in as many draws, in a seed-determined order.
        SplitMix64 rng(static_cast<std::uint64_t>(s.seed));
        QSet<qint64> chosen;
        QList<qint64> order;
        for (qint64 j = combinations - s.samples; j < combinations; ++j) {
            const qint64 r = qint64(rng.below(std::uint64_t(j + 1)));
            const qint64 pick = chosen.contains(r) ? j : r;
            chosen.insert(pick);
            order << pick;
        }
        for (qint64 index : order)
            t.rows << rowFor(index);
        return t;
    }

    if (combinations > kMaxSweepTasks) {
        issues->append({QStringLiteral("/sweep/axes"),
                        Text::tr("make more than %1 tasks; split the sweep or use \"mode\": \"random\" with fewer "
                           "samples")
                            .arg(kMaxSweepTasks)});
        return std::nullopt;
    }
    for (qint64 i = 0; i < combinations; ++i)
        t.rows << rowFor(i);
    return t;
}

std::optional<qint64> sweepTaskCount(const Experiment &x)
{
    if (!x.sweep)
        return 1;
    if (!x.sweep->axes.is_object() || x.sweep->axes.empty())
        return std::nullopt;
    if (x.sweep->mode == QLatin1String("random"))
        return x.sweep->samples >= 1 ? std::optional<qint64>(x.sweep->samples) : std::nullopt;
    qint64 n = 1;
    for (auto it = x.sweep->axes.begin(); it != x.sweep->axes.end(); ++it) {
        if (!it.value().is_array() || it.value().empty())
            return std::nullopt;
        n = std::min<qint64>(n * qint64(it.value().size()), qint64(1) << 40);  // saturate, never overflow
    }
    return n;
}

static void appendEscaped(QByteArray *out, const QByteArray &value)
{
    for (const char c : value) {
        switch (c) {
        case '\t': *out += "\\t"; break;
        case '\n': *out += "\\n"; break;
        case '\r': *out += "\\r"; break;
        case '\\': *out += "\\\\"; break;
        default: *out += c;
        }
    }
}

QByteArray sweepTableTsv(const SweepTable &table)
{
    QList<qsizetype> swept;
    for (const QString &name : table.sweptColumns)
        swept << table.columns.indexOf(name);
    QByteArray out;
    for (qsizetype c = 0; c < swept.size(); ++c) {
        if (c)
            out += '\t';
        out += table.columns.value(swept[c]).toUtf8();  // identifiers (validated): nothing to escape
    }
    out += '\n';
    for (const auto &row : table.rows) {
        for (qsizetype c = 0; c < swept.size(); ++c) {
            if (c)
                out += '\t';
            appendEscaped(&out, parameterText(row.value(swept[c])).toUtf8());
        }
        out += '\n';
    }
    return out;
}

std::optional<QList<QByteArray>> decodeTsvRow(QByteArrayView line)
{
    QList<QByteArray> fields(1);
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '\t') {
            fields.append(QByteArray());
        } else if (c == '\\') {
            if (++i >= line.size())
                return std::nullopt;
            switch (line[i]) {
            case 't': fields.last() += '\t'; break;
            case 'n': fields.last() += '\n'; break;
            case 'r': fields.last() += '\r'; break;
            case '\\': fields.last() += '\\'; break;
            default: return std::nullopt;
            }
        } else if (c == '\n') {
            return std::nullopt;
        } else {
            fields.last() += c;
        }
    }
    return fields;
}

}  // namespace fab
