#pragma once
// Login nodes print noise around every non-interactive command (MareNostrum 5's module banners from the
// user's shell start-up files, clusters.md §0). Each command is therefore wrapped between two markers
// made of a fresh random token; only what lies between them is the command's output.
#include <QByteArray>
#include <QString>

namespace fab::sentinel {

struct Wrapped {
    QByteArray script;  // what to hand to the login shell (sh-family syntax)
    QByteArray token;   // the random part of the markers, for parse()
};

// preamble runs before the opening marker (e.g. "module load …"): its output counts as noise.
// The command runs in a subshell, so `exit 3` or `cd` inside it still reaches the closing marker.
Wrapped wrap(const QByteArray &command, const QByteArray &preamble = {});

struct Parsed {
    bool sawBegin = false;
    bool complete = false;  // both closing markers seen: exitCode comes from the wrapper
    int exitCode = -1;
    QByteArray stdOut;
    QByteArray stdErr;
};
Parsed parse(const QByteArray &token, const QByteArray &stdOut, const QByteArray &stdErr);

// Streaming: the opening marker line on stdout, after which the stream is the command's own bytes.
QByteArray beginMarker(const QByteArray &token);  // including its newline

// A token such as "__FAB_9f3c…_" (16 random bytes in hex).
QByteArray newToken();

}  // namespace fab::sentinel
