#include "app/cli_check.h"

#include "app/cli_util.h"

#include "core/cluster_profile.h"
#include "core/paths.h"
#include "core/runner/openssh_keys.h"
#include "core/runner/ssh_config.h"
#include "remote/handoff.h"
#include "remote/ssh_connection.h"
#include "remote/terminal_prompter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

namespace fab::app {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::cli)
};

}  // namespace

QString checkUsage()
{
    return Text::tr("  check --profile NAME         connect with a profile: print the host key fingerprint, the\n"
                    "        [--accept-new-host-key] login method, the remote user and `sinfo --version`;\n"
                    "        [--timeout SECONDS]     secrets are asked on the terminal (one line each from\n"
                    "                               stdin when it is not a terminal); an unknown host key is\n"
                    "                               refused unless --accept-new-host-key, a changed one always\n");
}

int runCheck(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString name;
    bool acceptNew = false;
    int timeoutS = 120;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--profile") && i + 1 < args.size())
            name = args[++i];
        else if (a.startsWith(QLatin1String("--profile=")))
            name = a.mid(10);
        else if (a == QLatin1String("--accept-new-host-key"))
            acceptNew = true;
        else if (a == QLatin1String("--timeout") && i + 1 < args.size()) {
            bool ok = false;
            timeoutS = args[++i].toInt(&ok);
            if (!ok || timeoutS < 1) {
                err << Text::tr("fabbrica check: --timeout takes a number of seconds, got %1").arg(args[i]) << Qt::endl;
                return 2;
            }
        } else {
            err << Text::tr("fabbrica check: unknown argument %1 (see fabbrica --help)").arg(a) << Qt::endl;
            return 2;
        }
    }
    if (name.isEmpty()) {
        err << Text::tr("fabbrica check: name a profile, e.g. fabbrica check --profile leonardo "
                        "(fabbrica profiles lists them)")
            << Qt::endl;
        return 2;
    }
    ClusterProfile profile;
    const QString file = findProfile(name, &profile, err);
    if (file == QLatin1String("!"))
        return 2;
    if (file.isEmpty()) {
        err << Text::tr("fabbrica check: no profile named \"%1\" in %2 (fabbrica profiles lists them)")
                   .arg(name, paths::profilesDir())
            << Qt::endl;
        return 2;
    }
    QString error;
    const SshConfig sshConfig = SshConfig::load();
    const auto settings = remote::ConnectionSettings::fromProfile(profile, file, sshConfig, &error);
    if (!settings) {
        err << Text::tr("fabbrica check: %1").arg(error) << Qt::endl;
        return 2;
    }
    for (const QString &p : sshConfig.problems())
        err << Text::tr("note: ~/.ssh/config: %1").arg(p) << Qt::endl;

    out << Text::tr("Connecting to %1").arg(settings->target.label());
    for (const remote::Endpoint &hop : settings->jumps)
        out << Text::tr(" via %1").arg(hop.label());
    out << Qt::endl;
    err.flush();
    // Questions and notes come from the connection's thread; they are written by this thread, in
    // order with everything else on `err`. `printer` goes after `conn`, dropping late ones.
    QObject printer;
    auto print = [&printer, &err](const QString &text) {
        remote::postTo(&printer, [&err, text] {
            err << text;
            err.flush();
        });
    };
    auto prompter = std::make_shared<remote::TerminalPrompter>(acceptNew, 0, print);
    remote::SshConnection conn(*settings, prompter);
    // Whatever was printed last reaches `err` before this function returns.
    struct Flush {
        ~Flush() { QCoreApplication::sendPostedEvents(); }
    } flushAtEnd;
    conn.open();
    QElapsedTimer t;
    t.start();
    if (!conn.waitForConnected(timeoutS * 1000)) {
        const QString why = conn.state() == remote::ConnectionState::Connecting
                                ? Text::tr("no answer within %1 s (%2)").arg(timeoutS).arg(conn.stateReason())
                                : conn.stateReason();
        err << Text::tr("fabbrica check: cannot connect with profile \"%1\": %2").arg(name, why) << Qt::endl;
        return 1;
    }
    const remote::SessionInfo info = conn.sessionInfo();
    for (const QString &hop : info.hops)
        out << Text::tr("Jump host:     %1").arg(hop) << Qt::endl;
    out << Text::tr("Host key:      %1 %2 (%3)").arg(info.hostKeyType, info.hostKeyFingerprint, info.address) << Qt::endl;
    out << Text::tr("Logged in by:  %1").arg(info.authMethod) << Qt::endl;
    if (info.certificateValidBefore.isValid())
        out << Text::tr("Certificate:   valid for %1 more (until %2)")
                   .arg(describeDuration(QDateTime::currentDateTimeUtc().secsTo(info.certificateValidBefore)),
                        info.certificateValidBefore.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            << Qt::endl;
    const int left = qMax(10000, int(timeoutS * 1000 - t.elapsed()));
    RunOptions quick;
    quick.timeoutMs = left;
    const auto who = await(conn.run(QStringLiteral("id -un"), quick), left + 5000);
    if (!who || !who->ok()) {
        err << Text::tr("fabbrica check: `id -un` failed on %1: %2")
                   .arg(settings->target.label(), who ? who->error + QString::fromUtf8(who->stdErr).trimmed() : Text::tr("no answer"))
            << Qt::endl;
        return 1;
    }
    out << Text::tr("Remote user:   %1").arg(QString::fromUtf8(who->stdOut).trimmed()) << Qt::endl;
    const auto sinfo = await(conn.run(QStringLiteral("sinfo --version"), quick), left + 5000);
    if (!sinfo || !sinfo->finished()) {
        err << Text::tr("fabbrica check: `sinfo --version` did not run: %1").arg(sinfo ? sinfo->error : Text::tr("no answer"))
            << Qt::endl;
        return 1;
    }
    if (sinfo->exitCode != 0) {
        err << Text::tr("fabbrica check: `sinfo --version` failed (exit %1): %2 — is Slurm in the login shell's PATH "
                        "on %3?")
                   .arg(sinfo->exitCode)
                   .arg(QString::fromUtf8(sinfo->stdErr).trimmed(), settings->target.host)
            << Qt::endl;
        return 1;
    }
    out << Text::tr("Slurm:         %1").arg(QString::fromUtf8(sinfo->stdOut).trimmed()) << Qt::endl;
    out << Text::tr("OK: profile \"%1\" works.").arg(name) << Qt::endl;
    return 0;
}

}  // namespace fab::app
