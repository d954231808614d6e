#pragma once
// safetensors: an 8-byte little-endian header length, a JSON header {name: {dtype, shape, data_offsets}},
// then the raw tensor bytes. The reader treats every file as hostile: each length, offset and shape is
// checked (overflow included) before anything is read, and a bad file gives a message, never a crash.
#include <QByteArray>
#include <QString>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace fab::localgpu {

struct SafeTensorInfo {
    std::string name;
    std::string dtype;            // "F32", "F16", "BF16", "F64", "I64", …
    std::vector<int64_t> shape;
    uint64_t begin = 0, end = 0;  // byte offsets into the data section
    uint64_t elements() const;
};

struct SafetensorsHeader {
    std::vector<SafeTensorInfo> tensors;        // sorted by begin
    std::map<std::string, std::string> metadata;  // "__metadata__"
    uint64_t dataStart = 0;                      // 8 + header length
    const SafeTensorInfo *find(const std::string &name) const;
};

// Parses and checks the header of a safetensors file of fileSize bytes whose first bytes are `head`
// (at least the 8 length bytes; the header must be complete when the length says it is within head).
// Returns false with *error naming the problem. This is the function the fuzz target drives.
bool parseSafetensorsHeader(const char *head, size_t headSize, uint64_t fileSize, SafetensorsHeader *out,
                            QString *error);

class SafetensorsReader {
public:
    bool open(const QString &path, QString *error);
    const SafetensorsHeader &header() const { return header_; }
    // Reads a floating-point tensor (F32, F16, BF16 or F64) as float32 into out (exactly t.elements()).
    bool readFloat(const SafeTensorInfo &t, float *out, QString *error) const;
    QString path() const { return path_; }

private:
    QString path_;
    SafetensorsHeader header_;
};

struct TensorToWrite {
    std::string name;
    std::vector<int64_t> shape;
    const float *data = nullptr;  // written as F32
};

// Writes atomically (QSaveFile). Metadata values are strings, as the format requires.
bool writeSafetensors(const QString &path, const std::vector<TensorToWrite> &tensors,
                      const std::map<std::string, std::string> &metadata, QString *error);

}  // namespace fab::localgpu
