#pragma once
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace fab {

// One submitted experiment as the history remembers it: enough to show it, resubmit it, and find its
// job again after a reconnect (the token is written before sbatch runs).
struct Submission {
    qint64 id = 0;
    QString token;           // unique; recorded before sbatch so a retry can tell "already submitted"
    QString profile;
    QString experimentName;
    QByteArray experimentJson;  // snapshot as submitted
    QString script;
    QStringList jobIds;
    QString runDir;
    QString state = QStringLiteral("preparing");  // preparing | submitting | submitted | failed | uncertain (submission.h)
    QDateTime submittedAt;
};

// One reading of an allocation, as a refresh saw it: the points of the "used over time" chart.
struct AllocationSnapshot {
    QString account;
    QString scope;
    QString kind;  // resourceKindName(): "gpu-hours", …
    std::optional<double> granted, used, left;  // unknown stays unknown
    QString source;
    QDateTime takenAt;  // UTC
};

// The local history: SQLite through Qt Sql, one connection per HistoryDb object (and so per thread).
// The schema carries its version in PRAGMA user_version; open() applies the migrations it lacks in one
// transaction each, so a crash mid-migration leaves the previous version intact.
class HistoryDb {
public:
    static constexpr int kSchemaVersion = 3;

    HistoryDb();
    ~HistoryDb();
    HistoryDb(const HistoryDb &) = delete;
    HistoryDb &operator=(const HistoryDb &) = delete;

    // Opens (creating folders and file as needed) and migrates. On failure, *error says what and why.
    bool open(const QString &path, QString *error);
    bool isOpen() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    QSqlDatabase database() const;

    std::optional<qint64> addSubmission(const Submission &s, QString *error);
    bool updateSubmission(const Submission &s, QString *error);
    std::optional<Submission> submissionByToken(const QString &token) const;
    QList<Submission> submissions(int limit = 200) const;

    bool addAllocationSnapshot(const QString &profile, const AllocationSnapshot &snapshot, QString *error);
    // Oldest first. `account` empty: every account of the profile.
    QList<AllocationSnapshot> allocationSnapshots(const QString &profile, const QString &account = QString(),
                                                  const QDateTime &since = QDateTime()) const;

private:
    bool migrate(QString *error);
    QString m_connection;
    QString m_path;
};

}  // namespace fab
