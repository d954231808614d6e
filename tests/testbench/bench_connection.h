#pragma once
// The connection settings for the bench's sshd, from benchEnv(): its host, port, user, key and
// known_hosts, with agent and keychain off so nothing of the machine's own SSH set-up takes part.
// Shared by the cluster tests and the benchmarks that log in to the bench.
#include "remote/connection_settings.h"
#include "tests/testbench/testbench_env.h"

namespace fab::test {

inline remote::ConnectionSettings benchConnectionSettings(const QHash<QString, QString> &env, const QString &profile)
{
    remote::ConnectionSettings s;
    s.profileName = profile;
    s.target.host = env.value(QStringLiteral("FAB_SSH_HOST"));
    s.target.port = env.value(QStringLiteral("FAB_SSH_PORT")).toInt();
    s.target.user = env.value(QStringLiteral("FAB_SSH_USER"));
    s.target.identityFiles = {env.value(QStringLiteral("FAB_SSH_KEY"))};
    s.target.identitiesOnly = true;
    s.knownHostsFile = env.value(QStringLiteral("FAB_KNOWN_HOSTS"));
    s.useAgent = false;
    s.useKeychain = false;
    return s;
}

}  // namespace fab::test
