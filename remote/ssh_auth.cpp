#include "remote/ssh_auth.h"

#include "remote/agent_identities.h"

#include "core/runner/openssh_keys.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace fab::remote {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::remote::Auth)
};

// libssh would otherwise let OpenSSL ask for a PEM passphrase on the terminal (pki_crypto.c with a
// NULL callback): every import gets this callback, which never prompts.
int noPrompt(const char *, char *, size_t, int, int, void *) { return -1; }

QByteArray readSmall(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.read(1 << 20) : QByteArray();
}

QString when(const QDateTime &utc) { return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm t")); }

enum class Step { Success, Partial, Denied, Declined, Error };

class Login {
public:
    Login(ssh_session s, const Endpoint &ep, AuthContext &ctx) : m_s(s), m_ep(ep), m_ctx(ctx), m_target(ep.label()) {}

    AuthOutcome run();

private:
    Step publicKeys();
    Step keyFile(const QString &file, const QString &certFile);
    Step loadPrivate(const QString &file, const PrivateKeyInfo &info, ssh_key *out);
    Step agent();
    Step keyboardInteractive();
    Step password();
    Step fromRc(int rc, const QString &method);
    bool cancelled() const { return m_ctx.cancelled.load(); }
    QStringList keyFiles() const;

    ssh_session m_s;
    const Endpoint &m_ep;
    AuthContext &m_ctx;
    QString m_target;
    AuthOutcome m_out;
    QStringList m_tried;     // for the final message
    QStringList m_problems;  // expired certificates, unreadable keys
    QString m_fatal;         // a session-level error that ends the login
    QString m_declined;
};

Step Login::fromRc(int rc, const QString &method)
{
    switch (rc) {
    case SSH_AUTH_SUCCESS:
        m_out.method = method;
        return Step::Success;
    case SSH_AUTH_PARTIAL:
        m_tried << Text::tr("%1 (accepted, another factor is required)").arg(method);
        return Step::Partial;
    case SSH_AUTH_DENIED:
        return Step::Denied;
    default:
        m_fatal = QString::fromUtf8(ssh_get_error(m_s));
        return Step::Error;
    }
}

QStringList Login::keyFiles() const
{
    if (!m_ep.identityFiles.isEmpty())
        return m_ep.identityFiles;
    QStringList out;
    for (const char *name : {"id_ed25519", "id_ecdsa", "id_rsa"}) {
        const QString f = QDir::homePath() + QStringLiteral("/.ssh/") + QLatin1String(name);
        if (QFileInfo::exists(f))
            out << f;
    }
    return out;
}

Step Login::loadPrivate(const QString &file, const PrivateKeyInfo &info, ssh_key *out)
{
    const QByteArray path = QFile::encodeName(file);
    if (!info.encrypted) {
        if (ssh_pki_import_privkey_file(path.constData(), "", noPrompt, nullptr, out) == SSH_OK)
            return Step::Success;
        m_problems << Text::tr("%1 could not be read as a private key (OpenSSH or PEM; Ed25519, ECDSA or RSA)").arg(file);
        return Step::Denied;
    }
    const QString cacheKey = SecretStore::passphraseKey(file);
    QString problem;
    if (const auto kept = m_ctx.secrets.lookup(cacheKey)) {
        if (ssh_pki_import_privkey_file(path.constData(), kept->toUtf8().constData(), noPrompt, nullptr, out) == SSH_OK)
            return Step::Success;
        m_ctx.secrets.forget(cacheKey);
        problem = Text::tr("The remembered passphrase no longer opens this key.");
    }
    const int attempts = qMax(1, m_ctx.settings.maxAuthAttempts);
    for (int i = 1; i <= attempts && !cancelled(); ++i) {
        SecretRequest q;
        q.kind = SecretRequest::Kind::Passphrase;
        q.target = m_target;
        q.keyFile = file;
        q.fields << SecretField{Text::tr("Passphrase for %1:").arg(QDir::toNativeSeparators(file)), false, false};
        q.problem = problem;
        const SecretReply r = m_ctx.prompter.askSecret(q, m_ctx.cancelled);
        if (!r.ok || r.values.isEmpty()) {
            m_declined = Text::tr("no passphrase given for %1").arg(file);
            if (i > 1)
                m_problems << Text::tr("wrong passphrase for %1 (%n attempt(s))", nullptr, i - 1).arg(file);
            return Step::Declined;
        }
        if (ssh_pki_import_privkey_file(path.constData(), r.values.first().toUtf8().constData(), noPrompt, nullptr,
                                        out) == SSH_OK) {
            if (r.remember) {
                const QString note = m_ctx.secrets.remember(cacheKey, r.values.first());
                if (!note.isEmpty())
                    m_out.notices << note;
            } else {
                m_ctx.secrets.keep(cacheKey, r.values.first());
            }
            return Step::Success;
        }
        problem = Text::tr("Wrong passphrase for %1 (attempt %2 of %3).").arg(file).arg(i).arg(attempts);
    }
    m_problems << Text::tr("wrong passphrase for %1 (%2 attempts)").arg(file).arg(attempts);
    return Step::Denied;
}

// One key file, with its certificate when certFile is set.
Step Login::keyFile(const QString &file, const QString &certFile)
{
    const PrivateKeyInfo info = inspectPrivateKey(readSmall(file));
    if (info.format == PrivateKeyFormat::Unknown) {
        m_problems << Text::tr("%1 is missing or is not a private key").arg(file);
        return Step::Denied;
    }
    ssh_key offer = nullptr;  // what the server is asked about before any passphrase is needed
    QString label;
    QDateTime certValidBefore;
    if (!certFile.isEmpty()) {
        QString why;
        const auto cert = parseOpenSshCertificate(readSmall(certFile), &why);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!cert) {
            m_problems << Text::tr("%1: %2").arg(certFile, why);
            return Step::Denied;
        }
        if (cert->expiredAt(now)) {
            m_problems << Text::tr("your SSH certificate %1 expired at %2 (%3 ago); %4")
                              .arg(certFile, when(cert->validBefore), describeDuration(cert->validBefore.secsTo(now)),
                                   m_ctx.settings.certificateRenewHint);
            return Step::Denied;
        }
        if (cert->notYetValidAt(now)) {
            m_problems << Text::tr("your SSH certificate %1 is valid only from %2 (check this computer's clock)")
                              .arg(certFile, when(cert->validAfter));
            return Step::Denied;
        }
        if (ssh_pki_import_cert_file(QFile::encodeName(certFile).constData(), &offer) != SSH_OK) {
            m_problems << Text::tr("%1 could not be read by libssh").arg(certFile);
            return Step::Denied;
        }
        certValidBefore = cert->validBefore;
        label = cert->validBefore.isValid()
                    ? Text::tr("certificate %1, valid until %2").arg(certFile, when(cert->validBefore))
                    : Text::tr("certificate %1").arg(certFile);
    } else {
        label = Text::tr("publickey %1").arg(file);
        if (QFileInfo::exists(file + QStringLiteral(".pub")))
            ssh_pki_import_pubkey_file(QFile::encodeName(file + QStringLiteral(".pub")).constData(), &offer);
        if (!offer && !info.publicKeyBase64.isEmpty())  // OpenSSH keys carry their public half in clear
            ssh_pki_import_pubkey_base64(info.publicKeyBase64.constData(),
                                         ssh_key_type_from_name(info.publicKeyType.toLatin1().constData()), &offer);
    }
    ssh_key priv = nullptr;
    auto cleanup = [&] {
        ssh_key_free(offer);
        ssh_key_free(priv);
    };
    if (offer) {
        const int rc = ssh_userauth_try_publickey(m_s, nullptr, offer);
        if (rc != SSH_AUTH_SUCCESS) {
            m_tried << Text::tr("%1 (not accepted by the server)").arg(label);
            cleanup();
            return rc == SSH_AUTH_ERROR ? fromRc(rc, label) : Step::Denied;
        }
    }
    // The server would take this key: now (and only now) its passphrase is worth asking for.
    const Step loaded = loadPrivate(file, info, &priv);
    if (loaded != Step::Success) {
        cleanup();
        return loaded;
    }
    if (!offer) {
        // A PEM key without .pub: ask the server about it now that the public half is known.
        ssh_key pub = nullptr;
        if (ssh_pki_export_privkey_to_pubkey(priv, &pub) != SSH_OK ||
            ssh_userauth_try_publickey(m_s, nullptr, pub) != SSH_AUTH_SUCCESS) {
            ssh_key_free(pub);
            m_tried << Text::tr("%1 (not accepted by the server)").arg(label);
            cleanup();
            return Step::Denied;
        }
        ssh_key_free(pub);
    }
    if (!certFile.isEmpty() && ssh_pki_copy_cert_to_privkey(offer, priv) != SSH_OK) {
        m_problems << Text::tr("%1 does not belong to the key %2").arg(certFile, file);
        cleanup();
        return Step::Denied;
    }
    const Step result = fromRc(ssh_userauth_publickey(m_s, nullptr, priv), label);
    if (result == Step::Denied)
        m_tried << Text::tr("%1 (refused)").arg(label);
    if ((result == Step::Success || result == Step::Partial) && !certFile.isEmpty()) {
        m_out.certificateValidBefore = certValidBefore;
        m_out.certificateFile = certFile;
    }
    cleanup();
    return result;
}

