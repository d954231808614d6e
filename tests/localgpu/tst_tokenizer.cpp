// GPT-2 BPE ids equal the reference encoder's (fixture from make_tokenizer_reference.py), decode
// inverts encode, and the byte tokenizer is the identity on bytes.
#include "local-gpu/tokenizer.h"

#include <QFile>
#include <QTest>
#include <nlohmann/json.hpp>

using namespace fab::localgpu;

class TstTokenizer : public QObject {
    Q_OBJECT
private slots:
    void gpt2MatchesReference()
    {
        QString error;
        auto tok = loadGpt2Tokenizer(QString(), &error);
        QVERIFY2(tok, qPrintable(error));
        QCOMPARE(tok->vocabSize(), 50257);
        QCOMPARE(tok->eot(), 50256);
        QFile f(qEnvironmentVariable("FABBRICA_TEST_DATA") + QStringLiteral("/localgpu/tokenizer_gpt2.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const auto j = nlohmann::json::parse(bytes.begin(), bytes.end());
        int n = 0;
        for (const auto &c : j["cases"]) {
            const std::string text = c["text"];
            const auto ids = tok->encode(text);
            const auto expected = c["ids"].get<std::vector<int32_t>>();
            QVERIFY2(ids == expected, qPrintable(QStringLiteral("ids differ for \"%1\"").arg(QString::fromStdString(text))));
            QCOMPARE(tok->decode(ids), text);
            ++n;
        }
        qInfo("%d strings tokenized exactly as the reference", n);
        QVERIFY(n >= 20);
    }
    void byteTokenizer()
    {
        auto tok = makeByteTokenizer();
        const std::string s = "caf\xc3\xa9 \n\t~";
        const auto ids = tok->encode(s);
        QCOMPARE(ids.size(), s.size());
        QCOMPARE(ids[3], int32_t(0xc3));
        QCOMPARE(tok->decode(ids), s);
        QCOMPARE(tok->vocabSize(), 256);
    }
    void badTokenizerFolder()
    {
        QString error;
        QVERIFY(!makeTokenizer(QStringLiteral("/nonexistent/folder"), &error));
        QVERIFY(error.contains(QStringLiteral("unknown tokenizer")));
        QVERIFY(!loadGpt2Tokenizer(QStringLiteral("/tmp"), &error));
        QVERIFY(error.contains(QStringLiteral("encoder.json")));
    }
};

QTEST_GUILESS_MAIN(TstTokenizer)
#include "tst_tokenizer.moc"
