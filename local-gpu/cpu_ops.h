#pragma once
// CPU kernels of the GPT-2 engine: the production path on machines without a GPU and the reference
// each CUDA kernel is tested against. One function, one job. Row-major throughout; N = rows (B*T).
// Templated on the scalar so the gradient check can run the very same code in double precision.
// Backward functions ACCUMULATE (+=) into gradients, so a tensor used twice (wte) sums both uses;
// a null gradient pointer means "frozen, skip that work".
#include <cstddef>
#include <cstdint>

namespace fab::localgpu::cpu {

// C = alpha * op(A) * op(B) + beta * C, row-major (OpenBLAS sgemm/dgemm).
template <typename T>
void gemm(bool transA, bool transB, int M, int N, int K, T alpha, const T *A, int lda, const T *B, int ldb, T beta,
          T *C, int ldc);

// out[b,t,:] = wte[tokens[b,t],:] + wpe[t,:]
template <typename T>
void embeddingForward(T *out, const int32_t *tokens, const T *wte, const T *wpe, int B, int Tn, int C);
template <typename T>
void embeddingBackward(T *dwte, T *dwpe, const T *dout, const int32_t *tokens, int B, int Tn, int C);

// out = (in - mean) * rstd * w + b per row; saves mean and rstd for the backward pass.
template <typename T>
void layernormForward(T *out, T *mean, T *rstd, const T *in, const T *w, const T *b, int N, int C, T eps);
template <typename T>
void layernormBackward(T *din, T *dw, T *db, const T *dout, const T *in, const T *w, const T *mean, const T *rstd,
                       int N, int C);

// out[N,OUT] = in[N,IN] * W[IN,OUT] + bias   (Hugging Face Conv1D layout)
template <typename T>
void linearForward(T *out, const T *in, const T *W, const T *bias, int N, int IN, int OUT);
// din += dout * W^T ; dW += in^T * dout ; dbias += column sums of dout
template <typename T>
void linearBackward(T *din, T *dW, T *dbias, const T *dout, const T *in, const T *W, int N, int IN, int OUT);

// Causal multi-head attention over qkv[B,T,3C] (q | k | v, heads side by side in each).
// att[B,NH,T,T] keeps the softmax probabilities for the backward pass (upper triangle left zero).
template <typename T>
void attentionForward(T *out, T *att, const T *qkv, int B, int Tn, int C, int NH);
template <typename T>
void attentionBackward(T *dqkv, const T *dout, const T *qkv, const T *att, int B, int Tn, int C, int NH);

// GPT-2's GELU, tanh approximation.
template <typename T>
void geluForward(T *out, const T *in, size_t n);
template <typename T>
void geluBackward(T *din, const T *in, const T *dout, size_t n);  // din += gelu'(in) * dout

template <typename T>
void add(T *out, const T *a, const T *b, size_t n);

// Softmax over each row of logits[N,V] in place (probabilities), and the loss of each row's target.
// targets[i] < 0 means "no loss here" (masked prompt tokens, padding): losses[i] = 0.
// Returns the sum of the counted losses; *count gets how many rows counted.
template <typename T>
double softmaxCrossEntropyForward(T *probs, T *losses, const int32_t *targets, int N, int V, int *count);
// dlogits = (probs - onehot(target)) * scale for counted rows, 0 for masked ones. Overwrites.
template <typename T>
void softmaxCrossEntropyBackward(T *dlogits, const T *probs, const int32_t *targets, int N, int V, T scale);

// One AdamW step on n values (PyTorch's torch.optim.AdamW semantics: decoupled decay, bias correction).
struct AdamWHyper {
    float lr = 3e-4f, beta1 = 0.9f, beta2 = 0.999f, eps = 1e-8f, weightDecay = 0.0f;
    int step = 1;  // 1-based, for the bias correction
};
void adamwUpdate(float *p, const float *g, float *m, float *v, size_t n, const AdamWHyper &h, float gradScale);

// Sum of squares in double, summed in fixed-size chunks so the result does not depend on the thread count.
template <typename T>
double sumOfSquares(const T *x, size_t n);

}  // namespace fab::localgpu::cpu
