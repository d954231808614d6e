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
    for (int v = current + 1; v <= kSchemaVersion; ++v) {
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        QString why;
        bool ok = true;
        // QSqlQuery runs one statement at a time: split the step on ';'.
        for (const QString &stmt : QString::fromUtf8(kMigrations[v - 1]).split(QLatin1Char(';'), Qt::SkipEmptyParts))
            if (!stmt.trimmed().isEmpty() && !exec(db, stmt, &why)) {
                ok = false;
                break;
            }
        ok = ok && exec(db, QStringLiteral("PRAGMA user_version=%1").arg(v), &why);
        if (!ok || !db.commit()) {
            db.rollback();
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

}  // namespace fab
