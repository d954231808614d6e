// Causal attention, flash-style: one warp per query row walks the keys with an online softmax, so no
// T×T matrix is stored; the row's log-sum-exp is kept and the backward recomputes probabilities from it.
// The backward runs two passes (dQ by query rows, dK/dV by key rows) so no two warps write one value:
// deterministic without atomics. Reference: cpu::attentionForward/Backward.
#include "local-gpu/cuda/kernels.h"

#include <cuda_runtime.h>

namespace fab::localgpu::cuda {

namespace {
constexpr int kMaxPerLane = 4;  // head size up to 128 (GPT-2 uses 64)

__device__ float warpSum(float v)
{
    for (int o = 16; o > 0; o >>= 1)
        v += __shfl_xor_sync(0xffffffffu, v, o);
    return v;
}

// Loads a head vector's lane slice: element lane + 32 * k.
__device__ void loadSlice(float (&r)[kMaxPerLane], const float *p, int hs, int lane)
{
    for (int k = 0; k < kMaxPerLane; ++k)
        r[k] = lane + 32 * k < hs ? p[lane + 32 * k] : 0.0f;
}
__device__ float dotSlice(const float (&r)[kMaxPerLane], const float *p, int hs, int lane)
{
    float s = 0;
    for (int k = 0; k < kMaxPerLane; ++k)
        if (lane + 32 * k < hs)
            s += r[k] * p[lane + 32 * k];
    return warpSum(s);
}

__global__ void forwardK(float *out, float *lse, const float *qkv, int T, int C, int NH)
{
    const int t = blockIdx.x, h = blockIdx.y, b = blockIdx.z, lane = threadIdx.x;
    const int hs = C / NH;
    const float scale = rsqrtf(float(hs));
    const float *base = qkv + size_t(b) * T * 3 * C;
    float q[kMaxPerLane], acc[kMaxPerLane] = {};
    loadSlice(q, base + size_t(t) * 3 * C + h * hs, hs, lane);
    float m = -INFINITY, l = 0;
    for (int j = 0; j <= t; ++j) {
        const float s = dotSlice(q, base + size_t(j) * 3 * C + C + h * hs, hs, lane) * scale;
        const float mNew = fmaxf(m, s);
        const float corr = __expf(m - mNew), p = __expf(s - mNew);
        l = l * corr + p;
        const float *v = base + size_t(j) * 3 * C + 2 * C + h * hs;
        for (int k = 0; k < kMaxPerLane; ++k)
            if (lane + 32 * k < hs)
                acc[k] = acc[k] * corr + p * v[lane + 32 * k];
        m = mNew;
    }
    float *o = out + (size_t(b) * T + t) * C + h * hs;
    for (int k = 0; k < kMaxPerLane; ++k)
        if (lane + 32 * k < hs)
            o[lane + 32 * k] = acc[k] / l;
    if (lane == 0)
        lse[(size_t(b) * NH + h) * T + t] = m + logf(l);
}

// delta[b,h,t] = dout_t . out_t, the softmax backward's per-row term.
__global__ void deltaK(float *delta, const float *dout, const float *out, int T, int C, int NH)
{
    const int t = blockIdx.x, h = blockIdx.y, b = blockIdx.z, lane = threadIdx.x;
    const int hs = C / NH;
    float d[kMaxPerLane];
    loadSlice(d, dout + (size_t(b) * T + t) * C + h * hs, hs, lane);
    const float s = dotSlice(d, out + (size_t(b) * T + t) * C + h * hs, hs, lane);
    if (lane == 0)
        delta[(size_t(b) * NH + h) * T + t] = s;
}

__global__ void backwardQK(float *dqkv, const float *delta, const float *dout, const float *qkv, const float *lse, int T,
                           int C, int NH)
{
    const int t = blockIdx.x, h = blockIdx.y, b = blockIdx.z, lane = threadIdx.x;
    const int hs = C / NH;
    const float scale = rsqrtf(float(hs));
    const float *base = qkv + size_t(b) * T * 3 * C;
    const size_t row = (size_t(b) * NH + h) * T + t;
    float q[kMaxPerLane], d[kMaxPerLane], dq[kMaxPerLane] = {};
    loadSlice(q, base + size_t(t) * 3 * C + h * hs, hs, lane);
    loadSlice(d, dout + (size_t(b) * T + t) * C + h * hs, hs, lane);
    for (int j = 0; j <= t; ++j) {
        const float *k = base + size_t(j) * 3 * C + C + h * hs;
        const float p = __expf(dotSlice(q, k, hs, lane) * scale - lse[row]);
        const float dp = dotSlice(d, base + size_t(j) * 3 * C + 2 * C + h * hs, hs, lane);
        const float ds = p * (dp - delta[row]) * scale;
        for (int e = 0; e < kMaxPerLane; ++e)
            if (lane + 32 * e < hs)
                dq[e] += ds * k[lane + 32 * e];
    }
    float *o = dqkv + (size_t(b) * T + t) * 3 * C + h * hs;
    for (int e = 0; e < kMaxPerLane; ++e)
        if (lane + 32 * e < hs)
            o[lane + 32 * e] += dq[e];
}

__global__ void backwardKV(float *dqkv, const float *delta, const float *dout, const float *qkv, const float *lse, int T,
                           int C, int NH)
{
    const int j = blockIdx.x, h = blockIdx.y, b = blockIdx.z, lane = threadIdx.x;
    const int hs = C / NH;
    const float scale = rsqrtf(float(hs));
    const float *base = qkv + size_t(b) * T * 3 * C;
    float k[kMaxPerLane], v[kMaxPerLane], dk[kMaxPerLane] = {}, dv[kMaxPerLane] = {};
    loadSlice(k, base + size_t(j) * 3 * C + C + h * hs, hs, lane);
    loadSlice(v, base + size_t(j) * 3 * C + 2 * C + h * hs, hs, lane);
    for (int t = j; t < T; ++t) {
        const size_t row = (size_t(b) * NH + h) * T + t;
        const float *q = base + size_t(t) * 3 * C + h * hs;
        const float *d = dout + (size_t(b) * T + t) * C + h * hs;
        const float p = __expf(dotSlice(k, q, hs, lane) * scale - lse[row]);
        const float dp = dotSlice(v, d, hs, lane);
        const float ds = p * (dp - delta[row]) * scale;
        for (int e = 0; e < kMaxPerLane; ++e)
            if (lane + 32 * e < hs) {
                dv[e] += p * d[lane + 32 * e];
                dk[e] += ds * q[lane + 32 * e];
            }
    }
    float *ok = dqkv + (size_t(b) * T + j) * 3 * C + C + h * hs;
    float *ov = ok + C;
    for (int e = 0; e < kMaxPerLane; ++e)
        if (lane + 32 * e < hs) {
            ok[lane + 32 * e] += dk[e];
            ov[lane + 32 * e] += dv[e];
        }
}
}  // namespace

void attentionForward(float *out, float *lse, const float *qkv, int B, int T, int C, int NH, Stream s)
{
    forwardK<<<dim3(T, NH, B), 32, 0, static_cast<cudaStream_t>(s)>>>(out, lse, qkv, T, C, NH);
}

void attentionBackward(float *dqkv, float *delta, const float *dout, const float *out, const float *qkv,
                       const float *lse, int B, int T, int C, int NH, Stream s)
{
    const auto stream = static_cast<cudaStream_t>(s);
    deltaK<<<dim3(T, NH, B), 32, 0, stream>>>(delta, dout, out, T, C, NH);
    backwardQK<<<dim3(T, NH, B), 32, 0, stream>>>(dqkv, delta, dout, qkv, lse, T, C, NH);
    backwardKV<<<dim3(T, NH, B), 32, 0, stream>>>(dqkv, delta, dout, qkv, lse, T, C, NH);
}

}  // namespace fab::localgpu::cuda
