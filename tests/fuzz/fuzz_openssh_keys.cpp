// The key and certificate file readers (core/runner/openssh_keys.cpp) that look at a user's
// ~/.ssh/id_* files before libssh does: a certificate's validity and principals, a private key's
// format, whether it is encrypted and its public half. A key's public half, when found, is base64.
//
// Base64 hides the binary structure from the fuzzer, so an input that starts with "RAW1" is the
// decoded blob itself: the target writes it as a certificate line (with the blob's own type string in
// front, as ssh-keygen does) and as an OpenSSH private key file, and reads both.
#include "fuzz_util.h"
#include "core/runner/openssh_keys.h"

#include <QDateTime>

using namespace fab;

namespace {

// The text files a blob would be stored in.
QByteArray certificateLine(const QByteArray &blob)
{
    QByteArray type = "ssh-ed25519-cert-v01@openssh.com";
    if (blob.size() >= 4) {
        const auto *p = reinterpret_cast<const uchar *>(blob.constData());
        const quint32 n = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
        if (n <= quint32(blob.size() - 4) && n > 0)
            type = blob.mid(4, qsizetype(n));
    }
    return type + ' ' + blob.toBase64() + " fuzz@example\n";
}

QByteArray privateKeyFile(const QByteArray &blob)
{
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + blob.toBase64() + "\n-----END OPENSSH PRIVATE KEY-----\n";
}

void inspect(const QByteArray &text)
{
    QString error;
    if (const auto cert = parseOpenSshCertificate(text, &error)) {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1732440000, Qt::UTC);
        cert->expiredAt(now);
        cert->notYetValidAt(now);
    }
    const PrivateKeyInfo key = inspectPrivateKey(text);
    if (!key.publicKeyBase64.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(key.publicKeyBase64, QByteArray::AbortOnBase64DecodingErrors);
        FUZZ_CHECK(decoded.decodingStatus == QByteArray::Base64DecodingStatus::Ok, QString::fromLatin1(key.publicKeyBase64));
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray in = fabfuzz::bytes(data, size);
    if (in.startsWith("RAW1")) {
        const QByteArray blob = in.mid(4);
        inspect(certificateLine(blob));
        inspect(privateKeyFile(blob));
    } else {
        inspect(in);
    }
    describeDuration(qint64(size) * 977 - 86400);
    return 0;
}
