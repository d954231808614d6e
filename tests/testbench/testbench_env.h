#pragma once
// Reads $FAB_TB_DIR/env.sh, written by up.sh beside this file: the bench's ports, user, keys and files.
// Lines are `export K=V`, `K=V`, `K='V'` or `K="V"`. Shared by every test area that uses the bench.
#include <QFile>
#include <QHash>
#include <QString>

namespace fab::test {

inline QHash<QString, QString> benchEnv(QString *error)
{
    QHash<QString, QString> env;
    const QString dir = qEnvironmentVariable("FAB_TB_DIR");
    QFile f(dir + QStringLiteral("/env.sh"));
    if (dir.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("no test bench: FAB_TB_DIR=%1 has no readable env.sh (run through ctest -L cluster, "
                                "or tests/testbench/up.sh DIR and export FAB_TB_DIR=DIR)").arg(dir);
        return env;
    }
    for (QByteArray line : f.readAll().split('\n')) {
        line = line.trimmed();
        if (line.startsWith("export "))
            line = line.mid(7);
        const int eq = line.indexOf('=');
        if (line.isEmpty() || line.startsWith('#') || eq <= 0)
            continue;
        QString value = QString::fromUtf8(line.mid(eq + 1));
        if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))) &&
            value.endsWith(value[0]))
            value = value.mid(1, value.size() - 2);
        env.insert(QString::fromUtf8(line.left(eq)), value);
    }
    return env;
}

}  // namespace fab::test
