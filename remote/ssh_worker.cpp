#include "remote/ssh_worker.h"

#include "remote/handoff.h"
#include "remote/ssh_connection.h"
#include "remote/ssh_session_setup.h"
#include "remote/ssh_tunnel.h"

#include "core/runner/openssh_keys.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QSocketNotifier>
#include <limits>

namespace fab::remote {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::remote::SshWorker)
};
// Back-off between reconnect attempts, in ms: quick at first (a killed session process, a Wi-Fi
// hiccup), then slower so a cluster in maintenance is not hammered.
int backoffMs(int retry, int maxMs)
{
    static const int steps[] = {500, 1000, 2000, 4000, 8000, 16000, 32000};
    return qMin(maxMs, retry < 7 ? steps[retry] : 60000);
}
}  // namespace

SshWorker::SshWorker(const ConnectionSettings &settings, std::shared_ptr<Prompter> prompter,
                     std::shared_ptr<SecretStore> secrets, SshConnection *connection)
    : m_settings(settings), m_prompter(std::move(prompter)), m_secrets(std::move(secrets)), m_conn(connection),
      m_inbox(new Handoff(this)), m_maxChannels(qMax(2, settings.maxChannels)), m_tick(this), m_reconnect(this), m_certWarning(this)
{
    m_certWarning.setSingleShot(true);
    connect(&m_certWarning, &QTimer::timeout, this, [this] {
        // A session outlives its certificate, but the next reconnect would fail: say so in time.
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_info.certificateValidBefore);
        tell(Text::tr("Your SSH certificate %1 expires in %2; after that, a dropped link cannot be re-established. %3")
                 .arg(m_info.certificateFile, describeDuration(left), m_settings.certificateRenewHint));
    });
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &SshWorker::onTick);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &SshWorker::attempt);
}

SshWorker::~SshWorker()
{
    for (auto &op : m_ops)
        op->abort(Text::tr("the connection was closed"), m_session ? this : nullptr);
    m_ops.clear();
    teardown(m_session != nullptr);
}

Handoff *SshWorker::deliveryContext() { return m_conn->m_inbox; }

void SshWorker::interrupt(bool hard)
{
    m_cancel = true;
    // A healthy session is closed gracefully by closeLink (commands get SIGTERM, channels close).
    if (!hard && !m_establishing)
        return;
    QMutexLocker lock(&m_interruptMutex);
    // Shutting the sockets down makes any libssh call blocked on them return at once.
    platform::shutdownSocket(m_interruptFd);
    for (auto &hop : m_hops)
        hop->interrupt();
}

void SshWorker::setState(ConnectionState state, const QString &reason)
{
    m_conn->m_inbox->post([c = m_conn, state, reason] { c->applyState(state, reason); });
}

void SshWorker::publishInfo()
{
    m_conn->m_inbox->post([c = m_conn, info = m_info] { c->applyInfo(info); });
}

void SshWorker::tell(const QString &notice)
{
    m_prompter->inform(notice);
    m_conn->m_inbox->post([c = m_conn, notice] { emit c->notice(notice); });
}

void SshWorker::openLink()
{
    if (m_phase == Phase::Up || m_phase == Phase::Connecting)
        return;
    m_retry = 0;
    m_everUp = false;
    attempt();
}

void SshWorker::closeLink(const QString &reason)
{
    m_reconnect.stop();
    m_tick.stop();
    auto ops = std::move(m_ops);
    m_ops.clear();
    for (auto &op : ops)
        op->abort(reason, m_session ? this : nullptr);
    teardown(m_session != nullptr);
    m_phase = Phase::Idle;
    m_cancel = false;
    setState(ConnectionState::Disconnected, reason);
}

void SshWorker::submit(std::shared_ptr<Op> op)
{
    switch (m_phase) {
    case Phase::Idle:
        op->abort(Text::tr("not connected to %1; open the connection first").arg(targetLabel()), nullptr);
        return;
    case Phase::Failed:
        op->abort(Text::tr("not connected to %1: %2").arg(targetLabel(), m_lastError), nullptr);
        return;
    case Phase::Connecting:
    case Phase::Waiting:
        // Requests made while the link is down wait, bounded, for the next session.
        op->waitWhileDown.setRemainingTime(m_settings.waitWhileDownMs);
        break;
    case Phase::Up:
        break;
    }
    m_ops.push_back(std::move(op));
    if (!m_tick.isActive())
        m_tick.start();
    schedulePump(0);
}

