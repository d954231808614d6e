// The safetensors header reader (local-gpu/safetensors.cpp) on a whole file held in memory: the input
// is the file. A header that parses must describe tensors that lie inside the data, sorted, without
// overlap, each exactly elements × dtype size long; such a file is then also read through
// SafetensorsReader (from a scratch file) and every floating-point tensor converted.
#include "fuzz_util.h"
#include "local-gpu/safetensors.h"

#include <QFile>
#include <QTemporaryDir>
#include <vector>

using namespace fab::localgpu;

namespace {

uint64_t dtypeBytes(const std::string &d)
{
    if (d == "F64" || d == "I64" || d == "U64")
        return 8;
    if (d == "F32" || d == "I32" || d == "U32")
        return 4;
    if (d == "F16" || d == "BF16" || d == "I16" || d == "U16")
        return 2;
    return 1;
}

void readBack(const QByteArray &file, const SafetensorsHeader &h)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.safetensors"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(file) != file.size())
        return;
    f.close();
    SafetensorsReader r;
    QString error;
    FUZZ_CHECK(r.open(path, &error), QStringLiteral("in memory it parsed, from the file: ") + error);
    FUZZ_CHECK(r.header().tensors.size() == h.tensors.size(), QString());
    for (const SafeTensorInfo &t : r.header().tensors) {
        if (t.elements() > (1u << 20))
            continue;
        // One float past the end is poisoned by ASan's heap redzone: a write beyond elements() is caught.
        std::vector<float> out(size_t(t.elements()));
        r.readFloat(t, out.data(), &error);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray file = fabfuzz::bytes(data, size);
    SafetensorsHeader h;
    QString error;
    const bool ok = parseSafetensorsHeader(file.constData(), size_t(file.size()), uint64_t(file.size()), &h, &error);
    FUZZ_CHECK(ok || !error.isEmpty(), QStringLiteral("a rejected header must say why"));

    // The same bytes as the head of a larger file: the reader must not look past headSize.
    SafetensorsHeader h2;
    parseSafetensorsHeader(file.constData(), size_t(file.size()), uint64_t(file.size()) + 4096, &h2, &error);
    if (!ok)
        return 0;

    const uint64_t dataSize = uint64_t(file.size()) - h.dataStart;
    uint64_t previousEnd = 0;
    for (const SafeTensorInfo &t : h.tensors) {
        FUZZ_CHECK(t.begin <= t.end && t.end <= dataSize, QString::fromStdString(t.name));
        FUZZ_CHECK(t.begin >= previousEnd, QStringLiteral("overlap at ") + QString::fromStdString(t.name));
        FUZZ_CHECK(t.elements() * dtypeBytes(t.dtype) == t.end - t.begin, QString::fromStdString(t.name));
        previousEnd = t.end;
    }
    readBack(file, h);
    return 0;
}
