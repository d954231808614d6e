#pragma once
// What fab_fault_writer saves, as pure functions of the version number, so tst_kill_while_saving can
// check that a file left by a killed writer is exactly one saved version (never a mix, never cut).
#include "core/experiment.h"
#include "core/history_db.h"

namespace fabtest {

// Sizes from ~20 kB to ~400 kB: large enough that a kill often lands inside a write.
inline fab::Experiment faultVersion(int v)
{
    fab::Experiment x;
    x.name = QStringLiteral("kill-test");
    x.cluster = QStringLiteral("this-computer");
    x.command = QStringLiteral("python train.py --lr {lr}");
    const int length = 20000 + (v * 7919) % 380000;
    std::string blob(std::size_t(length), 'a');
    for (int i = 0; i < length; ++i)
        blob[std::size_t(i)] = char('a' + (i * 31 + v) % 26);
    x.parameters = fab::json::Json{{"lr", 0.001}, {"version", v}, {"blob", blob}};
    return x;
}

inline fab::Submission faultSubmission(int v)
{
    fab::Submission s;
    s.token = QStringLiteral("tok-%1").arg(v);
    s.profile = QStringLiteral("bench");
    s.experimentName = QStringLiteral("kill-test");
    s.experimentJson = QByteArray("{\"version\": ") + QByteArray::number(v) + "}";
    s.script = QStringLiteral("#!/bin/bash\n#SBATCH --job-name=v%1\n").arg(v);
    s.jobIds = {QString::number(100000 + v)};
    s.runDir = QStringLiteral("/runs/%1").arg(v);
    s.state = QStringLiteral("submitted");
    return s;
}

}  // namespace fabtest
