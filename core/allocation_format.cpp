#include "core/allocation_format.h"

#include <QCoreApplication>
#include <cmath>

namespace fab {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::AllocationFormat)
};

QString unknown() { return Text::tr("unknown"); }

// A plain-text table: columns padded to their widest cell, numbers right-aligned so digits line up.
QString renderTable(const QStringList &header, const QList<QStringList> &rows, const QList<bool> &rightAligned)
{
    QList<qsizetype> width(header.size(), 0);
    for (qsizetype c = 0; c < header.size(); ++c)
        width[c] = header[c].size();
    for (const QStringList &r : rows)
        for (qsizetype c = 0; c < r.size() && c < width.size(); ++c)
            width[c] = std::max(width[c], r[c].size());
    const auto line = [&](const QStringList &cells) {
        QString out;
        for (qsizetype c = 0; c < header.size(); ++c) {
            const QString cell = cells.value(c);
            const bool last = c + 1 == header.size();
            if (rightAligned.value(c))
                out += cell.rightJustified(width[c]);
            else
                out += last ? cell : cell.leftJustified(width[c]);
            if (!last)
                out += QStringLiteral("  ");
        }
        // Left-aligned last cells are not padded; a right-aligned one needs no trimming either.
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        return out + QLatin1Char('\n');
    };
    QString out = line(header);
    for (const QStringList &r : rows)
        out += line(r);
    return out;
}

json::Json number(const std::optional<double> &v)
{
    return v && std::isfinite(*v) ? json::Json(*v) : json::Json(nullptr);
}
template <class T>
json::Json integer(const std::optional<T> &v)
{
    return v ? json::Json(*v) : json::Json(nullptr);
}
json::Json seconds(const std::optional<qint64> &v)
{
    if (!v)
        return nullptr;
    return *v >= kUnlimitedSeconds ? json::Json("unlimited") : json::Json(*v);
}
json::Json date(const std::optional<QDate> &d)
{
    return d && d->isValid() ? json::fromQString(d->toString(Qt::ISODate)) : json::Json(nullptr);
}
void problemsJson(int unparsed, const QStringList &problems, const QString &format, json::Json *into)
{
    (*into)["format"] = json::fromQString(format);
    (*into)["unparsed"] = unparsed;
    json::Json list = json::Json::array();
    for (const QString &p : problems)
        list.push_back(json::fromQString(p));
    (*into)["problems"] = list;
}

QString footer(int unparsed, const QStringList &problems, const QString &format)
{
    const QString trouble = describeParseProblems(unparsed, problems, format);
    return trouble.isEmpty() ? QString() : QLatin1Char('\n') + trouble + QLatin1Char('\n');
}

}  // namespace

int amountDecimals(double value)
{
    const double a = std::fabs(value);
    return a < 10 ? 2 : a < 1000 ? 1 : 0;
}

QString formatAmount(const std::optional<double> &value)
{
    if (!value || !std::isfinite(*value))
        return unknown();
    return QString::number(*value, 'f', amountDecimals(*value));
}

std::optional<double> percentUsed(const Allocation &a)
{
    if (!a.granted || !a.used || !(*a.granted > 0))
        return std::nullopt;
    return *a.used / *a.granted * 100.0;
}

QString formatSlurmDuration(qint64 s)
{
    if (s >= kUnlimitedSeconds)
        return Text::tr("unlimited");
    const qint64 d = s / 86400, h = (s % 86400) / 3600, m = (s % 3600) / 60, sec = s % 60;
    const QString hms = QStringLiteral("%1:%2:%3")
                            .arg(h, 2, 10, QLatin1Char('0'))
                            .arg(m, 2, 10, QLatin1Char('0'))
                            .arg(sec, 2, 10, QLatin1Char('0'));
    return d > 0 ? QStringLiteral("%1-%2").arg(d).arg(hms) : hms;
}

QString formatPeriod(const Allocation &a)
{
    const bool from = a.periodStart && a.periodStart->isValid();
    const bool to = a.periodEnd && a.periodEnd->isValid();
    if (from && to)
        return Text::tr("%1 – %2").arg(a.periodStart->toString(Qt::ISODate), a.periodEnd->toString(Qt::ISODate));
    if (to)
        return Text::tr("until %1").arg(a.periodEnd->toString(Qt::ISODate));
    if (from)
        return Text::tr("from %1").arg(a.periodStart->toString(Qt::ISODate));
    return unknown();
}

QString describeParseProblems(int unparsed, const QStringList &problems, const QString &format)
{
    QStringList out;
    const QString tool = format.isEmpty() ? Text::tr("the scheduler's") : format;
    if (unparsed > 0) {
        out << Text::tr("%n line(s) of %1 output could not be read; what could not be read is shown as unknown.",
                        nullptr, unparsed)
                   .arg(tool);
    } else {
        // Without unreadable lines, what the list holds are the scheduler's own errors (a command
        // that failed, a budget tool that said nothing useful): they are the message.
        for (const QString &p : problems)
            out << p;
    }
    return out.join(QLatin1Char('\n'));
}

