#pragma once
// CUDA kernels of the GPT-2 engine, one job each, every one with a CPU reference in cpu_ops.h that
// tst_lg_cuda_kernels compares it with. Plain C++ declarations (no CUDA or Qt headers) so C++ code can
// call them; all pointers are device memory, all launches go to the given stream. fp32 activations;
// the GEMMs (gemm.cu) take bf16 copies of their inputs and accumulate in fp32.
#include <cstddef>
#include <cstdint>
#include <string>

namespace fab::localgpu::cuda {

using Stream = void *;  // cudaStream_t, kept opaque here

void embeddingForward(float *out, const int32_t *tokens, const float *wte, const float *wpe, int B, int T, int C, Stream s);
// Deterministic: one thread per channel walks the tokens in order (no atomics).
void embeddingBackward(float *dwte, float *dwpe, const float *dout, const int32_t *tokens, int B, int T, int C, Stream s);

void layernormForward(float *out, float *mean, float *rstd, const float *in, const float *w, const float *b, int N, int C,
                      float eps, Stream s);
// din += ...; dw, db += ... (dw/db may be null for a frozen base)
void layernormBackward(float *din, float *dw, float *db, const float *dout, const float *in, const float *w,
                       const float *mean, const float *rstd, int N, int C, Stream s);

void geluForward(float *out, const float *in, size_t n, Stream s);
void geluBackward(float *din, const float *in, const float *dout, size_t n, Stream s);  // din += …
void add(float *out, const float *a, const float *b, size_t n, Stream s);
void biasBroadcast(float *out, const float *bias, int N, int OUT, Stream s);  // out[n, :] = bias
void biasGradient(float *dbias, const float *dout, int N, int OUT, Stream s);  // dbias += column sums
void castToBf16(void *out, const float *in, size_t n, Stream s);

// Flash-style causal attention over qkv[B,T,3C]: no T×T matrix in memory; the forward keeps the
// log-sum-exp of each row, the backward recomputes the probabilities from it.
void attentionForward(float *out, float *lse, const float *qkv, int B, int T, int C, int NH, Stream s);
void attentionBackward(float *dqkv, float *delta, const float *dout, const float *out, const float *qkv,
                       const float *lse, int B, int T, int C, int NH, Stream s);

// Fused softmax + cross-entropy per row of logits[N,V]: losses[n] (0 where targets[n] < 0) and, when
// scale != 0, dlogits written in place of the logits: (softmax - onehot) * scale.
void softmaxCrossEntropy(float *logits, float *losses, const int32_t *targets, int N, int V, float scale,
                         bool backward, Stream s);

void adamw(float *p, const float *g, float *m, float *v, size_t n, float lr, float beta1, float beta2, float eps,
           float weightDecay, int step, float gradScale, Stream s);
// Sum of squares into partial[blocks] (fixed grid, so the order never changes); host adds them.
constexpr int kNormBlocks = 256;
void sumOfSquaresPartial(float *partial, const float *x, size_t n, Stream s);

// LoRA dropout: mask[i] = 0 or 1/(1-p), from a hash of (seed, i); xd = x * mask.
void dropoutMask(float *mask, float *xd, const float *x, size_t n, float p, uint64_t seed, Stream s);
void multiplyAdd(float *out, const float *a, const float *b, size_t n, Stream s);  // out += a * b

// Device memory and copies (thin wrappers so C++ files need no CUDA headers).
bool deviceAlloc(void **p, size_t bytes, std::string *error);
void deviceFree(void *p);
void copyToDevice(void *dst, const void *src, size_t bytes);
void copyToHost(void *dst, const void *src, size_t bytes);
void deviceZero(void *p, size_t bytes, Stream s);
void synchronize();
std::string lastError();  // "" when none

}  // namespace fab::localgpu::cuda
