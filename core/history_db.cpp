#include "core/history_db.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace fab {

namespace {
// lupdate reads the context from this declaration; it must match the one used at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::HistoryDb)
};
}  // namespace

// Migration N takes the schema from version N-1 to N. Append only: never edit a released step.
static const char *const kMigrations[] = {
    // 1: submissions
    "CREATE TABLE submissions ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  token TEXT NOT NULL UNIQUE,"
    "  profile TEXT NOT NULL,"
    "  experiment_name TEXT NOT NULL,"
    "  experiment_json BLOB NOT NULL,"
    "  script TEXT NOT NULL,"
    "  job_ids TEXT NOT NULL DEFAULT '',"
    "  run_dir TEXT NOT NULL DEFAULT '',"
    "  state TEXT NOT NULL DEFAULT 'preparing',"
    "  submitted_at INTEGER NOT NULL);"
    "CREATE INDEX submissions_profile ON submissions(profile, submitted_at);",
    // 2: allocation snapshots, one row per account and refresh: the "used over time" of the usage chart
    // and the burn rate behind its forecast. NULL is "the tool did not say", never 0.
    "CREATE TABLE allocation_snapshots ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  profile TEXT NOT NULL,"
    "  account TEXT NOT NULL,"
    "  scope TEXT NOT NULL DEFAULT '',"
    "  kind TEXT NOT NULL,"
    "  granted REAL,"
    "  used REAL,"
    "  left_over REAL,"
    "  source TEXT NOT NULL DEFAULT '',"
    "  taken_at INTEGER NOT NULL);"
    "CREATE INDEX allocation_snapshots_key ON allocation_snapshots(profile, account, scope, kind, taken_at);",
    // 3: metric streams. One stream per followed file (a job, or one array task); its byte offset and the
    // parser's carried state are stored in the same transaction as the points they produced, so a
    // restart resumes exactly there. Points are packed in blocks per metric name.
    "CREATE TABLE metric_streams ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  profile TEXT NOT NULL,"
    "  job_id TEXT NOT NULL,"
    "  submission_id INTEGER REFERENCES submissions(id) ON DELETE SET NULL,"
    "  path TEXT NOT NULL,"
    "  format TEXT NOT NULL,"
    "  options TEXT NOT NULL DEFAULT '',"
    "  label TEXT NOT NULL DEFAULT '',"
    "  byte_offset INTEGER NOT NULL DEFAULT 0,"
    "  parser_state BLOB,"
    "  points INTEGER NOT NULL DEFAULT 0,"
    "  unparsed INTEGER NOT NULL DEFAULT 0,"
    "  complete INTEGER NOT NULL DEFAULT 0,"
    "  updated_at INTEGER NOT NULL,"
    "  UNIQUE(profile, job_id, path));"
    "CREATE TABLE metric_names ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  stream_id INTEGER NOT NULL REFERENCES metric_streams(id) ON DELETE CASCADE,"
    "  name TEXT NOT NULL,"
    "  UNIQUE(stream_id, name));"
    "CREATE TABLE metric_blocks ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  name_id INTEGER NOT NULL REFERENCES metric_names(id) ON DELETE CASCADE,"
    "  first_step REAL NOT NULL,"
    "  last_step REAL NOT NULL,"
    "  count INTEGER NOT NULL,"
    "  data BLOB NOT NULL);"
    "CREATE INDEX metric_blocks_name ON metric_blocks(name_id, id);",
};
static_assert(std::size(kMigrations) == HistoryDb::kSchemaVersion, "one migration per schema version");

HistoryDb::HistoryDb()
{
    static QAtomicInteger<quint64> counter;
    m_connection = QStringLiteral("fabbrica-history-%1").arg(counter.fetchAndAddRelaxed(1));
}

HistoryDb::~HistoryDb()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase HistoryDb::database() const { return QSqlDatabase::database(m_connection, false); }
bool HistoryDb::isOpen() const { return database().isOpen(); }

static bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

bool HistoryDb::open(const QString &path, QString *error)
{
    m_path = path;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = Text::tr("cannot create the folder for the history database %1").arg(path);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = Text::tr("cannot open the history database %1: %2").arg(path, db.lastError().text());
        return false;
    }
    QString why;
    // WAL: readers in other threads never block the writer, and a crash mid-write rolls back cleanly.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok")) {
        *error = Text::tr("the history database %1 is damaged or not a database (%2); move it aside and Fabbrica will "
                    "start a new one")
                     .arg(path, q.lastError().isValid() ? q.lastError().text() : q.value(0).toString());
        db.close();
        return false;
    }
    q.finish();  // an unfinished SELECT holds a read transaction, and WAL cannot be switched inside one
    if (!exec(db, QStringLiteral("PRAGMA journal_mode=WAL"), &why) || !exec(db, QStringLiteral("PRAGMA foreign_keys=ON"), &why)) {
        *error = Text::tr("cannot configure the history database %1: %2").arg(path, why);
        return false;
    }
    return migrate(error);
}

