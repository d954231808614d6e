// The operating-system calls behind platform.h. Two halves: POSIX (Linux, built and tested here;
// macOS prepared) and Win32 under Q_OS_WIN (prepared: written against the documented API and passed
// through a MinGW-w64 syntax check, but never built with MSVC, linked or run: expect to fix things on
// the first Windows build).
#include "core/platform/platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QVarLengthArray>
#include <cstring>
#include <limits>

#ifdef Q_OS_WIN
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <winsock2.h>  // before windows.h
#include <ws2tcpip.h>
#include <windows.h>
#include <aclapi.h>
#include <fcntl.h>
#include <io.h>
#include <vector>
#else
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace fab::platform {

namespace {
// The flag setInterruptFlag installed; a lock-free atomic pointer is safe to read in a signal handler.
std::atomic<std::atomic<bool> *> g_interruptFlag{nullptr};
static_assert(std::atomic<std::atomic<bool> *>::is_always_lock_free);

void raiseInterruptFlag()
{
    if (std::atomic<bool> *flag = g_interruptFlag.load())
        flag->store(true);
}
}  // namespace

bool setOwnerOnlyPermissions(const QString &path)
{
    const bool dir = QFileInfo(path).isDir();
    QFile::Permissions perms = QFile::ReadOwner | QFile::WriteOwner;
    if (dir)
        perms |= QFile::ExeOwner;
#ifndef Q_OS_WIN
    return QFile::setPermissions(path, perms);
#else
    // Qt maps these to the read-only attribute on Windows (cleared here); who may open the file is
    // its access list: replace it by one entry for the current user, not inherited from the folder.
    if (!QFile::setPermissions(path, perms))
        return false;
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return false;
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::vector<unsigned char> user(size ? size : 1);
    const bool haveUser = size && GetTokenInformation(token, TokenUser, user.data(), size, &size);
    CloseHandle(token);
    if (!haveUser)
        return false;
    EXPLICIT_ACCESSW entry{};
    entry.grfAccessPermissions = dir ? FILE_ALL_ACCESS : (FILE_GENERIC_READ | FILE_GENERIC_WRITE | DELETE);
    entry.grfAccessMode = SET_ACCESS;
    entry.grfInheritance = dir ? SUB_CONTAINERS_AND_OBJECTS_INHERIT : NO_INHERITANCE;
    entry.Trustee.TrusteeForm = TRUSTEE_IS_SID;
    entry.Trustee.TrusteeType = TRUSTEE_IS_USER;
    entry.Trustee.ptstrName = reinterpret_cast<LPWSTR>(reinterpret_cast<TOKEN_USER *>(user.data())->User.Sid);
    PACL acl = nullptr;
    if (SetEntriesInAclW(1, &entry, nullptr, &acl) != ERROR_SUCCESS)
        return false;
    std::wstring native = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()).toStdWString();
    const DWORD rc = SetNamedSecurityInfoW(native.data(), SE_FILE_OBJECT,
                                           DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION, nullptr,
                                           nullptr, acl, nullptr);
    LocalFree(acl);
    return rc == ERROR_SUCCESS;
#endif
}

#ifndef Q_OS_WIN
// ====================================== POSIX ========================================================

namespace {
QString errnoText(int err) { return QString::fromLocal8Bit(std::strerror(err)); }

bool wouldBlock(int err) { return err == EAGAIN || err == EWOULDBLOCK || err == EINTR; }

[[maybe_unused]] void setCloseOnExec(int fd) { ::fcntl(fd, F_SETFD, ::fcntl(fd, F_GETFD) | FD_CLOEXEC); }

extern "C" void onInterruptSignal(int) { raiseInterruptFlag(); }
}  // namespace

int openFlagsForReading() { return O_RDONLY; }
int openFlagsForWriting(bool truncate) { return O_WRONLY | O_CREAT | (truncate ? O_TRUNC : 0); }

