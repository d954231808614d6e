#pragma once
// CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), the checksum of TFRecord framing, and the
// "masked" form TFRecord stores: rotate right by 15 and add 0xa282ead8, so that a CRC computed over
// data that itself holds CRCs does not degenerate.
#include <cstddef>
#include <cstdint>

namespace fab::metrics {

// Standard CRC-32C of n bytes (initial value and final xor 0xFFFFFFFF); crc32c("123456789") is
// 0xE3069283. Pass a previous result as `crc` to continue over more bytes.
uint32_t crc32c(const void *data, size_t n, uint32_t crc = 0);

inline uint32_t maskCrc32c(uint32_t crc) { return ((crc >> 15) | (crc << 17)) + 0xa282ead8u; }
inline uint32_t maskedCrc32c(const void *data, size_t n) { return maskCrc32c(crc32c(data, n)); }

}  // namespace fab::metrics
