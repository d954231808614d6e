// The experiment loader (core/experiment*.cpp): JSON text -> migrate -> validate -> Experiment, as
// Experiment::load() does after reading the file. Invariants on a file that loads:
// - saving it and loading the saved bytes gives the same experiment, with no issue and no migration;
// - its sweep's task count is known, and a small sweep expands to exactly that many rows whose TSV
//   rows decode back; the batch script renders (Slurm and This computer) without crashing.
#include "fuzz_util.h"
#include "core/experiment.h"
#include "core/slurm/batch_script.h"
#include "core/slurm/sweep.h"

using namespace fab;

namespace {

QString describeIssues(const Issues &issues)
{
    QString s;
    for (const Issue &i : issues)
        s += i.path + QStringLiteral(": ") + i.message + QLatin1Char('\n');
    return s;
}

void checkSweep(const Experiment &x)
{
    const auto count = sweepTaskCount(x);
    Issues issues;
    if (!count || *count > 256)
        return;  // larger tables are valid but slow to build in a fuzz loop
    const auto table = expandSweep(x, &issues);
    if (!table)
        return;
    FUZZ_CHECK(table->taskCount() == *count, QStringLiteral("count %1, rows %2").arg(*count).arg(table->taskCount()));
    const QList<QByteArray> lines = sweepTableTsv(*table).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i)
        if (!lines[i].isEmpty())
            FUZZ_CHECK(decodeTsvRow(lines[i]).has_value(), QString::fromUtf8(lines[i]));
    renderBatchScript(x, ProfileDefaults{QStringLiteral("acct"), QStringLiteral("gpu"), QString()}, ScriptOptions{});
    renderForThisComputer(x, ScriptOptions{});
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Experiment::Loaded first = Experiment::parse(fabfuzz::bytes(data, size));
    FUZZ_CHECK(first.experiment.has_value() == first.issues.isEmpty(), describeIssues(first.issues));
    if (!first.experiment)
        return 0;

    const Experiment &x = *first.experiment;
    const QByteArray saved = x.toBytes();
    const Experiment::Loaded again = Experiment::parse(saved);
    FUZZ_CHECK(again.experiment.has_value(), describeIssues(again.issues) + QString::fromUtf8(saved));
    FUZZ_CHECK(!again.migrated, QString::fromUtf8(saved));
    FUZZ_CHECK(again.experiment->toBytes() == saved,
               QString::fromUtf8(saved) + QStringLiteral("\n--- reloaded as ---\n") +
                   QString::fromUtf8(again.experiment->toBytes()));

    parseSlurmDuration(x.resources.time);
    commandPlaceholders(x.command);
    checkSweep(x);
    return 0;
}
