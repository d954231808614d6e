#pragma once
// The hardening corpus: strings an attacker (or an unlucky copy-paste) may put into any experiment
// field, each with what it attacks. They live in code rather than in a text file because some hold
// NUL or bytes that are not UTF-8.
//
// Canaries: every entry that would run a command if it escaped its quoting runs `touch CANARY-<tag>`
// (relative: lands in the working folder of whatever shell ran it) or `touch @D/CANARY-<tag>` where
// @D is replaced by an absolute canary folder the caller chooses. A test that finds any file named
// CANARY* after rendering, submitting and running has found an injection.
#include <QByteArray>
#include <QList>

namespace fabtest {

struct Hostile {
    QByteArray value;
    const char *attacks;  // what the string tries to break

    bool hasNul() const { return value.contains('\0'); }
    bool isUtf8() const;  // valid UTF-8 (the only thing a JSON file or a QString can carry)
    // Usable as one file name on Linux (upload tests): no '/', no NUL, not "." or "..", short enough.
    bool isFileName() const
    {
        return !value.isEmpty() && !value.contains('/') && !hasNul() && value != "." && value != ".." &&
               value.size() <= 200 && isUtf8();
    }
};

inline bool Hostile::isUtf8() const
{
    // Strict: no overlongs, no surrogates, nothing above U+10FFFF.
    const auto *s = reinterpret_cast<const unsigned char *>(value.constData());
    const qsizetype n = value.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = s[i];
        int len = 0;
        unsigned min = 0, cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xe0) == 0xc0) {
            len = 2, min = 0x80, cp = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            len = 3, min = 0x800, cp = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            len = 4, min = 0x10000, cp = c & 0x07;
        } else {
            return false;
        }
        if (i + len > n)
            return false;
        for (int k = 1; k < len; ++k) {
            if ((s[i + k] & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i + k] & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        i += len;
    }
    return true;
}

