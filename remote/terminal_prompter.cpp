#include "remote/terminal_prompter.h"

#include "core/platform/platform.h"

#include <QCoreApplication>

namespace fab::remote {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::remote::TerminalPrompter)
};
}  // namespace

TerminalPrompter::TerminalPrompter(bool acceptNewHostKeys, int inFd, std::function<void(const QString &)> print)
    : m_acceptNew(acceptNewHostKeys), m_fd(inFd), m_print(std::move(print))
{
    if (!m_print)
        m_print = [](const QString &s) {
            // Straight to fd 2: this runs on the connection's thread, beside the main thread's streams.
            platform::writeAll(2, s.toLocal8Bit());
        };
}

void TerminalPrompter::say(const QString &text) { m_print(text); }

std::optional<QByteArray> TerminalPrompter::readLine(bool echo, const std::atomic<bool> &cancelled)
{
    // Echo off for the time of one answer; restored even when reading fails.
    const platform::EchoOff noEcho(m_fd, !echo);
    for (;;) {
        const qsizetype nl = m_pending.indexOf('\n');
        if (nl >= 0) {
            QByteArray line = m_pending.left(nl);
            m_pending.remove(0, nl + 1);
            if (line.endsWith('\r'))
                line.chop(1);
            return line;
        }
        if (cancelled)
            return std::nullopt;
        // Poll in slices so that closing the connection ends the wait.
        const int r = platform::waitForInput(m_fd, 200);
        if (r < 0)
            return std::nullopt;
        if (r == 0)
            continue;
        char buf[512];
        const qint64 n = platform::readSome(m_fd, buf, sizeof buf);
        if (n <= 0) {
            // End of input: a last line without newline still counts.
            if (m_pending.isEmpty())
                return std::nullopt;
            return std::exchange(m_pending, QByteArray());
        }
        m_pending.append(buf, int(n));
    }
}

SecretReply TerminalPrompter::askSecret(const SecretRequest &r, const std::atomic<bool> &cancelled)
{
    QMutexLocker lock(&m_mutex);
    SecretReply reply;
    if (!r.problem.isEmpty())
        say(r.problem + QLatin1Char('\n'));
    if (!r.name.trimmed().isEmpty())
        say(r.name.trimmed() + QLatin1Char('\n'));
    if (!r.instruction.trimmed().isEmpty())
        say(r.instruction.trimmed() + QLatin1Char('\n'));
    for (const SecretField &f : r.fields) {
        // The server's own words, as OpenSSH shows them; Fabbrica's prompts name the target.
        say(r.kind == SecretRequest::Kind::KeyboardInteractive ? QStringLiteral("(%1) %2").arg(r.target, f.prompt) : f.prompt + QLatin1Char(' '));
        const auto line = readLine(f.echo, cancelled);
        if (!line) {
            say(QLatin1String("\n"));
            return reply;
        }
        reply.values << QString::fromUtf8(*line);
    }
    reply.ok = true;
    return reply;
}

bool TerminalPrompter::acceptHostKey(const HostKeyRequest &r, const std::atomic<bool> &)
{
    QMutexLocker lock(&m_mutex);
    QString text = Text::tr("The host key of %1 (%2, port %3)%4 is not known yet:\n  %5 %6\n")
                       .arg(r.host, r.address)
                       .arg(r.port)
                       .arg(r.hopNote.isEmpty() ? QString() : QStringLiteral(", %1").arg(r.hopNote), r.keyType, r.fingerprint);
    if (!r.explanation.isEmpty())
        text += r.explanation + QLatin1Char('\n');
    if (r.published == HostKeyRequest::Published::Matches)
        text += Text::tr("It matches a fingerprint published for this cluster.\n");
    if (m_acceptNew) {
        text += Text::tr("Trusted because of --accept-new-host-key; saved in %1 as %2.\n").arg(r.knownHostsFile, r.savedAs);
        say(text);
        return true;
    }
    text += Text::tr("Not trusted. Compare it with the fingerprint your centre publishes, then run again with "
                     "--accept-new-host-key to save it in %1.\n")
                .arg(r.knownHostsFile);
    say(text);
    return false;
}

void TerminalPrompter::inform(const QString &message)
{
    QMutexLocker lock(&m_mutex);
    say(Text::tr("note: %1\n").arg(message));
}

}  // namespace fab::remote
