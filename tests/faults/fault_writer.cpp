// fab_fault_writer EXPERIMENT HISTORY FIRST_VERSION — the victim of tst_kill_while_saving: saves
// versions FIRST, FIRST+1, … of an experiment with Experiment::save (the app's own call) and, for each,
// writes a history row the way submitAndRecord() does (a "preparing" row, then its completion) plus an
// allocation snapshot, as fast as it can, until it is killed. After each step it prints what is now
// durable ("saved N", "recorded N"), so the test knows the least the files must hold.
//
// Version N of the experiment is a pure function of N (faultVersion() below, shared with the test), so
// the test can tell whether what it finds is exactly one of the saved versions.
#include "fault_versions.h"

#include "core/history_db.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

using namespace fab;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: fab_fault_writer EXPERIMENT HISTORY FIRST_VERSION\n");
        return 2;
    }
    const QString experimentPath = args[1], historyPath = args[2];
    const int first = args[3].toInt();
    HistoryDb db;
    QString error;
    if (!db.open(historyPath, &error)) {
        std::fprintf(stderr, "history: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("open\n");
    std::fflush(stdout);
    for (int v = first;; ++v) {
        if (!fabtest::faultVersion(v).save(experimentPath, &error)) {
            std::fprintf(stderr, "save: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("saved %d\n", v);
        std::fflush(stdout);
        Submission s = fabtest::faultSubmission(v);
        s.state = QStringLiteral("preparing");
        s.jobIds.clear();
        s.runDir.clear();
        s.script.clear();
        if (!db.addSubmission(s, &error)) {
            std::fprintf(stderr, "add: %s\n", qPrintable(error));
            return 1;
        }
        if (!db.updateSubmission(fabtest::faultSubmission(v), &error)) {
            std::fprintf(stderr, "update: %s\n", qPrintable(error));
            return 1;
        }
        AllocationSnapshot a;
        a.account = QStringLiteral("acct");
        a.kind = QStringLiteral("gpu-hours");
        a.granted = 1000;
        a.used = v;
        a.left = 1000 - v;
        if (!db.addAllocationSnapshot(QStringLiteral("bench"), a, &error)) {
            std::fprintf(stderr, "snapshot: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("recorded %d\n", v);
        std::fflush(stdout);
    }
}
