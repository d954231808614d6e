// The sites' budget tools, each on the exact sample that clusters.md gives (tests/data/slurm/sites/),
// and the cost estimate against an allocation.
#include "core/slurm/budget_tools.h"
#include "core/slurm/estimate.h"
#include "slurm_test_data.h"

#include <QTest>

using namespace fab;
using fabtest::slurmFile;
using json::Json;

namespace {

QList<const Allocation *> rowsOf(const Parsed<Allocation> &p, const QString &account)
{
    QList<const Allocation *> out;
    for (const Allocation &a : p.rows)
        if (a.account == account)
            out << &a;
    return out;
}

const Allocation *row(const Parsed<Allocation> &p, const QString &account, const QString &scope)
{
    for (const Allocation &a : p.rows)
        if (a.account == account && a.scope == scope)
            return &a;
    return nullptr;
}

Experiment experiment(int nodes, int gpus, int cpus, const QString &mem, const QString &time, int tasks = 1)
{
    Experiment x;
    x.name = QStringLiteral("estimate");
    x.command = QStringLiteral("true");
    x.resources.nodes = nodes;
    x.resources.gpusPerNode = gpus;
    x.resources.cpusPerTask = cpus;
    x.resources.mem = mem;
    x.resources.time = time;
    if (tasks > 1) {
        Experiment::Sweep s;
        Json values = Json::array();
        for (int i = 0; i < tasks; ++i)
            values.push_back(i);
        s.axes = Json{{"seed", values}};
        x.sweep = s;
    }
    return x;
}

Allocation budget(ResourceKind kind, std::optional<double> left)
{
    Allocation a;
    a.account = QStringLiteral("proj");
    a.kind = kind;
    a.left = left;
    a.source = QStringLiteral("saldo -b");
    return a;
}

}  // namespace

class TestBudgetEstimate : public QObject {
    Q_OBJECT

private slots:
    void saldo()
    {
        const auto p = parseSaldo(slurmFile(QStringLiteral("sites/saldo-b.txt")));
        QCOMPARE(p.rows.size(), 3);
        QCOMPARE(p.unparsed, 1);  // the docs' "saldo -b <User Account>" line above the table
        const Allocation &a = p.rows[0];
        QCOMPARE(a.account, QStringLiteral("Proj_A"));
        QCOMPARE(a.kind, ResourceKind::LocalHours);
        QCOMPARE(a.periodStart, QDate(2011, 3, 23));
        QCOMPARE(a.periodEnd, QDate(2030, 3, 23));
        QCOMPARE(*a.granted, 50000.0);
        // The sample's total consumed (55027726) contradicts its 50.0 %; the cluster column matches it.
        QCOMPARE(*a.used, 25000.0);
        QCOMPARE(*a.left, 25000.0);
        QVERIFY(a.note.contains(QStringLiteral("disagrees")));
        QCOMPARE(*p.rows[1].used, 10000.0);
        QCOMPARE(*p.rows[1].left, 90000.0);
        QCOMPARE(p.rows[2].account, QStringLiteral("Proj_C"));
        QCOMPARE(*p.rows[2].used, 0.0);
        QCOMPARE(*p.rows[2].left, 6500.0);
        QVERIFY(p.rows[2].note.contains(QStringLiteral("this month 0 of 0")));
        QCOMPARE(p.rows[0].source, QStringLiteral("saldo -b"));
        // "username not existing" (a user no PI has added yet) is reported, not read as an empty budget.
        const auto none = parseSaldo("username not existing\n");
        QVERIFY(none.rows.isEmpty());
        QCOMPARE(none.unparsed, 1);
    }

