#pragma once
// Small helpers shared by the fuzz targets: the input as Qt types, a deterministic cut point, and an
// invariant check that stops the run (libFuzzer saves the input as a crash).
#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace fabfuzz {

// A copy, NUL-terminated as every QByteArray the app reads from a file or a channel.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A cut position in [0, size] that depends on the input only (FNV-1a of its bytes), so a chunked feed
// is reproducible from the saved input alone.
inline size_t cutPoint(const uint8_t *data, size_t size, uint32_t salt = 0)
{
    uint32_t h = 2166136261u ^ salt;
    for (size_t i = 0; i < size; ++i)
        h = (h ^ data[i]) * 16777619u;
    return size ? h % (size + 1) : 0;
}

// The first line (without its newline) and the rest; the whole input is `rest` when there is none.
inline void firstLine(const QByteArray &in, QByteArray *line, QByteArray *rest)
{
    const qsizetype nl = in.indexOf('\n');
    *line = nl < 0 ? QByteArray() : in.left(nl);
    *rest = nl < 0 ? in : in.mid(nl + 1);
}

[[noreturn]] inline void fail(const char *what, const QString &detail = QString())
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n%s\n", what, detail.toLocal8Bit().constData());
    std::abort();
}

}  // namespace fabfuzz

#define FUZZ_CHECK(cond, detail)                      \
    do {                                              \
        if (!(cond))                                  \
            ::fabfuzz::fail(#cond, (detail));         \
    } while (0)
