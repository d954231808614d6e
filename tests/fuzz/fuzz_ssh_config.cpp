// The ssh-config reader (core/runner/ssh_config.cpp): the input is ~/.ssh/config. An Include of a
// pattern with "self" in it reads the input again (a config that includes itself; the first 8 such
// reads of a run, for speed); any other Include reads a small fixed file. Then every concrete
// Host (the first 8) and two other names are resolved as Fabbrica does before connecting, and each
// resolved ProxyJump, once parsed, must survive formatEndpoint() and parsing again.
#include "fuzz_util.h"
#include "core/runner/ssh_config.h"

using namespace fab;

namespace {

void checkProxyJump(const QString &text)
{
    QString error;
    const QList<SshEndpointSpec> hops = parseProxyJump(text, &error);
    if (hops.isEmpty())
        return;
    QStringList written;
    for (const SshEndpointSpec &h : hops)
        written << formatEndpoint(h);
    const QString joined = written.join(QLatin1Char(','));
    QList<SshEndpointSpec> again = parseProxyJump(joined, &error);
    FUZZ_CHECK(again.size() == hops.size(), text + QStringLiteral(" -> ") + joined + QStringLiteral(": ") + error);
    for (qsizetype i = 0; i < hops.size(); ++i) {
        SshEndpointSpec expected = hops[i];
        if (expected.port == 22)
            expected.port = 0;  // formatEndpoint() leaves the default port out
        FUZZ_CHECK(again[i] == expected, text + QStringLiteral(" -> ") + joined);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = fabfuzz::bytes(data, size);
    int selfReads = 0;  // a few are enough to nest; the reader's own limit (256 files) is slow to reach
    const SshConfig::IncludeLoader loader = [&text, &selfReads](const QString &pattern) {
        QList<std::pair<QString, QByteArray>> files;
        if (pattern.contains(QLatin1String("self")) && ++selfReads <= 8)
            files.append({pattern, text});
        else
            files.append({pattern, QByteArrayLiteral("Host inc*\n  HostName included.example.org\n  Port 2222\n")});
        return files;
    };
    const SshConfig config = SshConfig::parse(text, QStringLiteral("/home/fuzz/.ssh/config"), loader,
                                              QStringLiteral("/home/fuzz/.ssh"));
    QStringList names = config.concreteHosts().mid(0, 8);
    names << QStringLiteral("login.leonardo.cineca.it") << QStringLiteral("include-me");
    for (const QString &name : names) {
        const SshHostConfig h = config.resolve(name, QStringLiteral("fuzz"), QStringLiteral("/home/fuzz"));
        FUZZ_CHECK(h.alias == name, name);
        checkProxyJump(h.proxyJump);
        for (const QString &hostPattern : config.concreteHosts().mid(0, 4))
            sshPatternMatch(h.hostName, hostPattern);
    }
    checkProxyJump(QString::fromUtf8(text.left(300)));
    return 0;
}
