// Partitions (sinfo, scontrol), accounting (sshare, sacctmgr, sreport, scontrol show config), sbatch's
// answers and the plain-words reasons — on the bench's real 22.05 outputs, clusters.md's samples and
// broken input.
#include "core/slurm/accounting_parsers.h"
#include "core/slurm/job_parsers.h"
#include "core/slurm/partition_parsers.h"
#include "core/slurm/reasons.h"
#include "core/slurm/sbatch_parsers.h"
#include "slurm_test_data.h"

#include <QTest>
#include <QTimeZone>

using namespace fab;
using fabtest::slurmFile;

namespace {

const Partition *partition(const QList<Partition> &list, const QString &name)
{
    for (const Partition &p : list)
        if (p.name == name)
            return &p;
    return nullptr;
}

const Allocation *allocation(const QList<Allocation> &list, const QString &account, ResourceKind kind)
{
    for (const Allocation &a : list)
        if (a.account == account && a.kind == kind)
            return &a;
    return nullptr;
}

}  // namespace

class TestSlurmAccounting : public QObject {
    Q_OBJECT

private slots:
    void sinfoJson_recorded()
    {
        const auto p = parseSinfoJson(slurmFile(QStringLiteral("bench-22.05/sinfo.json")));
        QVERIFY2(p.ok(), qPrintable(p.problems.join(QLatin1Char('\n'))));
        QCOMPARE(p.format, QStringLiteral("sinfo json v0.0.38"));
        QCOMPARE(p.rows.size(), 2);
        for (const QString &name : {QStringLiteral("debug"), QStringLiteral("gpu")}) {
            const Partition *part = partition(p.rows, name);
            QVERIFY(part);
            QCOMPARE(part->nodesTotal, 1);
            QCOMPARE(part->nodesIdle, 0);  // the node was busy with the GPU job and an array task
            QCOMPARE(part->gpusPerNode, 2);
            QCOMPARE(part->gpusTotal, 2);
            QCOMPARE(part->freeGpus, 1);
            QVERIFY(part->gpuType.isEmpty());
            // 22.05's node view has no partition limits: unknown until merged with scontrol's.
            QVERIFY(!part->maxTimeSeconds && !part->defaultTimeSeconds);
        }
        const auto sc = parseScontrolPartitions(slurmFile(QStringLiteral("bench-22.05/scontrol-partitions.txt")));
        QVERIFY2(sc.ok(), qPrintable(sc.problems.join(QLatin1Char('\n'))));
        const QList<Partition> merged = mergePartitions(p.rows, sc.rows);
        QCOMPARE(merged.size(), 2);
        const Partition *debug = partition(merged, QStringLiteral("debug"));
        QVERIFY(debug->isDefault);
        QCOMPARE(debug->maxTimeSeconds, 3600);
        QCOMPARE(debug->defaultTimeSeconds, 600);
        QCOMPARE(debug->state, QStringLiteral("up"));
        QCOMPARE(debug->freeGpus, 1);  // the node view's number wins
        const Partition *gpu = partition(merged, QStringLiteral("gpu"));
        QVERIFY(!gpu->isDefault);
        QCOMPARE(gpu->maxTimeSeconds, 7200);
    }

    void sinfoText_recorded_matchesJson()
    {
        const auto t = parseSinfoText(slurmFile(QStringLiteral("bench-22.05/sinfo.txt")));
        QVERIFY2(t.ok(), qPrintable(t.problems.join(QLatin1Char('\n'))));
        const auto j = parseSinfoJson(slurmFile(QStringLiteral("bench-22.05/sinfo.json")));
        QCOMPARE(t.rows.size(), j.rows.size());
        for (const Partition &p : t.rows) {
            const Partition *q = partition(j.rows, p.name);
            QVERIFY(q);
            QCOMPARE(p.nodesTotal, q->nodesTotal);
            QCOMPARE(p.nodesIdle, q->nodesIdle);
            QCOMPARE(p.gpusPerNode, q->gpusPerNode);
            QCOMPARE(p.freeGpus, q->freeGpus);
        }
        const Partition *debug = partition(t.rows, QStringLiteral("debug"));
        QVERIFY(debug->isDefault);
        QCOMPARE(debug->maxTimeSeconds, 3600);
        QCOMPARE(debug->defaultTimeSeconds, 600);
        QCOMPARE(debug->state, QStringLiteral("up"));
    }

