#pragma once
// The one place for operating-system calls that Qt does not offer. Code outside core/platform/ uses
// this API and includes no POSIX or Win32 header (tests/unit/check_platform_calls.py fails the build's
// tests otherwise). platform.cpp holds the POSIX implementation (Linux: built and tested; macOS:
// prepared) and the Win32 one under Q_OS_WIN (prepared: never built with MSVC or run yet).
//
// Where Qt already does the job, use Qt: QProcess, QDir, QStandardPaths, QFile::setPermissions,
// QSocketNotifier, QLibrary. This header stays C++17 and light: CUDA sources may include it.
#include <QByteArray>
#include <QDeadlineTimer>
#include <QList>
#include <QString>
#include <QtGlobal>
#include <atomic>

namespace fab::platform {

// ---- Processes -------------------------------------------------------------------------------------

// True while a process with this id exists, also when it belongs to another user.
bool processIsAlive(qint64 pid);

// Ends the process group led by pid: the process and everything it started (a local task started with
// setsid). force = false asks politely (SIGTERM), true does not ask (SIGKILL). Windows has no process
// groups: there the process itself is ended (TerminateProcess), its children are not.
bool terminateProcessGroup(qint64 pid, bool force);

// From now on Ctrl+C, SIGTERM (POSIX) or a console close / Ctrl+Break (Windows) set *flag instead of
// ending the program; the program checks the flag and stops cleanly. *flag must outlive the program.
void setInterruptFlag(std::atomic<bool> *flag);

// ---- Terminal and standard streams (descriptors: 0 stdin, 1 stdout, 2 stderr) --------------------

bool isTerminal(int fd);

// Echo off on terminal fd for the life of this object (a typed password stays invisible; the Enter
// still moves to the next line), restored afterwards even when reading fails. Does nothing when fd
// is no terminal or active is false.
class EchoOff {
public:
    EchoOff(int fd, bool active);
    ~EchoOff();
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    int m_fd;
    bool m_on = false;
    QByteArray m_saved;  // the terminal's settings before, opaque here
};

// Waits at most timeoutMs for fd to have input (or end of input). 1 ready, 0 not yet (time out or an
// interrupting signal), -1 error.
int waitForInput(int fd, int timeoutMs);
// Reads what is there, up to size bytes (an interrupting signal is retried). > 0 bytes, 0 end of
// input, -1 error.
qint64 readSome(int fd, char *buffer, qint64 size);
// Writes every byte to fd directly, without the C library's buffers (safe beside other threads' streams).
void writeAll(int fd, const QByteArray &bytes);

// ---- Files -----------------------------------------------------------------------------------------

// Only the current user may read and write path (and enter it when it is a folder): 0600 / 0700 on
// POSIX; on Windows a protected access list with the current user alone.
bool setOwnerOnlyPermissions(const QString &path);

// The C library's open() flags (O_RDONLY; O_WRONLY | O_CREAT, with O_TRUNC when truncate), for APIs
// that take them: libssh's sftp_open. Their values differ between systems.
int openFlagsForReading();
int openFlagsForWriting(bool truncate);

// ---- Sockets: a thin layer for remote/ (libssh takes a connected socket) --------------------------

// A native socket: an int descriptor on POSIX, a SOCKET on Windows; the same type QSocketNotifier takes.
using Socket = qintptr;
constexpr Socket kNoSocket = -1;  // INVALID_SOCKET is ~0, the same -1 in this type

struct NetAddress {
    QByteArray sockaddr;  // the system's socket address, opaque here
    QString numeric;      // "192.0.2.7", "2001:db8::1"
    bool ipv6 = false;
};

// Every address of name for a TCP connection to port (getaddrinfo; blocking, no timeout of its own).
// numericOnly: name must be an address already, nothing is looked up. Empty with *error on failure.
QList<NetAddress> resolve(const QString &name, int port, bool numericOnly, QString *error);

struct ConnectResult {
    Socket socket = kNoSocket;  // connected, non-blocking, not inherited by child processes
    QString error;              // the system's words for the failure ("Connection refused")
    bool cancelled = false;     // cancelled was set while connecting; nothing left open
};
// Connects to address, giving up when deadline expires; looks at cancelled every 100 ms.
ConnectResult connectTcp(const NetAddress &address, QDeadlineTimer deadline, const std::atomic<bool> &cancelled);

// TCP_NODELAY and keepalive probes after keepaliveIdleSeconds idle; unacknowledged data for
// userTimeoutMs ends the connection with an error (where the system has such an option).
void tuneTcpSocket(Socket socket, int keepaliveIdleSeconds, int userTimeoutMs);
// The local port of a bound socket, 0 when unknown.
int localPort(Socket socket);

// Two connected stream sockets (AF_UNIX socketpair; loopback TCP on Windows), not inherited by child
// processes. False and both kNoSocket on failure.
bool socketPair(Socket pair[2]);
bool setNonBlocking(Socket socket);
// Both directions shut: whoever is blocked on the socket (here or in libssh) returns at once.
void shutdownSocket(Socket socket);
void closeSocket(Socket socket);

constexpr qint64 kWouldBlock = -2;
// Non-blocking transfer on a socket. send: bytes sent, kWouldBlock, or -1 when the peer is gone (never
// raises SIGPIPE). receive: bytes read, 0 at end of stream, kWouldBlock, or -1 on error.
qint64 sendSome(Socket socket, const char *data, qint64 size);
qint64 receiveSome(Socket socket, char *buffer, qint64 size);

struct SocketWait {
    Socket socket = kNoSocket;
    bool read = false, write = false;        // what to wait for
    bool readable = false, writable = false;  // what came
};
// Waits at most timeoutMs until one of the sockets is ready (poll). Number ready, 0 on time out or an
// interrupting signal, -1 on error.
int waitForSockets(SocketWait *sockets, int count, int timeoutMs);

}  // namespace fab::platform