bool processIsAlive(qint64 pid)
{
    if (pid <= 0 || pid > std::numeric_limits<pid_t>::max())
        return false;
    // EPERM means it exists but belongs to someone else: alive all the same.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

bool terminateProcessGroup(qint64 pid, bool force)
{
    if (pid <= 0 || pid > std::numeric_limits<pid_t>::max())
        return false;
    return ::kill(-pid_t(pid), force ? SIGKILL : SIGTERM) == 0;
}

void setInterruptFlag(std::atomic<bool> *flag)
{
    g_interruptFlag = flag;
    struct sigaction sa {};
    sa.sa_handler = onInterruptSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGTERM, &sa, nullptr);
}

bool isTerminal(int fd) { return ::isatty(fd) == 1; }

EchoOff::EchoOff(int fd, bool active) : m_fd(fd)
{
    termios saved{};
    if (!active || !::isatty(fd) || ::tcgetattr(fd, &saved) != 0)
        return;
    termios t = saved;
    t.c_lflag &= ~tcflag_t(ECHO);
    t.c_lflag |= ECHONL;  // the Enter still shows
    m_saved = QByteArray(reinterpret_cast<const char *>(&saved), sizeof saved);
    m_on = ::tcsetattr(fd, TCSAFLUSH, &t) == 0;
}

EchoOff::~EchoOff()
{
    if (!m_on)
        return;
    termios saved{};
    std::memcpy(&saved, m_saved.constData(), sizeof saved);
    ::tcsetattr(m_fd, TCSAFLUSH, &saved);
}

int waitForInput(int fd, int timeoutMs)
{
    pollfd p{fd, POLLIN, 0};
    const int r = ::poll(&p, 1, timeoutMs);
    if (r < 0)
        return errno == EINTR ? 0 : -1;
    return r > 0 ? 1 : 0;
}

qint64 readSome(int fd, char *buffer, qint64 size)
{
    for (;;) {
        const ssize_t n = ::read(fd, buffer, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        return n < 0 ? -1 : qint64(n);
    }
}

void writeAll(int fd, const QByteArray &bytes)
{
    const char *p = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        p += n;
        left -= n;
    }
}

QList<NetAddress> resolve(const QString &name, int port, bool numericOnly, QString *error)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    if (numericOnly)
        hints.ai_flags = AI_NUMERICHOST;
    addrinfo *list = nullptr;
    const int rc = ::getaddrinfo(name.toUtf8().constData(), QByteArray::number(port).constData(), &hints, &list);
    if (rc != 0) {
        *error = QString::fromLocal8Bit(::gai_strerror(rc));
        return {};
    }
    QList<NetAddress> out;
    for (const addrinfo *a = list; a; a = a->ai_next) {
        NetAddress n;
        n.sockaddr = QByteArray(reinterpret_cast<const char *>(a->ai_addr), int(a->ai_addrlen));
        n.ipv6 = a->ai_family == AF_INET6;
        char host[NI_MAXHOST] = {0};
        if (::getnameinfo(a->ai_addr, a->ai_addrlen, host, sizeof host, nullptr, 0, NI_NUMERICHOST) == 0)
            n.numeric = QString::fromLatin1(host);
        out << n;
    }
    ::freeaddrinfo(list);
    return out;
}

ConnectResult connectTcp(const NetAddress &address, QDeadlineTimer deadline, const std::atomic<bool> &cancelled)
{
    ConnectResult out;
    sockaddr_storage ss{};
    const socklen_t len = socklen_t(qMin<qsizetype>(address.sockaddr.size(), sizeof ss));
    std::memcpy(&ss, address.sockaddr.constData(), len);
#if defined(SOCK_CLOEXEC) && defined(SOCK_NONBLOCK)
    const int fd = ::socket(ss.ss_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
#else
    const int fd = ::socket(ss.ss_family, SOCK_STREAM, 0);
    if (fd >= 0) {
        setCloseOnExec(fd);
        setNonBlocking(fd);
    }
#endif
    if (fd < 0) {
        out.error = errnoText(errno);
        return out;
    }
    int err = 0;
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&ss), len) != 0) {
        err = errno;
        if (err == EINPROGRESS) {
            err = ETIMEDOUT;
            while (!deadline.hasExpired() && !cancelled) {
                pollfd p{fd, POLLOUT, 0};
                const int r = ::poll(&p, 1, int(qMin<qint64>(100, qMax<qint64>(1, deadline.remainingTime()))));
                if (r > 0) {
                    socklen_t l = sizeof err;
                    ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &l);
                    break;
                }
            }
        }
    }
    if (cancelled) {
        ::close(fd);
        out.cancelled = true;
        return out;
    }
    if (err != 0) {
        out.error = errnoText(err);
        ::close(fd);
        return out;
    }
    out.socket = fd;
    return out;
}

