// Slurm's accounting views (core/slurm/accounting_parsers.cpp): sshare, sacctmgr show assoc (default
// fields, and the input's first line as the format= list), sreport, scontrol show config and the
// MaxArraySize read from it. The parsers keep only finite numbers, so no NaN may come out of them.
#include "fuzz_util.h"
#include "core/slurm/accounting_parsers.h"

#include <cmath>

using namespace fab;

namespace {

void checkNumber(const std::optional<double> &v, const char *what)
{
    if (v)
        FUZZ_CHECK(!std::isnan(*v), QString::fromLatin1(what));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray in = fabfuzz::bytes(data, size);

    const Parsed<Allocation> share = parseSshare(in);
    for (const Allocation &a : share.rows) {
        checkNumber(a.granted, "granted");
        checkNumber(a.used, "used");
        checkNumber(a.left, "left");
    }

    parseSacctmgrAssoc(in);
    QByteArray fields, rest;
    fabfuzz::firstLine(in, &fields, &rest);
    if (!fields.isEmpty() && fields.size() < 400)
        parseSacctmgrAssoc(rest, QString::fromUtf8(fields));

    QString unit;
    for (const UsageRow &r : parseSreport(in, &unit).rows)
        checkNumber(r.used, "sreport used");

    int unparsed = 0;
    const QHash<QString, QString> config = parseScontrolConfig(in, &unparsed);
    FUZZ_CHECK(unparsed >= 0, QString());
    if (const auto max = maxArraySize(config))
        FUZZ_CHECK(*max >= 0, QString::number(*max));
    return 0;
}
