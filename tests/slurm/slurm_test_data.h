#pragma once
// Reading the recorded outputs under tests/data/slurm/.
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <QTest>
#include <optional>

// QCOMPARE on optionals prints the values ("nullopt" for none), not just the expressions.
namespace QTest {
template <typename T>
char *toString(const std::optional<T> &v)
{
    if (!v)
        return qstrdup("nullopt");
    using QTest::toString;
    return toString(*v);
}
}  // namespace QTest

namespace fabtest {

inline QString slurmData(const QString &relative)
{
    return qEnvironmentVariable("FABBRICA_TEST_DATA") + QStringLiteral("/slurm/") + relative;
}

// The file's bytes; a missing file is a test failure at the caller (an empty result fails its checks),
// and the message names the path.
inline QByteArray slurmFile(const QString &relative)
{
    QFile f(slurmData(relative));
    if (!f.open(QIODevice::ReadOnly))
        qWarning("missing test data: %s", qPrintable(f.fileName()));
    return f.readAll();
}

inline QStringList benchFiles(const QString &nameFilter)
{
    return QDir(slurmData(QStringLiteral("bench-22.05"))).entryList({nameFilter}, QDir::Files, QDir::Name);
}

// Ways to break a recorded output: cut short at several points, bytes flipped, unrelated text.
inline QList<QByteArray> mangled(const QByteArray &good)
{
    QList<QByteArray> out;
    for (const double cut : {0.0, 0.1, 0.33, 0.5, 0.77, 0.99})
        out << good.left(qsizetype(double(good.size()) * cut));
    QByteArray flipped = good;
    quint32 x = 2463534242u;  // xorshift32: the same corruption every run
    for (qsizetype i = 0; i < flipped.size(); i += 7) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        flipped[i] = char(x & 0xff);
    }
    out << flipped;
    QByteArray shuffledLines;
    const QList<QByteArray> lines = good.split('\n');
    for (qsizetype i = lines.size() - 1; i >= 0; --i)
        shuffledLines += lines[i].left(lines[i].size() / 2) + "|||" + '\n';
    out << shuffledLines;
    out << QByteArray("<html><body>502 Bad Gateway</body></html>") << QByteArray(1000, '\xff')
        << QByteArray("{\"jobs\": [1, \"x\", null, {}, {\"job_id\": \"seven\"}], \"nodes\": 5, \"sinfo\": {}}")
        << QByteArray("{\"jobs\": {}}") << QByteArray("[]") << QByteArray("null") << QByteArray("{") << QByteArray();
    return out;
}

}  // namespace fabtest