void tuneTcpSocket(Socket socket, int keepaliveIdleSeconds, int userTimeoutMs)
{
    const int fd = int(socket);
    int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    ::setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof one);
#ifdef TCP_KEEPIDLE
    int idle = keepaliveIdleSeconds, intvl = 5, count = 3;
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &intvl, sizeof intvl);
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count);
#elif defined(TCP_KEEPALIVE)  // macOS spells the idle time this way
    int idle = keepaliveIdleSeconds;
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPALIVE, &idle, sizeof idle);
#else
    Q_UNUSED(keepaliveIdleSeconds);
#endif
#ifdef TCP_USER_TIMEOUT
    // Data not acknowledged for this long ends the connection with an error instead of waiting for
    // the kernel's ~15 minutes of retransmissions: a pulled cable is noticed within seconds.
    unsigned int userTimeout = unsigned(userTimeoutMs);
    ::setsockopt(fd, IPPROTO_TCP, TCP_USER_TIMEOUT, &userTimeout, sizeof userTimeout);
#else
    Q_UNUSED(userTimeoutMs);
#endif
}

int localPort(Socket socket)
{
    sockaddr_storage local{};
    socklen_t len = sizeof local;
    if (::getsockname(int(socket), reinterpret_cast<sockaddr *>(&local), &len) != 0)
        return 0;
    if (local.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6 *>(&local)->sin6_port);
    if (local.ss_family == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in *>(&local)->sin_port);
    return 0;
}

bool socketPair(Socket pair[2])
{
    int fds[2] = {-1, -1};
#ifdef SOCK_CLOEXEC
    const bool ok = ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) == 0;
#else
    const bool ok = ::socketpair(AF_UNIX, SOCK_STREAM, 0, fds) == 0;
    if (ok) {
        setCloseOnExec(fds[0]);
        setCloseOnExec(fds[1]);
    }
#endif
    pair[0] = ok ? fds[0] : kNoSocket;
    pair[1] = ok ? fds[1] : kNoSocket;
#ifdef SO_NOSIGPIPE  // no MSG_NOSIGNAL there (macOS): the socket itself must not raise SIGPIPE
    if (ok) {
        int one = 1;
        ::setsockopt(fds[0], SOL_SOCKET, SO_NOSIGPIPE, &one, sizeof one);
        ::setsockopt(fds[1], SOL_SOCKET, SO_NOSIGPIPE, &one, sizeof one);
    }
#endif
    return ok;
}

bool setNonBlocking(Socket socket)
{
    const int fd = int(socket);
    const int flags = ::fcntl(fd, F_GETFL);
    return flags >= 0 && ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0;
}

void shutdownSocket(Socket socket)
{
    if (socket >= 0)
        ::shutdown(int(socket), SHUT_RDWR);
}

void closeSocket(Socket socket)
{
    if (socket >= 0)
        ::close(int(socket));
}

qint64 sendSome(Socket socket, const char *data, qint64 size)
{
#ifdef MSG_NOSIGNAL
    const ssize_t n = ::send(int(socket), data, size_t(size), MSG_NOSIGNAL);
#else
    const ssize_t n = ::send(int(socket), data, size_t(size), 0);
#endif
    if (n >= 0)
        return n;
    return wouldBlock(errno) ? kWouldBlock : -1;
}

qint64 receiveSome(Socket socket, char *buffer, qint64 size)
{
    const ssize_t n = ::recv(int(socket), buffer, size_t(size), 0);
    if (n >= 0)
        return n;
    return wouldBlock(errno) ? kWouldBlock : -1;
}

