#include "local-gpu/safetensors.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <algorithm>
#include <cstring>
#include <nlohmann/json.hpp>

namespace fab::localgpu {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::localgpu::Safetensors)
};

constexpr uint64_t kMaxHeader = 100u << 20;  // the reference implementation's own limit (100 MB)

int dtypeSize(const std::string &d)
{
    if (d == "F64" || d == "I64" || d == "U64")
        return 8;
    if (d == "F32" || d == "I32" || d == "U32")
        return 4;
    if (d == "F16" || d == "BF16" || d == "I16" || d == "U16")
        return 2;
    if (d == "I8" || d == "U8" || d == "BOOL" || d == "F8_E4M3" || d == "F8_E5M2")
        return 1;
    return 0;
}

float halfToFloat(uint16_t h)
{
    const uint32_t sign = uint32_t(h & 0x8000) << 16;
    uint32_t exp = (h >> 10) & 0x1F, mant = h & 0x3FF, bits;
    if (exp == 0) {
        if (mant == 0)
            bits = sign;
        else {  // subnormal: normalise
            exp = 127 - 15 + 1;
            while (!(mant & 0x400)) {
                mant <<= 1;
                --exp;
            }
            bits = sign | (exp << 23) | ((mant & 0x3FF) << 13);
        }
    } else if (exp == 31)
        bits = sign | 0x7F800000 | (mant << 13);
    else
        bits = sign | ((exp + 127 - 15) << 23) | (mant << 13);
    float f;
    std::memcpy(&f, &bits, 4);
    return f;
}
}  // namespace

uint64_t SafeTensorInfo::elements() const
{
    uint64_t n = 1;
    for (int64_t d : shape)
        n *= uint64_t(d);
    return n;
}

const SafeTensorInfo *SafetensorsHeader::find(const std::string &name) const
{
    for (const SafeTensorInfo &t : tensors)
        if (t.name == name)
            return &t;
    return nullptr;
}

bool parseSafetensorsHeader(const char *head, size_t headSize, uint64_t fileSize, SafetensorsHeader *out,
                            QString *error)
{
    auto fail = [&](const QString &m) {
        *error = m;
        return false;
    };
    if (headSize < 8 || fileSize < 8)
        return fail(Text::tr("not a safetensors file: shorter than its 8-byte header length"));
    uint64_t n = 0;
    for (int i = 7; i >= 0; --i)
        n = (n << 8) | uint8_t(head[i]);
    if (n < 2 || n > kMaxHeader)
        return fail(Text::tr("not a safetensors file: header length %1 is out of range").arg(n));
    if (n > fileSize - 8)
        return fail(Text::tr("truncated safetensors file: the header needs %1 bytes, the file has %2").arg(n).arg(fileSize - 8));
    if (n > headSize - 8)
        return fail(Text::tr("safetensors header incomplete in memory"));
    const auto j = nlohmann::json::parse(head + 8, head + 8 + n, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return fail(Text::tr("safetensors header is not a JSON object"));
    const uint64_t dataSize = fileSize - 8 - n;
    SafetensorsHeader h;
    h.dataStart = 8 + n;
    for (auto it = j.begin(); it != j.end(); ++it) {
        const QString name = QString::fromStdString(it.key());
        const auto &v = it.value();
        if (it.key() == "__metadata__") {
            if (!v.is_object())
                return fail(Text::tr("safetensors __metadata__ is not an object"));
            for (auto m = v.begin(); m != v.end(); ++m) {
                if (!m.value().is_string())
                    return fail(Text::tr("safetensors __metadata__ value \"%1\" is not a string").arg(QString::fromStdString(m.key())));
                h.metadata[m.key()] = m.value().get<std::string>();
            }
            continue;
        }
        if (!v.is_object())
            return fail(Text::tr("tensor \"%1\": entry is not an object").arg(name));
        const auto dt = v.find("dtype"), sh = v.find("shape"), off = v.find("data_offsets");
        if (dt == v.end() || !dt->is_string())
            return fail(Text::tr("tensor \"%1\": no dtype").arg(name));
        if (sh == v.end() || !sh->is_array() || sh->size() > 8)
            return fail(Text::tr("tensor \"%1\": shape is not a list of at most 8 dimensions").arg(name));
        if (off == v.end() || !off->is_array() || off->size() != 2)
            return fail(Text::tr("tensor \"%1\": data_offsets is not [begin, end]").arg(name));
        SafeTensorInfo t;
        t.name = it.key();
        t.dtype = dt->get<std::string>();
        const int es = dtypeSize(t.dtype);
        if (es == 0)
            return fail(Text::tr("tensor \"%1\": unknown dtype \"%2\"").arg(name, QString::fromStdString(t.dtype)));
        uint64_t elements = 1;
        for (const auto &d : *sh) {
            if (!d.is_number_unsigned())
                return fail(Text::tr("tensor \"%1\": a dimension is not a non-negative integer").arg(name));
            const uint64_t dim = d.get<uint64_t>();
            // Any size past the file is already wrong; this bound also keeps the product from overflowing.
            if (dim > fileSize || (dim && elements > fileSize / dim))
                return fail(Text::tr("tensor \"%1\": shape is larger than the file").arg(name));
            elements *= dim;
            t.shape.push_back(int64_t(dim));
        }
        if (!(*off)[0].is_number_unsigned() || !(*off)[1].is_number_unsigned())
            return fail(Text::tr("tensor \"%1\": data_offsets are not non-negative integers").arg(name));
        t.begin = (*off)[0].get<uint64_t>();
        t.end = (*off)[1].get<uint64_t>();
        if (t.begin > t.end || t.end > dataSize)
            return fail(Text::tr("tensor \"%1\": data_offsets [%2, %3] fall outside the %4 data bytes")
                            .arg(name).arg(t.begin).arg(t.end).arg(dataSize));
        if (elements > dataSize / uint64_t(es) || elements * uint64_t(es) != t.end - t.begin)
            return fail(Text::tr("tensor \"%1\": %2 × %3 bytes do not fill data_offsets [%4, %5]")
                            .arg(name).arg(elements).arg(es).arg(t.begin).arg(t.end));
        h.tensors.push_back(std::move(t));
    }
    std::sort(h.tensors.begin(), h.tensors.end(), [](const SafeTensorInfo &a, const SafeTensorInfo &b) {
        return a.begin < b.begin || (a.begin == b.begin && a.end < b.end);
    });
    for (size_t i = 1; i < h.tensors.size(); ++i)
        if (h.tensors[i].begin < h.tensors[i - 1].end)
            return fail(Text::tr("tensors \"%1\" and \"%2\" overlap").arg(QString::fromStdString(h.tensors[i - 1].name),
                                                                    QString::fromStdString(h.tensors[i].name)));
    *out = std::move(h);
    return true;
}

bool SafetensorsReader::open(const QString &path, QString *error)
{
    path_ = path;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Text::tr("cannot open %1: %2").arg(path, f.errorString());
        return false;
    }
    const uint64_t size = uint64_t(f.size());
    QByteArray head = f.read(8);
    if (head.size() == 8) {
        uint64_t n = 0;
        for (int i = 7; i >= 0; --i)
            n = (n << 8) | uint8_t(head[i]);
        if (n <= kMaxHeader && n <= size - 8)
            head += f.read(qint64(n));
    }
    QString why;
    if (!parseSafetensorsHeader(head.constData(), size_t(head.size()), size, &header_, &why)) {
        *error = QStringLiteral("%1: %2").arg(path, why);
        return false;
    }
    return true;
}

