#pragma once
// A small reader of OpenSSH client configuration (~/.ssh/config): enough to connect the way the user's
// own `ssh` would (Host aliases, HostName, User, Port, IdentityFile, CertificateFile, ProxyJump,
// UserKnownHostsFile, IdentitiesOnly, Include, simple Match blocks). Pure: no file access unless
// load() is used; bounded on any input (fuzzed by tests/remote/tst_ssh_config).
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace fab {

// One hop of a ProxyJump chain, or the final target.
struct SshEndpointSpec {
    QString user;  // empty: not given
    QString host;
    int port = 0;  // 0: not given
    bool operator==(const SshEndpointSpec &) const = default;
};

// Parses OpenSSH's ProxyJump syntax: "[user@]host[:port]" or "ssh://[user@]host[:port]", IPv6 in
// brackets, several hops separated by commas. "none" or "" gives an empty list. On a malformed hop
// returns an empty list and a sentence in *error.
QList<SshEndpointSpec> parseProxyJump(const QString &text, QString *error = nullptr);
QString formatEndpoint(const SshEndpointSpec &e);  // back to "user@host:port"

// What the configuration says about one host, after all matching blocks were applied.
struct SshHostConfig {
    QString alias;      // the name asked for
    QString hostName;   // HostName, tokens expanded; = alias when not set
    QString user;
    int port = 0;
    QStringList identityFiles;     // in order, ~ and %-tokens expanded
    QStringList certificateFiles;
    QString proxyJump;             // as written ("none" becomes empty)
    QString userKnownHostsFile;
    bool identitiesOnly = false;
    QStringList notes;  // directives that apply but Fabbrica does not follow (ProxyCommand, …)
};

class SshConfig {
public:
    // Reads an Include target: the files matching one pattern (already made absolute), each as
    // (name, content). Absent in tests that give text only.
    using IncludeLoader = std::function<QList<std::pair<QString, QByteArray>>(const QString &pattern)>;

    static SshConfig parse(const QByteArray &text, const QString &fileName = QString(),
                           const IncludeLoader &loader = {}, const QString &sshDir = QString());
    // ~/.ssh/config (or the given file), Includes resolved relative to ~/.ssh; a missing file is empty.
    static SshConfig load(const QString &path = QString());

    // localUser / homeDir feed %u and %d, ~ expansion; defaults are the current user's.
    SshHostConfig resolve(const QString &host, const QString &localUser = QString(),
                          const QString &homeDir = QString()) const;
    // Host names written without wildcards or negation, in file order: offered for import.
    QStringList concreteHosts() const;
    QStringList problems() const { return m_problems; }  // "file:line: what is wrong"

private:
    struct Criterion {
        QString kind;  // host, originalhost, user, localuser, all, never
        QStringList patterns;
    };
    struct Entry {
        int block = -1;  // index into m_blocks; -1 = before any Host/Match line (always applies)
        QString keyword;  // lower case
        QStringList args;
        QString where;
    };
    struct Block {
        bool isMatch = false;
        bool neverMatches = false;  // inside an Include in an inactive block
        QStringList hostPatterns;
        QList<Criterion> criteria;
        int parentBlock = -1;  // the block around the Include that brought this one in
    };
    QList<Entry> m_entries;
    QList<Block> m_blocks;
    QStringList m_problems;

    void parseInto(const QByteArray &text, const QString &fileName, const IncludeLoader &loader,
                   const QString &sshDir, int depth, int enclosingBlock, int *fileBudget);
    bool blockApplies(int block, const QString &alias, const QString &hostName, const QString &user,
                      const QString &localUser) const;
};

// Glob matching as OpenSSH does for host patterns: * and ?, case-insensitive. Linear in practice
// (no exponential backtracking).
bool sshPatternMatch(const QString &text, const QString &pattern);
// A comma- or space-separated pattern list with !negation: a negated match wins.
bool sshPatternListMatch(const QString &text, const QStringList &patterns);

}  // namespace fab