int waitForSockets(SocketWait *sockets, int count, int timeoutMs)
{
    QVarLengthArray<pollfd, 4> p(count);
    for (int i = 0; i < count; ++i) {
        p[i].fd = int(sockets[i].socket);
        p[i].events = short((sockets[i].read ? POLLIN : 0) | (sockets[i].write ? POLLOUT : 0));
        p[i].revents = 0;
    }
    const int r = ::poll(p.data(), nfds_t(count), timeoutMs);
    for (int i = 0; i < count; ++i) {
        sockets[i].readable = r > 0 && (p[i].revents & (POLLIN | POLLHUP | POLLERR));
        sockets[i].writable = r > 0 && (p[i].revents & POLLOUT);
    }
    if (r < 0)
        return errno == EINTR ? 0 : -1;
    return r;
}

#else
// ====================================== Win32 (prepared: not built, linked or run yet) ================

namespace {
QString systemText(DWORD code)
{
    wchar_t *text = nullptr;
    const DWORD n = FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM |
                                       FORMAT_MESSAGE_IGNORE_INSERTS,
                                   nullptr, code, 0, reinterpret_cast<LPWSTR>(&text), 0, nullptr);
    QString s = n ? QString::fromWCharArray(text, int(n)).trimmed() : QStringLiteral("error %1").arg(code);
    if (text)
        LocalFree(text);
    return s;
}

// Winsock must be started once before the first socket call; libssh does it too, resolve may come first.
void startWinsock()
{
    static const bool started = [] {
        WSADATA data;
        return WSAStartup(MAKEWORD(2, 2), &data) == 0;
    }();
    Q_UNUSED(started);
}

bool wouldBlock(int err) { return err == WSAEWOULDBLOCK || err == WSAEINTR || err == WSAEINPROGRESS; }

HANDLE osHandle(int fd) { return reinterpret_cast<HANDLE>(_get_osfhandle(fd)); }

BOOL WINAPI onConsoleEvent(DWORD event)
{
    switch (event) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:  // Windows ends the process soon after this returns, flag or not
    case CTRL_SHUTDOWN_EVENT:
        raiseInterruptFlag();
        return TRUE;
    default:
        return FALSE;
    }
}
}  // namespace

// MSVC's <fcntl.h> spells them with an underscore (libssh's Windows build sees the same values).
int openFlagsForReading() { return _O_RDONLY; }
int openFlagsForWriting(bool truncate) { return _O_WRONLY | _O_CREAT | (truncate ? _O_TRUNC : 0); }

bool processIsAlive(qint64 pid)
{
    if (pid <= 0 || pid > qint64(std::numeric_limits<DWORD>::max()))
        return false;
    HANDLE h = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION | SYNCHRONIZE, FALSE, DWORD(pid));
    if (!h)
        return GetLastError() == ERROR_ACCESS_DENIED;  // exists, belongs to someone else
    // Signalled = ended. (GetExitCodeProcess's STILL_ACTIVE could also be a real exit code.)
    const bool alive = WaitForSingleObject(h, 0) == WAIT_TIMEOUT;
    CloseHandle(h);
    return alive;
}

bool terminateProcessGroup(qint64 pid, bool force)
{
    Q_UNUSED(force);  // no polite request to an arbitrary process exists here
    if (pid <= 0 || pid > qint64(std::numeric_limits<DWORD>::max()))
        return false;
    HANDLE h = OpenProcess(PROCESS_TERMINATE, FALSE, DWORD(pid));
    if (!h)
        return false;
    const bool ok = TerminateProcess(h, 1) != 0;
    CloseHandle(h);
    return ok;
}

void setInterruptFlag(std::atomic<bool> *flag)
{
    g_interruptFlag = flag;
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
}

bool isTerminal(int fd)
{
    // _isatty is true for any character device (NUL too); a console answers GetConsoleMode.
    DWORD mode = 0;
    return _isatty(fd) && GetConsoleMode(osHandle(fd), &mode);
}

