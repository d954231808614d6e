// Element-wise and row-wise kernels: embeddings, LayerNorm, GELU, residual add, bias, casts, AdamW,
// gradient norm, LoRA dropout. Each mirrors the function of the same name in cpu_ops.cpp.
#include "local-gpu/cuda/kernels.h"

#include <cuda_bf16.h>
#include <cuda_runtime.h>

namespace fab::localgpu::cuda {

namespace {
cudaStream_t st(Stream s) { return static_cast<cudaStream_t>(s); }
unsigned blocksFor(size_t n, unsigned threads = 256) { return unsigned((n + threads - 1) / threads); }

__device__ float warpSum(float v)
{
    for (int o = 16; o > 0; o >>= 1)
        v += __shfl_xor_sync(0xffffffffu, v, o);
    return v;
}

__global__ void embeddingForwardK(float *out, const int32_t *tokens, const float *wte, const float *wpe, int T, int C,
                                  size_t n)
{
    const size_t i = size_t(blockIdx.x) * blockDim.x + threadIdx.x;
    if (i >= n)
        return;
    const size_t bt = i / C, c = i % C;
    out[i] = wte[size_t(tokens[bt]) * C + c] + wpe[(bt % T) * C + c];
}

__global__ void embeddingBackwardK(float *dwte, float *dwpe, const float *dout, const int32_t *tokens, int N, int T, int C)
{
    const int c = blockIdx.x * blockDim.x + threadIdx.x;
    if (c >= C)
        return;
    for (int bt = 0; bt < N; ++bt) {  // in order, like the CPU: same sums, no atomics
        const float d = dout[size_t(bt) * C + c];
        if (dwte)
            dwte[size_t(tokens[bt]) * C + c] += d;
        if (dwpe)
            dwpe[size_t(bt % T) * C + c] += d;
    }
}

// One warp per row.
__global__ void layernormForwardK(float *out, float *mean, float *rstd, const float *in, const float *w, const float *b,
                                  int N, int C, float eps)
{
    const int row = blockIdx.x * (blockDim.x / 32) + threadIdx.x / 32, lane = threadIdx.x % 32;
    if (row >= N)
        return;
    const float *x = in + size_t(row) * C;
    float s = 0;
    for (int c = lane; c < C; c += 32)
        s += x[c];
    const float m = warpSum(s) / C;
    float v = 0;
    for (int c = lane; c < C; c += 32)
        v += (x[c] - m) * (x[c] - m);
    const float r = rsqrtf(warpSum(v) / C + eps);
    float *o = out + size_t(row) * C;
    for (int c = lane; c < C; c += 32)
        o[c] = (x[c] - m) * r * w[c] + b[c];
    if (lane == 0) {
        mean[row] = m;
        rstd[row] = r;
    }
}

__global__ void layernormBackwardInputK(float *din, const float *dout, const float *in, const float *w, const float *mean,
                                        const float *rstd, int N, int C)
{
    const int row = blockIdx.x * (blockDim.x / 32) + threadIdx.x / 32, lane = threadIdx.x % 32;
    if (row >= N)
        return;
    const float *x = in + size_t(row) * C, *d = dout + size_t(row) * C;
    const float m = mean[row], r = rstd[row];
    float sd = 0, sdx = 0;
    for (int c = lane; c < C; c += 32) {
        const float dn = d[c] * w[c];
        sd += dn;
        sdx += dn * (x[c] - m) * r;
    }
    sd = warpSum(sd) / C;
    sdx = warpSum(sdx) / C;
    float *dx = din + size_t(row) * C;
    for (int c = lane; c < C; c += 32)
        dx[c] += r * (d[c] * w[c] - sd - (x[c] - m) * r * sdx);
}

// One thread per channel, rows in order: deterministic weight and bias gradients.
__global__ void layernormBackwardParamsK(float *dw, float *db, const float *dout, const float *in, const float *mean,
                                         const float *rstd, int N, int C)
{
    const int c = blockIdx.x * blockDim.x + threadIdx.x;
    if (c >= C)
        return;
    float sw = 0, sb = 0;
    for (int n = 0; n < N; ++n) {
        const float d = dout[size_t(n) * C + c];
        sw += d * (in[size_t(n) * C + c] - mean[n]) * rstd[n];
        sb += d;
    }
    dw[c] += sw;
    db[c] += sb;
}

constexpr float kGeluC = 0.7978845608028654f;

__global__ void geluForwardK(float *out, const float *in, size_t n)
{
    const size_t i = size_t(blockIdx.x) * blockDim.x + threadIdx.x;
    if (i < n) {
        const float x = in[i];
        out[i] = 0.5f * x * (1.0f + tanhf(kGeluC * (x + 0.044715f * x * x * x)));
    }
}

__global__ void geluBackwardK(float *din, const float *in, const float *dout, size_t n)
{
    const size_t i = size_t(blockIdx.x) * blockDim.x + threadIdx.x;
    if (i < n) {
        const float x = in[i];
        const float th = tanhf(kGeluC * (x + 0.044715f * x * x * x));
        const float du = kGeluC * (1.0f + 3.0f * 0.044715f * x * x);
        din[i] += dout[i] * (0.5f * (1.0f + th) + 0.5f * x * (1.0f - th * th) * du);
    }
}

__global__ void addK(float *out, const float *a, const float *b, size_t n)
{
    const size_t i = size_t(blockIdx.x) * blockDim.x + threadIdx.x;
    if (i < n)
        out[i] = a[i] + b[i];
}

__global__ void multiplyAddK(float *out, const float *a, const float *b, size_t n)
{
    const size_t i = size_t(blockIdx.x) * blockDim.x + threadIdx.x;
    if (i < n)
        out[i] += a[i] * b[i];
}

__global__ void biasBroadcastK(float *out, const float *bias, int OUT, size_t n)
{
    const size_t i = size_t(blockIdx.x) * blockDim.x + threadIdx.x;
    if (i < n)
        out[i] = bias[i % OUT];
}

__global__ void biasGradientK(float *dbias, const float *dout, int N, int OUT)
{
    const int c = blockIdx.x * blockDim.x + threadIdx.x;
    if (c >= OUT)
        return;
    float s = 0;
    for (int n = 0; n < N; ++n)
        s += dout[size_t(n) * OUT + c];
    dbias[c] += s;
}

__global__ void castK(__nv_bfloat16 *out, const float *in, size_t n)
{
    const size_t i = size_t(blockIdx.x) * blockDim.x + threadIdx.x;
    if (i < n)
        out[i] = __float2bfloat16(in[i]);
}

__global__ void adamwK(float *p, const float *g, float *m, float *v, size_t n, float lr, float beta1, float beta2,
                       float eps, float decay, float stepSize, float bc2Sqrt, float gradScale)
{
    const size_t i = size_t(blockIdx.x) * blockDim.x + threadIdx.x;
    if (i >= n)
        return;
    const float gi = g[i] * gradScale;
    const float mi = beta1 * m[i] + (1.0f - beta1) * gi;
    const float vi = beta2 * v[i] + (1.0f - beta2) * gi * gi;
    m[i] = mi;
    v[i] = vi;
    p[i] = p[i] * decay - stepSize * mi / (sqrtf(vi) / bc2Sqrt + eps);
}

__global__ void sumOfSquaresK(float *partial, const float *x, size_t n)
{
    __shared__ float warps[32];
    float s = 0;
    for (size_t i = size_t(blockIdx.x) * blockDim.x + threadIdx.x; i < n; i += size_t(gridDim.x) * blockDim.x)
        s += x[i] * x[i];
    s = warpSum(s);
    if (threadIdx.x % 32 == 0)
        warps[threadIdx.x / 32] = s;
    __syncthreads();
    if (threadIdx.x < 32) {
        s = threadIdx.x < blockDim.x / 32 ? warps[threadIdx.x] : 0.0f;
        s = warpSum(s);
        if (threadIdx.x == 0)
            partial[blockIdx.x] = s;
    }
}

__device__ uint64_t mix(uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

__global__ void dropoutK(float *mask, float *xd, const float *x, size_t n, float p, uint64_t seed)
{
    const size_t i = size_t(blockIdx.x) * blockDim.x + threadIdx.x;
    if (i >= n)
        return;
    const float u = float(mix(seed + 0x9E3779B97F4A7C15ull * (i + 1)) >> 40) * (1.0f / 16777216.0f);
    mask[i] = u < p ? 0.0f : 1.0f / (1.0f - p);
    xd[i] = x[i] * mask[i];
}
}  // namespace

void embeddingForward(float *out, const int32_t *tokens, const float *wte, const float *wpe, int B, int T, int C, Stream s)
{
    const size_t n = size_t(B) * T * C;
    embeddingForwardK<<<blocksFor(n), 256, 0, st(s)>>>(out, tokens, wte, wpe, T, C, n);
}
void embeddingBackward(float *dwte, float *dwpe, const float *dout, const int32_t *tokens, int B, int T, int C, Stream s)
{
    embeddingBackwardK<<<blocksFor(size_t(C), 128), 128, 0, st(s)>>>(dwte, dwpe, dout, tokens, B * T, T, C);
}
void layernormForward(float *out, float *mean, float *rstd, const float *in, const float *w, const float *b, int N, int C,
                      float eps, Stream s)
{
    layernormForwardK<<<blocksFor(size_t(N), 8), 256, 0, st(s)>>>(out, mean, rstd, in, w, b, N, C, eps);
}
void layernormBackward(float *din, float *dw, float *db, const float *dout, const float *in, const float *w,
                       const float *mean, const float *rstd, int N, int C, Stream s)
{
    layernormBackwardInputK<<<blocksFor(size_t(N), 8), 256, 0, st(s)>>>(din, dout, in, w, mean, rstd, N, C);
    if (dw)
        layernormBackwardParamsK<<<blocksFor(size_t(C), 128), 128, 0, st(s)>>>(dw, db, dout, in, mean, rstd, N, C);
}
void geluForward(float *out, const float *in, size_t n, Stream s) { geluForwardK<<<blocksFor(n), 256, 0, st(s)>>>(out, in, n); }
void geluBackward(float *din, const float *in, const float *dout, size_t n, Stream s)
{
    geluBackwardK<<<blocksFor(n), 256, 0, st(s)>>>(din, in, dout, n);
}
void add(float *out, const float *a, const float *b, size_t n, Stream s) { addK<<<blocksFor(n), 256, 0, st(s)>>>(out, a, b, n); }
void multiplyAdd(float *out, const float *a, const float *b, size_t n, Stream s)
{
    multiplyAddK<<<blocksFor(n), 256, 0, st(s)>>>(out, a, b, n);
}
void biasBroadcast(float *out, const float *bias, int N, int OUT, Stream s)
{
    const size_t n = size_t(N) * OUT;
    biasBroadcastK<<<blocksFor(n), 256, 0, st(s)>>>(out, bias, OUT, n);
}
void biasGradient(float *dbias, const float *dout, int N, int OUT, Stream s)
{
    biasGradientK<<<blocksFor(size_t(OUT), 128), 128, 0, st(s)>>>(dbias, dout, N, OUT);
}
void castToBf16(void *out, const float *in, size_t n, Stream s)
{
    castK<<<blocksFor(n), 256, 0, st(s)>>>(static_cast<__nv_bfloat16 *>(out), in, n);
}
void adamw(float *p, const float *g, float *m, float *v, size_t n, float lr, float beta1, float beta2, float eps,
           float weightDecay, int step, float gradScale, Stream s)
{
    const float bc1 = 1.0f - powf(beta1, float(step)), bc2 = 1.0f - powf(beta2, float(step));
    adamwK<<<blocksFor(n), 256, 0, st(s)>>>(p, g, m, v, n, lr, beta1, beta2, eps, 1.0f - lr * weightDecay, lr / bc1,
                                            sqrtf(bc2), gradScale);
}
void sumOfSquaresPartial(float *partial, const float *x, size_t n, Stream s)
{
    sumOfSquaresK<<<kNormBlocks, 256, 0, st(s)>>>(partial, x, n);
}
void dropoutMask(float *mask, float *xd, const float *x, size_t n, float p, uint64_t seed, Stream s)
{
    dropoutK<<<blocksFor(n), 256, 0, st(s)>>>(mask, xd, x, n, p, seed);
}

bool deviceAlloc(void **p, size_t bytes, std::string *error)
{
    const cudaError_t rc = cudaMalloc(p, bytes ? bytes : 4);
    if (rc != cudaSuccess) {
        *error = std::string("GPU memory: ") + cudaGetErrorString(rc);
        cudaGetLastError();
        return false;
    }
    return true;
}
void deviceFree(void *p) { cudaFree(p); }
void copyToDevice(void *dst, const void *src, size_t bytes) { cudaMemcpy(dst, src, bytes, cudaMemcpyHostToDevice); }
void copyToHost(void *dst, const void *src, size_t bytes) { cudaMemcpy(dst, src, bytes, cudaMemcpyDeviceToHost); }
void deviceZero(void *p, size_t bytes, Stream s) { cudaMemsetAsync(p, 0, bytes, st(s)); }
void synchronize() { cudaDeviceSynchronize(); }
std::string lastError()
{
    const cudaError_t rc = cudaGetLastError();
    return rc == cudaSuccess ? std::string() : std::string(cudaGetErrorString(rc));
}

}  // namespace fab::localgpu::cuda
