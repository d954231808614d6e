// Fused softmax + cross-entropy: one block per row of logits, the probabilities never leave registers
// and shared memory; the gradient overwrites the logits. Reference: cpu::softmaxCrossEntropyForward/Backward.
#include "local-gpu/cuda/kernels.h"

#include <cuda_runtime.h>

namespace fab::localgpu::cuda {

namespace {
constexpr int kThreads = 256;

__device__ float blockReduce(float v, bool isMax)
{
    __shared__ float warps[kThreads / 32];
    __shared__ float result;
    for (int o = 16; o > 0; o >>= 1) {
        const float other = __shfl_xor_sync(0xffffffffu, v, o);
        v = isMax ? fmaxf(v, other) : v + other;
    }
    if (threadIdx.x % 32 == 0)
        warps[threadIdx.x / 32] = v;
    __syncthreads();
    if (threadIdx.x == 0) {
        float r = warps[0];
        for (int w = 1; w < kThreads / 32; ++w)
            r = isMax ? fmaxf(r, warps[w]) : r + warps[w];
        result = r;
    }
    __syncthreads();
    return result;
}

__global__ void softmaxCrossEntropyK(float *logits, float *losses, const int32_t *targets, int V, float scale,
                                     bool backward)
{
    const size_t row = blockIdx.x;
    float *x = logits + row * V;
    const int target = targets ? targets[row] : -1;
    float m = -INFINITY;
    for (int v = threadIdx.x; v < V; v += kThreads)
        m = fmaxf(m, x[v]);
    m = blockReduce(m, true);
    float s = 0;
    for (int v = threadIdx.x; v < V; v += kThreads)
        s += __expf(x[v] - m);
    s = blockReduce(s, false);
    const float logitT = target >= 0 ? x[target] : 0.0f;
    __syncthreads();  // everyone has read x[target] before it is overwritten
    if (threadIdx.x == 0)
        losses[row] = target >= 0 ? logf(s) + m - logitT : 0.0f;
    if (!backward)
        return;
    const float inv = 1.0f / s;
    for (int v = threadIdx.x; v < V; v += kThreads) {
        const float p = __expf(x[v] - m) * inv;
        x[v] = target < 0 ? 0.0f : (p - (v == target ? 1.0f : 0.0f)) * scale;
    }
}
}  // namespace

void softmaxCrossEntropy(float *logits, float *losses, const int32_t *targets, int N, int V, float scale, bool backward,
                         Stream s)
{
    softmaxCrossEntropyK<<<N, kThreads, 0, static_cast<cudaStream_t>(s)>>>(logits, losses, targets, V, scale, backward);
}

}  // namespace fab::localgpu::cuda
