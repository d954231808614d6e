// Cold start of `fabbrica --version` (no display) and of the main window to its first painted frame,
// with resident memory at that point. Prints figures; asserts nothing.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

static double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString bin = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(FABBRICA_BIN);
    const int runs = 15;
    QTemporaryDir config;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FABBRICA_CONFIG_DIR"), config.path());
    env.insert(QStringLiteral("FABBRICA_DATA_DIR"), config.filePath(QStringLiteral("data")));
    if (!env.contains(QStringLiteral("DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    QList<double> version;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(bin, {QStringLiteral("--version")});
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            std::fprintf(stderr, "fabbrica --version failed: %s\n", qPrintable(p.readAllStandardError()));
            return 1;
        }
        version << t.nsecsElapsed() / 1e6;
    }

    QList<double> wall, paint, rss;
    env.insert(QStringLiteral("FABBRICA_BENCH_FIRST_PAINT"), QStringLiteral("1"));
    static const QRegularExpression re(QStringLiteral("first_paint_ms=(\\d+) rss_kb=(\\d+)"));
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(bin, {});
        if (!p.waitForFinished(60000)) {
            std::fprintf(stderr, "the main window did not report its first paint within 60 s\n");
            return 1;
        }
        const auto m = re.match(QString::fromUtf8(p.readAllStandardOutput()));
        if (!m.hasMatch()) {
            std::fprintf(stderr, "no first-paint report: %s\n", qPrintable(p.readAllStandardError()));
            return 1;
        }
        wall << t.nsecsElapsed() / 1e6;
        paint << m.captured(1).toDouble();
        rss << m.captured(2).toDouble() / 1024.0;
    }
    std::printf("bench_startup (%d runs each, median; platform %s)\n", runs,
                qPrintable(env.value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"))));
    std::printf("  fabbrica --version, process start to exit:   %7.1f ms (min %.1f)\n", median(version),
                *std::min_element(version.begin(), version.end()));
    std::printf("  main window, main() to first painted frame:  %7.1f ms\n", median(paint));
    std::printf("  main window, process start to quit after it: %7.1f ms\n", median(wall));
    std::printf("  resident memory at first paint:              %7.1f MiB\n", median(rss));
    return 0;
}
