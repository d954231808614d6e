#pragma once
// The CommandRunner of "This computer": commands are local processes (/bin/sh -c), transfers are file
// copies, follows read a local file by offset. Same contract as the SSH runner, so everything above it
// (scheduler, metrics, UI) works the same offline.
#include "core/runner/command_runner.h"

namespace fab {

class LocalRunner : public CommandRunner {
    Q_OBJECT
public:
    explicit LocalRunner(QObject *parent = nullptr);
    ~LocalRunner() override;

    QString describe() const override;
    QFuture<CommandResult> run(const QString &command, const RunOptions &options = {}) override;
    QFuture<TransferResult> upload(const QString &localPath, const QString &remotePath,
                                   const TransferOptions &options = {}) override;
    QFuture<TransferResult> download(const QString &remotePath, const QString &localPath,
                                     const TransferOptions &options = {}) override;
    FileFollower *follow(const QString &path, qint64 offset, QObject *parent = nullptr) override;

    void setFollowIntervalMs(int ms) { m_followIntervalMs = ms; }

private:
    QFuture<TransferResult> copy(const QString &from, const QString &to, const TransferOptions &options);
    int m_followIntervalMs = 250;
};

}  // namespace fab
