// shellQuote / shellQuoteExpandable: every hostile string survives /bin/sh and /bin/bash byte for byte,
// nothing it contains runs, and NUL is refused with a clear message.
#include "core/slurm/shell_quote.h"
#include "hostile_corpus.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fab;

namespace {

// Runs `script` (raw bytes, written to a file so that no byte is re-encoded on the way) with `shell`
// in `cwd`; returns stdout.
QByteArray runScript(const QString &shell, const QByteArray &script, const QString &cwd,
                     const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    const QString path = cwd + QStringLiteral("/script.sh");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return "<cannot write script>";
    f.write(script);
    f.close();
    QProcess p;
    p.setWorkingDirectory(cwd);
    p.setProcessEnvironment(env);
    p.start(shell, {path});
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit)
        return "<shell did not finish>";
    QFile::remove(path);
    if (p.exitCode() != 0)
        return "<exit " + QByteArray::number(p.exitCode()) + ": " + p.readAllStandardError() + '>';
    return p.readAllStandardOutput();
}

QString printable(const QByteArray &b)
{
    QByteArray shown = b.left(80).toPercentEncoding(" '\"$`\\;&|<>(){}[]*?~!#=%-_.,:/+@^");
    return QString::fromLatin1(shown) + (b.size() > 80 ? QStringLiteral("…(%1 bytes)").arg(b.size()) : QString());
}

}  // namespace

class TestShellQuote : public QObject {
    Q_OBJECT
    QTemporaryDir m_sandbox;

private slots:
    void initTestCase() { QVERIFY(m_sandbox.isValid()); }

    void corpusIsLargeAndHostile()
    {
        const auto corpus = fabtest::hostileCorpus(m_sandbox.path().toUtf8(), false);
        QVERIFY2(corpus.size() >= 50, qPrintable(QString::number(corpus.size())));
    }

    void survivesShellsByteForByte_data()
    {
        QTest::addColumn<QString>("shell");
        QTest::newRow("sh") << QStringLiteral("/bin/sh");
        QTest::newRow("bash") << QStringLiteral("/bin/bash");
    }

