#include "core/runner/ssh_config.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace fab {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::SshConfig)
};

// Bounds that keep any input cheap: a real config is a few kB.
constexpr qsizetype kMaxText = 4 << 20;
constexpr qsizetype kMaxLine = 64 << 10;
constexpr int kMaxIncludeDepth = 16;
constexpr int kMaxIncludedFiles = 256;
constexpr int kMaxEntries = 100000;

// Splits one line the way OpenSSH's argv_split does: words separated by blanks, "…" or '…' group,
// backslash escapes a quote, a backslash or a blank; a word starting with # ends the line.
bool splitWords(const QString &line, QStringList *words, QString *error)
{
    QString cur;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quote.isNull() && (c == QLatin1Char(' ') || c == QLatin1Char('\t'))) {
            if (inWord)
                words->append(cur);
            cur.clear();
            inWord = false;
            continue;
        }
        if (quote.isNull() && !inWord && c == QLatin1Char('#'))
            break;
        inWord = true;
        if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            const QChar n = line[i + 1];
            if (n == QLatin1Char('"') || n == QLatin1Char('\'') || n == QLatin1Char('\\') ||
                (quote.isNull() && (n == QLatin1Char(' ') || n == QLatin1Char('\t')))) {
                cur += n;
                ++i;
                continue;
            }
        }
        if (quote.isNull() && (c == QLatin1Char('"') || c == QLatin1Char('\''))) {
            quote = c;
            continue;
        }
        if (!quote.isNull() && c == quote) {
            quote = QChar();
            continue;
        }
        cur += c;
    }
    if (!quote.isNull()) {
        *error = Text::tr("unterminated quote");
        return false;
    }
    if (inWord)
        words->append(cur);
    return true;
}

QString expandTilde(const QString &path, const QString &home)
{
    if (path == QLatin1String("~"))
        return home;
    if (path.startsWith(QLatin1String("~/")))
        return home + path.mid(1);
    return path;
}

}  // namespace

bool sshPatternMatch(const QString &text, const QString &pattern)
{
    // Greedy wildcard matching with one backtrack point: O(len(text) * len(pattern)) at worst.
    qsizetype t = 0, p = 0, starP = -1, starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() &&
            (pattern[p] == QLatin1Char('?') || pattern[p].toCaseFolded() == text[t].toCaseFolded())) {
            ++t;
            ++p;
        } else if (p < pattern.size() && pattern[p] == QLatin1Char('*')) {
            starP = p++;
            starT = t;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

bool sshPatternListMatch(const QString &text, const QStringList &patterns)
{
    bool found = false;
    for (const QString &group : patterns)
        for (const QString &raw : group.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const bool negated = raw.startsWith(QLatin1Char('!'));
            if (sshPatternMatch(text, negated ? raw.mid(1) : raw)) {
                if (negated)
                    return false;  // OpenSSH: a matching negation rules the block out
                found = true;
            }
        }
    return found;
}

QList<SshEndpointSpec> parseProxyJump(const QString &text, QString *error)
{
    QList<SshEndpointSpec> hops;
    const QString t = text.trimmed();
    if (t.isEmpty() || t.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return hops;
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return QList<SshEndpointSpec>();
    };
    const QStringList parts = t.split(QLatin1Char(','));
    if (parts.size() > 16)
        return fail(Text::tr("too many jump hosts (%1); at most 16").arg(parts.size()));
    static const QRegularExpression hostChars(QStringLiteral("^[A-Za-z0-9_.%:-]+$"));
    static const QRegularExpression userChars(QStringLiteral("^[A-Za-z0-9_.@+-]+$"));
    for (QString part : parts) {
        part = part.trimmed();
        if (part.startsWith(QLatin1String("ssh://"), Qt::CaseInsensitive)) {
            part = part.mid(6);
            if (part.endsWith(QLatin1Char('/')))
                part.chop(1);
        }
        if (part.isEmpty())
            return fail(Text::tr("empty jump host in \"%1\"").arg(t));
        SshEndpointSpec hop;
        const qsizetype at = part.lastIndexOf(QLatin1Char('@'));
        if (at >= 0) {
            hop.user = part.left(at);
            part = part.mid(at + 1);
            if (hop.user.isEmpty() || !userChars.match(hop.user).hasMatch())
                return fail(Text::tr("invalid user name in jump host \"%1\"").arg(hop.user));
        }
        QString portText;
        if (part.startsWith(QLatin1Char('['))) {
            const qsizetype close = part.indexOf(QLatin1Char(']'));
            if (close < 0)
                return fail(Text::tr("missing ']' in jump host \"%1\"").arg(part));
            hop.host = part.mid(1, close - 1);
            const QString rest = part.mid(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(QLatin1Char(':')))
                    return fail(Text::tr("unexpected text after ']' in jump host \"%1\"").arg(part));
                portText = rest.mid(1);
            }
        } else {
            const qsizetype colon = part.indexOf(QLatin1Char(':'));
            if (colon >= 0 && part.indexOf(QLatin1Char(':'), colon + 1) < 0) {
                hop.host = part.left(colon);
                portText = part.mid(colon + 1);
            } else {
                hop.host = part;  // bare IPv6 without a port
            }
        }
        if (hop.host.isEmpty() || !hostChars.match(hop.host).hasMatch())
            return fail(Text::tr("invalid host name in jump host \"%1\"").arg(part));
        if (!portText.isNull()) {
            bool ok = false;
            hop.port = portText.toInt(&ok);
            if (!ok || hop.port < 1 || hop.port > 65535)
                return fail(Text::tr("invalid port \"%1\" in jump host; use 1–65535").arg(portText));
        }
        hops << hop;
    }
    return hops;
}