bool SafetensorsReader::readFloat(const SafeTensorInfo &t, float *out, QString *error) const
{
    const uint64_t n = t.elements();
    QFile f(path_);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(qint64(header_.dataStart + t.begin))) {
        *error = Text::tr("cannot read %1: %2").arg(path_, f.errorString());
        return false;
    }
    const QByteArray raw = f.read(qint64(t.end - t.begin));
    if (uint64_t(raw.size()) != t.end - t.begin) {
        *error = Text::tr("%1: tensor \"%2\" is cut short (file changed while reading?)").arg(path_, QString::fromStdString(t.name));
        return false;
    }
    const char *p = raw.constData();
    if (t.dtype == "F32") {
        // An empty tensor may come with out == nullptr (an empty vector's data()): memcpy with a null
        // pointer is undefined even for 0 bytes (UBSan, tests/fuzz/fuzz_safetensors).
        if (n > 0)
            std::memcpy(out, p, n * 4);  // safetensors is little-endian, as are the machines this runs on
    } else if (t.dtype == "F64")
        for (uint64_t i = 0; i < n; ++i) {
            double d;
            std::memcpy(&d, p + 8 * i, 8);
            out[i] = float(d);
        }
    else if (t.dtype == "F16" || t.dtype == "BF16")
        for (uint64_t i = 0; i < n; ++i) {
            uint16_t h;
            std::memcpy(&h, p + 2 * i, 2);
            if (t.dtype == "BF16") {
                const uint32_t bits = uint32_t(h) << 16;
                std::memcpy(&out[i], &bits, 4);
            } else
                out[i] = halfToFloat(h);
        }
    else {
        *error = Text::tr("%1: tensor \"%2\" has dtype %3; weights must be F32, F16, BF16 or F64")
                     .arg(path_, QString::fromStdString(t.name), QString::fromStdString(t.dtype));
        return false;
    }
    return true;
}

bool writeSafetensors(const QString &path, const std::vector<TensorToWrite> &tensors,
                      const std::map<std::string, std::string> &metadata, QString *error)
{
    nlohmann::ordered_json h = nlohmann::ordered_json::object();
    if (!metadata.empty())
        h["__metadata__"] = metadata;
    uint64_t offset = 0;
    for (const TensorToWrite &t : tensors) {
        uint64_t n = 1;
        for (int64_t d : t.shape)
            n *= uint64_t(d);
        h[t.name] = {{"dtype", "F32"}, {"shape", t.shape}, {"data_offsets", {offset, offset + 4 * n}}};
        offset += 4 * n;
    }
    std::string header = h.dump();
    header.append((8 - header.size() % 8) % 8, ' ');  // align the data to 8 bytes, as the reference writer does
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = Text::tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    char len[8];
    uint64_t n = header.size();
    for (int i = 0; i < 8; ++i)
        len[i] = char((n >> (8 * i)) & 0xFF);
    f.write(len, 8);
    f.write(header.data(), qint64(header.size()));
    for (const TensorToWrite &t : tensors) {
        uint64_t count = 1;
        for (int64_t d : t.shape)
            count *= uint64_t(d);
        f.write(reinterpret_cast<const char *>(t.data), qint64(count * 4));
    }
    if (!f.commit()) {
        *error = Text::tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

}  // namespace fab::localgpu
