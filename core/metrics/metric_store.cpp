#include "core/metrics/metric_store.h"

#include "core/history_db.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>
#include <cstring>

namespace fab::metrics {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::MetricStore)
};

constexpr int kRecordBytes = 24;  // int64 step, double time, double value

// SQLite stores a null QString as NULL, which the NOT NULL text columns refuse.
QString notNull(const QString &s) { return s.isNull() ? QString(QLatin1String("")) : s; }

QString sqlError(const QSqlQuery &q) { return q.lastError().text(); }

bool fail(QString *error, const QString &what)
{
    if (error)
        *error = what;
    return false;
}

StreamRecord recordFrom(const QSqlQuery &q)
{
    // Column order of kSelectStream.
    StreamRecord r;
    r.id = q.value(0).toLongLong();
    r.spec.profile = q.value(1).toString();
    r.spec.jobId = q.value(2).toString();
    if (!q.value(3).isNull())
        r.spec.submissionId = q.value(3).toLongLong();
    r.spec.path = q.value(4).toString();
    r.spec.format = q.value(5).toString();
    Issue issue;
    if (auto o = json::parse(q.value(6).toByteArray(), &issue); o && o->is_object())
        r.spec.options = *o;
    r.spec.label = q.value(7).toString();
    r.byteOffset = q.value(8).toLongLong();
    if (auto s = json::parse(q.value(9).toByteArray(), &issue); s && s->is_object())
        r.parserState = *s;
    r.points = q.value(10).toLongLong();
    r.unparsed = q.value(11).toLongLong();
    r.complete = q.value(12).toInt() != 0;
    r.updatedAt = QDateTime::fromSecsSinceEpoch(q.value(13).toLongLong(), Qt::UTC);
    return r;
}

const QString kSelectStream = QStringLiteral(
    "SELECT id, profile, job_id, submission_id, path, format, options, label, byte_offset, parser_state, points, "
    "unparsed, complete, updated_at FROM metric_streams ");

QByteArray dumpJson(const json::Json &j) { return QByteArray::fromStdString(j.dump()); }

}  // namespace

MetricStore::MetricStore(const HistoryDb &db) : m_db(db.database()) { setBusyTimeout(); }

void MetricStore::setBusyTimeout()
{
    // Several connections (GUI thread, metrics thread, the command line) share the file; a writer
    // waits for another's short transaction instead of failing with "database is locked".
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA busy_timeout = 10000"));
}

std::optional<StreamRecord> MetricStore::openStream(const StreamSpec &spec, QString *error)
{
    if (auto existing = findStream(spec.profile, spec.jobId, spec.path)) {
        // The label may have been learned later (the sweep table arrives after the job id).
        if (!spec.label.isEmpty() && spec.label != existing->spec.label) {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("UPDATE metric_streams SET label = ? WHERE id = ?"));
            q.addBindValue(spec.label);
            q.addBindValue(existing->id);
            if (q.exec())
                existing->spec.label = spec.label;
        }
        return existing;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO metric_streams (profile, job_id, submission_id, path, format, options, label, "
                             "byte_offset, parser_state, points, unparsed, complete, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, 0, 0, 0, ?)"));
    q.addBindValue(notNull(spec.profile));
    q.addBindValue(notNull(spec.jobId));
    q.addBindValue(spec.submissionId ? QVariant(*spec.submissionId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(notNull(spec.path));
    q.addBindValue(notNull(spec.format));
    q.addBindValue(dumpJson(spec.options));
    q.addBindValue(notNull(spec.label));
    q.addBindValue(QByteArray("{}"));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec()) {
        fail(error, Text::tr("Cannot record the metrics stream of job %1: %2").arg(spec.jobId, sqlError(q)));
        return std::nullopt;
    }
    return stream(q.lastInsertId().toLongLong());
}

