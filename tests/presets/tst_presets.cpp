// The shipped cluster presets (resources/presets/*.json): every file loads as a profile without issues,
// and the preset facts the UI shows (partitions, GPUs, walltimes, host keys, budget tool) have a shape
// the app can rely on. The facts themselves come from public documentation (see each file's "source").
#include "core/cluster_profile.h"
#include "core/experiment.h"
#include "core/json_util.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace fab;
using json::Json;

namespace {

QString presetsDir() { return qEnvironmentVariable("FABBRICA_PRESETS_DIR"); }

// Every preset we ship; a new one is added here on purpose.
const QStringList kExpected{
    QStringLiteral("deucalion"), QStringLiteral("discoverer"),   QStringLiteral("jupiter"),
    QStringLiteral("juwels-booster"), QStringLiteral("karolina"), QStringLiteral("leonardo"),
    QStringLiteral("lumi"),      QStringLiteral("marenostrum5"), QStringLiteral("meluxina"),
    QStringLiteral("vega")};

// Budget tools the app's parsers know. Anything else stays null, with the command in the notes.
const QStringList kBudgetTools{QStringLiteral("saldo"), QStringLiteral("lumi-allocations"), QStringLiteral("bsc_acct"),
                               QStringLiteral("it4ifree"), QStringLiteral("myquota")};

// Sites whose GPU partition walltime no public source gave: max_time stays null rather than invented.
const QStringList kNoDocumentedWalltime{QStringLiteral("vega")};

QStringList presetFiles()
{
    QStringList out;
    const QDir dir(presetsDir());
    for (const QFileInfo &fi : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        out << fi.absoluteFilePath();
    return out;
}

Json readJson(const QString &path, QByteArray *bytes = nullptr)
{
    QByteArray data;
    QString error;
    if (!json::readFile(path, &data, &error))
        return Json();
    if (bytes)
        *bytes = data;
    Issue issue;
    auto j = json::parse(data, &issue);
    return j ? *j : Json();
}

bool isString(const Json &j, const char *key) { return j.contains(key) && j[key].is_string(); }
bool isNullOrString(const Json &j, const char *key) { return j.contains(key) && (j[key].is_null() || j[key].is_string()); }

}  // namespace

class TestPresets : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(!presetsDir().isEmpty(), "FABBRICA_PRESETS_DIR is not set");
        QVERIFY2(QDir(presetsDir()).exists(), qPrintable(presetsDir()));
    }

    void theExpectedPresetsShip()
    {
        QStringList names;
        for (const QString &f : presetFiles())
            names << QFileInfo(f).completeBaseName();
        QStringList expected = kExpected;
        names.sort();
        expected.sort();
        QCOMPARE(names, expected);
    }

    void loadsAsAProfileList()
    {
        const ProfileList list = loadProfiles(presetsDir());
        for (const auto &[path, issues] : list.broken) {
            QStringList msgs;
            for (const Issue &i : issues)
                msgs << i.toString();
            qWarning("%s: %s", qPrintable(path), qPrintable(msgs.join(QStringLiteral("; "))));
        }
        QVERIFY(list.broken.isEmpty());
        QCOMPARE(list.profiles.size(), kExpected.size() + 1);  // + This computer
    }

    void eachPreset_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &f : presetFiles())
            QTest::newRow(qPrintable(QFileInfo(f).completeBaseName())) << f;
    }

    void eachPreset()
    {
        QFETCH(QString, path);
        const QString base = QFileInfo(path).completeBaseName();

        // 1. It loads as a profile, with no issues at all.
        Issues issues;
        const auto p = ClusterProfile::load(path, &issues);
        QStringList msgs;
        for (const Issue &i : issues)
            msgs << i.toString();
        QVERIFY2(p, qPrintable(msgs.join(QStringLiteral("; "))));
        QVERIFY2(issues.isEmpty(), qPrintable(msgs.join(QStringLiteral("; "))));
        QCOMPARE(p->name, base);
        QVERIFY(QRegularExpression(QStringLiteral("^[a-z0-9-]+$")).match(p->name).hasMatch());
        QCOMPARE(p->scheduler, QStringLiteral("slurm"));
        QVERIFY(!p->host.isEmpty());
        QVERIFY(p->port >= 1 && p->port <= 65535);
        QVERIFY(p->user.isEmpty());          // the user fills it in
        QVERIFY(p->identityFile.isEmpty());  // likewise
        QCOMPARE(p->knownHosts, QStringLiteral("~/.ssh/known_hosts"));
        QVERIFY(!p->source.trimmed().isEmpty());
        QVERIFY(p->defaultAccount.isEmpty());
        QVERIFY(!p->workDir.isEmpty());
        QVERIFY(!p->displayName.isEmpty());

        // 2. The raw file: written the way the app writes JSON (2-space indent, newline at the end).
        QByteArray bytes;
        const Json j = readJson(path, &bytes);
        QVERIFY(j.is_object());
        QVERIFY2(QByteArray::fromStdString(j.dump(2)) + '\n' == bytes,
                 "not in canonical form: reformat with 2-space indentation and a final newline");
        QVERIFY(j.contains("user") && j["user"] == "");  // present and empty, not left out
        QVERIFY(isString(j, "source"));

        // 3. Budget tool: one the app can parse, or null.
        QVERIFY(isNullOrString(j, "budget_tool"));
        if (!j["budget_tool"].is_null())
            QVERIFY2(kBudgetTools.contains(json::str(j["budget_tool"])), qPrintable(json::str(j["budget_tool"])));

        // 4. Partitions: a GPU one with a walltime Slurm understands, and the default among them.
        QVERIFY(j.contains("partitions") && j["partitions"].is_array() && !j["partitions"].empty());
        QSet<QString> names;
        QStringList defaults;
        bool gpuPartition = false, gpuPartitionWithTime = false;
        for (const Json &part : j["partitions"]) {
            QVERIFY(part.is_object());
            QVERIFY(isString(part, "name") && !json::str(part["name"]).isEmpty());
            const QString name = json::str(part["name"]);
            QVERIFY2(!names.contains(name), qPrintable(name + QStringLiteral(" listed twice")));
            names << name;
            QVERIFY2(part.contains("gpus_per_node") && part["gpus_per_node"].is_number_integer() &&
                         part["gpus_per_node"].get<long long>() >= 0,
                     qPrintable(name));
            const long long gpus = part["gpus_per_node"].get<long long>();
            if (gpus > 0)
                QVERIFY2(isString(part, "gpu") && !json::str(part["gpu"]).isEmpty(), qPrintable(name));
            if (part.contains("cpus_per_node"))
                QVERIFY2(part["cpus_per_node"].is_number_integer() && part["cpus_per_node"].get<long long>() > 0,
                         qPrintable(name));
            QVERIFY2(isNullOrString(part, "max_time"), qPrintable(name));
            std::optional<qint64> seconds;
            if (part["max_time"].is_string()) {
                seconds = parseSlurmDuration(json::str(part["max_time"]));
                QVERIFY2(seconds && *seconds > 0, qPrintable(name + QStringLiteral(": ") + json::str(part["max_time"])));
            }
            QVERIFY2(isNullOrString(part, "billing"), qPrintable(name));
            if (part["billing"].is_string())
                QVERIFY2(QStringList({QStringLiteral("gpu-hours"), QStringLiteral("node-hours"), QStringLiteral("core-hours")})
                             .contains(json::str(part["billing"])),
                         qPrintable(name));
            if (part.contains("billing_note"))
                QVERIFY(part["billing_note"].is_string());
            if (part.contains("notes"))
                QVERIFY(part["notes"].is_string());
            QVERIFY2(part.contains("default") && part["default"].is_boolean(), qPrintable(name));
            if (part["default"].get<bool>())
                defaults << name;
            gpuPartition = gpuPartition || gpus > 0;
            gpuPartitionWithTime = gpuPartitionWithTime || (gpus > 0 && seconds);
        }
        QVERIFY(gpuPartition);
        if (kNoDocumentedWalltime.contains(base))
            QVERIFY2(!gpuPartitionWithTime, "a walltime is now given: drop this site from kNoDocumentedWalltime");
        else
            QVERIFY2(gpuPartitionWithTime, "no GPU partition with a max_time that parseSlurmDuration accepts");
        QVERIFY(names.contains(p->defaultPartition));
        QCOMPARE(defaults, QStringList{p->defaultPartition});

        // 5. Host keys: only published ones, in OpenSSH's SHA256 form.
        if (j.contains("host_key_fingerprints")) {
            QVERIFY(j["host_key_fingerprints"].is_array());
            static const QRegularExpression sha(QStringLiteral("^SHA256:[A-Za-z0-9+/]{43}$"));
            for (const Json &fp : j["host_key_fingerprints"]) {
                QVERIFY(fp.is_object());
                QVERIFY(isString(fp, "type"));
                QVERIFY2(QStringList({QStringLiteral("ED25519"), QStringLiteral("RSA"), QStringLiteral("ECDSA")})
                             .contains(json::str(fp["type"])),
                         qPrintable(json::str(fp["type"])));
                QVERIFY(isString(fp, "sha256"));
                QVERIFY2(sha.match(json::str(fp["sha256"])).hasMatch(), qPrintable(json::str(fp["sha256"])));
                if (fp.contains("host"))
                    QVERIFY(fp["host"].is_string());
            }
        }

        // 6. The facts a newcomer reads.
        QVERIFY(j.contains("notes") && j["notes"].is_array() && !j["notes"].empty());
        for (const Json &n : j["notes"])
            QVERIFY(n.is_string() && !json::str(n).trimmed().isEmpty());
        QVERIFY(isString(j, "account_format") && !json::str(j["account_format"]).isEmpty());
        QVERIFY(j.contains("module_hints") && j["module_hints"].is_array());
        for (const Json &m : j["module_hints"])
            QVERIFY(m.is_string() && !json::str(m).isEmpty());
        QVERIFY(j.contains("auth") && j["auth"].is_array() && !j["auth"].empty());
        for (const Json &a : j["auth"])
            QVERIFY2(a.is_string() && QStringList({QStringLiteral("key"), QStringLiteral("certificate"),
                                                   QStringLiteral("password"), QStringLiteral("otp"),
                                                   QStringLiteral("portal-key")})
                                          .contains(json::str(a)),
                     qPrintable(json::describe(a)));

        // 7. GPU vendor: LUMI is AMD (ROCm), every other site here is NVIDIA (CUDA).
        QVERIFY(isString(j, "gpu_vendor"));
        QCOMPARE(json::str(j["gpu_vendor"]), base == QLatin1String("lumi") ? QStringLiteral("amd") : QStringLiteral("nvidia"));
    }

    void lumiPointsAwayFromTheCudaTemplates()
    {
        const Json j = readJson(presetsDir() + QStringLiteral("/lumi.json"));
        QCOMPARE(j["host_key_fingerprints"].size(), size_t(3));
        bool rocm = false;
        for (const Json &n : j["notes"])
            rocm = rocm || (json::str(n).contains(QStringLiteral("ROCm")) && json::str(n).contains(QStringLiteral("CUDA")));
        QVERIFY(rocm);
        QCOMPARE(json::str(j["budget_tool"]), QStringLiteral("lumi-allocations"));
    }

    void leonardoUsesTwelveHourCertificates()
    {
        const Json j = readJson(presetsDir() + QStringLiteral("/leonardo.json"));
        QVERIFY(j["auth"].is_array());
        QVERIFY(std::find(j["auth"].begin(), j["auth"].end(), Json("certificate")) != j["auth"].end());
        QCOMPARE(json::str(j["budget_tool"]), QStringLiteral("saldo"));
        bool twelveHours = false, roundRobin = false;
        for (const Json &n : j["notes"]) {
            twelveHours = twelveHours || json::str(n).contains(QStringLiteral("12 h"));
            roundRobin = roundRobin || json::str(n).contains(QStringLiteral("round-robin"));
        }
        QVERIFY(twelveHours);
        QVERIFY(roundRobin);
        QVERIFY(j["host_key_fingerprints"].empty());  // none published
    }

    void karolinaShipsItsPublishedHostKeys()
    {
        const Json j = readJson(presetsDir() + QStringLiteral("/karolina.json"));
        QCOMPARE(j["host_key_fingerprints"].size(), size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestPresets)
#include "tst_presets.moc"