void SshWorker::poke() { schedulePump(0); }

void SshWorker::schedulePump(int ms)
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QTimer::singleShot(ms, this, [this] {
        m_pumpScheduled = false;
        pump();
    });
}

SshWorker::Attempt SshWorker::establish()
{
    Attempt a;
    QList<Endpoint> chain = m_settings.jumps;
    chain << m_settings.target;
    SetupContext ctx{m_settings, *m_prompter, *m_secrets, m_cancel};
    TcpConnection tcp = connectTcp(chain.first(), m_settings, m_cancel);
    if (tcp.fd == platform::kNoSocket) {
        a.error = tcp.error;
        a.retriable = !m_cancel;
        return a;
    }
    {
        QMutexLocker lock(&m_interruptMutex);
        m_interruptFd = tcp.fd;
    }
    m_info = SessionInfo{};
    m_info.target = m_settings.target.label();
    platform::Socket fd = tcp.fd;
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const Endpoint &ep = chain[i];
        const bool last = i == chain.size() - 1;
        TcpConnection via = tcp;
        if (i > 0) {
            // Reached through the previous hop: its name is resolved by the jump host, not here.
            via = TcpConnection{};
            via.address = ep.host;
            via.allAddresses = QStringList{ep.host};
        }
        const QString hopNote = last ? QString()
                                     : Text::tr("jump host %1 of %2 (%3)").arg(i + 1).arg(chain.size() - 1).arg(ep.label());
        OpenedSession s = openSession(ep, fd, via, hopNote, ctx);
        for (const QString &n : std::as_const(s.notices))
            tell(n);
        if (!s.session) {
            a.error = hopNote.isEmpty() ? s.error : QStringLiteral("%1: %2").arg(hopNote, s.error);
            a.retriable = s.retriable;
            return a;
        }
        if (last) {
            m_session = s.session;
            m_sessionFd = s.fd;
            m_info.address = via.address;
            m_info.localPort = i == 0 ? tcp.localPort : 0;
            m_info.hostKeyType = s.hostKeyType;
            m_info.hostKeyFingerprint = s.hostKeyFingerprint;
            m_info.authMethod = s.authMethod;
            m_info.serverBanner = s.serverBanner;
            m_info.certificateValidBefore = s.certificateValidBefore;
            m_info.certificateFile = s.certificateFile;
            break;
        }
        m_info.hops << QStringLiteral("%1 (%2 %3)").arg(ep.label(), s.hostKeyType, s.hostKeyFingerprint);
        QString error;
        ssh_channel ch = HopTunnel::openForward(s.session, chain[i + 1].host, chain[i + 1].port, &error);
        platform::Socket pair[2] = {platform::kNoSocket, platform::kNoSocket};
        if (!ch || !platform::socketPair(pair)) {
            if (ch)
                ssh_channel_free(ch);
            closeSession(s.session, s.fd);
            a.error = QStringLiteral("%1: %2").arg(hopNote, ch ? Text::tr("cannot create a socket pair") : error);
            a.retriable = true;
            return a;
        }
        auto hop = std::make_unique<HopTunnel>(s.session, s.fd, ch, pair[0], ep.label(), m_settings.keepaliveIntervalMs,
                                               m_settings.deadAfterMs);
        hop->start();
        QMutexLocker lock(&m_interruptMutex);
        m_hops.push_back(std::move(hop));
        m_interruptFd = pair[1];
        fd = pair[1];
    }
    ssh_set_blocking(m_session, 0);
    m_event = ssh_event_new();
    ssh_event_add_session(m_event, m_session);
    m_info.connectedAt = QDateTime::currentDateTimeUtc();
    a.ok = true;
    return a;
}