    void lumiAllocations()
    {
        const auto p = parseLumiAllocations(slurmFile(QStringLiteral("sites/lumi-allocations-test-json.txt")));
        QVERIFY2(p.ok(), qPrintable(p.problems.join(QLatin1Char('\n'))));
        QCOMPARE(p.rows.size(), 3);
        const Allocation *gpu = row(p, QStringLiteral("project_465000123"), QStringLiteral("GPU"));
        QVERIFY(gpu);
        QCOMPARE(gpu->kind, ResourceKind::GpuHours);
        QCOMPARE(*gpu->used, 500.0);
        QCOMPARE(*gpu->granted, 1000.0);
        QCOMPARE(*gpu->left, 500.0);
        QCOMPARE(gpu->note, QStringLiteral("Data updated: 2023-02-21 10:36:56.123456"));
        QCOMPARE(row(p, QStringLiteral("project_465000123"), QStringLiteral("CPU"))->kind, ResourceKind::CoreHours);
        QCOMPARE(*row(p, QStringLiteral("project_465000123"), QStringLiteral("CPU"))->used, 750.0);
        QCOMPARE(row(p, QStringLiteral("project_465000123"), QStringLiteral("Storage"))->kind, ResourceKind::StorageTbHours);

        const auto notes = parseLumiAllocations(slurmFile(QStringLiteral("sites/lumi-allocations-training-notes.txt")));
        QVERIFY2(notes.ok(), qPrintable(notes.problems.join(QLatin1Char('\n'))));
        const Allocation *cpu = row(notes, QStringLiteral("project_465000961"), QStringLiteral("CPU"));
        QCOMPARE(*cpu->used, 12.0);
        QCOMPARE(*cpu->granted, 10000000.0);
        const Allocation *g = row(notes, QStringLiteral("project_465000961"), QStringLiteral("GPU"));
        QCOMPARE(*g->used, 0.0);
        QCOMPARE(*g->left, 1000.0);
    }

    void bscAcct()
    {
        const auto p = parseBscAcct(slurmFile(QStringLiteral("sites/bsc_acct.txt")));
        QVERIFY2(p.ok(), qPrintable(p.problems.join(QLatin1Char('\n'))));
        QCOMPARE(rowsOf(p, QStringLiteral("bsc32")).size(), 3);
        const Allocation *gpp = row(p, QStringLiteral("bsc32"), QStringLiteral("Marenostrum5 GPP"));
        QVERIFY(gpp);
        QCOMPARE(gpp->title, QStringLiteral("Example Research Group"));
        QVERIFY(!gpp->granted && !gpp->left);  // "undefined": unknown, not 0
        QCOMPARE(*gpp->used, 653113270.0);     // thousands of core-hours → core-hours
        QVERIFY(!gpp->periodEnd);
        QCOMPARE(gpp->users.size(), 2);
        QCOMPARE(gpp->users[1].user, QStringLiteral("bsc900003"));  // the long-name glitch is read too
        QCOMPARE(gpp->users[1].fullName, QStringLiteral("Colleague Long Placeholder Name Number"));
        QCOMPARE(*gpp->users[0].used, 6171860.0);
        QCOMPARE(*gpp->users[0].percent, 1.0);
        const Allocation *nord = row(p, QStringLiteral("bsc32"), QStringLiteral("Nord4"));
        QCOMPARE(nord->users.size(), 1);
        const Allocation *acc = row(p, QStringLiteral("ehpc101"), QStringLiteral("Marenostrum5 ACC"));
        QVERIFY(acc);
        QCOMPARE(acc->kind, ResourceKind::CoreHours);
        QCOMPARE(*acc->granted, 280000.0);
        QCOMPARE(*acc->used, 221680.0);
        QCOMPARE(*acc->left, 58320.0);
        QCOMPARE(acc->periodEnd, QDate(2027, 2, 20));
        QCOMPARE(acc->users.size(), 2);
        QCOMPARE(*acc->users[1].used, 154580.0);
        QCOMPARE(acc->note, QStringLiteral("Accounting updated on 2026-09-29 11:30:23"));
        // With MareNostrum's login noise in front, the noise is counted and the budget still read.
        const auto noisy = parseBscAcct("load impi/2021.10.0 (PATH, MANPATH, LD_LIBRARY_PATH)\n" +
                                        slurmFile(QStringLiteral("sites/bsc_acct.txt")));
        QCOMPARE(noisy.unparsed, 1);
        QCOMPARE(noisy.rows.size(), p.rows.size());
    }

    void it4iFree()
    {
        const auto p = parseIt4iFree(slurmFile(QStringLiteral("sites/it4ifree.txt")));
        QVERIFY2(p.ok(), qPrintable(p.problems.join(QLatin1Char('\n'))));
        QCOMPARE(p.rows.size(), 1);
        const Allocation &a = p.rows[0];
        QCOMPARE(a.account, QStringLiteral("OPEN-XX-XX"));
        QCOMPARE(a.kind, ResourceKind::CoreHours);
        QCOMPARE(*a.granted, 0.0);
        QCOMPARE(*a.used, 5169947.0);  // normalized core hours
        QCOMPARE(*a.left, 1292555.0);  // the tool's own "Free", not granted − used
        QCOMPARE(a.note, QStringLiteral("323 days left"));
        QCOMPARE(a.users.size(), 2);
        QCOMPARE(a.users[1].user, QStringLiteral("user2"));
        QCOMPARE(*a.users[1].used, 4793277.0);
    }

