// `fabbrica allocations` / `partitions` output: tables and JSON from the real parsers on recorded
// outputs. Unknown prints as "unknown" (JSON null), never as 0.
#include "core/allocation_format.h"
#include "core/slurm/accounting_parsers.h"
#include "core/slurm/budget_tools.h"
#include "core/slurm/partition_parsers.h"
#include "tests/slurm/slurm_test_data.h"

#include <QTest>

using namespace fab;
using fabtest::slurmFile;

namespace {

QString lineWith(const QString &text, const QString &needle)
{
    for (const QString &l : text.split(QLatin1Char('\n')))
        if (l.contains(needle))
            return l;
    return {};
}

// Where a column's text ends on a line (right-aligned columns end at the same place on every line).
qsizetype endOf(const QString &line, const QString &cell, qsizetype from = 0)
{
    const qsizetype i = line.indexOf(cell, from);
    return i < 0 ? -1 : i + cell.size();
}

Parsed<Partition> benchPartitions()
{
    auto p = parseSinfo(slurmFile(QStringLiteral("bench-22.05/sinfo.txt")));
    const auto sc = parseScontrolPartitions(slurmFile(QStringLiteral("bench-22.05/scontrol-partitions.txt")));
    p.rows = mergePartitions(p.rows, sc.rows);
    return p;
}

}  // namespace

class TestAllocationFormat : public QObject {
    Q_OBJECT
private slots:
    void helpers()
    {
        QCOMPARE(formatAmount(std::nullopt), QStringLiteral("unknown"));
        QCOMPARE(formatAmount(0.0), QStringLiteral("0.00"));  // a known zero stays a number
        QCOMPARE(formatAmount(1.0 / 60), QStringLiteral("0.02"));
        QCOMPARE(formatAmount(250.26), QStringLiteral("250.3"));
        QCOMPARE(formatAmount(90000.0), QStringLiteral("90000"));
        QCOMPARE(formatSlurmDuration(600), QStringLiteral("00:10:00"));
        QCOMPARE(formatSlurmDuration(86400 + 3723), QStringLiteral("1-01:02:03"));
        QCOMPARE(formatSlurmDuration(kUnlimitedSeconds), QStringLiteral("unlimited"));
        Allocation a;
        QVERIFY(!percentUsed(a));
        QCOMPARE(formatPeriod(a), QStringLiteral("unknown"));
        a.granted = 0.0;
        a.used = 0.0;
        QVERIFY(!percentUsed(a));  // 0 of 0 is no percentage
        a.granted = 200.0;
        a.used = 50.0;
        QCOMPARE(*percentUsed(a), 25.0);
        a.periodEnd = QDate(2030, 12, 31);
        QCOMPARE(formatPeriod(a), QStringLiteral("until 2030-12-31"));
    }

    void saldoTable()
    {
        const auto p = parseSaldo(slurmFile(QStringLiteral("sites/saldo-b.txt")));
        QCOMPARE(p.rows.size(), 3);
        const QString t = formatAllocationsTable(p);
        const QStringList lines = t.split(QLatin1Char('\n'));
        QVERIFY(lines[0].startsWith(QStringLiteral("ACCOUNT")));
        const QString b = lineWith(t, QStringLiteral("Proj_B"));
        QVERIFY(b.contains(QStringLiteral("local-hours")));
        QVERIFY(b.contains(QStringLiteral("2022-04-27 – 2030-12-31")));
        QVERIFY(b.endsWith(QStringLiteral("saldo -b")));
        // Numbers are right-aligned under their headings.
        QCOMPARE(endOf(b, QStringLiteral(" 100000")), endOf(lines[0], QStringLiteral("GRANTED")));
        QCOMPARE(endOf(b, QStringLiteral(" 10000 ")) - 1, endOf(lines[0], QStringLiteral("USED")));
        QCOMPARE(endOf(b, QStringLiteral(" 90000")), endOf(lines[0], QStringLiteral("LEFT")));
        QCOMPARE(endOf(b, QStringLiteral(" 10.0")), endOf(lines[0], QStringLiteral("USED %")));
        // Proj_C used nothing: a known 0, printed as a number.
        QVERIFY(lineWith(t, QStringLiteral("Proj_C")).contains(QStringLiteral(" 0.00 ")));
        // The docs' command line above the table is the one line saldo's parser could not read.
        // (%n plurals: "line(s)" until the English translation is loaded.)
        QVERIFY2(t.contains(QStringLiteral("\n1 line")) && t.contains(QStringLiteral("of saldo -b output could not be read")),
                 qPrintable(t));
    }