EchoOff::EchoOff(int fd, bool active) : m_fd(fd)
{
    DWORD mode = 0;
    HANDLE h = osHandle(fd);
    if (!active || h == INVALID_HANDLE_VALUE || !GetConsoleMode(h, &mode))
        return;
    m_saved = QByteArray(reinterpret_cast<const char *>(&mode), sizeof mode);
    m_on = SetConsoleMode(h, mode & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
}

EchoOff::~EchoOff()
{
    if (!m_on)
        return;
    DWORD mode = 0;
    std::memcpy(&mode, m_saved.constData(), sizeof mode);
    SetConsoleMode(osHandle(m_fd), mode);
    // The console echoed nothing, not even the Enter: move to the next line as POSIX ECHONL does.
    HANDLE out = GetStdHandle(STD_ERROR_HANDLE);
    DWORD outMode = 0, written = 0;
    if (out != INVALID_HANDLE_VALUE && GetConsoleMode(out, &outMode))
        WriteConsoleW(out, L"\r\n", 2, &written, nullptr);
}

int waitForInput(int fd, int timeoutMs)
{
    HANDLE h = osHandle(fd);
    if (h == INVALID_HANDLE_VALUE)
        return -1;
    switch (GetFileType(h)) {
    case FILE_TYPE_CHAR: {
        // A console is signalled by any input event (also focus or mouse); the read that follows then
        // waits for a whole line in line-input mode. Good enough for prompts.
        const DWORD r = WaitForSingleObject(h, DWORD(qMax(0, timeoutMs)));
        return r == WAIT_OBJECT_0 ? 1 : r == WAIT_TIMEOUT ? 0 : -1;
    }
    case FILE_TYPE_PIPE: {
        QDeadlineTimer deadline(qMax(0, timeoutMs));
        for (;;) {
            DWORD available = 0;
            if (!PeekNamedPipe(h, nullptr, 0, nullptr, &available, nullptr))
                return GetLastError() == ERROR_BROKEN_PIPE ? 1 : -1;  // broken = end of input, read says 0
            if (available > 0)
                return 1;
            if (deadline.hasExpired())
                return 0;
            Sleep(DWORD(qMin<qint64>(20, qMax<qint64>(1, deadline.remainingTime()))));
        }
    }
    default:
        return 1;  // a file is always readable
    }
}

qint64 readSome(int fd, char *buffer, qint64 size)
{
    const int n = _read(fd, buffer, unsigned(qMin<qint64>(size, std::numeric_limits<int>::max())));
    return n < 0 ? -1 : qint64(n);
}

void writeAll(int fd, const QByteArray &bytes)
{
    const char *p = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const int n = _write(fd, p, unsigned(qMin<qsizetype>(left, std::numeric_limits<int>::max())));
        if (n <= 0)
            return;
        p += n;
        left -= n;
    }
}

QList<NetAddress> resolve(const QString &name, int port, bool numericOnly, QString *error)
{
    startWinsock();
    ADDRINFOW hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    if (numericOnly)
        hints.ai_flags = AI_NUMERICHOST;
    ADDRINFOW *list = nullptr;
    const std::wstring host = name.toStdWString(), service = QString::number(port).toStdWString();
    const int rc = GetAddrInfoW(host.c_str(), service.c_str(), &hints, &list);
    if (rc != 0) {
        *error = systemText(DWORD(rc));  // EAI_* are Winsock error codes
        return {};
    }
    QList<NetAddress> out;
    for (const ADDRINFOW *a = list; a; a = a->ai_next) {
        NetAddress n;
        n.sockaddr = QByteArray(reinterpret_cast<const char *>(a->ai_addr), int(a->ai_addrlen));
        n.ipv6 = a->ai_family == AF_INET6;
        wchar_t text[NI_MAXHOST] = {0};
        if (GetNameInfoW(a->ai_addr, socklen_t(a->ai_addrlen), text, NI_MAXHOST, nullptr, 0, NI_NUMERICHOST) == 0)
            n.numeric = QString::fromWCharArray(text);
        out << n;
    }
    FreeAddrInfoW(list);
    return out;
}