QString formatAllocationsTable(const Parsed<Allocation> &allocations)
{
    QString out;
    if (allocations.rows.isEmpty()) {
        out = Text::tr("No allocations reported.") + QLatin1Char('\n');
    } else {
        const QStringList header{Text::tr("ACCOUNT"), Text::tr("SCOPE"),  Text::tr("RESOURCE"), Text::tr("GRANTED"),
                                 Text::tr("USED"),    Text::tr("LEFT"),   Text::tr("USED %"),   Text::tr("PERIOD"),
                                 Text::tr("SOURCE")};
        const QList<bool> right{false, false, false, true, true, true, true, false, false};
        QList<QStringList> rows;
        for (const Allocation &a : allocations.rows) {
            const auto pct = percentUsed(a);
            rows << QStringList{a.title.isEmpty() ? a.account : Text::tr("%1 (%2)").arg(a.account, a.title),
                                a.scope,
                                resourceKindName(a.kind),
                                formatAmount(a.granted),
                                formatAmount(a.used),
                                formatAmount(a.left),
                                pct ? QString::number(*pct, 'f', 1) : unknown(),
                                formatPeriod(a),
                                a.source};
            // Who used what, indented under the account, in the account's unit.
            for (const UserUsage &u : a.users)
                rows << QStringList{QStringLiteral("  ") + (u.fullName.isEmpty() ? u.user : Text::tr("%1 (%2)").arg(u.user, u.fullName)),
                                    QString(), QString(), QString(), formatAmount(u.used), QString(),
                                    u.percent ? QString::number(*u.percent, 'f', 1) : QString(), QString(), QString()};
        }
        out = renderTable(header, rows, right);
        QStringList notes;
        for (const Allocation &a : allocations.rows)
            if (!a.note.isEmpty() && !notes.contains(a.note))
                notes << a.note;
        for (const QString &n : notes)
            out += n + QLatin1Char('\n');
    }
    return out + footer(allocations.unparsed, allocations.problems, allocations.format);
}

QString formatPartitionsTable(const Parsed<Partition> &partitions)
{
    QString out;
    if (partitions.rows.isEmpty()) {
        out = Text::tr("No partitions reported.") + QLatin1Char('\n');
    } else {
        const QStringList header{Text::tr("PARTITION"), Text::tr("STATE"),     Text::tr("NODES IDLE/TOTAL"),
                                 Text::tr("GPUS/NODE"), Text::tr("GPU TYPE"),  Text::tr("FREE GPUS"),
                                 Text::tr("DEFAULT TIME"), Text::tr("MAX TIME")};
        const QList<bool> right{false, false, true, true, false, true, true, true};
        const auto num = [](const std::optional<int> &v) { return v ? QString::number(*v) : unknown(); };
        const auto time = [](const std::optional<qint64> &v) { return v ? formatSlurmDuration(*v) : unknown(); };
        QList<QStringList> rows;
        for (const Partition &p : partitions.rows)
            rows << QStringList{p.isDefault ? p.name + QLatin1Char('*') : p.name,
                                p.state.isEmpty() ? unknown() : p.state,
                                Text::tr("%1/%2").arg(num(p.nodesIdle), num(p.nodesTotal)),
                                num(p.gpusPerNode),
                                p.gpuType,
                                num(p.freeGpus),
                                time(p.defaultTimeSeconds),
                                time(p.maxTimeSeconds)};
        out = renderTable(header, rows, right) + Text::tr("* the default partition") + QLatin1Char('\n');
    }
    return out + footer(partitions.unparsed, partitions.problems, partitions.format);
}

json::Json allocationsJson(const Parsed<Allocation> &allocations)
{
    json::Json out = json::Json::object();
    problemsJson(allocations.unparsed, allocations.problems, allocations.format, &out);
    json::Json list = json::Json::array();
    for (const Allocation &a : allocations.rows) {
        json::Json j = json::Json::object();
        j["account"] = json::fromQString(a.account);
        j["title"] = json::fromQString(a.title);
        j["scope"] = json::fromQString(a.scope);
        j["kind"] = json::fromQString(resourceKindName(a.kind));
        j["granted"] = number(a.granted);
        j["used"] = number(a.used);
        j["left"] = number(a.left);
        j["percent_used"] = number(percentUsed(a));
        j["period_start"] = date(a.periodStart);
        j["period_end"] = date(a.periodEnd);
        j["source"] = json::fromQString(a.source);
        j["note"] = json::fromQString(a.note);
        json::Json users = json::Json::array();
        for (const UserUsage &u : a.users) {
            json::Json uj = json::Json::object();
            uj["user"] = json::fromQString(u.user);
            uj["full_name"] = json::fromQString(u.fullName);
            uj["used"] = number(u.used);
            uj["percent"] = number(u.percent);
            users.push_back(uj);
        }
        j["users"] = users;
        list.push_back(j);
    }
    out["allocations"] = list;
    return out;
}

json::Json partitionsJson(const Parsed<Partition> &partitions)
{
    json::Json out = json::Json::object();
    problemsJson(partitions.unparsed, partitions.problems, partitions.format, &out);
    json::Json list = json::Json::array();
    for (const Partition &p : partitions.rows) {
        json::Json j = json::Json::object();
        j["name"] = json::fromQString(p.name);
        j["default"] = p.isDefault;
        j["state"] = p.state.isEmpty() ? json::Json(nullptr) : json::fromQString(p.state);
        j["nodes_total"] = integer(p.nodesTotal);
        j["nodes_idle"] = integer(p.nodesIdle);
        j["gpus_per_node"] = integer(p.gpusPerNode);
        j["gpu_type"] = p.gpuType.isEmpty() ? json::Json(nullptr) : json::fromQString(p.gpuType);
        j["gpus_total"] = integer(p.gpusTotal);
        j["free_gpus"] = integer(p.freeGpus);
        j["default_time_seconds"] = seconds(p.defaultTimeSeconds);
        j["max_time_seconds"] = seconds(p.maxTimeSeconds);
        list.push_back(j);
    }
    out["partitions"] = list;
    return out;
}

}  // namespace fab