Step Login::agent()
{
#ifdef Q_OS_WIN
    return Step::Denied;  // libssh 0.10 has no ssh-agent client on Windows (no ssh_userauth_agent there)
#else
    if (!m_ctx.settings.useAgent || qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK"))
        return Step::Denied;
    const QString label = Text::tr("publickey from ssh-agent");
    const int rc = ssh_userauth_agent(m_s, nullptr);
    if (rc == SSH_AUTH_ERROR && ssh_is_connected(m_s)) {
        // An agent that is not reachable is not a reason to give up on the other methods.
        m_problems << Text::tr("ssh-agent at %1 did not answer").arg(qEnvironmentVariable("SSH_AUTH_SOCK"));
        return Step::Denied;
    }
    if (rc == SSH_AUTH_DENIED) {
        m_tried << Text::tr("%1 (no key accepted)").arg(label);
        // `step ssh login` and similar put a short-lived certificate into the agent; when it has run
        // out, say so (the server only says "denied").
        QString why;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const AgentIdentity &id : agentIdentities(qEnvironmentVariable("SSH_AUTH_SOCK"), 2000, &why))
            if (id.certificate && id.certificate->expiredAt(now))
                m_problems << Text::tr("your SSH certificate in ssh-agent (%1) expired at %2 (%3 ago); %4")
                                  .arg(id.certificate->keyId.isEmpty() ? id.comment : id.certificate->keyId,
                                       when(id.certificate->validBefore),
                                       describeDuration(id.certificate->validBefore.secsTo(now)),
                                       m_ctx.settings.certificateRenewHint);
    }
    return fromRc(rc, label);
#endif
}