    void myQuota()
    {
        const auto p = parseMyQuota(slurmFile(QStringLiteral("sites/myquota.txt")));
        QVERIFY2(p.ok(), qPrintable(p.problems.join(QLatin1Char('\n'))));
        QCOMPARE(p.rows.size(), 3);  // CPU 328 and GPU 65 of the second project, GPU 130 of the third
        QCOMPARE(p.rows[0].scope, QStringLiteral("CPU"));
        QCOMPARE(*p.rows[0].granted, 328.0);
        QCOMPARE(p.rows[1].scope, QStringLiteral("GPU"));
        QCOMPARE(*p.rows[1].granted, 65.0);
        const Allocation &g = p.rows[2];
        QCOMPARE(g.kind, ResourceKind::NodeHours);
        QCOMPARE(*g.used, 8.0);
        QCOMPARE(*g.granted, 130.0);
        QCOMPARE(*g.left, 122.0);
        QCOMPARE(g.periodStart, QDate(2026, 4, 1));
        QCOMPARE(g.periodEnd, QDate(2026, 4, 30));
        // The real tool colours the percentages.
        QByteArray coloured = slurmFile(QStringLiteral("sites/myquota.txt"));
        coloured.replace("6.2%", "\x1b[33m6.2%\x1b[0m");
        const auto c = parseMyQuota(coloured);
        QVERIFY(c.ok());
        QCOMPARE(*c.rows[2].used, 8.0);
    }

    void accountCheck()
    {
        const auto p = parseAccountCheck(slurmFile(QStringLiteral("sites/accountcheck-paraphrase.txt")),
                                         QStringLiteral("ehpc-aif-2026pg01-905"));
        QVERIFY2(p.ok(), qPrintable(p.problems.join(QLatin1Char('\n'))));
        QCOMPARE(p.rows.size(), 2);
        QCOMPARE(p.rows[0].kind, ResourceKind::GpuHours);
        QCOMPARE(*p.rows[0].granted, 5000.0);
        QCOMPARE(*p.rows[0].left, 5000.0);
        QCOMPARE(p.rows[1].kind, ResourceKind::BillingHours);
        QCOMPARE(*p.rows[1].granted, 330900.0);
        QCOMPARE(p.rows[0].account, QStringLiteral("ehpc-aif-2026pg01-905"));
    }

    void dispatchAndCommands()
    {
        QVERIFY(parseBudgetTool(QStringLiteral("saldo"), slurmFile(QStringLiteral("sites/saldo-b.txt"))));
        QVERIFY(!parseBudgetTool(QStringLiteral("jutil"), QByteArray()));
        QCOMPARE(budgetToolCommand(QStringLiteral("saldo")), QStringLiteral("saldo -b"));
        QCOMPARE(budgetToolCommand(QStringLiteral("accountcheck"), QStringLiteral("a'b")),
                 QStringLiteral("module load accountcheck && accountcheck 'a'\\''b'"));
        QVERIFY(budgetToolCommand(QStringLiteral("nope")).isEmpty());
    }

    void budgetToolsSurviveGarbage()
    {
        const QStringList samples{QStringLiteral("saldo-b.txt"), QStringLiteral("lumi-allocations-test-json.txt"),
                                  QStringLiteral("bsc_acct.txt"), QStringLiteral("it4ifree.txt"),
                                  QStringLiteral("myquota.txt"), QStringLiteral("accountcheck-paraphrase.txt")};
        for (const QString &s : samples)
            for (const QByteArray &bad : fabtest::mangled(slurmFile(QStringLiteral("sites/") + s)))
                for (const QString &tool : {QStringLiteral("saldo"), QStringLiteral("lumi-allocations"),
                                            QStringLiteral("bsc_acct"), QStringLiteral("it4ifree"),
                                            QStringLiteral("myquota"), QStringLiteral("accountcheck")}) {
                    const auto parsed = parseBudgetTool(tool, bad, QStringLiteral("x"));
                    QVERIFY(parsed);
                    for (const Allocation &a : parsed->rows) {
                        QVERIFY(!a.account.isEmpty());
                        if (a.granted && a.used && a.left && tool != QLatin1String("it4ifree"))
                            QCOMPARE(*a.left, *a.granted - *a.used);
                    }
                }
        // A table cut in the middle of a row: the row is reported, the rows before it kept.
        const QByteArray saldo = slurmFile(QStringLiteral("sites/saldo-b.txt"));
        const auto cut = parseSaldo(saldo.left(saldo.lastIndexOf("Proj_C") + 20));
        QCOMPARE(cut.rows.size(), 2);
        QCOMPARE(cut.unparsed, 2);
    }

