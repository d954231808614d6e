// Partitions from sinfo (--json of 22.05 and 23.02+, and the -N -O text) and from scontrol show
// partition -o, then merged as the Slurm scheduler merges them. parseSinfo() reads one of the two
// shapes, and merging keeps every partition of both lists.
#include "fuzz_util.h"
#include "core/slurm/partition_parsers.h"

using namespace fab;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray in = fabfuzz::bytes(data, size);

    const Parsed<Partition> json = parseSinfoJson(in);
    const Parsed<Partition> text = parseSinfoText(in);
    const Parsed<Partition> either = parseSinfo(in);
    const Parsed<Partition> scontrol = parseScontrolPartitions(in);
    FUZZ_CHECK(either.rows.size() == json.rows.size() || either.rows.size() == text.rows.size(), either.format);
    const QList<Partition> merged = mergePartitions(either.rows, scontrol.rows);
    FUZZ_CHECK(merged.size() >= either.rows.size(), QString::number(merged.size()));
    for (const Partition &p : scontrol.rows) {
        bool found = false;
        for (const Partition &m : merged)
            found = found || m.name == p.name;
        FUZZ_CHECK(found, p.name);
    }
    return 0;
}