Step Login::publicKeys()
{
    QList<std::pair<QString, QString>> plan;  // (key, certificate or empty)
    const QStringList keys = keyFiles();
    for (const QString &k : keys) {
        const QString cert = k + QStringLiteral("-cert.pub");
        if (QFileInfo::exists(cert))
            plan.append({k, cert});
    }
    for (const QString &c : m_ep.certificateFiles) {
        QString k = c;
        if (k.endsWith(QLatin1String("-cert.pub")))
            k.chop(9);
        if (QFileInfo::exists(c) && QFileInfo::exists(k) && !plan.contains({k, c}))
            plan.append({k, c});
    }
    // Agent first unless the profile names its key (then that key goes first, as with IdentitiesOnly).
    const bool explicitKeys = !m_ep.identityFiles.isEmpty();
    if (!explicitKeys && !m_ep.identitiesOnly) {
        const Step s = agent();
        if (s != Step::Denied)
            return s;
    }
    for (const auto &[k, c] : plan) {
        const Step s = keyFile(k, c);
        if (s != Step::Denied || cancelled())
            return s;
    }
    for (const QString &k : keys) {
        const Step s = keyFile(k, QString());
        if (s != Step::Denied || cancelled())
            return s;
    }
    if (explicitKeys && !m_ep.identitiesOnly)
        return agent();
    return Step::Denied;
}

