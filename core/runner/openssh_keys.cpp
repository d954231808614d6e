#include "core/runner/openssh_keys.h"

#include <QCoreApplication>
#include <limits>

namespace fab {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::OpenSshKeys)
};

// Reads SSH wire-format values (RFC 4251) from a byte array; every read is bounds-checked and a
// failed read leaves ok() false for good.
class WireReader {
public:
    explicit WireReader(const QByteArray &data) : m_data(data) {}
    bool ok() const { return m_ok; }
    quint32 u32()
    {
        if (!need(4))
            return 0;
        const auto *p = reinterpret_cast<const uchar *>(m_data.constData() + m_pos);
        m_pos += 4;
        return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    }
    quint64 u64()
    {
        const quint64 hi = u32();
        const quint64 lo = u32();
        return (hi << 32) | lo;
    }
    QByteArray string()
    {
        const quint32 n = u32();
        if (!m_ok || !need(qsizetype(n)))
            return {};
        QByteArray s = m_data.mid(m_pos, qsizetype(n));
        m_pos += qsizetype(n);
        return s;
    }
    bool atEnd() const { return m_pos >= m_data.size(); }

private:
    bool need(qsizetype n)
    {
        if (!m_ok || n < 0 || m_data.size() - m_pos < n)
            m_ok = false;
        return m_ok;
    }
    const QByteArray &m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

QDateTime fromSshTime(quint64 secs, bool isBefore)
{
    // 0 means "always" for valid-after, all ones means "forever" for valid-before; times beyond what
    // QDateTime holds are treated the same way.
    if ((!isBefore && secs == 0) || secs > quint64(std::numeric_limits<qint64>::max() / 1000))
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(secs), Qt::UTC);
}

int keyFieldCount(const QByteArray &certType)
{
    if (certType.startsWith("ssh-rsa-cert-"))
        return 2;  // e, n
    if (certType.startsWith("ssh-dss-cert-"))
        return 4;  // p, q, g, y
    if (certType.startsWith("ecdsa-sha2-"))
        return 2;  // curve, point
    if (certType.startsWith("ssh-ed25519-cert-"))
        return 1;  // public key
    if (certType.startsWith("sk-ecdsa-sha2-"))
        return 3;  // curve, point, application
    if (certType.startsWith("sk-ssh-ed25519-cert-"))
        return 2;  // public key, application
    return -1;
}

}  // namespace

std::optional<OpenSshCertificate> parseOpenSshCertificate(const QByteArray &fileText, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<OpenSshCertificate> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QList<QByteArray> words = fileText.left(1 << 20).simplified().split(' ');
    if (words.size() < 2 || !words[0].contains("-cert-v01@openssh.com"))
        return fail(Text::tr("not an OpenSSH certificate (expected a line starting with e.g. "
                             "ssh-ed25519-cert-v01@openssh.com)"));
    const auto decoded = QByteArray::fromBase64Encoding(words[1], QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return fail(Text::tr("the certificate is not valid base64"));
    const QByteArray blob = *decoded;
    WireReader r(blob);
    OpenSshCertificate c;
    const QByteArray type = r.string();
    if (!r.ok() || type != words[0])
        return fail(Text::tr("the certificate's inner type does not match \"%1\"").arg(QString::fromLatin1(words[0])));
    c.certType = QString::fromLatin1(type);
    const int fields = keyFieldCount(type);
    if (fields < 0)
        return fail(Text::tr("unsupported certificate type %1").arg(c.certType));
    r.string();  // nonce
    for (int i = 0; i < fields; ++i)
        r.string();
    c.serial = r.u64();
    c.isUserCert = r.u32() == 1;
    c.keyId = QString::fromUtf8(r.string());
    const QByteArray principals = r.string();
    const quint64 after = r.u64();
    const quint64 before = r.u64();
    // The rest (options, extensions, reserved, CA key, signature) is not needed, but must be there:
    // a certificate cut short is damaged, whatever its dates say.
    for (int i = 0; i < 5; ++i)
        r.string();
    if (!r.ok() || !r.atEnd())
        return fail(Text::tr("the certificate is damaged (cut short or with extra bytes)"));
    WireReader pr(principals);
    while (pr.ok() && !pr.atEnd() && c.principals.size() < 256) {
        const QByteArray p = pr.string();
        if (pr.ok())
            c.principals << QString::fromUtf8(p);
    }
    c.validAfter = fromSshTime(after, false);
    c.validBefore = fromSshTime(before, true);
    return c;
}

PrivateKeyInfo inspectPrivateKey(const QByteArray &text)
{
    PrivateKeyInfo info;
    const QByteArray head = text.left(1 << 20);
    if (head.contains("-----BEGIN OPENSSH PRIVATE KEY-----")) {
        info.format = PrivateKeyFormat::OpenSsh;
        const qsizetype b = head.indexOf("-----BEGIN OPENSSH PRIVATE KEY-----") + 35;
        const qsizetype e = head.indexOf("-----END OPENSSH PRIVATE KEY-----", b);
        QByteArray body = head.mid(b, e < 0 ? -1 : e - b);
        body.replace('\n', "").replace('\r', "").replace(' ', "");
        const QByteArray bin = QByteArray::fromBase64(body);
        static const QByteArray magic("openssh-key-v1\0", 15);
        if (!bin.startsWith(magic))
            return info;
        const QByteArray rest = bin.mid(magic.size());
        WireReader r(rest);
        const QByteArray cipher = r.string();
        r.string();  // kdf name
        r.string();  // kdf options
        const quint32 keys = r.u32();
        const QByteArray pub = r.string();
        if (!r.ok() || keys < 1)
            return info;
        info.encrypted = cipher != "none";
        WireReader pk(pub);
        const QByteArray keyType = pk.string();
        if (pk.ok()) {
            info.publicKeyType = QString::fromLatin1(keyType);
            info.publicKeyBase64 = pub.toBase64();
        }
        return info;
    }
    if (head.contains("-----BEGIN ") && head.contains("PRIVATE KEY-----")) {
        info.format = PrivateKeyFormat::Pem;
        // Traditional PEM marks encryption in a header; PKCS#8 has its own BEGIN line.
        info.encrypted = head.contains("Proc-Type: 4,ENCRYPTED") || head.contains("BEGIN ENCRYPTED PRIVATE KEY");
    }
    return info;
}

QString describeDuration(qint64 s)
{
    if (s < 0)
        s = 0;
    if (s < 60)
        return Text::tr("%n second(s)", nullptr, int(s));
    if (s < 3600)
        return Text::tr("%n min", nullptr, int(s / 60));
    if (s < 48 * 3600)
        return Text::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    return Text::tr("%n day(s)", nullptr, int(s / 86400));
}

}  // namespace fab