std::optional<StreamRecord> MetricStore::stream(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(kSelectStream + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return recordFrom(q);
}

std::optional<StreamRecord> MetricStore::findStream(const QString &profile, const QString &jobId,
                                                    const QString &path) const
{
    QSqlQuery q(m_db);
    q.prepare(kSelectStream + QStringLiteral("WHERE profile = ? AND job_id = ? AND path = ?"));
    q.addBindValue(profile);
    q.addBindValue(jobId);
    q.addBindValue(path);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return recordFrom(q);
}

QList<StreamRecord> MetricStore::streamsOfJob(const QString &profile, const QString &jobId) const
{
    QList<StreamRecord> out;
    QSqlQuery q(m_db);
    // Array tasks are "JOB_TASK"; the LIKE pattern's own wildcard '_' is escaped.
    q.prepare(kSelectStream +
              QStringLiteral("WHERE profile = ? AND (job_id = ? OR job_id LIKE ? ESCAPE '\\') ORDER BY id"));
    q.addBindValue(profile);
    q.addBindValue(jobId);
    QString prefix = jobId;
    prefix.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    q.addBindValue(prefix + QLatin1String("\\_%"));
    if (!q.exec())
        return out;
    while (q.next())
        out << recordFrom(q);
    return out;
}

std::optional<qint64> MetricStore::nameId(qint64 streamId, const QString &name, QString *error)
{
    const auto key = qMakePair(streamId, name);
    if (auto it = m_nameIds.constFind(key); it != m_nameIds.constEnd())
        return *it;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO metric_names (stream_id, name) VALUES (?, ?)"));
    q.addBindValue(streamId);
    q.addBindValue(name);
    if (!q.exec()) {
        fail(error, sqlError(q));
        return std::nullopt;
    }
    q.prepare(QStringLiteral("SELECT id FROM metric_names WHERE stream_id = ? AND name = ?"));
    q.addBindValue(streamId);
    q.addBindValue(name);
    if (!q.exec() || !q.next()) {
        fail(error, sqlError(q));
        return std::nullopt;
    }
    const qint64 id = q.value(0).toLongLong();
    m_nameIds.insert(key, id);
    return id;
}

QByteArray MetricStore::packPoints(const std::vector<const MetricPoint *> &points)
{
    QByteArray blob(qsizetype(points.size()) * kRecordBytes, Qt::Uninitialized);
    char *p = blob.data();
    for (const MetricPoint *pt : points) {
        quint64 bits[3];
        bits[0] = quint64(pt->step);
        std::memcpy(&bits[1], &pt->time, 8);
        std::memcpy(&bits[2], &pt->value, 8);
        for (quint64 b : bits) {
            qToLittleEndian(b, p);
            p += 8;
        }
    }
    return blob;
}

bool MetricStore::unpackPoints(const QByteArray &blob, MetricSeries &into)
{
    if (blob.size() % kRecordBytes != 0)
        return false;
    const char *p = blob.constData();
    for (qsizetype i = 0; i < blob.size(); i += kRecordBytes, p += kRecordBytes) {
        const quint64 s = qFromLittleEndian<quint64>(p);
        const quint64 t = qFromLittleEndian<quint64>(p + 8);
        const quint64 v = qFromLittleEndian<quint64>(p + 16);
        double time, value;
        std::memcpy(&time, &t, 8);
        std::memcpy(&value, &v, 8);
        into.append(qint64(s), time, value);
    }
    return true;
}

bool MetricStore::begin(QString *error)
{
    // IMMEDIATE takes the write lock up front (waiting up to the busy timeout): a deferred transaction
    // that reads first and writes later can fail at once with SQLITE_BUSY when another connection
    // wrote in between, and the busy handler does not help there.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(error, sqlError(q));
    return true;
}

bool MetricStore::endTransaction(bool commit, QString *error)
{
    QSqlQuery q(m_db);
    if (q.exec(commit ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK")))
        return true;
    return fail(error, sqlError(q));
}

bool MetricStore::appendBatch(const StreamBatch &batch, QString *error)
{
    if (!begin(error))
        return false;
    auto rollback = [&](const QString &why) {
        endTransaction(false, nullptr);
        m_nameIds.clear();  // names inserted in this transaction are gone again
        return fail(error, Text::tr("Cannot store metrics: %1").arg(why));
    };
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT byte_offset, points FROM metric_streams WHERE id = ?"));
    q.addBindValue(batch.streamId);
    if (!q.exec() || !q.next())
        return rollback(Text::tr("no stream %1").arg(batch.streamId));
    const qint64 stored = q.value(0).toLongLong();
    const qint64 storedPoints = q.value(1).toLongLong();
    q.finish();
    if (stored > batch.byteOffset)
        return rollback(Text::tr("the stored offset %1 is already past %2 (another reader of the same file?)")
                            .arg(stored)
                            .arg(batch.byteOffset));

    // Group by name, keeping arrival order within each name.
    std::vector<std::vector<const MetricPoint *>> byName(size_t(batch.names.size()));
    for (const MetricPoint &p : batch.points)
        if (p.metric >= 0 && p.metric < batch.names.size())
            byName[size_t(p.metric)].push_back(&p);
    qint64 written = 0;
    QSqlQuery ins(m_db);
    ins.prepare(QStringLiteral(
        "INSERT INTO metric_blocks (name_id, first_step, last_step, count, data) VALUES (?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < batch.names.size(); ++i) {
        const auto &pts = byName[size_t(i)];
        if (pts.empty())
            continue;
        QString why;
        const auto id = nameId(batch.streamId, batch.names[i], &why);
        if (!id)
            return rollback(why);
        ins.addBindValue(*id);
        ins.addBindValue(double(pts.front()->step));
        ins.addBindValue(double(pts.back()->step));
        ins.addBindValue(qint64(pts.size()));
        ins.addBindValue(packPoints(pts));
        if (!ins.exec())
            return rollback(sqlError(ins));
        written += qint64(pts.size());
    }
    q.prepare(QStringLiteral("UPDATE metric_streams SET byte_offset = ?, parser_state = ?, points = ?, unparsed = ?, "
                             "complete = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(batch.byteOffset);
    q.addBindValue(dumpJson(batch.parserState.is_object() ? batch.parserState : json::Json::object()));
    q.addBindValue(storedPoints + written);
    q.addBindValue(batch.unparsed);
    q.addBindValue(batch.complete ? 1 : 0);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(batch.streamId);
    if (!q.exec())
        return rollback(sqlError(q));
    QString why;
    if (!endTransaction(true, &why))
        return rollback(why);
    return true;
}

bool MetricStore::resetStream(qint64 streamId, QString *error)
{
    if (!begin(error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM metric_blocks WHERE name_id IN (SELECT id FROM metric_names WHERE "
                             "stream_id = ?)"));
    q.addBindValue(streamId);
    bool ok = q.exec();
    if (ok) {
        q.prepare(QStringLiteral("DELETE FROM metric_names WHERE stream_id = ?"));
        q.addBindValue(streamId);
        ok = q.exec();
    }
    if (ok) {
        q.prepare(QStringLiteral("UPDATE metric_streams SET byte_offset = 0, parser_state = '{}', points = 0, "
                                 "unparsed = 0, complete = 0, updated_at = ? WHERE id = ?"));
        q.addBindValue(QDateTime::currentSecsSinceEpoch());
        q.addBindValue(streamId);
        ok = q.exec();
    }
    m_nameIds.clear();
    QString why = sqlError(q);
    if (!ok || !endTransaction(true, &why)) {
        endTransaction(false, nullptr);
        return fail(error, why);
    }
    return true;
}

bool MetricStore::loadRun(qint64 streamId, MetricRun &run, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Names in order of first appearance (their ids grow), blocks in the order they were written.
    q.prepare(QStringLiteral("SELECT n.name, b.data FROM metric_names n JOIN metric_blocks b ON b.name_id = n.id "
                             "WHERE n.stream_id = ? ORDER BY n.id, b.id"));
    q.addBindValue(streamId);
    if (!q.exec())
        return fail(error, sqlError(q));
    bool ok = true;
    while (q.next())
        if (!unpackPoints(q.value(1).toByteArray(), run.series(q.value(0).toString())))
            ok = false;  // a damaged block is skipped; the others still load
    if (!ok)
        fail(error, Text::tr("Some stored metric blocks of stream %1 are damaged and were skipped.").arg(streamId));
    return ok;
}

}  // namespace fab::metrics
