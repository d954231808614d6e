#pragma once
// Where the load benchmark's metrics files are written and read: one real SshConnection to the test bench
// (a python writer started over that session on the bench host), or, when the bench is absent or out of
// reach, the same writer and files on this machine behind a LocalRunner. Also a command probe: a plain
// `true` over the same runner every few seconds, to see whether commands still get through while the
// follows hold the session's channels.
#include "core/runner/command_runner.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QProcess>
#include <QTimer>
#include <memory>
#include <vector>

namespace fab {
class LocalRunner;
namespace remote {
class SshConnection;
}
}  // namespace fab

namespace fab::bench {

class LoadSession : public QObject {
public:
    LoadSession(int files, int linesPerSecond, int writerMaxSeconds, int maxChannels);
    ~LoadSession() override;

    void openBench();                     // remote mode when it connects; otherwise says why
    void openLocal(const QString &dir);   // the fall-back
    bool isRemote() const { return m_ssh != nullptr; }
    bool startWriter();
    QString error() const { return m_error; }
    CommandRunner *runner() const;
    QString filePath(int i) const;
    QString describe() const;

    void startCommandProbe(int everyMs);
    void stopCommandProbe();
    QString commandProbeSummary() const;
    int commandsAsked() const { return m_cmdAsked; }
    int commandsAnswered() const { return int(m_cmdMs.size()); }
    int commandsFailed() const { return m_cmdFailed; }

    // Stops the writer and removes the files (remote: over the session). Returns what was done.
    QString cleanUp();

private:
    CommandResult runNow(const QString &command, const QByteArray &stdinData = {}, int timeoutMs = 30000);

    int m_files, m_rate, m_maxSeconds, m_maxChannels;
    std::unique_ptr<remote::SshConnection> m_ssh;
    std::unique_ptr<LocalRunner> m_local;
    QProcess m_writer;  // local mode
    QString m_dir, m_target, m_writerPid, m_why, m_error;

    QTimer m_cmdTimer;
    bool m_cmdInFlight = false;
    QElapsedTimer m_cmdSince;
    std::vector<float> m_cmdMs;
    int m_cmdAsked = 0, m_cmdFailed = 0;
    qint64 m_longestWaitMs = 0;
};

}  // namespace fab::bench
