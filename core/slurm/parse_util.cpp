#include "core/slurm/parse_util.h"

#include "core/experiment.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace fab::slurmparse {

using json::Json;

QStringList lines(const QByteArray &output)
{
    QStringList out = QString::fromUtf8(output).split(QLatin1Char('\n'));
    for (QString &l : out)
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
    while (!out.isEmpty() && out.last().trimmed().isEmpty())
        out.removeLast();
    return out;
}

std::optional<qint64> duration(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.compare(QLatin1String("UNLIMITED"), Qt::CaseInsensitive) == 0 ||
        t.compare(QLatin1String("infinite"), Qt::CaseInsensitive) == 0)
        return kUnlimitedSeconds;
    if (t.isEmpty() || t.size() > 32)
        return std::nullopt;
    return parseSlurmDuration(t.toString());
}

std::optional<QDateTime> timestamp(QStringView text)
{
    // "YYYY-MM-DDTHH:MM:SS" read by hand: sacct prints three per job, and QDateTime::fromString is
    // the slowest part of a 10,000-job listing otherwise.
    const QStringView t = text.trimmed();
    if (t.size() != 19 || t[4] != QLatin1Char('-') || t[7] != QLatin1Char('-') || t[10] != QLatin1Char('T') ||
        t[13] != QLatin1Char(':') || t[16] != QLatin1Char(':'))
        return std::nullopt;
    auto num = [&](int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; ++i) {
            const char16_t c = t[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            v = v * 10 + (c - u'0');
        }
        return v;
    };
    const QDate date(num(0, 4), num(5, 2), num(8, 2));
    const QTime time(num(11, 2), num(14, 2), num(17, 2));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc());
}

