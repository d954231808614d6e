// The sites' budget tools (core/slurm/budget_tools.cpp), each parser through parseBudgetTool() as the
// scheduler calls it with the profile's "budget_tool": saldo -b (Leonardo), lumi-allocations,
// bsc_acct (MareNostrum 5), it4ifree (Karolina), myquota (MeluXina) and accountcheck (Discoverer+).
// Every row has `left` wherever granted and used are known (budget_tools.h), and no NaN.
#include "fuzz_util.h"
#include "core/slurm/budget_tools.h"

#include <cmath>

using namespace fab;

namespace {

void checkRows(const Parsed<Allocation> &p, const QString &tool)
{
    FUZZ_CHECK(p.unparsed >= 0, tool);
    for (const Allocation &a : p.rows) {
        for (const auto &v : {a.granted, a.used, a.left})
            FUZZ_CHECK(!v || !std::isnan(*v), tool + QStringLiteral(": NaN in ") + a.account);
        FUZZ_CHECK(!(a.granted && a.used) || a.left, tool + QStringLiteral(": left not filled for ") + a.account);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray in = fabfuzz::bytes(data, size);
    static const QStringList tools = {QStringLiteral("saldo"),    QStringLiteral("lumi-allocations"),
                                      QStringLiteral("bsc_acct"), QStringLiteral("it4ifree"),
                                      QStringLiteral("myquota"),  QStringLiteral("accountcheck")};
    for (const QString &tool : tools) {
        const auto parsed = parseBudgetTool(tool, in, QStringLiteral("project_465000001"));
        FUZZ_CHECK(parsed.has_value(), tool);
        checkRows(*parsed, tool);
    }
    return 0;
}