    // ---- estimates ---------------------------------------------------------------------------------

    void estimates_data()
    {
        QTest::addColumn<QString>("cluster");
        QTest::addColumn<QString>("partition");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("gpus");
        QTest::addColumn<int>("cpus");
        QTest::addColumn<QString>("mem");
        QTest::addColumn<QString>("time");
        QTest::addColumn<int>("tasks");
        QTest::addColumn<double>("amount");
        QTest::addColumn<int>("unit");
        // tasks × nodes × GPUs × hours
        QTest::newRow("plain gpu-hours") << "vega" << "gpu" << 1 << 4 << 8 << "" << "02:00:00" << 6 << 48.0 << int(ResourceKind::GpuHours);
        // LUMI standard-g: whole nodes, 4 GPU-hours per node-hour, whatever is used.
        QTest::newRow("lumi standard-g") << "lumi" << "standard-g" << 2 << 1 << 7 << "" << "1:00:00" << 3 << 24.0 << int(ResourceKind::GpuHours);
        // LUMI small-g: 0.5 × max(⌈7/8⌉, ⌈60G/64G⌉, 1 GCD) × 2 h = 1
        QTest::newRow("lumi small-g one GCD") << "lumi" << "small-g" << 1 << 1 << 7 << "60G" << "2:00:00" << 1 << 1.0 << int(ResourceKind::GpuHours);
        // cores dominate: 0.5 × ⌈56/8⌉ × 2 h = 7
        QTest::newRow("lumi small-g cores") << "lumi" << "small-g" << 1 << 4 << 56 << "" << "2:00:00" << 1 << 7.0 << int(ResourceKind::GpuHours);
        // MareNostrum 5: 4 GPUs × 20 core-hours × 2 h = 160 core-hours
        QTest::newRow("mn5 acc") << "marenostrum5" << "acc" << 1 << 4 << 80 << "" << "2:00:00" << 1 << 160.0 << int(ResourceKind::CoreHours);
        // Leonardo: max(8 cores, 4 GPUs × 8, ⌈120G / 16G⌉) = 32 equivalent cores × 2 h × 6 tasks
        QTest::newRow("leonardo gpus") << "leonardo" << "boost_usr_prod" << 1 << 4 << 8 << "120G" << "02:00:00" << 6 << 384.0 << int(ResourceKind::LocalHours);
        // …memory dominates: ⌈480G / 16G⌉ = 30 > 1 GPU × 8
        QTest::newRow("leonardo memory") << "leonardo" << "boost_usr_prod" << 1 << 1 << 4 << "480G" << "1:00:00" << 1 << 30.0 << int(ResourceKind::LocalHours);
        QTest::newRow("meluxina node-hours") << "meluxina" << "gpu" << 2 << 4 << 32 << "" << "4:00:00" << 1 << 8.0 << int(ResourceKind::NodeHours);
        // Karolina: GPUs × time / 8
        QTest::newRow("karolina") << "karolina" << "qgpu" << 1 << 8 << 128 << "" << "2:00:00" << 1 << 2.0 << int(ResourceKind::NodeHours);
        QTest::newRow("cpu partition") << "vega" << "cpu" << 2 << 0 << 16 << "" << "30" << 1 << 16.0 << int(ResourceKind::CpuHours);
    }

    void estimates()
    {
        QFETCH(QString, cluster);
        QFETCH(QString, partition);
        QFETCH(int, nodes);
        QFETCH(int, gpus);
        QFETCH(int, cpus);
        QFETCH(QString, mem);
        QFETCH(QString, time);
        QFETCH(int, tasks);
        QFETCH(double, amount);
        QFETCH(int, unit);
        const BillingPolicy policy = billingPolicyFor(cluster, partition, gpus);
        const CostEstimate e = estimateCost(experiment(nodes, gpus, cpus, mem, time, tasks), policy);
        QVERIFY2(e.amount, qPrintable(e.issues.value(0).toString()));
        QCOMPARE(*e.amount, amount);
        QCOMPARE(int(e.unit), unit);
        QCOMPARE(e.tasks, tasks);
        QVERIFY2(e.formula.endsWith(resourceKindLabel(ResourceKind(unit))), qPrintable(e.formula));
    }