std::optional<QDateTime> epoch(qint64 seconds)
{
    // Slurm writes 0 for "not yet" and, in some fields, 2^32-2 (NO_VAL) or INFINITE-like values.
    if (seconds <= 0 || seconds >= 0xfffffffeLL)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

std::optional<qint64> integer(QStringView text)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

std::optional<double> number(QStringView text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QHash<QString, QString> keyValues(QStringView text, QChar separator)
{
    QHash<QString, QString> out;
    for (QStringView part : text.split(separator, Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        out.insert(part.left(eq).trimmed().toString(), part.mid(eq + 1).trimmed().toString());
    }
    return out;
}

std::optional<int> tresGpus(QStringView tres)
{
    const auto kv = keyValues(tres);
    auto it = kv.find(QStringLiteral("gres/gpu"));
    if (it == kv.end())
        return std::nullopt;
    const auto n = integer(*it);
    if (!n || *n < 0 || *n > 1000000000)
        return std::nullopt;
    return int(*n);
}

std::optional<int> gresGpus(QStringView gres, QString *type)
{
    // Split at commas outside parentheses: "gpu:a100:4(S:0-1),nvme:1" — the socket list may hold commas.
    QList<QStringView> entries;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < gres.size(); ++i) {
        if (gres[i] == QLatin1Char('('))
            ++depth;
        else if (gres[i] == QLatin1Char(')'))
            depth = std::max(0, depth - 1);
        else if (gres[i] == QLatin1Char(',') && depth == 0) {
            entries << gres.mid(start, i - start);
            start = i + 1;
        }
    }
    entries << gres.mid(start);
    std::optional<int> total;
    for (QStringView e : entries) {
        e = e.trimmed();
        if (const qsizetype paren = e.indexOf(QLatin1Char('(')); paren >= 0)
            e = e.left(paren);
        if (e.startsWith(QLatin1String("gres:")) || e.startsWith(QLatin1String("gres/")))
            e = e.mid(5);
        const auto parts = e.split(QLatin1Char(':'));
        if (parts.isEmpty() || parts[0] != QLatin1String("gpu"))
            continue;
        // gpu, gpu:N, gpu:TYPE, gpu:TYPE:N
        int count = 1;
        QString gpuType;
        if (parts.size() == 2) {
            if (const auto n = integer(parts[1]))
                count = int(*n);
            else
                gpuType = parts[1].toString();
        } else if (parts.size() >= 3) {
            gpuType = parts[1].toString();
            const auto n = integer(parts[2]);
            if (!n)
                continue;
            count = int(*n);
        }
        if (count < 0)
            continue;
        total = total.value_or(0) + count;
        if (type && type->isEmpty())
            *type = gpuType;
    }
    return total;
}

void splitJobId(const QString &id, Job *job)
{
    job->id = id.trimmed();
    const qsizetype us = job->id.indexOf(QLatin1Char('_'));
    if (us < 0) {
        // "123+0" is a heterogeneous job component: the leading number is the job.
        const qsizetype plus = job->id.indexOf(QLatin1Char('+'));
        job->jobId = integer(plus < 0 ? QStringView(job->id) : QStringView(job->id).left(plus));
        return;
    }
    job->arrayJobId = integer(QStringView(job->id).left(us));
    QStringView task = QStringView(job->id).mid(us + 1);
    if (task.startsWith(QLatin1Char('[')) && task.endsWith(QLatin1Char(']'))) {
        job->arrayTaskRange = task.mid(1, task.size() - 2).toString();
        if (!job->jobId)
            job->jobId = job->arrayJobId;
    } else {
        job->arrayTaskId = integer(task);
    }
}

void exitCodeSignal(QStringView text, Job *job)
{
    const auto parts = text.trimmed().split(QLatin1Char(':'));
    if (parts.size() != 2)
        return;
    const auto code = integer(parts[0]), signal = integer(parts[1]);
    if (code && signal && *code >= 0 && *code < 256 && *signal >= 0 && *signal < 256) {
        job->exitCode = int(*code);
        job->exitSignal = int(*signal);
    }
}

void waitStatus(qint64 status, Job *job)
{
    if (status < 0 || status > 0xffff)
        return;
    job->exitSignal = int(status & 0x7f);
    job->exitCode = job->exitSignal == 0 ? int((status >> 8) & 0xff) : 0;
}

std::optional<QStringList> splitFields(const QString &line, int count, const QList<int> &textColumns)
{
    QStringList f = line.split(QLatin1Char('|'));
    if (f.size() == count + 1 && f.last().isEmpty())
        f.removeLast();
    if (f.size() < count)
        return std::nullopt;
    if (f.size() == count)
        return f;
    const qsizetype surplus = f.size() - count;
    if (textColumns.size() == 1) {
        const int t = textColumns[0];
        if (t < 0 || t >= count)
            return std::nullopt;
        QStringList out = f.mid(0, t);
        out << QStringList(f.mid(t, surplus + 1)).join(QLatin1Char('|'));
        out << f.mid(t + surplus + 1);
        return out;
    }
    if (textColumns.size() != 2 || textColumns[1] != textColumns[0] + 1 || textColumns[0] < 0 ||
        textColumns[1] >= count)
        return std::nullopt;
    const int t = textColumns[0];
    const qsizetype rightCount = count - t - 2;  // fixed fields after the two text fields
    QStringList out = f.mid(0, t);
    const QStringList middle = f.mid(t, f.size() - t - rightCount);
    // The name may hold '|'; the path is where a part starts with '/' (else the last part).
    qsizetype split = middle.size() - 1;
    for (qsizetype i = 1; i < middle.size(); ++i)
        if (middle[i].startsWith(QLatin1Char('/'))) {
            split = i;
            break;
        }
    out << QStringList(middle.mid(0, split)).join(QLatin1Char('|'));
    out << QStringList(middle.mid(split)).join(QLatin1Char('|'));
    out << f.mid(f.size() - rightCount);
    return out;
}

std::optional<Json> parseJson(const QByteArray &bytes, QString *error)
{
    Json j = Json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) {
        if (error)
            *error = QStringLiteral("not valid JSON");
        return std::nullopt;
    }
    return j;
}

std::optional<double> jsonNumber(const Json &v, bool *infinite)
{
    if (infinite)
        *infinite = false;
    if (v.is_number())
        return v.get<double>();
    if (v.is_object()) {
        auto inf = v.find("infinite");
        if (inf != v.end() && inf->is_boolean() && inf->get<bool>()) {
            if (infinite)
                *infinite = true;
            return std::nullopt;
        }
        auto set = v.find("set");
        if (set != v.end() && set->is_boolean() && !set->get<bool>())
            return std::nullopt;
        auto n = v.find("number");
        if (n != v.end() && n->is_number())
            return n->get<double>();
    }
    return std::nullopt;
}

std::optional<qint64> jsonInteger(const Json &v, bool *infinite)
{
    const auto d = jsonNumber(v, infinite);
    if (!d || !std::isfinite(*d) || std::abs(*d) > 9.0e18)
        return std::nullopt;
    return qint64(*d);
}

QString jsonString(const Json &v) { return v.is_string() ? json::str(v) : QString(); }

QString jsonState(const Json &v)
{
    if (v.is_string())
        return json::str(v);
    if (v.is_array()) {
        QStringList parts;
        for (const Json &e : v)
            if (e.is_string())
                parts << json::str(e);
        return parts.join(QLatin1Char(' '));
    }
    return QString();
}

const Json *jsonAt(const Json &v, std::initializer_list<const char *> path)
{
    const Json *cur = &v;
    for (const char *key : path) {
        if (!cur->is_object())
            return nullptr;
        auto it = cur->find(key);
        if (it == cur->end())
            return nullptr;
        cur = &*it;
    }
    return cur;
}

}  // namespace fab::slurmparse