// `canaryDir`: absolute folder that replaces @D (no trailing slash).
inline QList<Hostile> hostileStrings(const QByteArray &canaryDir)
{
    QList<Hostile> c = {
        // ---- quotes ----
        {"'", "a lone single quote: ends a single-quoted word early"},
        {"''", "an empty single-quoted pair: an escaper that drops it leaves nothing"},
        {"'\\''", "the '\\'' idiom itself: double escaping turns it back into a live quote"},
        {"it's'; touch CANARY-squote; '", "closes a single-quoted word, runs a command, reopens"},
        {"\"", "a lone double quote"},
        {"\"; touch CANARY-dquote; \"", "closes a double-quoted word and runs a command"},
        {"\"'\"'", "alternating quotes: confuses naive quote tracking"},
        // ---- command substitution and expansions ----
        {"$(touch CANARY-subst)", "command substitution"},
        {"$(touch @D/CANARY-substabs)", "command substitution, absolute canary"},
        {"\"$(touch CANARY-substdq)\"", "command substitution inside double quotes"},
        {"`touch CANARY-backtick`", "backtick command substitution"},
        {"\"`touch CANARY-btdq`\"", "backticks inside double quotes"},
        {"${X:-$(touch CANARY-default)}", "a command hidden in a ${VAR:-default} operator"},
        {"$((1+1))", "arithmetic expansion"},
        {"$(( $(touch CANARY-arith) ))", "a command inside arithmetic"},
        {"$HOME", "parameter expansion (literal where quoted, expanded only in env values)"},
        {"${HOME}", "braced parameter expansion"},
        {"\\$HOME", "a backslash before $: an escaper that adds one more backslash expands it"},
        {"$'\\x41\\n'", "ANSI-C quoting: $'...' turns escapes into bytes"},
        {"$IFS$()touch${IFS}CANARY-ifs", "IFS tricks: a command without spaces"},
        {"<(touch CANARY-procsub)", "process substitution"},
        // ---- command separators ----
        {"; touch CANARY-semi", "a command separator"},
        {"&& touch CANARY-and", "AND list"},
        {"|| touch CANARY-or", "OR list"},
        {"| touch CANARY-pipe", "a pipe into a command"},
        {"& touch CANARY-bg", "a background job"},
        {"> CANARY-redirect", "output redirection creating a file"},
        {"< /etc/passwd", "input redirection"},
        {"2>&1", "file descriptor duplication"},
        // ---- line structure ----
        {"x\ntouch CANARY-newline", "a newline then a command: a new script line"},
        {"\n", "only a newline"},
        {"a\r\ntouch CANARY-crlf", "CR LF line end then a command"},
        {"ends with CR\r", "a CR at the end: the script's own newline after it makes a CR LF"},
        {"a\\\ntouch CANARY-cont", "a backslash-newline line continuation"},
        {"tab\there", "a tab: the sweep table's field separator"},
        {"back\\tslash\\n", "backslash-t and backslash-n as text: the table's escapes"},
        {"# not a comment", "a '#' that would comment out the rest of a line"},
        // ---- NUL ----
        {QByteArray("a\0b", 3), "an embedded NUL: C strings and shells cut the value there"},
        {QByteArray("\0; touch CANARY-nul", 19), "a NUL then a command"},
        // ---- non-UTF-8 ----
        {"\xff\xfe invalid", "bytes that are never UTF-8"},
        {"\xc0\xaf", "an overlong encoding of '/'"},
        {"a\xff'b\"c", "invalid UTF-8 around quotes"},
        {"\xed\xa0\x80", "a UTF-16 surrogate encoded as UTF-8"},
        // ---- option injection ----
        {"-n", "option injection into echo/printf/tools"},
        {"--help", "a long option"},
        {"-rf", "option injection into rm-like tools"},
        {"--output=/tmp/CANARY-opt", "sbatch option injection"},
        {"--", "end-of-options marker"},
        {"-", "a lone dash (stdin for many tools)"},
        // ---- #SBATCH ----
        {"#SBATCH --uid=0", "a Slurm directive as a value"},
        {"x\n#SBATCH --account=evil", "a newline then a Slurm directive"},
        {"ok\n#SBATCH --output=@D/CANARY-sbatch\n", "a directive that would write a log outside the run folder"},
        // ---- paths ----
        {"../../../tmp/CANARY-dotdot", "path traversal"},
        {"..", "the parent folder"},
        {"../", "the parent folder with a slash"},
        {"a/../../CANARY-dotdot2", "traversal after a harmless component"},
        {"/etc/passwd", "an absolute path"},
        {"~root", "tilde expansion to another user's home"},
        {"~/CANARY-tilde", "tilde expansion to the home folder"},
        // ---- globbing and other expansions ----
        {"*", "a glob matching every file"},
        {"[a-z]*", "a bracket glob"},
        {"{a,b}", "brace expansion"},
        {"{p}", "looks like a Fabbrica placeholder"},
        {"{{p}}", "an escaped placeholder"},
        {"!!", "history expansion (interactive shells)"},
        {"%s%n%b", "printf format directives"},
        {"%1%2%3", "Qt arg() markers: chained QString::arg() calls substitute them again"},
        {"IFS=/", "an assignment word"},
        // ---- odd characters ----
        {"", "the empty string"},
        {" ", "a single space: word splitting"},
        {"a b  c", "spaces: word splitting"},
        {"\x1b]0;pwned\x07\x1b[2J", "terminal escape sequences"},
        {"\xe2\x80\xae" "evil\xe2\x80\x8b", "a right-to-left override and a zero-width space"},
        {"caf\xc3\xa9 \xe2\x9c\x93", "plain UTF-8, as a control"},
        {"\\", "a lone backslash"},
        {"\\'", "a backslash before a quote"},
        // ---- size ----
        {QByteArray(5000, '\''), "5000 single quotes: quadratic escaping"},
    };
    // 100 000 bytes built from the entries above (NUL and invalid UTF-8 left out, so it tests length).
    for (Hostile &h : c)
        h.value.replace("@D", canaryDir);
    // Whole entries only, so the result stays valid UTF-8; no CR (its own entries test it; a CR LF in
    // the command is refused), so the long value is accepted wherever its parts are, the command
    // included; padded to 100 000 bytes.
    QByteArray longOne;
    for (bool more = true; more;)
        for (const Hostile &h : c)
            if (!h.hasNul() && h.isUtf8() && !h.value.contains('\r') && h.value.size() < 1000) {
                if (longOne.size() + h.value.size() > 100000) {
                    more = false;
                    break;
                }
                longOne += h.value;
            }
    longOne += QByteArray(100000 - longOne.size(), 'x');
    c.append({longOne, "100 000 bytes of the above: size limits and slow paths"});
    return c;
}

}  // namespace fabtest