    void estimateNeedsATimeLimit()
    {
        const BillingPolicy policy = billingPolicyFor(QStringLiteral("lumi"), QStringLiteral("standard-g"));
        CostEstimate e = estimateCost(experiment(1, 8, 7, QString(), QString()), policy);
        QVERIFY(!e.amount);  // unknown, not 0
        QCOMPARE(e.issues.value(0).path, QStringLiteral("/resources/time"));
        e = estimateCost(experiment(1, 8, 7, QString(), QString()), policy, 30 * 60);  // the partition's DefaultTime
        QCOMPARE(*e.amount, 2.0);
        e = estimateCost(experiment(1, 8, 7, QString(), QString()), policy, kUnlimitedSeconds);
        QVERIFY(!e.amount);
        const BudgetCheck c = compareWithAllocation(estimateCost(experiment(1, 8, 7, QString(), QString()), policy),
                                                    budget(ResourceKind::GpuHours, 100));
        QCOMPARE(c.verdict, BudgetCheck::Verdict::EstimateUnknown);
        QVERIFY(c.message.contains(QStringLiteral("time")));
    }

    void comparesWithTheAllocation()
    {
        const CostEstimate e = estimateCost(experiment(1, 4, 8, QString(), QStringLiteral("2:00:00"), 6),
                                            billingPolicyFor(QStringLiteral("vega"), QStringLiteral("gpu")));
        QCOMPARE(*e.amount, 48.0);
        BudgetCheck c = compareWithAllocation(e, budget(ResourceKind::GpuHours, 100));
        QCOMPARE(c.verdict, BudgetCheck::Verdict::Fits);
        QVERIFY(c.message.contains(QStringLiteral("48")));
        c = compareWithAllocation(e, budget(ResourceKind::GpuHours, 47.5));
        QCOMPARE(c.verdict, BudgetCheck::Verdict::OverBudget);
        QVERIFY(c.message.contains(QStringLiteral("Over budget")) && c.message.contains(QStringLiteral("47.5")));
        c = compareWithAllocation(e, budget(ResourceKind::GpuHours, std::nullopt));
        QCOMPARE(c.verdict, BudgetCheck::Verdict::LeftUnknown);
        QVERIFY(c.message.contains(QStringLiteral("unknown")) && c.message.contains(QStringLiteral("saldo -b")));
        QVERIFY(!c.message.contains(QStringLiteral(" 0 ")));
        c = compareWithAllocation(e, budget(ResourceKind::CpuHours, 1e9));
        QCOMPARE(c.verdict, BudgetCheck::Verdict::UnitMismatch);
        // Leonardo's local hours are core-hours: a saldo budget compares with a Leonardo estimate.
        const auto saldo = parseSaldo(slurmFile(QStringLiteral("sites/saldo-b.txt")));
        const CostEstimate leo = estimateCost(experiment(1, 4, 8, QStringLiteral("120G"), QStringLiteral("2:00:00"), 6),
                                              billingPolicyFor(QStringLiteral("leonardo"), QStringLiteral("boost_usr_prod")));
        QCOMPARE(compareWithAllocation(leo, saldo.rows[0]).verdict, BudgetCheck::Verdict::Fits);
        Allocation mn5 = budget(ResourceKind::CoreHours, 100);
        QCOMPARE(compareWithAllocation(leo, mn5).verdict, BudgetCheck::Verdict::OverBudget);
        // The bench's own budget: 100 GPU-hours in sshare.
        Allocation bench = budget(ResourceKind::GpuHours, 100 - 1.0 / 60);
        const CostEstimate big = estimateCost(experiment(1, 2, 1, QString(), QStringLiteral("2:00:00"), 30),
                                              billingPolicyFor(QStringLiteral("fabbrica"), QStringLiteral("gpu")));
        QCOMPARE(*big.amount, 120.0);
        QCOMPARE(compareWithAllocation(big, bench).verdict, BudgetCheck::Verdict::OverBudget);
    }

    void memoryUnits()
    {
        QCOMPARE(*slurmMemoryMb(QStringLiteral("120G")), 122880.0);
        QCOMPARE(*slurmMemoryMb(QStringLiteral("512M")), 512.0);
        QCOMPARE(*slurmMemoryMb(QStringLiteral("64000")), 64000.0);
        QCOMPARE(*slurmMemoryMb(QStringLiteral("1T")), 1048576.0);
        QVERIFY(!slurmMemoryMb(QStringLiteral("lots")));
        QVERIFY(!slurmMemoryMb(QString()));
    }
};

QTEST_GUILESS_MAIN(TestBudgetEstimate)
#include "tst_budget_estimate.moc"
