#include "core/runner/sentinel.h"

#include <QRandomGenerator>

namespace fab::sentinel {

QByteArray newToken()
{
    QByteArray raw(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return QByteArrayLiteral("__FAB_") + raw.toHex() + '_';
}

QByteArray beginMarker(const QByteArray &token) { return token + "B\n"; }

Wrapped wrap(const QByteArray &command, const QByteArray &preamble)
{
    Wrapped w;
    w.token = newToken();
    // The markers are printed as two printf arguments ('TOKEN' 'B'), so the marker text itself never
    // appears contiguously in the command line: a command that prints its own command line (ps, a
    // shell trace) cannot fake a marker. The token only holds [_0-9A-Za-z]: no quoting needed.
    const QByteArray t = "'" + w.token + "'";
    QByteArray s;
    if (!preamble.isEmpty())
        s += preamble + '\n';
    s += "printf '%s%s\\n' " + t + " B; printf '%s%s\\n' " + t + " B >&2\n";
    s += "(\n" + command + "\n)\n";
    s += "__fab_rc=$?\n";
    s += "printf '%s%s%d\\n' " + t + " E: \"$__fab_rc\"; printf '%s%s\\n' " + t + " E >&2\n";
    s += "exit \"$__fab_rc\"\n";
    w.script = s;
    return w;
}

Parsed parse(const QByteArray &token, const QByteArray &stdOut, const QByteArray &stdErr)
{
    Parsed p;
    const QByteArray begin = beginMarker(token);
    const qsizetype ob = stdOut.indexOf(begin);
    const qsizetype eb = stdErr.indexOf(begin);
    p.sawBegin = ob >= 0;
    // Noise before the opening marker is dropped; without one, everything is treated as output so
    // that nothing is hidden from the user when the wrapper itself failed to start.
    const qsizetype outStart = ob >= 0 ? ob + begin.size() : 0;
    const qsizetype errStart = eb >= 0 ? eb + begin.size() : 0;

    const QByteArray outEnd = token + "E:";
    const qsizetype oe = stdOut.lastIndexOf(outEnd);
    bool outComplete = false;
    if (oe >= outStart) {
        // The exit status follows as digits and a newline; anything else is not our marker.
        qsizetype i = oe + outEnd.size();
        int rc = 0, digits = 0;
        while (i < stdOut.size() && stdOut[i] >= '0' && stdOut[i] <= '9' && digits < 4) {
            rc = rc * 10 + (stdOut[i] - '0');
            ++i;
            ++digits;
        }
        if (digits > 0 && i < stdOut.size() && stdOut[i] == '\n') {
            outComplete = true;
            p.exitCode = rc;
        }
    }
    p.stdOut = stdOut.mid(outStart, (outComplete ? oe : stdOut.size()) - outStart);

    const QByteArray errEnd = token + "E\n";
    const qsizetype ee = stdErr.lastIndexOf(errEnd);
    const bool errComplete = ee >= errStart;
    p.stdErr = stdErr.mid(errStart, (errComplete ? ee : stdErr.size()) - errStart);
    p.complete = outComplete && errComplete;
    if (!outComplete)
        p.exitCode = -1;
    return p;
}

}  // namespace fab::sentinel
