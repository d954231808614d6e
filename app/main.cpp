#include "app/app_info.h"
#include "app/cli.h"
#include "app/main_window.h"
#include "app/theme.h"
#include "remote/ssh_library.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    fab::remote::initSshLibrary();

    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    // Commands run without a display: no QApplication, so they work over SSH and in scripts.
    if (fab::app::isCliInvocation(args)) {
        QCoreApplication app(argc, argv);
        fab::app::setUpApplicationIdentity();
        fab::app::installTranslations();
        QTextStream out(stdout), err(stderr);
        return fab::app::runCli(args, out, err);
    }

    QApplication app(argc, argv);
    fab::app::setUpApplicationIdentity();
    fab::app::installTranslations();
    fab::app::applyTheme(fab::app::savedTheme());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/fabbrica.svg")));
    fab::app::MainWindow window;
    window.restoreLayout();
    window.show();
    bool openedFile = false;
    for (const QString &file : QApplication::arguments().mid(1))
        if (!file.startsWith(QLatin1Char('-'))) {
            // A workshop bundle (double-clicked in the file manager) or an experiment.
            if (file.endsWith(QLatin1String(".fabbrica"), Qt::CaseInsensitive))
                window.openBundle(file);
            else
                window.openExperiment(file);
            openedFile = true;
        }
    // A new user is greeted by the guide, unless they came with a file to open (or a benchmark runs).
    if (!openedFile && !qEnvironmentVariableIsSet("FABBRICA_BENCH_FIRST_PAINT"))
        window.showGuideIfNew();
    // For bench/: report the time to the first painted frame and resident memory, then quit.
    if (qEnvironmentVariableIsSet("FABBRICA_BENCH_FIRST_PAINT"))
        window.reportFirstPaint(sinceStart);
    return app.exec();
}