int HistoryDb::schemaVersion() const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool HistoryDb::migrate(QString *error)
{
    QSqlDatabase db = database();
    const int current = schemaVersion();
    if (current > kSchemaVersion) {
        *error = Text::tr("the history database %1 was written by a newer Fabbrica (schema %2, this one knows %3); "
                    "update Fabbrica")
                     .arg(m_path).arg(current).arg(kSchemaVersion);
        return false;
    }
    for (;;) {
        // BEGIN IMMEDIATE takes the write lock first, and the version is read again under it: two
        // threads (or two Fabbricas) opening a new file at once apply each step exactly once.
        QString why;
        if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), &why)) {
            *error = Text::tr("cannot upgrade the history database %1: %2").arg(m_path, why);
            return false;
        }
        const int v = schemaVersion() + 1;
        if (v > kSchemaVersion) {
            exec(db, QStringLiteral("COMMIT"), &why);
            break;
        }
        bool ok = true;
        // QSqlQuery runs one statement at a time: split the step on ';'.
        for (const QString &stmt : QString::fromUtf8(kMigrations[v - 1]).split(QLatin1Char(';'), Qt::SkipEmptyParts))
            if (!stmt.trimmed().isEmpty() && !exec(db, stmt, &why)) {
                ok = false;
                break;
            }
        ok = ok && exec(db, QStringLiteral("PRAGMA user_version=%1").arg(v), &why);
        if (!ok || !exec(db, QStringLiteral("COMMIT"), &why)) {
            exec(db, QStringLiteral("ROLLBACK"), nullptr);
            *error = Text::tr("cannot upgrade the history database %1 to schema %2: %3").arg(m_path).arg(v).arg(why);
            return false;
        }
    }
    return true;
}

static Submission readSubmission(const QSqlQuery &q)
{
    Submission s;
    s.id = q.value(0).toLongLong();
    s.token = q.value(1).toString();
    s.profile = q.value(2).toString();
    s.experimentName = q.value(3).toString();
    s.experimentJson = q.value(4).toByteArray();
    s.script = q.value(5).toString();
    s.jobIds = q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    s.runDir = q.value(7).toString();
    s.state = q.value(8).toString();
    s.submittedAt = QDateTime::fromSecsSinceEpoch(q.value(9).toLongLong());
    return s;
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL, so bind "" instead.
static QString notNull(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }

static const char *kSubmissionColumns =
    "id, token, profile, experiment_name, experiment_json, script, job_ids, run_dir, state, submitted_at";

std::optional<qint64> HistoryDb::addSubmission(const Submission &s, QString *error)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO submissions (token, profile, experiment_name, experiment_json, script, "
                             "job_ids, run_dir, state, submitted_at) VALUES (?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(notNull(s.token));
    q.addBindValue(notNull(s.profile));
    q.addBindValue(notNull(s.experimentName));
    q.addBindValue(s.experimentJson);
    q.addBindValue(notNull(s.script));
    q.addBindValue(notNull(s.jobIds.join(QLatin1Char(','))));
    q.addBindValue(notNull(s.runDir));
    q.addBindValue(notNull(s.state));
    q.addBindValue((s.submittedAt.isValid() ? s.submittedAt : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch());
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    return q.lastInsertId().toLongLong();
}

bool HistoryDb::updateSubmission(const Submission &s, QString *error)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE submissions SET job_ids=?, run_dir=?, state=?, script=? WHERE token=?"));
    q.addBindValue(notNull(s.jobIds.join(QLatin1Char(','))));
    q.addBindValue(notNull(s.runDir));
    q.addBindValue(notNull(s.state));
    q.addBindValue(notNull(s.script));
    q.addBindValue(notNull(s.token));
    if (!q.exec() || q.numRowsAffected() != 1) {
        if (error)
            *error = q.lastError().isValid() ? q.lastError().text() : Text::tr("no submission with token %1").arg(s.token);
        return false;
    }
    return true;
}

std::optional<Submission> HistoryDb::submissionByToken(const QString &token) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM submissions WHERE token=?").arg(QLatin1String(kSubmissionColumns)));
    q.addBindValue(token);
    if (q.exec() && q.next())
        return readSubmission(q);
    return std::nullopt;
}

QList<Submission> HistoryDb::submissions(int limit) const
{
    QList<Submission> out;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM submissions ORDER BY submitted_at DESC, id DESC LIMIT ?")
                  .arg(QLatin1String(kSubmissionColumns)));
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            out << readSubmission(q);
    return out;
}

bool HistoryDb::addAllocationSnapshot(const QString &profile, const AllocationSnapshot &a, QString *error)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO allocation_snapshots (profile, account, scope, kind, granted, used, left_over, "
                             "source, taken_at) VALUES (?,?,?,?,?,?,?,?,?)"));
    const auto num = [](const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double)); };
    q.addBindValue(notNull(profile));
    q.addBindValue(notNull(a.account));
    q.addBindValue(notNull(a.scope));
    q.addBindValue(notNull(a.kind));
    q.addBindValue(num(a.granted));
    q.addBindValue(num(a.used));
    q.addBindValue(num(a.left));
    q.addBindValue(notNull(a.source));
    q.addBindValue((a.takenAt.isValid() ? a.takenAt : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch());
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

QList<AllocationSnapshot> HistoryDb::allocationSnapshots(const QString &profile, const QString &account,
                                                         const QDateTime &since) const
{
    QList<AllocationSnapshot> out;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT account, scope, kind, granted, used, left_over, source, taken_at "
                             "FROM allocation_snapshots WHERE profile=? AND (?='' OR account=?) AND taken_at>=? "
                             "ORDER BY taken_at, id"));
    q.addBindValue(notNull(profile));
    q.addBindValue(notNull(account));
    q.addBindValue(notNull(account));
    q.addBindValue(since.isValid() ? since.toSecsSinceEpoch() : qint64(0));
    const auto num = [&](int i) { return q.value(i).isNull() ? std::nullopt : std::optional<double>(q.value(i).toDouble()); };
    if (q.exec())
        while (q.next()) {
            AllocationSnapshot a;
            a.account = q.value(0).toString();
            a.scope = q.value(1).toString();
            a.kind = q.value(2).toString();
            a.granted = num(3);
            a.used = num(4);
            a.left = num(5);
            a.source = q.value(6).toString();
            a.takenAt = QDateTime::fromSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
            out << a;
        }
    return out;
}

}  // namespace fab