    void sinfo_typedGresAndNodeStates()
    {
        // GRES with a type and a socket list, a drained node, a down node, an idle one, a CPU-only
        // partition, a node whose use cannot be read.
        const QByteArray text =
            "gpu*|up|n1|mixed|gpu:a100:4(S:0-1)|gpu:a100:1(IDX:0)|1-00:00:00|1:00:00|\n"
            "gpu*|up|n2|idle|gpu:a100:4(S:0-1),nvme:1|gpu:a100:0(IDX:N/A),nvme:0|1-00:00:00|1:00:00|\n"
            "gpu*|up|n3|drained|gpu:a100:4(S:0-1)|gpu:a100:0(IDX:N/A)|1-00:00:00|1:00:00|\n"
            "gpu*|up|n4|down*|gpu:a100:4(S:0-1)|gpu:a100:0(IDX:N/A)|1-00:00:00|1:00:00|\n"
            "cpu|up|c1|idle|(null)|(null)|UNLIMITED|n/a|\n"
            "odd|up|o1|idle|gpu:2|???|2:00:00|n/a|\n";
        const auto p = parseSinfoText(text);
        QVERIFY2(p.ok(), qPrintable(p.problems.join(QLatin1Char('\n'))));
        const Partition *gpu = partition(p.rows, QStringLiteral("gpu"));
        QCOMPARE(gpu->nodesTotal, 4);
        QCOMPARE(gpu->nodesIdle, 1);
        QCOMPARE(gpu->gpusPerNode, 4);
        QCOMPARE(gpu->gpuType, QStringLiteral("a100"));
        QCOMPARE(gpu->gpusTotal, 16);
        QCOMPARE(gpu->freeGpus, 7);  // 3 on n1 + 4 on n2; drained and down nodes give none
        QCOMPARE(gpu->maxTimeSeconds, 86400);
        QCOMPARE(gpu->defaultTimeSeconds, 3600);
        const Partition *cpu = partition(p.rows, QStringLiteral("cpu"));
        QCOMPARE(cpu->gpusPerNode, 0);
        QCOMPARE(cpu->freeGpus, 0);
        QCOMPARE(cpu->maxTimeSeconds, kUnlimitedSeconds);
        QVERIFY(!cpu->defaultTimeSeconds);  // "n/a" is unknown, not 0
        const Partition *odd = partition(p.rows, QStringLiteral("odd"));
        QCOMPARE(odd->gpusTotal, 2);
        QVERIFY(!odd->freeGpus);  // GRES in use unreadable: free GPUs unknown, not 2 and not 0
    }