QString formatEndpoint(const SshEndpointSpec &e)
{
    QString s = e.user.isEmpty() ? QString() : e.user + QLatin1Char('@');
    s += e.host.contains(QLatin1Char(':')) ? QLatin1Char('[') + e.host + QLatin1Char(']') : e.host;
    if (e.port > 0 && e.port != 22)
        s += QLatin1Char(':') + QString::number(e.port);
    // A lone host named "none" would read back as "no jump host" (parseProxyJump): keep it a host
    // in URI form (tests/fuzz/fuzz_ssh_config).
    if (s.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        s.prepend(QLatin1String("ssh://"));
    return s;
}

SshConfig SshConfig::parse(const QByteArray &text, const QString &fileName, const IncludeLoader &loader,
                           const QString &sshDir)
{
    SshConfig c;
    int budget = kMaxIncludedFiles;
    c.parseInto(text, fileName.isEmpty() ? QStringLiteral("config") : fileName, loader,
                sshDir.isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh") : sshDir, 0, -1, &budget);
    return c;
}

void SshConfig::parseInto(const QByteArray &rawText, const QString &fileName, const IncludeLoader &loader,
                          const QString &sshDir, int depth, int enclosingBlock, int *fileBudget)
{
    QByteArray text = rawText;
    if (text.size() > kMaxText) {
        m_problems << Text::tr("%1: larger than 4 MB; the rest is ignored").arg(fileName);
        text.truncate(kMaxText);
    }
    int block = enclosingBlock;
    int lineNo = 0;
    for (const QByteArray &rawLine : text.split('\n')) {
        ++lineNo;
        const QString where = QStringLiteral("%1:%2").arg(fileName).arg(lineNo);
        if (rawLine.size() > kMaxLine) {
            m_problems << Text::tr("%1: line longer than 64 kB ignored").arg(where);
            continue;
        }
        QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        // "Keyword value", "Keyword=value" and "Keyword = value" are all accepted.
        qsizetype k = 0;
        while (k < line.size() && !line[k].isSpace() && line[k] != QLatin1Char('='))
            ++k;
        const QString keyword = line.left(k).toLower();
        QString rest = line.mid(k).trimmed();
        if (rest.startsWith(QLatin1Char('=')))
            rest = rest.mid(1).trimmed();
        QStringList args;
        QString error;
        if (!splitWords(rest, &args, &error)) {
            m_problems << QStringLiteral("%1: %2").arg(where, error);
            continue;
        }
        if (keyword == QLatin1String("host")) {
            Block b;
            b.hostPatterns = args;
            b.parentBlock = enclosingBlock;
            if (args.isEmpty())
                m_problems << Text::tr("%1: Host without a pattern never matches").arg(where);
            m_blocks << b;
            block = int(m_blocks.size()) - 1;
            continue;
        }
        if (keyword == QLatin1String("match")) {
            Block b;
            b.isMatch = true;
            b.parentBlock = enclosingBlock;
            for (qsizetype i = 0; i < args.size(); ++i) {
                const QString kind = args[i].toLower();
                if (kind == QLatin1String("all") || kind == QLatin1String("canonical") ||
                    kind == QLatin1String("final")) {
                    // Fabbrica resolves once, like OpenSSH's final pass: these add no condition.
                    continue;
                }
                if ((kind == QLatin1String("host") || kind == QLatin1String("originalhost") ||
                     kind == QLatin1String("user") || kind == QLatin1String("localuser")) &&
                    i + 1 < args.size()) {
                    b.criteria << Criterion{kind, {args[++i]}};
                    continue;
                }
                m_problems << Text::tr("%1: Match %2 is not supported; the block is skipped").arg(where, args[i]);
                b.criteria << Criterion{QStringLiteral("never"), {}};
                break;
            }
            m_blocks << b;
            block = int(m_blocks.size()) - 1;
            continue;
        }
        if (keyword == QLatin1String("include")) {
            if (depth >= kMaxIncludeDepth) {
                m_problems << Text::tr("%1: Include nested more than %2 deep ignored").arg(where).arg(kMaxIncludeDepth);
                continue;
            }
            for (const QString &pattern : args) {
                QString abs = expandTilde(pattern, QFileInfo(sshDir).path());
                if (QFileInfo(abs).isRelative())
                    abs = sshDir + QLatin1Char('/') + abs;
                if (!loader)
                    continue;
                for (const auto &[name, content] : loader(abs)) {
                    if (--*fileBudget < 0) {
                        m_problems << Text::tr("%1: more than %2 included files; the rest are ignored")
                                          .arg(where)
                                          .arg(kMaxIncludedFiles);
                        return;
                    }
                    parseInto(content, name, loader, sshDir, depth + 1, block, fileBudget);
                }
            }
            continue;
        }
        if (m_entries.size() >= kMaxEntries) {
            m_problems << Text::tr("%1: too many lines; the rest is ignored").arg(where);
            return;
        }
        m_entries << Entry{block, keyword, args, where};
    }
}

bool SshConfig::blockApplies(int block, const QString &alias, const QString &hostName, const QString &user,
                             const QString &localUser) const
{
    // A block brought in by an Include inside another block applies only where that one does.
    for (int guard = 0; block >= 0 && guard < 1024; ++guard) {
        const Block &b = m_blocks[block];
        if (!b.isMatch) {
            if (!sshPatternListMatch(alias, b.hostPatterns))
                return false;
        } else {
            for (const Criterion &c : b.criteria) {
                bool ok = false;
                if (c.kind == QLatin1String("host"))
                    ok = sshPatternListMatch(hostName, c.patterns);
                else if (c.kind == QLatin1String("originalhost"))
                    ok = sshPatternListMatch(alias, c.patterns);
                else if (c.kind == QLatin1String("user"))
                    ok = sshPatternListMatch(user, c.patterns);
                else if (c.kind == QLatin1String("localuser"))
                    ok = sshPatternListMatch(localUser, c.patterns);
                if (!ok)
                    return false;
            }
        }
        block = b.parentBlock;
    }
    return true;
}

SshHostConfig SshConfig::resolve(const QString &host, const QString &localUserIn, const QString &homeIn) const
{
    const QString home = homeIn.isEmpty() ? QDir::homePath() : homeIn;
    const QString localUser = localUserIn.isEmpty() ? qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"))
                                                    : localUserIn;
    SshHostConfig r;
    r.alias = host;
    QHash<QString, QString> first;  // first obtained value wins (ssh_config(5))
    QHash<int, bool> applies;       // evaluated when the block's first line is reached, as OpenSSH does
    for (const Entry &e : m_entries) {
        if (e.block >= 0) {
            auto it = applies.find(e.block);
            if (it == applies.end())
                it = applies.insert(e.block, blockApplies(e.block, host, first.value(QStringLiteral("hostname"), host),
                                                          first.value(QStringLiteral("user"), localUser), localUser));
            if (!it.value())
                continue;
        }
        if (e.args.isEmpty())
            continue;
        if (e.keyword == QLatin1String("identityfile"))
            r.identityFiles << e.args.first();
        else if (e.keyword == QLatin1String("certificatefile"))
            r.certificateFiles << e.args.first();
        else if (e.keyword == QLatin1String("proxycommand") && !first.contains(e.keyword)) {
            first.insert(e.keyword, e.args.join(QLatin1Char(' ')));
            if (e.args.first().compare(QLatin1String("none"), Qt::CaseInsensitive) != 0)
                r.notes << Text::tr("%1: ProxyCommand is not used by Fabbrica; use ProxyJump").arg(e.where);
        } else if (!first.contains(e.keyword))
            first.insert(e.keyword, e.keyword == QLatin1String("userknownhostsfile") ? e.args.first()
                                                                                     : e.args.join(QLatin1Char(' ')));
    }
    auto expand = [&](QString v, bool forHostName) {
        QString out;
        for (qsizetype i = 0; i < v.size(); ++i) {
            if (v[i] != QLatin1Char('%') || i + 1 >= v.size()) {
                out += v[i];
                continue;
            }
            const QChar t = v[++i];
            if (t == QLatin1Char('%'))
                out += QLatin1Char('%');
            else if (t == QLatin1Char('h'))
                out += forHostName ? host : r.hostName;
            else if (t == QLatin1Char('n'))
                out += host;
            else if (t == QLatin1Char('p'))
                out += QString::number(r.port > 0 ? r.port : 22);
            else if (t == QLatin1Char('r'))
                out += r.user.isEmpty() ? localUser : r.user;
            else if (t == QLatin1Char('u'))
                out += localUser;
            else if (t == QLatin1Char('d'))
                out += home;
            else
                out += QLatin1Char('%') + t;  // %C, %l, %i…: left as written
        }
        return forHostName ? out : expandTilde(out, home);
    };
    r.hostName = first.contains(QStringLiteral("hostname")) ? expand(first.value(QStringLiteral("hostname")), true) : host;
    r.user = first.value(QStringLiteral("user"));
    bool ok = false;
    const int port = first.value(QStringLiteral("port")).toInt(&ok);
    r.port = ok && port > 0 && port <= 65535 ? port : 0;
    const QString jump = first.value(QStringLiteral("proxyjump"));
    r.proxyJump = jump.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0 ? QString() : jump;
    const QString only = first.value(QStringLiteral("identitiesonly")).toLower();
    r.identitiesOnly = only == QLatin1String("yes") || only == QLatin1String("true");
    if (first.contains(QStringLiteral("userknownhostsfile")))
        r.userKnownHostsFile = expand(first.value(QStringLiteral("userknownhostsfile")), false);
    for (QString &f : r.identityFiles)
        f = expand(f, false);
    for (QString &f : r.certificateFiles)
        f = expand(f, false);
    return r;
}

QStringList SshConfig::concreteHosts() const
{
    QStringList out;
    for (const Block &b : m_blocks) {
        if (b.isMatch)
            continue;
        for (const QString &p : b.hostPatterns)
            if (!p.contains(QLatin1Char('*')) && !p.contains(QLatin1Char('?')) && !p.startsWith(QLatin1Char('!')) &&
                !out.contains(p))
                out << p;
    }
    return out;
}

SshConfig SshConfig::load(const QString &pathIn)
{
    const QString sshDir = QDir::homePath() + QStringLiteral("/.ssh");
    const QString path = pathIn.isEmpty() ? sshDir + QStringLiteral("/config") : pathIn;
    auto read = [](const QString &file) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return QByteArray();
        return f.read(kMaxText);
    };
    // Include: wildcards in the file-name part, as users write them (config.d/*.conf).
    IncludeLoader loader = [read](const QString &pattern) {
        QList<std::pair<QString, QByteArray>> files;
        const QFileInfo fi(pattern);
        const QDir dir = fi.dir();
        for (const QFileInfo &match : dir.entryInfoList({fi.fileName()}, QDir::Files, QDir::Name))
            files.append({match.absoluteFilePath(), read(match.absoluteFilePath())});
        return files;
    };
    return parse(read(path), path, loader, sshDir);
}

}  // namespace fab