    void survivesShellsByteForByte()
    {
        QFETCH(QString, shell);
        if (!QFile::exists(shell))
            QSKIP("shell not installed");
        QTemporaryDir cwd(m_sandbox.path() + QStringLiteral("/cwd-XXXXXX"));
        const auto corpus = fabtest::hostileCorpus(m_sandbox.path().toUtf8(), false);
        int checked = 0;
        for (const QByteArray &s : corpus) {
            QString error;
            const auto q = shellQuote(QByteArrayView(s), &error);
            QVERIFY2(q, qPrintable(printable(s) + QStringLiteral(": ") + error));
            const QByteArray out = runScript(shell, "printf %s " + *q + '\n', cwd.path());
            QVERIFY2(out == s, qPrintable(QStringLiteral("in:  %1\nout: %2\nquoted: %3")
                                              .arg(printable(s), printable(out), printable(*q))));
            ++checked;
        }
        QCOMPARE(checked, corpus.size());
        // Nothing the strings asked for happened: no file next to the sandbox's cwd, no marker.
        QCOMPARE(QDir(cwd.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        const QStringList pwned = QDir(m_sandbox.path()).entryList({QStringLiteral("pwned*")});
        QVERIFY2(pwned.isEmpty(), qPrintable(pwned.join(QLatin1Char(' '))));
    }

    void quotedWordsConcatenateAsOneArgument()
    {
        // Two quoted values side by side stay one word: the rendered scripts rely on this.
        QTemporaryDir cwd(m_sandbox.path() + QStringLiteral("/cwd-XXXXXX"));
        const QByteArray a = "it's a \"test\"", b = "$(x) `y` \n";
        const QByteArray out = runScript(QStringLiteral("/bin/sh"),
                                         "set -- " + *shellQuote(a) + *shellQuote(b) + "\nprintf '%s|%s' \"$#\" \"$1\"\n",
                                         cwd.path());
        QCOMPARE(out, QByteArray("1|") + a + b);
    }

    void emptyStringIsAnEmptyWord()
    {
        QCOMPARE(*shellQuote(QByteArray()), QByteArray("''"));
        QTemporaryDir cwd(m_sandbox.path() + QStringLiteral("/cwd-XXXXXX"));
        QCOMPARE(runScript(QStringLiteral("/bin/sh"), "set -- " + *shellQuote(QByteArray()) + "\nprintf %s \"$#\"\n", cwd.path()),
                 QByteArray("1"));
    }

    void nulIsRefusedWithAReason()
    {
        QString error;
        QVERIFY(!shellQuote(QByteArrayView("abc\0def", 7), &error));
        QVERIFY2(error.contains(QStringLiteral("NUL")) && error.contains(QStringLiteral("byte 4")), qPrintable(error));
        error.clear();
        QVERIFY(!shellQuoteExpandable(QByteArrayView("\0", 1), &error));
        QVERIFY2(error.contains(QStringLiteral("NUL")), qPrintable(error));
        QVERIFY(!shellQuote(QString(QChar(0))));
    }

    // Environment values: plain $NAME / ${NAME} expand, nothing else does.
    void expandablePolicy_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain var") << QByteArray("$FABT_BASE/hf") << QByteArray("/scratch/u 1/hf");
        QTest::newRow("braced var") << QByteArray("${FABT_BASE}/data") << QByteArray("/scratch/u 1/data");
        QTest::newRow("two vars") << QByteArray("$FABT_BASE:$FABT_BASE") << QByteArray("/scratch/u 1:/scratch/u 1");
        QTest::newRow("unset var is empty") << QByteArray("[$FABT_UNSET_XYZ]") << QByteArray("[]");
        QTest::newRow("name runs on") << QByteArray("$FABT_BASEx") << QByteArray("");
        QTest::newRow("subst stays text") << QByteArray("$(touch %1/pwned-env)") << QByteArray("$(touch %1/pwned-env)");
        QTest::newRow("backticks stay text") << QByteArray("`touch %1/pwned-env2`") << QByteArray("`touch %1/pwned-env2`");
        QTest::newRow("arith stays text") << QByteArray("$((6*7))") << QByteArray("$((6*7))");
        QTest::newRow("operator stays text") << QByteArray("${FABT_BASE:-$(id)}") << QByteArray("${FABT_BASE:-$(id)}");
        QTest::newRow("positional stays text") << QByteArray("$1 $@ $$ $? $#") << QByteArray("$1 $@ $$ $? $#");
        QTest::newRow("lone dollar") << QByteArray("price 5$") << QByteArray("price 5$");
        QTest::newRow("open brace") << QByteArray("${") << QByteArray("${");
        QTest::newRow("unclosed") << QByteArray("${FABT_BASE") << QByteArray("${FABT_BASE");
        QTest::newRow("quotes") << QByteArray("a\"b'c") << QByteArray("a\"b'c");
        QTest::newRow("backslashes") << QByteArray("C:\\dir\\n") << QByteArray("C:\\dir\\n");
        QTest::newRow("newline") << QByteArray("a\nb") << QByteArray("a\nb");
        QTest::newRow("globs do not glob") << QByteArray("* ? [a]") << QByteArray("* ? [a]");
        QTest::newRow("tilde stays") << QByteArray("~/x") << QByteArray("~/x");
        QTest::newRow("content is not re-read") << QByteArray("$FABT_EVIL") << QByteArray("$(touch %1/pwned-evil)");
        QTest::newRow("non-utf8") << QByteArray("\xff$FABT_BASE\xfe") << QByteArray("\xff/scratch/u 1\xfe");
    }

    void expandablePolicy()
    {
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, expected);
        const QByteArray sandbox = m_sandbox.path().toUtf8();
        value.replace("%1", sandbox);
        expected.replace("%1", sandbox);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FABT_BASE"), QStringLiteral("/scratch/u 1"));
        env.insert(QStringLiteral("FABT_EVIL"), QString::fromUtf8("$(touch " + sandbox + "/pwned-evil)"));
        env.remove(QStringLiteral("FABT_UNSET_XYZ"));
        QTemporaryDir cwd(m_sandbox.path() + QStringLiteral("/cwd-XXXXXX"));
        for (const QString &shell : {QStringLiteral("/bin/sh"), QStringLiteral("/bin/bash")}) {
            const auto q = shellQuoteExpandable(QByteArrayView(value));
            QVERIFY(q);
            const QByteArray out = runScript(shell, "printf %s " + *q + '\n', cwd.path(), env);
            QVERIFY2(out == expected, qPrintable(QStringLiteral("%1: %2 → %3").arg(shell, printable(*q), printable(out))));
        }
        QVERIFY(QDir(m_sandbox.path()).entryList({QStringLiteral("pwned*")}).isEmpty());
    }

    void expandableSurvivesTheCorpus()
    {
        // Without any $NAME in it, an expandable value must come out exactly as it went in.
        QTemporaryDir cwd(m_sandbox.path() + QStringLiteral("/cwd-XXXXXX"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QByteArray &s : fabtest::hostileCorpus(m_sandbox.path().toUtf8(), false)) {
            if (s.contains("$H") || s.contains("${H") || s.size() > 10000)
                continue;  // those expand $HOME on purpose; the long one is covered above
            const QByteArray out = runScript(QStringLiteral("/bin/sh"), "printf %s " + *shellQuoteExpandable(QByteArrayView(s)) + '\n',
                                             cwd.path(), env);
            QVERIFY2(out == s, qPrintable(printable(s) + QStringLiteral(" → ") + printable(out)));
        }
        QVERIFY(QDir(m_sandbox.path()).entryList({QStringLiteral("pwned*")}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shell_quote.moc"
