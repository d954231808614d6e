#include "remote/agent_identities.h"

#include <QCoreApplication>
#include <QLocalSocket>
#include <QtEndian>

namespace fab::remote {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::remote::Auth)
};

constexpr char kRequestIdentities = 11;
constexpr char kIdentitiesAnswer = 12;
constexpr quint32 kMaxMessage = 256 * 1024;  // an agent with hundreds of keys stays far below this

// Reads a uint32-length-prefixed string at `pos`; false when it does not fit.
bool readString(const QByteArray &m, qsizetype &pos, QByteArray *out)
{
    if (pos + 4 > m.size())
        return false;
    const quint32 n = qFromBigEndian<quint32>(m.constData() + pos);
    pos += 4;
    if (n > quint32(m.size() - pos))
        return false;
    *out = m.mid(pos, n);
    pos += n;
    return true;
}

}  // namespace

std::optional<QList<AgentIdentity>> parseAgentIdentitiesAnswer(const QByteArray &m, QString *error)
{
    if (m.isEmpty() || m[0] != kIdentitiesAnswer) {
        *error = Text::tr("the agent answered message %1, not an identity list").arg(m.isEmpty() ? -1 : int(quint8(m[0])));
        return std::nullopt;
    }
    qsizetype pos = 1;
    if (pos + 4 > m.size()) {
        *error = Text::tr("the agent's identity list is cut short");
        return std::nullopt;
    }
    const quint32 count = qFromBigEndian<quint32>(m.constData() + pos);
    pos += 4;
    QList<AgentIdentity> out;
    for (quint32 i = 0; i < count; ++i) {
        QByteArray blob, comment;
        if (!readString(m, pos, &blob) || !readString(m, pos, &comment)) {
            *error = Text::tr("the agent's identity list is cut short");
            return std::nullopt;
        }
        AgentIdentity id;
        qsizetype p = 0;
        QByteArray type;
        if (!readString(blob, p, &type)) {
            *error = Text::tr("the agent sent a key without a type");
            return std::nullopt;
        }
        id.type = QString::fromLatin1(type);
        id.comment = QString::fromUtf8(comment);
        if (type.endsWith("-cert-v01@openssh.com"))
            id.certificate = parseOpenSshCertificate(type + ' ' + blob.toBase64());
        out << id;
    }
    return out;
}

QList<AgentIdentity> agentIdentities(const QString &socketPath, int timeoutMs, QString *error)
{
    QLocalSocket s;
    s.connectToServer(socketPath);
    if (!s.waitForConnected(timeoutMs)) {
        *error = s.errorString();
        return {};
    }
    const QByteArray request = QByteArray::fromHex("00000001") + QByteArray(1, kRequestIdentities);
    s.write(request);
    if (!s.waitForBytesWritten(timeoutMs)) {
        *error = s.errorString();
        return {};
    }
    QByteArray buf;
    while (buf.size() < 4 || buf.size() < 4 + qsizetype(qFromBigEndian<quint32>(buf.constData()))) {
        if (buf.size() >= 4 && qFromBigEndian<quint32>(buf.constData()) > kMaxMessage) {
            *error = Text::tr("the agent's answer is too large");
            return {};
        }
        if (!s.bytesAvailable() && !s.waitForReadyRead(timeoutMs)) {
            *error = Text::tr("the agent did not answer in time");
            return {};
        }
        buf += s.readAll();
    }
    const auto parsed = parseAgentIdentitiesAnswer(buf.mid(4, qFromBigEndian<quint32>(buf.constData())), error);
    return parsed ? *parsed : QList<AgentIdentity>{};
}

}  // namespace fab::remote
