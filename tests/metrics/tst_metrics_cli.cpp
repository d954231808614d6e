// `fabbrica metrics`: the points stored in the history database printed per line (text and JSON),
// array tasks kept apart, and usage errors.
#include "app/cli_metrics.h"
#include "core/history_db.h"
#include "core/metrics/metric_store.h"
#include "core/paths.h"

#include <QTemporaryDir>
#include <QTest>
#include <nlohmann/json.hpp>

using namespace fab;
using namespace fab::metrics;

class TestMetricsCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_data;

    int cli(const QStringList &args, QString *out, QString *err)
    {
        QTextStream o(out), e(err);
        return app::runMetricsCommand(args, o, e);
    }

private slots:
    void initTestCase()
    {
        qputenv("FABBRICA_DATA_DIR", m_data.path().toUtf8());
        qputenv("FABBRICA_CONFIG_DIR", m_data.filePath(QStringLiteral("config")).toUtf8());
        HistoryDb db;
        QString error;
        QVERIFY2(db.open(paths::historyDatabase(), &error), qPrintable(error));
        MetricStore store(db);
        for (int task = 0; task < 2; ++task) {
            const auto rec = store.openStream({QStringLiteral("leonardo"), QStringLiteral("4242_%1").arg(task),
                                               std::nullopt, QStringLiteral("/w/tasks/%1/metrics.jsonl").arg(task),
                                               QStringLiteral("jsonl"), json::Json::object(), {}},
                                              &error);
            QVERIFY2(rec, qPrintable(error));
            StreamBatch b{rec->id, {QStringLiteral("loss")}, {{0, 1, 0, 2.5 + task}, {0, 2, 0, NAN}}, 40,
                          json::Json::object(), 0, task == 0};
            QVERIFY2(store.appendBatch(b, &error), qPrintable(error));
        }
    }

    void storedPointsAsJson()
    {
        QString out, err;
        QCOMPARE(cli({QStringLiteral("4242"), QStringLiteral("--profile"), QStringLiteral("leonardo"),
                      QStringLiteral("--json")},
                     &out, &err),
                 0);
        const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        const auto first = nlohmann::json::parse(lines[0].toStdString());
        QCOMPARE(QString::fromStdString(first["run"].get<std::string>()), QStringLiteral("4242_0"));
        QCOMPARE(first["step"].get<qint64>(), 1);
        QCOMPARE(QString::fromStdString(first["name"].get<std::string>()), QStringLiteral("loss"));
        QCOMPARE(first["value"].get<double>(), 2.5);
        QCOMPARE(QString::fromStdString(nlohmann::json::parse(lines[1].toStdString())["value"].get<std::string>()),
                 QStringLiteral("nan"));
        QCOMPARE(nlohmann::json::parse(lines[2].toStdString())["value"].get<double>(), 3.5);
        QVERIFY(err.contains(QLatin1String("4242_1")));  // task 1 not complete: said on stderr
    }

    void storedPointsAsText()
    {
        QString out, err;
        QCOMPARE(cli({QStringLiteral("4242_1"), QStringLiteral("--profile=leonardo")}, &out, &err), 0);
        QCOMPARE(out, QStringLiteral("4242_1\t1\tloss\t3.5\n4242_1\t2\tloss\tnan\n"));
    }

    void errors()
    {
        QString out, err;
        QCOMPARE(cli({QStringLiteral("--profile"), QStringLiteral("leonardo")}, &out, &err), 2);
        QCOMPARE(cli({QStringLiteral("1"), QStringLiteral("--bogus")}, &out, &err), 2);
        err.clear();
        QCOMPARE(cli({QStringLiteral("999"), QStringLiteral("--profile"), QStringLiteral("leonardo")}, &out, &err), 1);
        QVERIFY(err.contains(QLatin1String("999")));
        QCOMPARE(cli({QStringLiteral("nope"), QStringLiteral("--profile"), QStringLiteral("this-computer")}, &out, &err),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestMetricsCli)
#include "tst_metrics_cli.moc"