    void unknownIsNotZero()
    {
        // This sshare has GrpTRESMins but no GrpTRESRaw column: the limit is known, the use is not.
        const auto p = parseSshare(slurmFile(QStringLiteral("sites/sshare-long.txt")));
        const QString t = formatAllocationsTable(p);
        QString gpu;
        for (const QString &l : t.split(QLatin1Char('\n')))
            if (l.startsWith(QStringLiteral("abattle4")) && l.contains(QStringLiteral("gpu-hours")))
                gpu = l;
        QVERIFY2(!gpu.isEmpty(), qPrintable(t));
        QVERIFY(gpu.contains(QStringLiteral("250000")));
        QCOMPARE(gpu.count(QStringLiteral("unknown")), 4);  // used, left, used %, period
        QVERIFY(!gpu.contains(QStringLiteral(" 0.00")));

        const json::Json j = allocationsJson(p);
        QCOMPARE(QString::fromStdString(j["format"].get<std::string>()), QStringLiteral("sshare -P"));
        const json::Json *row = nullptr;
        for (const json::Json &a : j["allocations"])
            if (a["account"] == "abattle4" && a["kind"] == "gpu-hours")
                row = &a;
        QVERIFY(row);
        QCOMPARE((*row)["granted"].get<double>(), 250000.0);
        QVERIFY((*row)["used"].is_null());
        QVERIFY((*row)["left"].is_null());
        QVERIFY((*row)["percent_used"].is_null());
        QVERIFY((*row)["period_end"].is_null());
    }

    void allocationsJsonKnownNumbers()
    {
        const auto p = parseSaldo(slurmFile(QStringLiteral("sites/saldo-b.txt")));
        const json::Json j = allocationsJson(p);
        QCOMPARE(j["unparsed"].get<int>(), 1);
        QCOMPARE(j["problems"].size(), size_t(p.problems.size()));
        QCOMPARE(j["allocations"].size(), size_t(3));
        const json::Json &b = j["allocations"][1];
        QCOMPARE(b["account"].get<std::string>(), std::string("Proj_B"));
        QCOMPARE(b["kind"].get<std::string>(), std::string("local-hours"));
        QCOMPARE(b["granted"].get<double>(), 100000.0);
        QCOMPARE(b["used"].get<double>(), 10000.0);
        QCOMPARE(b["left"].get<double>(), 90000.0);
        QCOMPARE(b["percent_used"].get<double>(), 10.0);
        QCOMPARE(b["period_start"].get<std::string>(), std::string("2022-04-27"));
        QCOMPARE(b["period_end"].get<std::string>(), std::string("2030-12-31"));
        QCOMPARE(j["allocations"][2]["used"].get<double>(), 0.0);  // Proj_C: known zero, not null
    }

    void usersUnderTheirAccount()
    {
        const auto p = parseSshare(slurmFile(QStringLiteral("bench-22.05/sshare.txt")));
        const QString t = formatAllocationsTable(p);
        const QStringList lines = t.split(QLatin1Char('\n'));
        const qsizetype acct = lines.indexOf(lineWith(t, QStringLiteral("fabtest_acct")));
        QVERIFY(acct > 0);
        QVERIFY(lines[acct + 1].startsWith(QStringLiteral("  fabtest ")));
        // sshare's GrpTRESRaw gres/gpu=1: one GPU-minute, 0.02 GPU-hours.
        QVERIFY(lines[acct + 1].contains(QStringLiteral("0.02")));
        const json::Json j = allocationsJson(p);
        QCOMPARE(j["allocations"][0]["users"][0]["user"].get<std::string>(), std::string("fabtest"));
        QCOMPARE(j["allocations"][0]["users"][0]["used"].get<double>(), 1.0 / 60);
    }

