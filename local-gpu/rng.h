#pragma once
// A small, fully serialisable random generator (SplitMix64). One 64-bit word is the whole state, so a
// checkpoint stores it exactly and a resumed run draws the very same numbers (dropout masks, shuffles).
#include <cmath>
#include <cstdint>

namespace fab::localgpu {

class Rng {
public:
    explicit Rng(uint64_t seed = 0) : state_(seed) {}
    uint64_t state() const { return state_; }
    void setState(uint64_t s) { state_ = s; }

    uint64_t next()
    {
        uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1) with 24 random bits, exactly representable as a float.
    float uniform() { return float(next() >> 40) * (1.0f / 16777216.0f); }
    // Uniform integer in [0, n).
    uint64_t below(uint64_t n) { return n ? next() % n : 0; }
    // Standard normal by Box-Muller (one value per call keeps the state simple).
    double normal()
    {
        const double u1 = (double(next() >> 11) + 1.0) * (1.0 / 9007199254740993.0);  // (0, 1]
        const double u2 = double(next() >> 11) * (1.0 / 9007199254740992.0);
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }

private:
    uint64_t state_;
};

}  // namespace fab::localgpu
