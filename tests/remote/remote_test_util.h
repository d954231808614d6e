#pragma once
// Shared helpers of the remote/ tests: the bench's facts from $FAB_TB_DIR/env.sh, a prompter that
// answers from a script (and records what it was asked), waiting on futures while the event loop runs,
// and cutting a live connection by killing the sshd processes that serve it.
#include "remote/connection_settings.h"
#include "remote/prompter.h"
#include "tests/testbench/testbench_env.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFuture>
#include <QHash>
#include <QMessageAuthenticationCode>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>
#include <functional>
#include <signal.h>

namespace fab::test {

// Answers from test code, on the worker thread; remembers every question.
class ScriptedPrompter : public remote::Prompter {
public:
    std::function<remote::SecretReply(const remote::SecretRequest &)> onSecret;
    std::function<bool(const remote::HostKeyRequest &)> onHostKey;

    remote::SecretReply askSecret(const remote::SecretRequest &r, const std::atomic<bool> &) override
    {
        QMutexLocker lock(&m_mutex);
        m_secrets << r;
        return onSecret ? onSecret(r) : remote::SecretReply{};
    }
    bool acceptHostKey(const remote::HostKeyRequest &r, const std::atomic<bool> &) override
    {
        QMutexLocker lock(&m_mutex);
        m_hostKeys << r;
        return onHostKey ? onHostKey(r) : false;
    }
    void inform(const QString &m) override
    {
        QMutexLocker lock(&m_mutex);
        m_informed << m;
    }
    QList<remote::SecretRequest> secrets()
    {
        QMutexLocker lock(&m_mutex);
        return m_secrets;
    }
    QList<remote::HostKeyRequest> hostKeys()
    {
        QMutexLocker lock(&m_mutex);
        return m_hostKeys;
    }
    QStringList informed()
    {
        QMutexLocker lock(&m_mutex);
        return m_informed;
    }
    void clear()
    {
        QMutexLocker lock(&m_mutex);
        m_secrets.clear();
        m_hostKeys.clear();
        m_informed.clear();
    }

private:
    QMutex m_mutex;
    QList<remote::SecretRequest> m_secrets;
    QList<remote::HostKeyRequest> m_hostKeys;
    QStringList m_informed;
};

inline remote::SecretReply answer(const QStringList &values, bool remember = false)
{
    return remote::SecretReply{true, values, remember};
}

// Runs the event loop until the future is done or the time is up (results and signals of the
// connection arrive through this thread's queue).
template <typename T>
bool waitFor(const QFuture<T> &f, int ms)
{
    QDeadlineTimer d(ms);
    while (!f.isFinished() && !d.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    // What the connection posted before finishing the future (a transfer's last onProgress) is still in
    // this thread's queue: deliver it now, while the caller's callbacks and what they capture are alive
    // (AddressSanitizer: a late progress call wrote into the returned frame of the test that had waited).
    if (f.isFinished())
        QCoreApplication::processEvents();
    return f.isFinished();
}

inline bool waitUntil(const std::function<bool()> &cond, int ms)
{
    QDeadlineTimer d(ms);
    while (!cond() && !d.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return cond();
}

inline QByteArray runTool(const QString &program, const QStringList &args, int *rc = nullptr,
                          const QByteArray &input = {})
{
    QProcess p;
    p.start(program, args);
    p.waitForStarted(10000);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    if (rc)
        *rc = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput() + p.readAllStandardError();
}

// The sshd processes serving the TCP connection that has our end at localPort on 127.0.0.1:serverPort.
inline QList<qint64> serverSideProcesses(int serverPort, int localPort)
{
    const QByteArray out = runTool(QStringLiteral("ss"), {QStringLiteral("-Htnp"), QStringLiteral("state"),
                                                          QStringLiteral("established"),
                                                          QStringLiteral("( sport = :%1 and dport = :%2 )")
                                                              .arg(serverPort)
                                                              .arg(localPort)});
    QList<qint64> pids;
    static const QRegularExpression re(QStringLiteral("pid=(\\d+)"));
    for (auto it = re.globalMatch(QString::fromUtf8(out)); it.hasNext();) {
        const qint64 pid = it.next().captured(1).toLongLong();
        if (!pids.contains(pid))
            pids << pid;
    }
    return pids;
}

// Cuts one live connection the way a crashed login node would: SIGKILL to its server-side processes.
inline int cutConnection(int serverPort, int localPort)
{
    const QList<qint64> pids = serverSideProcesses(serverPort, localPort);
    for (qint64 pid : pids)
        ::kill(pid_t(pid), SIGKILL);
    return int(pids.size());
}

// The TOTP code (RFC 6238: HMAC-SHA1, 30 s steps, 6 digits) of a base32 secret at `unixTime`, as
// `oathtool --totp -b` prints it. Computed here rather than by running oathtool: the prompters ask on
// the SSH worker thread, and a process started from there (QProcess clones outside TSan's fork
// interceptor) leaves ThreadSanitizer blind to that thread's synchronisation for the rest of the run.
// tst_ssh_login checks it against oathtool.
inline QString oathCode(const QString &base32Secret, qint64 unixTime = QDateTime::currentSecsSinceEpoch())
{
    QByteArray key;
    quint32 bits = 0;
    int nbits = 0;
    for (const QChar c : base32Secret.toUpper()) {
        const int v = c >= u'A' && c <= u'Z' ? c.unicode() - u'A' : c >= u'2' && c <= u'7' ? c.unicode() - u'2' + 26 : -1;
        if (v < 0)
            continue;  // padding, spaces
        bits = (bits << 5) | quint32(v);
        nbits += 5;
        if (nbits >= 8) {
            key.append(char((bits >> (nbits - 8)) & 0xff));
            nbits -= 8;
        }
    }
    QByteArray counter(8, '\0');
    quint64 step = quint64(unixTime / 30);
    for (int i = 7; i >= 0; --i, step >>= 8)
        counter[i] = char(step & 0xff);
    const QByteArray mac = QMessageAuthenticationCode::hash(counter, key, QCryptographicHash::Sha1);
    const int offset = mac[19] & 0x0f;
    const quint32 binary = (quint32(uchar(mac[offset]) & 0x7f) << 24) | (quint32(uchar(mac[offset + 1])) << 16) |
                           (quint32(uchar(mac[offset + 2])) << 8) | quint32(uchar(mac[offset + 3]));
    return QStringLiteral("%1").arg(binary % 1000000, 6, 10, QLatin1Char('0'));
}

}  // namespace fab::test
