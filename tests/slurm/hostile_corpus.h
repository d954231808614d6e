#pragma once
// Strings that break naive shell quoting. `%1` in an entry is replaced by a sandbox folder, so a
// quoting failure that runs a command leaves a file the test can look for.
#include <QByteArray>
#include <QList>
#include <QString>

namespace fabtest {

inline QList<QByteArray> hostileCorpus(const QByteArray &sandbox, bool utf8Only)
{
    QList<QByteArray> c = {
        "",
        "simple",
        "with space",
        "two  spaces",
        " leading and trailing ",
        "tab\there",
        "\t\t",
        "newline\nthere",
        "\n",
        "trailing newline\n",
        "\n\n\n",
        "\r\n",
        "carriage\rreturn",
        "'",
        "''",
        "'\\''",
        "a'b'c",
        "\"",
        "a\"b",
        "\"'\"'\"",
        "\\",
        "\\\\",
        "back\\slash",
        "\\'",
        "a\\\nb",
        "$HOME",
        "${HOME}",
        "\\$HOME",
        "'$HOME'",
        "\"$HOME\"",
        "$(id)",
        "$(touch %1/pwned-subst)",
        "`touch %1/pwned-backtick`",
        "``",
        "`",
        "$((1+1))",
        "$'\\x41'",
        "; touch %1/pwned-semicolon",
        "&& touch %1/pwned-and",
        "|| touch %1/pwned-or",
        "| touch %1/pwned-pipe",
        "\ntouch %1/pwned-newline",
        "> %1/pwned-redirect",
        "< /etc/passwd",
        "2>&1",
        "&",
        "sleep 0 &",
        "*",
        "?",
        "[a-z]*",
        "~",
        "~root",
        "-n",
        "-e \\x41",
        "--help",
        "-",
        "--",
        "#SBATCH --account=evil",
        "#",
        "a # b",
        "../../etc/passwd",
        "../",
        "%1/../pwned-dotdot",
        "!",
        "!!",
        "!$",
        "{a,b}",
        "{1..3}",
        "{}",
        "a=b",
        "IFS=x",
        "%s%s%n",
        "%",
        "$0",
        "$@",
        "$*",
        "$#",
        "$?",
        "$$",
        "$",
        "(",
        ")",
        "exit 1",
        "\x01\x02\x03\x7f",
        "\x1b[31mred",
        "\xc3\xa9 unicode \xe2\x9c\x93",
        "\xe2\x80\x8b zero width",
        QByteArray(5000, '\''),
    };
    // Long: 100 000 bytes of the above, glued.
    QByteArray longOne;
    while (longOne.size() < 100000)
        for (const QByteArray &s : c)
            longOne += s;
    c << longOne.left(100000);
    if (!utf8Only) {
        c << "\xff\xfe invalid utf8" << "\xc3\x28" << "\x80" << "a\xff'b\xfe\"c";
    }
    for (QByteArray &s : c)
        s.replace("%1", sandbox);
    return c;
}

}  // namespace fabtest