ConnectResult connectTcp(const NetAddress &address, QDeadlineTimer deadline, const std::atomic<bool> &cancelled)
{
    startWinsock();
    ConnectResult out;
    sockaddr_storage ss{};
    const int len = int(qMin<qsizetype>(address.sockaddr.size(), sizeof ss));
    std::memcpy(&ss, address.sockaddr.constData(), size_t(len));
    SOCKET s = WSASocketW(ss.ss_family, SOCK_STREAM, IPPROTO_TCP, nullptr, 0, WSA_FLAG_NO_HANDLE_INHERIT);
    if (s == INVALID_SOCKET) {
        out.error = systemText(DWORD(WSAGetLastError()));
        return out;
    }
    setNonBlocking(Socket(s));
    int err = 0;
    if (connect(s, reinterpret_cast<const sockaddr *>(&ss), len) != 0) {
        err = WSAGetLastError();
        if (err == WSAEWOULDBLOCK) {
            err = WSAETIMEDOUT;
            // select, not WSAPoll: older WSAPoll never reports a refused connection.
            while (!deadline.hasExpired() && !cancelled) {
                fd_set writable, failed;
                FD_ZERO(&writable);
                FD_ZERO(&failed);
                FD_SET(s, &writable);
                FD_SET(s, &failed);
                const long ms = long(qMin<qint64>(100, qMax<qint64>(1, deadline.remainingTime())));
                timeval tv{ms / 1000, (ms % 1000) * 1000};
                if (select(0, nullptr, &writable, &failed, &tv) > 0) {
                    int l = sizeof err;
                    getsockopt(s, SOL_SOCKET, SO_ERROR, reinterpret_cast<char *>(&err), &l);
                    break;
                }
            }
        }
    }
    if (cancelled) {
        closesocket(s);
        out.cancelled = true;
        return out;
    }
    if (err != 0) {
        out.error = systemText(DWORD(err));
        closesocket(s);
        return out;
    }
    out.socket = Socket(s);
    return out;
}

void tuneTcpSocket(Socket socket, int keepaliveIdleSeconds, int userTimeoutMs)
{
    const SOCKET s = SOCKET(socket);
    const DWORD one = 1;
    setsockopt(s, IPPROTO_TCP, TCP_NODELAY, reinterpret_cast<const char *>(&one), sizeof one);
    setsockopt(s, SOL_SOCKET, SO_KEEPALIVE, reinterpret_cast<const char *>(&one), sizeof one);
#ifdef TCP_KEEPIDLE  // Windows 10 1709 and later
    const DWORD idle = DWORD(keepaliveIdleSeconds), intvl = 5, count = 3;
    setsockopt(s, IPPROTO_TCP, TCP_KEEPIDLE, reinterpret_cast<const char *>(&idle), sizeof idle);
    setsockopt(s, IPPROTO_TCP, TCP_KEEPINTVL, reinterpret_cast<const char *>(&intvl), sizeof intvl);
    setsockopt(s, IPPROTO_TCP, TCP_KEEPCNT, reinterpret_cast<const char *>(&count), sizeof count);
#else
    Q_UNUSED(keepaliveIdleSeconds);
#endif
#ifdef TCP_MAXRT  // retransmission limit in seconds: the nearest to Linux's TCP_USER_TIMEOUT
    const DWORD maxRt = DWORD(qMax(1, userTimeoutMs / 1000));
    setsockopt(s, IPPROTO_TCP, TCP_MAXRT, reinterpret_cast<const char *>(&maxRt), sizeof maxRt);
#else
    Q_UNUSED(userTimeoutMs);
#endif
}

int localPort(Socket socket)
{
    sockaddr_storage local{};
    int len = sizeof local;
    if (getsockname(SOCKET(socket), reinterpret_cast<sockaddr *>(&local), &len) != 0)
        return 0;
    if (local.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6 *>(&local)->sin6_port);
    if (local.ss_family == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in *>(&local)->sin_port);
    return 0;
}