void SshWorker::attempt()
{
    m_phase = Phase::Connecting;
    setState(ConnectionState::Connecting,
             m_everUp ? Text::tr("reconnecting to %1 (attempt %2)").arg(targetLabel()).arg(m_retry + 1)
                      : Text::tr("connecting to %1").arg(targetLabel()));
    m_establishing = true;
    const Attempt a = establish();
    m_establishing = false;
    if (m_cancel) {
        teardown(m_session != nullptr);
        return;  // closeLink, queued behind us, reports the end
    }
    if (!a.ok) {
        teardown(false);
        m_lastError = a.error;
        if (a.retriable && m_everUp) {
            // The link worked before: keep trying, more slowly each time.
            m_phase = Phase::Waiting;
            const int delay = backoffMs(m_retry++, m_settings.reconnectMaxDelayMs);
            setState(ConnectionState::Connecting,
                     Text::tr("%1 — trying again in %2 s").arg(a.error).arg(qMax(1, delay / 1000)));
            m_reconnect.start(delay);
            expireWaiting();
            return;
        }
        m_phase = Phase::Failed;
        auto ops = std::move(m_ops);
        m_ops.clear();
        for (auto &op : ops)
            op->abort(Text::tr("not connected to %1: %2").arg(targetLabel(), a.error), nullptr);
        setState(ConnectionState::Failed, a.error);
        return;
    }
    m_phase = Phase::Up;
    m_everUp = true;
    m_retry = 0;
    m_lastError.clear();
    const platform::Socket fd = m_sessionFd;
    m_readNotifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &SshWorker::pump);
    m_writeNotifier = new QSocketNotifier(fd, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &SshWorker::pump);
    m_sinceProbe.start();
    m_probing = false;
    m_tick.start();
    m_certWarning.stop();
    if (m_info.certificateValidBefore.isValid()) {
        const qint64 until = QDateTime::currentDateTimeUtc().secsTo(m_info.certificateValidBefore) -
                             m_settings.certificateWarnSeconds;
        if (until > 0)
            m_certWarning.start(int(qMin<qint64>(until * 1000, std::numeric_limits<int>::max())));
    }
    publishInfo();
    setState(ConnectionState::Connected, m_info.authMethod);
    for (auto &op : m_ops)
        op->waitWhileDown = QDeadlineTimer(QDeadlineTimer::Forever);
    schedulePump(0);
}

void SshWorker::teardown(bool sessionAlive)
{
    m_certWarning.stop();
    delete m_readNotifier;
    m_readNotifier = nullptr;
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    if (!sessionAlive)
        platform::shutdownSocket(m_sessionFd);  // dead link: pending writes fail at once, no timeouts
    if (m_sftp) {
        sftp_free(m_sftp);
        m_sftp = nullptr;
    }
    if (m_event) {
        if (m_session)
            ssh_event_remove_session(m_event, m_session);
        ssh_event_free(m_event);
        m_event = nullptr;
    }
    {
        QMutexLocker lock(&m_interruptMutex);
        m_interruptFd = platform::kNoSocket;
    }
    closeSession(m_session, m_sessionFd);
    m_session = nullptr;
    m_sessionFd = platform::kNoSocket;
    std::vector<std::unique_ptr<HopTunnel>> hops;
    {
        QMutexLocker lock(&m_interruptMutex);
        hops.swap(m_hops);
    }
    // Innermost first: each hop carries the one after it.
    while (!hops.empty())
        hops.pop_back();
    m_channelsInUse = 0;
    m_longLivedInUse = 0;
}

void SshWorker::onLinkLost(const QString &reason)
{
    if (m_phase != Phase::Up || m_cancel)
        return;
    platform::shutdownSocket(m_sessionFd);
    std::deque<std::shared_ptr<Op>> kept;
    for (auto &op : m_ops)
        if (op->linkLost(reason))
            kept.push_back(op);
    m_ops = std::move(kept);
    teardown(false);
    m_phase = Phase::Waiting;
    m_lastError = reason;
    const int delay = backoffMs(m_retry++, m_settings.reconnectMaxDelayMs);
    setState(ConnectionState::Connecting, Text::tr("connection lost (%1); reconnecting").arg(reason));
    for (auto &op : m_ops)
        if (!op->longLived())
            op->waitWhileDown.setRemainingTime(m_settings.waitWhileDownMs);
    m_reconnect.start(delay);
}

sftp_session SshWorker::sftp(QString *error)
{
    if (m_sftp)
        return m_sftp;
    if (!m_session) {
        *error = Text::tr("not connected");
        return nullptr;
    }
    m_sftp = sftp_new(m_session);
    if (!m_sftp) {
        *error = QString::fromUtf8(ssh_get_error(m_session));
        return nullptr;
    }
    if (sftp_init(m_sftp) != SSH_OK) {
        *error = Text::tr("the SFTP subsystem did not start (%1)").arg(QString::fromUtf8(ssh_get_error(m_session)));
        sftp_free(m_sftp);
        m_sftp = nullptr;
        return nullptr;
    }
    return m_sftp;
}

