#pragma once
// Answers login questions on the terminal, for the command line (`fabbrica check`). Secrets are read
// without echo from a terminal; when stdin is not a terminal (scripts, tests) each prompt takes one line
// from stdin. Unknown host keys are printed with their fingerprint and trusted only when the user ran
// with --accept-new-host-key (as OpenSSH's accept-new); a changed key is never asked about here.
#include "remote/prompter.h"

#include <QByteArray>
#include <QMutex>
#include <functional>

namespace fab::remote {

class TerminalPrompter : public Prompter {
public:
    // inFd: where answers come from; print: where questions and notes go (stderr by default).
    explicit TerminalPrompter(bool acceptNewHostKeys, int inFd = 0, std::function<void(const QString &)> print = {});

    SecretReply askSecret(const SecretRequest &request, const std::atomic<bool> &cancelled) override;
    bool acceptHostKey(const HostKeyRequest &request, const std::atomic<bool> &cancelled) override;
    void inform(const QString &message) override;

private:
    // One line from inFd (without its newline); nullopt at end of input or when cancelled.
    std::optional<QByteArray> readLine(bool echo, const std::atomic<bool> &cancelled);
    void say(const QString &text);

    bool m_acceptNew;
    int m_fd;
    std::function<void(const QString &)> m_print;
    QByteArray m_pending;  // bytes read past the last newline: the next prompt's answer
    QMutex m_mutex;
};

}  // namespace fab::remote