    void partitionsTableAndJson()
    {
        const auto p = benchPartitions();
        const QString t = formatPartitionsTable(p);
        const QString debug = lineWith(t, QStringLiteral("debug*"));
        QVERIFY2(!debug.isEmpty(), qPrintable(t));
        QVERIFY(debug.contains(QStringLiteral(" up ")));
        QVERIFY(debug.contains(QStringLiteral("0/1")));
        QVERIFY(debug.contains(QStringLiteral("00:10:00")));
        QVERIFY(debug.endsWith(QStringLiteral("01:00:00")));
        QVERIFY(lineWith(t, QStringLiteral("gpu ")).endsWith(QStringLiteral("02:00:00")));

        const json::Json j = partitionsJson(p);
        const json::Json &d = j["partitions"][0];
        QCOMPARE(d["name"].get<std::string>(), std::string("debug"));
        QVERIFY(d["default"].get<bool>());
        QCOMPARE(d["nodes_total"].get<int>(), 1);
        QCOMPARE(d["nodes_idle"].get<int>(), 0);
        QCOMPARE(d["gpus_per_node"].get<int>(), 2);
        QCOMPARE(d["free_gpus"].get<int>(), 1);
        QVERIFY(d["gpu_type"].is_null());
        QCOMPARE(d["default_time_seconds"].get<qint64>(), qint64(600));
        QCOMPARE(d["max_time_seconds"].get<qint64>(), qint64(3600));
    }

    void partitionsUnknownAndUnlimited()
    {
        // scontrol alone knows limits, not GPUs: those stay unknown.
        const auto sc = parseScontrolPartitions(slurmFile(QStringLiteral("bench-22.05/scontrol-partitions.txt")));
        QVERIFY(!sc.rows.isEmpty());
        QVERIFY(!sc.rows[0].freeGpus);
        const QString t = formatPartitionsTable(sc);
        QVERIFY(lineWith(t, sc.rows[0].name).contains(QStringLiteral("unknown")));
        QVERIFY(partitionsJson(sc)["partitions"][0]["free_gpus"].is_null());

        Parsed<Partition> local;
        Partition p;
        p.name = QStringLiteral("this-computer");
        p.maxTimeSeconds = kUnlimitedSeconds;
        local.rows << p;
        QVERIFY(lineWith(formatPartitionsTable(local), QStringLiteral("this-computer")).endsWith(QStringLiteral("unlimited")));
        QCOMPARE(partitionsJson(local)["partitions"][0]["max_time_seconds"].get<std::string>(), std::string("unlimited"));
    }

    void garbageIsReported()
    {
        const auto p = parseSshare(QByteArray("<html><body>502 Bad Gateway</body></html>\nnot|sshare\n"));
        QVERIFY(p.unparsed > 0);
        const QString t = formatAllocationsTable(p);
        QVERIFY(t.startsWith(QStringLiteral("No allocations reported.")));
        QVERIFY2(t.contains(QStringLiteral("\n%1 line").arg(p.unparsed)) && t.contains(QStringLiteral("of sshare -P output could not be read")),
                 qPrintable(t));
        // The scheduler's own errors (no unreadable lines) are the message itself.
        QCOMPARE(describeParseProblems(0, {QStringLiteral("sshare failed: Permission denied")}, QStringLiteral("sshare -P")),
                 QStringLiteral("sshare failed: Permission denied"));
        QCOMPARE(describeParseProblems(0, {}, QStringLiteral("sshare -P")), QString());
    }
};

QTEST_GUILESS_MAIN(TestAllocationFormat)
#include "tst_allocation_format.moc"