bool SshWorker::reserveChannel(bool longLived)
{
    // One channel stays free for SFTP, so transfers never wait behind a crowd of commands. Follows hold
    // theirs for hours: they may take all but kKeptForCommands of the rest, or 50 followed metric files
    // would leave no channel for squeue and sbatch (bench/load/bench_gui_load: 0 commands answered).
    constexpr int kKeptForCommands = 2;
    const int forAll = m_maxChannels - 1;
    if (m_channelsInUse >= forAll || (longLived && m_longLivedInUse >= qMax(1, forAll - kKeptForCommands)))
        return false;
    ++m_channelsInUse;
    m_longLivedInUse += longLived;
    return true;
}

void SshWorker::releaseChannel(bool longLived)
{
    m_channelsInUse = qMax(0, m_channelsInUse - 1);
    if (longLived)
        m_longLivedInUse = qMax(0, m_longLivedInUse - 1);
}

void SshWorker::channelRefused() { m_maxChannels = qMax(2, m_channelsInUse + 1); }

void SshWorker::pump()
{
    // While close() is on its way, its shut-down socket is not a dropped link: closeLink ends the ops.
    if (m_cancel && m_readNotifier)
        m_readNotifier->setEnabled(false);  // a shut-down socket stays readable: do not spin on it
    if (m_inPump || m_phase != Phase::Up || !m_session || m_cancel)
        return;
    m_inPump = true;
    bool again = false;
    for (int round = 0; round < 32; ++round) {
        // Let libssh read what arrived, even when no operation asks (server keepalives, window
        // adjustments); otherwise the read notifier would fire forever.
        ssh_event_dopoll(m_event, 0);
        bool moved = false;
        // Steps may add or finish operations; iterate over a snapshot.
        const auto snapshot = m_ops;
        for (const auto &op : snapshot)
            if (!op->finished())
                moved |= op->step(*this);
        std::erase_if(m_ops, [](const std::shared_ptr<Op> &op) { return op->finished(); });
        if (!ssh_is_connected(m_session)) {
            const QString why = QString::fromUtf8(ssh_get_error(m_session));
            m_inPump = false;
            onLinkLost(why.isEmpty() ? Text::tr("the server closed the connection") : why);
            return;
        }
        if (!moved)
            break;
        again = round == 31;
    }
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(ssh_get_poll_flags(m_session) & SSH_WRITE_PENDING);
    const bool waiting = std::any_of(m_ops.cbegin(), m_ops.cend(), [](const auto &op) { return op->waiting(); });
    m_tick.setInterval(m_ops.empty() ? 1000 : (waiting ? 20 : 100));
    m_inPump = false;
    if (again)
        schedulePump(0);  // still busy (a transfer): give queued requests a turn, then go on
}

void SshWorker::expireWaiting()
{
    std::erase_if(m_ops, [this](const std::shared_ptr<Op> &op) {
        if (!op->waitWhileDown.hasExpired())
            return false;
        op->abort(Text::tr("still not connected to %1 after %2 s: %3")
                      .arg(targetLabel())
                      .arg(m_settings.waitWhileDownMs / 1000)
                      .arg(m_lastError),
                  nullptr);
        return true;
    });
}

void SshWorker::onTick()
{
    if (m_cancel)
        return;
    if (m_phase != Phase::Up) {
        expireWaiting();
        return;
    }
    pump();
    if (m_phase != Phase::Up)
        return;
    // Link probe: a global request the server must answer (OpenSSH replies "failure"). A link that
    // stays silent for deadAfterMs is declared dead even when TCP has not noticed yet.
    if (!m_probing && m_sinceProbe.elapsed() > m_settings.keepaliveIntervalMs) {
        m_probing = true;
        m_sinceProbe.restart();
    }
    if (m_probing) {
        const int rc = ssh_channel_cancel_forward(m_session, "fabbrica.keepalive.invalid", 1);
        if (rc != SSH_AGAIN) {
            m_probing = false;
            m_sinceProbe.restart();
        } else if (m_sinceProbe.elapsed() > m_settings.deadAfterMs) {
            onLinkLost(Text::tr("no answer from the server for %1 s").arg(m_settings.deadAfterMs / 1000));
            return;
        }
        if (!ssh_is_connected(m_session))
            onLinkLost(Text::tr("the server closed the connection"));
    }
}

}  // namespace fab::remote