    void sinfoJson_v0040_groups()
    {
        // The 23.02+ shape (clusters.md §12 / pestat notes): "sinfo" groups with their partition.
        const QByteArray json = R"J({"sinfo": [
          {"partition": {"name": "gpu", "maximums": {"time": {"set": true, "infinite": false, "number": 2880}},
                         "defaults": {"time": {"set": true, "infinite": false, "number": 60}},
                         "partition": {"state": ["UP"]}},
           "node": {"state": ["MIXED"]}, "nodes": {"total": 2, "idle": 0, "nodes": ["g1", "g2"]},
           "gres": {"total": "gpu:l40s:4(S:0-1)", "used": "gpu:l40s:1(IDX:0)"}},
          {"partition": {"name": "gpu", "maximums": {"time": {"set": false, "infinite": true, "number": 0}}},
           "node": {"state": ["IDLE", "DRAIN"]}, "nodes": {"total": 1, "idle": 1}, "gres": {"total": "gpu:l40s:4", "used": ""}},
          {"nodes": {"total": 1}}
        ], "meta": {"plugin": {"data_parser": "v0.0.42"}}})J";
        const auto p = parseSinfoJson(json);
        QCOMPARE(p.unparsed, 1);  // the entry without a partition
        QCOMPARE(p.format, QStringLiteral("sinfo json v0.0.42"));
        const Partition *gpu = partition(p.rows, QStringLiteral("gpu"));
        QVERIFY(gpu);
        QCOMPARE(gpu->nodesTotal, 3);
        QCOMPARE(gpu->nodesIdle, 1);  // the group says 1 idle (drained nodes included, as Slurm counts)
        QCOMPARE(gpu->gpusTotal, 12);
        QCOMPARE(gpu->freeGpus, 6);  // (4 − 1) × 2 on the mixed nodes; the drained node gives none
        QCOMPARE(gpu->maxTimeSeconds, 2880 * 60);
        QCOMPARE(gpu->defaultTimeSeconds, 3600);
        QCOMPARE(gpu->state, QStringLiteral("up"));
    }

    void sshare_recorded()
    {
        const auto p = parseSshare(slurmFile(QStringLiteral("bench-22.05/sshare.txt")));
        QVERIFY2(p.ok(), qPrintable(p.problems.join(QLatin1Char('\n'))));
        QCOMPARE(p.rows.size(), 2);  // root is left out
        const Allocation *acct = allocation(p.rows, QStringLiteral("fabtest_acct"), ResourceKind::GpuHours);
        QVERIFY(acct);
        QCOMPARE(*acct->granted, 100.0);  // GrpTRESMins gres/gpu=6000 minutes
        QVERIFY(acct->used && *acct->used > 0 && *acct->used < 1);  // GrpTRESRaw gres/gpu minutes / 60
        QCOMPARE(*acct->left, *acct->granted - *acct->used);
        QCOMPARE(acct->users.size(), 1);
        QCOMPARE(acct->users[0].user, QStringLiteral("fabtest"));
        QCOMPARE(acct->source, QStringLiteral("sshare"));
        const Allocation *small = allocation(p.rows, QStringLiteral("fabtest_small"), ResourceKind::GpuHours);
        QVERIFY(small);
        QCOMPARE(*small->granted, 1.0 / 60);
        QCOMPARE(*small->used, 0.0);  // a real 0: GrpTRESRaw says gres/gpu=0
        // The -a variant lists root's user too, which changes nothing for the accounts.
        QCOMPARE(parseSshare(slurmFile(QStringLiteral("bench-22.05/sshare-all.txt"))).rows.size(), 2);
    }

    void sshare_clustersMdSamples()
    {
        const auto longFormat = parseSshare(slurmFile(QStringLiteral("sites/sshare-long.txt")));
        QVERIFY2(longFormat.ok(), qPrintable(longFormat.problems.join(QLatin1Char('\n'))));
        const Allocation *gpu = allocation(longFormat.rows, QStringLiteral("abattle4"), ResourceKind::GpuHours);
        QVERIFY(gpu);
        QCOMPARE(*gpu->granted, 250000.0);
        QVERIFY(!gpu->used && !gpu->left);  // no GrpTRESRaw column: usage unknown, not 0
        QVERIFY(allocation(longFormat.rows, QStringLiteral("abattle4"), ResourceKind::CpuHours));
        const Allocation *user = allocation(longFormat.rows, QStringLiteral("ehunte18"), ResourceKind::GpuHours);
        QVERIFY(user && !user->granted && user->users.value(0).user == QLatin1String("rhausen1"));

        const auto alP = parseSshare(slurmFile(QStringLiteral("sites/sshare-alP.txt")));
        QCOMPARE(alP.unparsed, 1);  // the "$ sshare -alP" line of the sample
        const Allocation *batch = allocation(alP.rows, QStringLiteral("batch"), ResourceKind::GpuHours);
        QVERIFY(batch);
        QVERIFY(!batch->granted && !batch->used);
        QCOMPARE(batch->users.value(0).user, QStringLiteral("charlie"));
    }

    void sacctmgr_recordedAndSamples()
    {
        const auto p = parseSacctmgrAssoc(slurmFile(QStringLiteral("bench-22.05/sacctmgr-assoc.txt")));
        QVERIFY2(p.ok(), qPrintable(p.problems.join(QLatin1Char('\n'))));
        QCOMPARE(p.rows.size(), 6);
        const Association &acct = p.rows[2];
        QCOMPARE(acct.cluster, QStringLiteral("fabbrica"));
        QCOMPARE(acct.account, QStringLiteral("fabtest_acct"));
        QVERIFY(acct.user.isEmpty());
        QCOMPARE(acct.grpTresMins.value(QStringLiteral("gres/gpu")), QStringLiteral("6000"));
        QCOMPARE(acct.qos, QStringList{QStringLiteral("normal")});
        QVERIFY(!acct.maxWallSeconds && !acct.maxJobs);
        const auto user = parseSacctmgrAssoc(slurmFile(QStringLiteral("bench-22.05/sacctmgr-assoc-user.txt")));
        QVERIFY(user.ok());
        QCOMPARE(user.rows.size(), 2);
        for (const Association &a : user.rows)
            QCOMPARE(a.user, QStringLiteral("fabtest"));

        // Leonardo's paste: prompt line, header with "Def QOS", trailing '|'.
        const auto leo = parseSacctmgrAssoc(slurmFile(QStringLiteral("sites/sacctmgr-assoc-leonardo.txt")),
                                            QStringLiteral("Account,QOS,Partition"));
        QCOMPARE(leo.unparsed, 1);  // "$ sacctmgr …"
        QCOMPARE(leo.rows.size(), 1);
        QCOMPARE(leo.rows[0].account, QStringLiteral("aifac_f02_378"));
        QCOMPARE(leo.rows[0].qos.size(), 4);
        QVERIFY(leo.rows[0].qos.contains(QStringLiteral("boost_qos_lprod")));
        // MareNostrum 5's, with its own format list and no header.
        const auto mn5 = parseSacctmgrAssoc(slurmFile(QStringLiteral("sites/sacctmgr-assoc-mn5.txt")),
                                            QStringLiteral("Account,Partition,QOS,User"));
        QVERIFY2(mn5.ok(), qPrintable(mn5.problems.join(QLatin1Char('\n'))));
        QCOMPARE(mn5.rows.size(), 2);
        QCOMPARE(mn5.rows[1].account, QStringLiteral("ehpc101"));
        QCOMPARE(mn5.rows[1].qos, QStringList({QStringLiteral("acc_debug"), QStringLiteral("acc_ehpc"), QStringLiteral("acc_interactive")}));
        QCOMPARE(mn5.rows[1].user, QStringLiteral("bsc000000"));
    }

    void sreport_recordedAndSample()
    {
        QString unit;
        const auto p = parseSreport(slurmFile(QStringLiteral("bench-22.05/sreport.txt")), &unit);
        QVERIFY2(p.ok(), qPrintable(p.problems.join(QLatin1Char('\n'))));
        QCOMPARE(p.rows.size(), 3);
        QVERIFY(p.rows[1].isAccountTotal());
        QCOMPARE(p.rows[1].account, QStringLiteral("fabtest_acct"));
        QCOMPARE(p.rows[2].login, QStringLiteral("fabtest"));
        QCOMPARE(p.rows[2].properName, QStringLiteral("Fabbrica test bench"));
        QVERIFY(p.rows[2].used && *p.rows[2].used >= 0);
        QVERIFY(unit.isEmpty());  // -n: no banner to say the unit

        const auto banner = parseSreport(slurmFile(QStringLiteral("bench-22.05/sreport-banner.txt")), &unit);
        QVERIFY2(banner.ok(), qPrintable(banner.problems.join(QLatin1Char('\n'))));
        QCOMPARE(banner.rows.size(), 3);
        QCOMPARE(unit, QStringLiteral("CPU Minutes"));

        const auto tres = parseSreport(slurmFile(QStringLiteral("bench-22.05/sreport-tres.txt")));
        QVERIFY2(tres.ok(), qPrintable(tres.problems.join(QLatin1Char('\n'))));
        QCOMPARE(tres.rows.size(), 6);
        QCOMPARE(tres.rows[1].tres, QStringLiteral("gres/gpu"));
        QCOMPARE(*tres.rows[1].used, 0.0);

        const auto sample = parseSreport(slurmFile(QStringLiteral("sites/sreport-banner.txt")), &unit);
        QVERIFY2(sample.ok(), qPrintable(sample.problems.join(QLatin1Char('\n'))));
        QCOMPARE(unit, QStringLiteral("CPU Hours"));
        QCOMPARE(sample.rows.size(), 2);
        QCOMPARE(*sample.rows[0].used, 12500.0);
        QCOMPARE(sample.rows[1].properName, QStringLiteral("Jane Doe"));
    }

    void scontrolConfig_recorded()
    {
        int unparsed = -1;
        const auto config = parseScontrolConfig(slurmFile(QStringLiteral("bench-22.05/scontrol-config.txt")), &unparsed);
        QCOMPARE(unparsed, 0);
        QCOMPARE(maxArraySize(config), 1001);
        QCOMPARE(config.value(QStringLiteral("ClusterName")), QStringLiteral("fabbrica"));
        QVERIFY(config.value(QStringLiteral("SLURM_VERSION")).startsWith(QLatin1String("22.05")));
        QVERIFY(!maxArraySize({}));
        QVERIFY(!maxArraySize({{QStringLiteral("MaxArraySize"), QStringLiteral("lots")}}));
    }

    void sbatch_recorded()
    {
        const auto id = parseSbatchParsable(slurmFile(QStringLiteral("bench-22.05/sbatch-parsable.txt")));
        QVERIFY(id && id->jobId > 0 && id->cluster.isEmpty());
        const auto withCluster = parseSbatchParsable(slurmFile(QStringLiteral("bench-22.05/sbatch-parsable-cluster.txt")));
        QVERIFY(withCluster && withCluster->jobId > 0);
        QCOMPARE(withCluster->cluster, QStringLiteral("fabbrica"));
        // Login noise before the id (MareNostrum 5 prints module messages on every command).
        const auto noisy = parseSbatchParsable("load impi/2021.10.0 (PATH, MANPATH)\nload bsc/1.0 (PATH, MANPATH)\n4711\n");
        QVERIFY(noisy && noisy->jobId == 4711);
        QVERIFY(!parseSbatchParsable(slurmFile(QStringLiteral("bench-22.05/sbatch-error-account.txt"))));
        QVERIFY(!parseSbatchParsable("12abc\n"));
        QVERIFY(!parseSbatchParsable(""));

        const auto forecast = parseSbatchTestOnly(slurmFile(QStringLiteral("bench-22.05/sbatch-test-only.txt")));
        QVERIFY(forecast);
        QVERIFY(forecast->jobId && *forecast->jobId > 0);
        QVERIFY(forecast->start && forecast->start->date().year() >= 2026);
        QCOMPARE(forecast->processors, 1);
        QCOMPARE(forecast->nodes, QStringLiteral("vm"));
        QCOMPARE(forecast->partition, QStringLiteral("gpu"));
        QVERIFY(!parseSbatchTestOnly(slurmFile(QStringLiteral("bench-22.05/sbatch-error-partition.txt"))));
    }

    void sbatchErrors_explainedInPlainWords_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("words");
        QTest::newRow("account") << "sbatch-error-account.txt"
                                 << "Invalid account or account/partition combination specified" << "account";
        QTest::newRow("partition") << "sbatch-error-partition.txt" << "invalid partition specified: no_such_partition"
                                   << "no partition";
        QTest::newRow("node config") << "sbatch-error-node-config.txt" << "Requested node configuration is not available"
                                     << "No node";
        QTest::newRow("time") << "sbatch-error-time-limit.txt"
                              << "Requested time limit is invalid (missing or exceeds some limit)" << "time limit";
        QTest::newRow("gres") << "sbatch-error-gres.txt" << "Invalid generic resource (gres) specification" << "GPU";
    }
    void sbatchErrors_explainedInPlainWords()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QFETCH(QString, words);
        const QStringList errors = sbatchErrors(slurmFile(QStringLiteral("bench-22.05/") + file));
        QCOMPARE(errors.value(0), message);
        const Explanation e = explainSbatchError(errors.value(0));
        QVERIFY(e.known);
        QVERIFY2(e.sentence.contains(words), qPrintable(e.sentence));
        QVERIFY(!e.hint.isEmpty());
        // The whole stderr line reads the same.
        QCOMPARE(explainSbatchError(QStringLiteral("sbatch: error: Batch job submission failed: ") + message).sentence, e.sentence);
    }

    void sbatchErrors_notRecordedOnTheBench()
    {
        // The bench does not enforce QOS limits; these come from Slurm's own error strings.
        for (const char *m : {"Job violates accounting/QOS policy (job submit limit, user's size and/or time limits)",
                              "Invalid qos specification", "Invalid job array specification",
                              "Unable to contact slurm controller (connect failure)"}) {
            const Explanation e = explainSbatchError(QString::fromLatin1(m));
            QVERIFY2(e.known, m);
            QVERIFY(!e.sentence.isEmpty() && !e.hint.isEmpty());
        }
        const Explanation unknown = explainSbatchError(QStringLiteral("Something new in Slurm 26.05"));
        QVERIFY(!unknown.known);
        QVERIFY(unknown.sentence.contains(QStringLiteral("Something new in Slurm 26.05")));
    }

    void pendingReasons_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("words");
        QTest::newRow("Resources") << "Resources" << "busy";
        QTest::newRow("Priority") << "Priority" << "higher priority";
        QTest::newRow("QOSMaxGRESPerUser") << "QOSMaxGRESPerUser" << "GPUs";
        QTest::newRow("AssocGrpGRESMinutes") << "AssocGrpGRESMinutes" << "GPU budget";
        QTest::newRow("AssocGrpCPUMinutesLimit") << "AssocGrpCPUMinutesLimit" << "CPU budget";
        QTest::newRow("AssocMaxJobsLimit") << "AssocMaxJobsLimit" << "as many jobs";
        QTest::newRow("ReqNodeNotAvail") << "ReqNodeNotAvail, UnavailableNodes:node[01-04]" << "reserved";
        QTest::newRow("Dependency") << "Dependency" << "depends on";
        QTest::newRow("JobHeldUser") << "JobHeldUser" << "Held by you";
        QTest::newRow("JobHeldAdmin") << "JobHeldAdmin" << "administrators";
        QTest::newRow("PartitionTimeLimit") << "PartitionTimeLimit" << "never start";
        QTest::newRow("QOSMaxWallDurationPerJobLimit") << "QOSMaxWallDurationPerJobLimit" << "QOS allows";
        QTest::newRow("BeginTime") << "BeginTime" << "not to start before";
        QTest::newRow("squeue %R form") << "(AssocGrpGRESMinutes)" << "GPU budget";
    }
    void pendingReasons()
    {
        QFETCH(QString, reason);
        QFETCH(QString, words);
        const Explanation e = explainPendingReason(reason);
        QVERIFY2(e.known, qPrintable(reason));
        QVERIFY2(e.sentence.contains(words), qPrintable(e.sentence));
        QVERIFY(!e.hint.isEmpty());
    }

    void pendingReasons_recordedAndUnknown()
    {
        // Every reason the bench's jobs were given is explained.
        for (const Job &j : parseSacctText(slurmFile(QStringLiteral("bench-22.05/sacct.txt"))).rows)
            if (!j.reason.isEmpty())
                QVERIFY2(explainPendingReason(j.reason).known, qPrintable(j.reason));
        const Explanation family = explainPendingReason(QStringLiteral("QOSGrpGRESRunMinutes"));
        QVERIFY(!family.known);
        QVERIFY(family.sentence.contains(QStringLiteral("QOSGrpGRESRunMinutes")));
        const Explanation other = explainPendingReason(QStringLiteral("NewReason2027"));
        QVERIFY(!other.known);
        QVERIFY(other.sentence.contains(QStringLiteral("NewReason2027")));
    }

    void garbageNeverCrashes()
    {
        for (const QString &file : fabtest::benchFiles(QStringLiteral("s*.*"))) {
            for (const QByteArray &bad : fabtest::mangled(slurmFile(QStringLiteral("bench-22.05/") + file))) {
                for (const Partition &p : parseSinfo(bad).rows + parseScontrolPartitions(bad).rows) {
                    QVERIFY(!p.name.isEmpty());
                    if (p.freeGpus && p.gpusTotal)
                        QVERIFY(*p.freeGpus <= *p.gpusTotal);
                }
                for (const Allocation &a : parseSshare(bad).rows)
                    if (a.left && a.granted && a.used)
                        QCOMPARE(*a.left, *a.granted - *a.used);
                parseSacctmgrAssoc(bad);
                parseSreport(bad);
                parseScontrolConfig(bad);
                parseSbatchParsable(bad);
                parseSbatchTestOnly(bad);
                for (const QString &e : sbatchErrors(bad))
                    QVERIFY(!explainSbatchError(e).sentence.isEmpty());
            }
        }
        const auto cut = parseSshare(slurmFile(QStringLiteral("bench-22.05/sshare.txt")).left(120));
        QVERIFY(cut.unparsed >= 1);
        for (const Allocation &a : cut.rows)
            QVERIFY(!a.used || *a.used >= 0);
    }
};

QTEST_GUILESS_MAIN(TestSlurmAccounting)
#include "tst_slurm_accounting.moc"
