#pragma once
// What Fabbrica needs to know about OpenSSH key and certificate files before handing them to libssh:
// when a user certificate expires (libssh 0.10 does not say), whether a private key is encrypted (so
// the passphrase is asked only when needed), and the public half of an OpenSSH-format private key
// (readable without the passphrase). Pure parsers, bounded on any input.
#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace fab {

struct OpenSshCertificate {
    QString certType;   // "ssh-ed25519-cert-v01@openssh.com"
    QString keyId;
    quint64 serial = 0;
    bool isUserCert = true;
    QStringList principals;
    QDateTime validAfter;   // UTC; invalid = from the beginning of time
    QDateTime validBefore;  // UTC; invalid = forever
    bool expiredAt(const QDateTime &now) const { return validBefore.isValid() && now >= validBefore; }
    bool notYetValidAt(const QDateTime &now) const { return validAfter.isValid() && now < validAfter; }
};

// Parses the text of an "id_xxx-cert.pub" file ("TYPE BASE64 [comment]").
std::optional<OpenSshCertificate> parseOpenSshCertificate(const QByteArray &fileText, QString *error = nullptr);

enum class PrivateKeyFormat { Unknown, OpenSsh, Pem };
struct PrivateKeyInfo {
    PrivateKeyFormat format = PrivateKeyFormat::Unknown;
    bool encrypted = false;
    QString publicKeyType;    // OpenSSH format only: "ssh-ed25519", …
    QByteArray publicKeyBase64;  // OpenSSH format only: the public key blob, as in a .pub file
};
PrivateKeyInfo inspectPrivateKey(const QByteArray &fileText);

// "2 h 05 min", "12 min", "3 days" — for "expires in …" messages.
QString describeDuration(qint64 seconds);

}  // namespace fab