Step Login::keyboardInteractive()
{
    const int attempts = qMax(1, m_ctx.settings.maxAuthAttempts);
    QString problem;
    for (int attempt = 1; attempt <= attempts && !cancelled(); ++attempt) {
        bool askedSomeone = false, usedKept = false;
        QStringList keptKeys;
        int rc = ssh_userauth_kbdint(m_s, nullptr, nullptr);
        for (int round = 0; rc == SSH_AUTH_INFO && round < 16 && !cancelled(); ++round) {
            const int n = ssh_userauth_kbdint_getnprompts(m_s);
            // libssh 0.10: after the answers an INFO round with no prompt follows; it is answered empty.
            if (n <= 0) {
                rc = ssh_userauth_kbdint(m_s, nullptr, nullptr);
                continue;
            }
            SecretRequest q;
            q.kind = SecretRequest::Kind::KeyboardInteractive;
            q.target = m_target;
            q.name = QString::fromUtf8(ssh_userauth_kbdint_getname(m_s));
            q.instruction = QString::fromUtf8(ssh_userauth_kbdint_getinstruction(m_s));
            q.problem = problem;
            QStringList answers;
            bool allKept = attempt == 1;
            for (int i = 0; i < n && i < 32; ++i) {
                char echo = 0;
                const QString prompt = QString::fromUtf8(ssh_userauth_kbdint_getprompt(m_s, unsigned(i), &echo));
                const bool otp = looksLikeOneTimeCode(prompt);
                q.fields << SecretField{prompt, echo != 0, otp};
                const auto kept = otp ? std::nullopt : m_ctx.secrets.lookup(SecretStore::promptKey(m_target, prompt));
                allKept = allKept && kept.has_value();
                answers << kept.value_or(QString());
                keptKeys << SecretStore::promptKey(m_target, prompt);
            }
            q.canRemember = std::any_of(q.fields.cbegin(), q.fields.cend(), [](const SecretField &f) { return !f.oneTime; });
            if (allKept) {
                usedKept = true;
            } else {
                const SecretReply r = m_ctx.prompter.askSecret(q, m_ctx.cancelled);
                if (!r.ok || r.values.size() < q.fields.size()) {
                    m_declined = Text::tr("the server's question \"%1\" was not answered").arg(q.fields.first().prompt.trimmed());
                    if (attempt > 1)
                        m_problems << Text::tr("the server refused the answers given (%n attempt(s))", nullptr, attempt - 1);
                    return Step::Declined;
                }
                askedSomeone = true;
                answers = r.values;
                for (int i = 0; i < q.fields.size(); ++i) {
                    if (q.fields[i].oneTime)
                        continue;  // codes are never kept, not even in memory
                    const QString key = SecretStore::promptKey(m_target, q.fields[i].prompt);
                    if (r.remember) {
                        const QString note = m_ctx.secrets.remember(key, answers[i]);
                        if (!note.isEmpty() && !m_out.notices.contains(note))
                            m_out.notices << note;
                    } else {
                        m_ctx.secrets.keep(key, answers[i]);
                    }
                }
            }
            for (int i = 0; i < q.fields.size(); ++i)
                ssh_userauth_kbdint_setanswer(m_s, unsigned(i), answers[i].toUtf8().constData());
            rc = ssh_userauth_kbdint(m_s, nullptr, nullptr);
        }
        const Step s = fromRc(rc, Text::tr("keyboard-interactive"));
        if (s != Step::Denied)
            return s;
        if (usedKept)
            for (const QString &k : keptKeys)
                m_ctx.secrets.forget(k);
        if (!askedSomeone && !usedKept)
            break;  // denied without a question: the method is not really offered
        problem = Text::tr("The server refused the answers (attempt %1 of %2). Check the code or password.")
                      .arg(attempt)
                      .arg(attempts);
        if (!ssh_is_connected(m_s))
            break;
    }
    m_tried << Text::tr("keyboard-interactive (answers refused)");
    return Step::Denied;
}

Step Login::password()
{
    const QString key = SecretStore::passwordKey(m_target);
    const int attempts = qMax(1, m_ctx.settings.maxAuthAttempts);
    QString problem;
    std::optional<QString> kept = m_ctx.secrets.lookup(key);
    for (int attempt = 1; attempt <= attempts && !cancelled();) {
        QString pw;
        bool remember = false;
        const bool fromStore = kept.has_value();
        if (fromStore) {
            pw = *std::exchange(kept, std::nullopt);
        } else {
            SecretRequest q;
            q.kind = SecretRequest::Kind::Password;
            q.target = m_target;
            q.fields << SecretField{Text::tr("Password for %1:").arg(m_target), false, false};
            q.problem = problem;
            const SecretReply r = m_ctx.prompter.askSecret(q, m_ctx.cancelled);
            if (!r.ok || r.values.isEmpty()) {
                m_declined = Text::tr("no password given for %1").arg(m_target);
                if (attempt > 1)  // the answers so far were wrong: say so, not only that none came
                    m_problems << Text::tr("wrong password for %1 (%n attempt(s))", nullptr, attempt - 1).arg(m_target);
                return Step::Declined;
            }
            pw = r.values.first();
            remember = r.remember;
        }
        const Step s = fromRc(ssh_userauth_password(m_s, nullptr, pw.toUtf8().constData()), Text::tr("password"));
        if (s == Step::Success || s == Step::Partial) {
            if (remember) {
                const QString note = m_ctx.secrets.remember(key, pw);
                if (!note.isEmpty())
                    m_out.notices << note;
            } else if (!fromStore) {
                m_ctx.secrets.keep(key, pw);
            }
            return s;
        }
        if (s != Step::Denied)
            return s;
        if (fromStore) {
            // A kept password that stopped working is dropped, never retried in a loop (centres such as
            // BSC block a whole site after repeated failures).
            m_ctx.secrets.forget(key);
            problem = Text::tr("The remembered password was refused; type it again.");
            continue;  // does not count as the user's attempt
        }
        problem = Text::tr("Wrong password for %1 (attempt %2 of %3).").arg(m_target).arg(attempt).arg(attempts);
        ++attempt;
        if (!ssh_is_connected(m_s))
            break;
    }
    m_tried << Text::tr("password (wrong password, %n attempt(s))", nullptr, attempts);
    m_problems << Text::tr("wrong password for %1").arg(m_target);
    return Step::Denied;
}

