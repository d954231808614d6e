#pragma once
// The questions a login may need to ask a person: a key's passphrase, a password, the server's own
// keyboard-interactive prompts (OTP codes, worded as the server words them), and whether to trust an
// unknown host key. Answered by dialogs (widgets/connection_prompter.h) or the terminal
// (remote/terminal_prompter.h). Called on the connection's worker thread; it may block, but must
// return once `cancelled` turns true.
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

namespace fab::remote {

struct SecretField {
    QString prompt;      // exactly as the server (or Fabbrica) words it
    bool echo = false;   // show what is typed (user names, rarely)
    bool oneTime = false;  // an OTP / verification code: never remembered
};

struct SecretRequest {
    enum class Kind { Passphrase, Password, KeyboardInteractive };
    Kind kind = Kind::Password;
    QString target;       // user@host:port
    QString keyFile;      // Passphrase: which key
    QString name;         // KeyboardInteractive: the server's name and instruction
    QString instruction;
    QList<SecretField> fields;
    QString problem;      // why it is asked again ("Wrong password (attempt 2 of 3).")
    bool canRemember = true;  // false for one-time codes
};

struct SecretReply {
    bool ok = false;  // false: the user declined
    QStringList values;
    bool remember = false;  // keep it in the OS keychain
};

struct HostKeyRequest {
    enum class Published { NotListed, Matches };
    QString host;  // as written in the profile
    int port = 22;
    QString address;  // the node reached
    QString keyType;  // "ED25519"
    QString fingerprint;  // "SHA256:…"
    QString knownHostsFile;
    QString savedAs;       // the known_hosts name it will be saved under if accepted
    QString explanation;   // round-robin names, jump hosts, …
    Published published = Published::NotListed;
    QString hopNote;       // "jump host 1 of 2" or empty for the cluster itself
};

class Prompter {
public:
    virtual ~Prompter() = default;
    virtual SecretReply askSecret(const SecretRequest &request, const std::atomic<bool> &cancelled) = 0;
    virtual bool acceptHostKey(const HostKeyRequest &request, const std::atomic<bool> &cancelled) = 0;
    // Something the user should know that needs no answer (no keychain, certificate expiring soon).
    virtual void inform(const QString &message) { (void)message; }
};

// For prompters whose answers come from another thread (dialogs on the GUI thread): the question is
// posted to `context`'s thread, and the worker waits, bounded by timeoutMs and `cancelled`.
class AsyncPrompter : public Prompter, public std::enable_shared_from_this<AsyncPrompter> {
public:
    explicit AsyncPrompter(QObject *context, int timeoutMs = 300000);

    SecretReply askSecret(const SecretRequest &request, const std::atomic<bool> &cancelled) final;
    bool acceptHostKey(const HostKeyRequest &request, const std::atomic<bool> &cancelled) final;

protected:
    // Called on context's thread. Call reply exactly once, from any thread, at any later time.
    virtual void startSecret(const SecretRequest &request, std::function<void(SecretReply)> reply) = 0;
    virtual void startHostKey(const HostKeyRequest &request, std::function<void(bool)> reply) = 0;
    // Called on context's thread when nobody waits any more (timeout, connection closed).
    virtual void abandon() {}

private:
    template <typename T, typename Start>
    T ask(const std::atomic<bool> &cancelled, T fallback, Start start);
    QPointer<QObject> m_context;
    int m_timeoutMs;
};

}  // namespace fab::remote