bool socketPair(Socket pair[2])
{
    // No socketpair here: a loopback TCP connection through a listener that lives for one accept.
    startWinsock();
    pair[0] = pair[1] = kNoSocket;
    SOCKET listener = WSASocketW(AF_INET, SOCK_STREAM, IPPROTO_TCP, nullptr, 0, WSA_FLAG_NO_HANDLE_INHERIT);
    if (listener == INVALID_SOCKET)
        return false;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    int len = sizeof addr;
    SOCKET a = INVALID_SOCKET, b = INVALID_SOCKET;
    bool ok = bind(listener, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) == 0 && listen(listener, 1) == 0 &&
              getsockname(listener, reinterpret_cast<sockaddr *>(&addr), &len) == 0;
    if (ok) {
        a = WSASocketW(AF_INET, SOCK_STREAM, IPPROTO_TCP, nullptr, 0, WSA_FLAG_NO_HANDLE_INHERIT);
        ok = a != INVALID_SOCKET && connect(a, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) == 0;
    }
    if (ok) {
        b = accept(listener, nullptr, nullptr);
        ok = b != INVALID_SOCKET;
    }
    if (ok) {
        // Another local program could have connected first: b's peer must be a.
        sockaddr_in mine{}, peer{};
        int l1 = sizeof mine, l2 = sizeof peer;
        ok = getsockname(a, reinterpret_cast<sockaddr *>(&mine), &l1) == 0 &&
             getpeername(b, reinterpret_cast<sockaddr *>(&peer), &l2) == 0 && mine.sin_port == peer.sin_port &&
             mine.sin_addr.s_addr == peer.sin_addr.s_addr;
    }
    closesocket(listener);
    if (!ok) {
        if (a != INVALID_SOCKET)
            closesocket(a);
        if (b != INVALID_SOCKET)
            closesocket(b);
        return false;
    }
    SetHandleInformation(reinterpret_cast<HANDLE>(b), HANDLE_FLAG_INHERIT, 0);
    const DWORD one = 1;
    setsockopt(a, IPPROTO_TCP, TCP_NODELAY, reinterpret_cast<const char *>(&one), sizeof one);
    setsockopt(b, IPPROTO_TCP, TCP_NODELAY, reinterpret_cast<const char *>(&one), sizeof one);
    pair[0] = Socket(a);
    pair[1] = Socket(b);
    return true;
}

bool setNonBlocking(Socket socket)
{
    u_long on = 1;
    return ioctlsocket(SOCKET(socket), FIONBIO, &on) == 0;
}

void shutdownSocket(Socket socket)
{
    if (socket != kNoSocket)
        shutdown(SOCKET(socket), SD_BOTH);
}

void closeSocket(Socket socket)
{
    if (socket != kNoSocket)
        closesocket(SOCKET(socket));
}

qint64 sendSome(Socket socket, const char *data, qint64 size)
{
    const int n = send(SOCKET(socket), data, int(qMin<qint64>(size, std::numeric_limits<int>::max())), 0);
    if (n != SOCKET_ERROR)
        return n;
    return wouldBlock(WSAGetLastError()) ? kWouldBlock : -1;
}

qint64 receiveSome(Socket socket, char *buffer, qint64 size)
{
    const int n = recv(SOCKET(socket), buffer, int(qMin<qint64>(size, std::numeric_limits<int>::max())), 0);
    if (n != SOCKET_ERROR)
        return n;
    return wouldBlock(WSAGetLastError()) ? kWouldBlock : -1;
}

int waitForSockets(SocketWait *sockets, int count, int timeoutMs)
{
    // WSAPoll takes no entry without events: only those that wait for something go in.
    QVarLengthArray<WSAPOLLFD, 4> p;
    QVarLengthArray<int, 4> index;
    for (int i = 0; i < count; ++i) {
        sockets[i].readable = sockets[i].writable = false;
        if (!sockets[i].read && !sockets[i].write)
            continue;
        WSAPOLLFD e{};
        e.fd = SOCKET(sockets[i].socket);
        e.events = short((sockets[i].read ? POLLRDNORM : 0) | (sockets[i].write ? POLLWRNORM : 0));
        p.append(e);
        index.append(i);
    }
    if (p.isEmpty()) {
        Sleep(DWORD(qMax(0, timeoutMs)));
        return 0;
    }
    const int r = WSAPoll(p.data(), ULONG(p.size()), timeoutMs);
    if (r < 0)
        return WSAGetLastError() == WSAEINTR ? 0 : -1;
    for (qsizetype k = 0; k < p.size(); ++k) {
        SocketWait &w = sockets[index[k]];
        w.readable = p[k].revents & (POLLRDNORM | POLLHUP | POLLERR);
        w.writable = p[k].revents & POLLWRNORM;
    }
    return r;
}

#endif

}  // namespace fab::platform