AuthOutcome Login::run()
{
    int rc = ssh_userauth_none(m_s, nullptr);
    if (rc == SSH_AUTH_SUCCESS) {
        m_out.ok = true;
        m_out.method = Text::tr("none (the server asked for nothing)");
        return m_out;
    }
    if (rc == SSH_AUTH_ERROR) {
        m_out.error = Text::tr("login to %1 failed: %2").arg(m_target, QString::fromUtf8(ssh_get_error(m_s)));
        return m_out;
    }
    bool didKeys = false, didKbd = false, didPassword = false;
    QStringList offered;
    for (int phase = 0; phase < 8 && !cancelled(); ++phase) {
        const int methods = ssh_userauth_list(m_s, nullptr);
        offered.clear();
        if (methods & SSH_AUTH_METHOD_PUBLICKEY)
            offered << QStringLiteral("publickey");
        if (methods & SSH_AUTH_METHOD_INTERACTIVE)
            offered << QStringLiteral("keyboard-interactive");
        if (methods & SSH_AUTH_METHOD_PASSWORD)
            offered << QStringLiteral("password");
        Step s = Step::Denied;
        if ((methods & SSH_AUTH_METHOD_PUBLICKEY) && !didKeys) {
            didKeys = true;
            s = publicKeys();
        } else if ((methods & SSH_AUTH_METHOD_INTERACTIVE) && !didKbd) {
            didKbd = true;
            s = keyboardInteractive();
        } else if ((methods & SSH_AUTH_METHOD_PASSWORD) && !didPassword) {
            didPassword = true;
            s = password();
        } else {
            break;
        }
        if (s == Step::Success) {
            m_out.ok = true;
            return m_out;
        }
        if (s == Step::Error || s == Step::Declined)
            break;
    }
    QString msg;
    if (cancelled())
        msg = Text::tr("login to %1 cancelled").arg(m_target);
    else if (!m_fatal.isEmpty())
        msg = Text::tr("login to %1 failed: %2").arg(m_target, m_fatal);
    else if (!m_declined.isEmpty())
        msg = Text::tr("login to %1 cancelled: %2").arg(m_target, m_declined);
    else
        msg = Text::tr("Permission denied for %1 (the server accepts: %2).")
                  .arg(m_target, offered.isEmpty() ? Text::tr("nothing more") : offered.join(QStringLiteral(", ")));
    for (const QString &p : std::as_const(m_problems))
        msg += QLatin1Char('\n') + Text::tr("Problem: %1").arg(p);
    if (!m_tried.isEmpty())
        msg += QLatin1Char('\n') + Text::tr("Tried: %1").arg(m_tried.join(QStringLiteral("; ")));
    if (m_tried.isEmpty() && m_problems.isEmpty() && m_fatal.isEmpty() && m_declined.isEmpty())
        msg += QLatin1Char('\n') + Text::tr("No key, agent or password was available to try; set identity_file in "
                                            "the profile or load your key into ssh-agent.");
    m_out.error = msg;
    return m_out;
}

}  // namespace

bool looksLikeOneTimeCode(const QString &prompt)
{
    static const QRegularExpression otp(
        QStringLiteral("verification|one[- ]?time|\\botp\\b|token|code|passcode|2fa|two[- ]factor|authenticator|yubi"),
        QRegularExpression::CaseInsensitiveOption);
    return otp.match(prompt).hasMatch();
}

AuthOutcome authenticate(ssh_session session, const Endpoint &endpoint, AuthContext &ctx)
{
    Login login(session, endpoint, ctx);
    AuthOutcome out = login.run();
    if (out.ok && out.certificateValidBefore.isValid()) {
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(out.certificateValidBefore);
        if (left < ctx.settings.certificateWarnSeconds)
            out.notices << Text::tr("Your SSH certificate %1 expires in %2 (at %3); the next login after that will "
                                    "fail. %4")
                               .arg(out.certificateFile, describeDuration(left), when(out.certificateValidBefore),
                                    ctx.settings.certificateRenewHint);
    }
    return out;
}

}  // namespace fab::remote
