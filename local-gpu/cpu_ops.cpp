#include "local-gpu/cpu_ops.h"

#include <algorithm>
#include <cblas.h>
#include <cmath>
#include <vector>

namespace fab::localgpu::cpu {

namespace {
// Row blocks of a fixed size (not "one per thread") keep partial sums in the same order whatever the
// thread count, which is what makes a CPU run bitwise repeatable and a resumed run identical.
constexpr int kRowBlock = 64;

template <typename T>
void gemv(bool trans, int M, int N, T alpha, const T *A, int lda, const T *x, T beta, T *y);
template <>
void gemv<float>(bool trans, int M, int N, float alpha, const float *A, int lda, const float *x, float beta, float *y)
{
    cblas_sgemv(CblasRowMajor, trans ? CblasTrans : CblasNoTrans, M, N, alpha, A, lda, x, 1, beta, y, 1);
}
template <>
void gemv<double>(bool trans, int M, int N, double alpha, const double *A, int lda, const double *x, double beta,
                  double *y)
{
    cblas_dgemv(CblasRowMajor, trans ? CblasTrans : CblasNoTrans, M, N, alpha, A, lda, x, 1, beta, y, 1);
}
}  // namespace

namespace {
// OpenBLAS's own threads stay off in every caller (tests included), whatever setCpuThreads was told.
[[maybe_unused]] const bool g_blasSingleThreaded = (openblas_set_num_threads(1), true);

void blasGemm(bool tA, bool tB, int M, int N, int K, float alpha, const float *A, int lda, const float *B, int ldb,
              float beta, float *C, int ldc)
{
    cblas_sgemm(CblasRowMajor, tA ? CblasTrans : CblasNoTrans, tB ? CblasTrans : CblasNoTrans, M, N, K, alpha, A, lda,
                B, ldb, beta, C, ldc);
}
void blasGemm(bool tA, bool tB, int M, int N, int K, double alpha, const double *A, int lda, const double *B, int ldb,
              double beta, double *C, int ldc)
{
    cblas_dgemm(CblasRowMajor, tA ? CblasTrans : CblasNoTrans, tB ? CblasTrans : CblasNoTrans, M, N, K, alpha, A, lda,
                B, ldb, beta, C, ldc);
}
}  // namespace

// OpenBLAS runs single-threaded (setCpuThreads) and OpenMP splits C into fixed blocks of rows: one thread
// pool instead of two. Two pools (OpenMP spinning while OpenBLAS's pthreads wait for a core) made a step
// up to 15 times slower on 2 shared cores. Fixed blocks also keep results independent of the thread count.
template <typename T>
void gemm(bool tA, bool tB, int M, int N, int K, T alpha, const T *A, int lda, const T *B, int ldb, T beta, T *C,
          int ldc)
{
    constexpr int kBlock = 64;
    const int blocks = (M + kBlock - 1) / kBlock;
    if (blocks <= 1 || double(M) * N * K < 1e6) {
        blasGemm(tA, tB, M, N, K, alpha, A, lda, B, ldb, beta, C, ldc);
        return;
    }
#pragma omp parallel for schedule(static)
    for (int b = 0; b < blocks; ++b) {
        const int m0 = b * kBlock, m = std::min(kBlock, M - m0);
        // Rows m0.. of op(A): row offset in A, or column offset when A is transposed.
        const T *Ab = tA ? A + m0 : A + size_t(m0) * lda;
        blasGemm(tA, tB, m, N, K, alpha, Ab, lda, B, ldb, beta, C + size_t(m0) * ldc, ldc);
    }
}
template void gemm<float>(bool, bool, int, int, int, float, const float *, int, const float *, int, float, float *, int);
template void gemm<double>(bool, bool, int, int, int, double, const double *, int, const double *, int, double, double *,
                           int);

template <typename T>
void embeddingForward(T *out, const int32_t *tokens, const T *wte, const T *wpe, int B, int Tn, int C)
{
#pragma omp parallel for
    for (int bt = 0; bt < B * Tn; ++bt) {
        const T *e = wte + size_t(tokens[bt]) * C;
        const T *p = wpe + size_t(bt % Tn) * C;
        T *o = out + size_t(bt) * C;
        for (int c = 0; c < C; ++c)
            o[c] = e[c] + p[c];
    }
}

template <typename T>
void embeddingBackward(T *dwte, T *dwpe, const T *dout, const int32_t *tokens, int B, int Tn, int C)
{
    // Sequential on purpose: two positions may share a token, and the scatter-add must keep one order.
    for (int bt = 0; bt < B * Tn; ++bt) {
        const T *d = dout + size_t(bt) * C;
        if (dwte) {
            T *e = dwte + size_t(tokens[bt]) * C;
            for (int c = 0; c < C; ++c)
                e[c] += d[c];
        }
        if (dwpe) {
            T *p = dwpe + size_t(bt % Tn) * C;
            for (int c = 0; c < C; ++c)
                p[c] += d[c];
        }
    }
}

template <typename T>
void layernormForward(T *out, T *mean, T *rstd, const T *in, const T *w, const T *b, int N, int C, T eps)
{
#pragma omp parallel for
    for (int n = 0; n < N; ++n) {
        const T *x = in + size_t(n) * C;
        T m = 0;
        for (int c = 0; c < C; ++c)
            m += x[c];
        m /= T(C);
        T var = 0;
        for (int c = 0; c < C; ++c)
            var += (x[c] - m) * (x[c] - m);
        var /= T(C);  // biased variance, as torch.nn.LayerNorm
        const T r = T(1) / std::sqrt(var + eps);
        T *o = out + size_t(n) * C;
        for (int c = 0; c < C; ++c)
            o[c] = (x[c] - m) * r * w[c] + b[c];
        mean[n] = m;
        rstd[n] = r;
    }
}

template <typename T>
void layernormBackward(T *din, T *dw, T *db, const T *dout, const T *in, const T *w, const T *mean, const T *rstd,
                       int N, int C)
{
    const int blocks = (N + kRowBlock - 1) / kRowBlock;
    std::vector<T> partial(dw ? size_t(blocks) * 2 * C : 0, T(0));
#pragma omp parallel for
    for (int blk = 0; blk < blocks; ++blk) {
        T *pw = dw ? partial.data() + size_t(blk) * 2 * C : nullptr;
        for (int n = blk * kRowBlock; n < std::min(N, (blk + 1) * kRowBlock); ++n) {
            const T *x = in + size_t(n) * C;
            const T *d = dout + size_t(n) * C;
            const T m = mean[n], r = rstd[n];
            T meanD = 0, meanDX = 0;  // mean of dnorm and of dnorm * xhat
            for (int c = 0; c < C; ++c) {
                const T xhat = (x[c] - m) * r;
                const T dn = d[c] * w[c];
                meanD += dn;
                meanDX += dn * xhat;
            }
            meanD /= T(C);
            meanDX /= T(C);
            T *dx = din + size_t(n) * C;
            for (int c = 0; c < C; ++c) {
                const T xhat = (x[c] - m) * r;
                dx[c] += r * (d[c] * w[c] - meanD - xhat * meanDX);
                if (pw) {
                    pw[c] += d[c] * xhat;
                    pw[C + c] += d[c];
                }
            }
        }
    }
    if (!dw)
        return;
#pragma omp parallel for
    for (int c = 0; c < C; ++c)
        for (int blk = 0; blk < blocks; ++blk) {
            dw[c] += partial[size_t(blk) * 2 * C + c];
            db[c] += partial[size_t(blk) * 2 * C + C + c];
        }
}

template <typename T>
void linearForward(T *out, const T *in, const T *W, const T *bias, int N, int IN, int OUT)
{
    if (bias) {
#pragma omp parallel for
        for (int n = 0; n < N; ++n)
            std::copy(bias, bias + OUT, out + size_t(n) * OUT);
    }
    gemm<T>(false, false, N, OUT, IN, T(1), in, IN, W, OUT, bias ? T(1) : T(0), out, OUT);
}

template <typename T>
void linearBackward(T *din, T *dW, T *dbias, const T *dout, const T *in, const T *W, int N, int IN, int OUT)
{
    if (din)
        gemm<T>(false, true, N, IN, OUT, T(1), dout, OUT, W, OUT, T(1), din, IN);
    if (dW)
        gemm<T>(true, false, IN, OUT, N, T(1), in, IN, dout, OUT, T(1), dW, OUT);
    if (dbias) {
        const std::vector<T> ones(size_t(N), T(1));
        gemv<T>(true, N, OUT, T(1), dout, OUT, ones.data(), T(1), dbias);
    }
}

template <typename T>
void attentionForward(T *out, T *att, const T *qkv, int B, int Tn, int C, int NH)
{
    const int hs = C / NH;
    const T scale = T(1) / std::sqrt(T(hs));
#pragma omp parallel for collapse(3)
    for (int b = 0; b < B; ++b)
        for (int h = 0; h < NH; ++h)
            for (int t = 0; t < Tn; ++t) {
                const T *q = qkv + (size_t(b) * Tn + t) * 3 * C + h * hs;
                T *a = att + ((size_t(b) * NH + h) * Tn + t) * Tn;
                T maxv = -INFINITY;
                for (int j = 0; j <= t; ++j) {
                    const T *k = qkv + (size_t(b) * Tn + j) * 3 * C + C + h * hs;
                    T s = 0;
                    for (int i = 0; i < hs; ++i)
                        s += q[i] * k[i];
                    a[j] = s * scale;
                    maxv = std::max(maxv, a[j]);
                }
                T sum = 0;
                for (int j = 0; j <= t; ++j) {
                    a[j] = std::exp(a[j] - maxv);
                    sum += a[j];
                }
                for (int j = 0; j <= t; ++j)
                    a[j] /= sum;
                for (int j = t + 1; j < Tn; ++j)
                    a[j] = 0;  // the causal mask: future positions get no weight
                T *o = out + (size_t(b) * Tn + t) * C + h * hs;
                std::fill(o, o + hs, T(0));
                for (int j = 0; j <= t; ++j) {
                    const T *v = qkv + (size_t(b) * Tn + j) * 3 * C + 2 * C + h * hs;
                    for (int i = 0; i < hs; ++i)
                        o[i] += a[j] * v[i];
                }
            }
}

template <typename T>
void attentionBackward(T *dqkv, const T *dout, const T *qkv, const T *att, int B, int Tn, int C, int NH)
{
    const int hs = C / NH;
    const T scale = T(1) / std::sqrt(T(hs));
    // One (batch, head) per iteration: its dk and dv rows are written by no other iteration.
#pragma omp parallel for collapse(2)
    for (int b = 0; b < B; ++b)
        for (int h = 0; h < NH; ++h) {
            std::vector<T> datt(static_cast<size_t>(Tn));
            for (int t = 0; t < Tn; ++t) {
                const T *a = att + ((size_t(b) * NH + h) * Tn + t) * Tn;
                const T *d = dout + (size_t(b) * Tn + t) * C + h * hs;
                const T *q = qkv + (size_t(b) * Tn + t) * 3 * C + h * hs;
                T *dq = dqkv + (size_t(b) * Tn + t) * 3 * C + h * hs;
                T dot = 0;  // sum_j a_j * datt_j, the softmax backward's shared term
                for (int j = 0; j <= t; ++j) {
                    const T *v = qkv + (size_t(b) * Tn + j) * 3 * C + 2 * C + h * hs;
                    T s = 0;
                    for (int i = 0; i < hs; ++i)
                        s += d[i] * v[i];
                    datt[size_t(j)] = s;
                    dot += a[j] * s;
                }
                for (int j = 0; j <= t; ++j) {
                    const T *k = qkv + (size_t(b) * Tn + j) * 3 * C + C + h * hs;
                    T *dk = dqkv + (size_t(b) * Tn + j) * 3 * C + C + h * hs;
                    T *dv = dqkv + (size_t(b) * Tn + j) * 3 * C + 2 * C + h * hs;
                    const T dpre = a[j] * (datt[size_t(j)] - dot) * scale;
                    for (int i = 0; i < hs; ++i) {
                        dq[i] += dpre * k[i];
                        dk[i] += dpre * q[i];
                        dv[i] += a[j] * d[i];
                    }
                }
            }
        }
}

namespace {
template <typename T>
constexpr T kGeluC = T(0.7978845608028654);  // sqrt(2 / pi)
}

template <typename T>
void geluForward(T *out, const T *in, size_t n)
{
#pragma omp parallel for
    for (size_t i = 0; i < n; ++i) {
        const T x = in[i];
        out[i] = T(0.5) * x * (T(1) + std::tanh(kGeluC<T> * (x + T(0.044715) * x * x * x)));
    }
}

template <typename T>
void geluBackward(T *din, const T *in, const T *dout, size_t n)
{
#pragma omp parallel for
    for (size_t i = 0; i < n; ++i) {
        const T x = in[i];
        const T u = kGeluC<T> * (x + T(0.044715) * x * x * x);
        const T th = std::tanh(u);
        const T sech2 = T(1) - th * th;
        const T du = kGeluC<T> * (T(1) + T(3 * 0.044715) * x * x);
        din[i] += dout[i] * (T(0.5) * (T(1) + th) + T(0.5) * x * sech2 * du);
    }
}

template <typename T>
void add(T *out, const T *a, const T *b, size_t n)
{
#pragma omp parallel for
    for (size_t i = 0; i < n; ++i)
        out[i] = a[i] + b[i];
}

template <typename T>
double softmaxCrossEntropyForward(T *probs, T *losses, const int32_t *targets, int N, int V, int *count)
{
#pragma omp parallel for
    for (int n = 0; n < N; ++n) {
        T *p = probs + size_t(n) * V;
        T maxv = p[0];
        for (int v = 1; v < V; ++v)
            maxv = std::max(maxv, p[v]);
        const int tgt = targets ? targets[n] : -1;
        const T logitT = tgt >= 0 ? p[tgt] : T(0);
        T sum = 0;
        for (int v = 0; v < V; ++v) {
            p[v] = std::exp(p[v] - maxv);
            sum += p[v];
        }
        const T inv = T(1) / sum;
        for (int v = 0; v < V; ++v)
            p[v] *= inv;
        // log-sum-exp minus the target logit: exact where -log(p) would lose digits for confident rows.
        losses[n] = tgt >= 0 ? std::log(sum) + maxv - logitT : T(0);
    }
    double total = 0;
    int counted = 0;
    for (int n = 0; n < N; ++n)
        if (targets && targets[n] >= 0) {
            total += double(losses[n]);
            ++counted;
        }
    if (count)
        *count = counted;
    return total;
}

template <typename T>
void softmaxCrossEntropyBackward(T *dlogits, const T *probs, const int32_t *targets, int N, int V, T scale)
{
#pragma omp parallel for
    for (int n = 0; n < N; ++n) {
        T *d = dlogits + size_t(n) * V;
        const T *p = probs + size_t(n) * V;
        const int tgt = targets[n];
        if (tgt < 0) {
            std::fill(d, d + V, T(0));
            continue;
        }
        for (int v = 0; v < V; ++v)
            d[v] = p[v] * scale;
        d[tgt] -= scale;
    }
}

void adamwUpdate(float *p, const float *g, float *m, float *v, size_t n, const AdamWHyper &h, float gradScale)
{
    const float bc1 = 1.0f - std::pow(h.beta1, float(h.step));
    const float bc2 = 1.0f - std::pow(h.beta2, float(h.step));
    const float stepSize = h.lr / bc1;
    const float bc2Sqrt = std::sqrt(bc2);
    const float decay = 1.0f - h.lr * h.weightDecay;
#pragma omp parallel for
    for (size_t i = 0; i < n; ++i) {
        const float gi = g[i] * gradScale;
        m[i] = h.beta1 * m[i] + (1.0f - h.beta1) * gi;
        v[i] = h.beta2 * v[i] + (1.0f - h.beta2) * gi * gi;
        // Decoupled decay first, on the old value (torch.optim.AdamW), then the Adam step.
        p[i] = p[i] * decay - stepSize * m[i] / (std::sqrt(v[i]) / bc2Sqrt + h.eps);
    }
}

template <typename T>
double sumOfSquares(const T *x, size_t n)
{
    constexpr size_t chunk = 1 << 14;
    const size_t chunks = (n + chunk - 1) / chunk;
    std::vector<double> part(chunks, 0.0);
#pragma omp parallel for
    for (size_t c = 0; c < chunks; ++c) {
        double s = 0;
        for (size_t i = c * chunk; i < std::min(n, (c + 1) * chunk); ++i)
            s += double(x[i]) * double(x[i]);
        part[c] = s;
    }
    double total = 0;
    for (double s : part)
        total += s;
    return total;
}

#define FAB_INSTANTIATE(T)                                                                                          \
    template void embeddingForward<T>(T *, const int32_t *, const T *, const T *, int, int, int);                   \
    template void embeddingBackward<T>(T *, T *, const T *, const int32_t *, int, int, int);                        \
    template void layernormForward<T>(T *, T *, T *, const T *, const T *, const T *, int, int, T);                 \
    template void layernormBackward<T>(T *, T *, T *, const T *, const T *, const T *, const T *, const T *, int,   \
                                       int);                                                                        \
    template void linearForward<T>(T *, const T *, const T *, const T *, int, int, int);                            \
    template void linearBackward<T>(T *, T *, T *, const T *, const T *, const T *, int, int, int);                 \
    template void attentionForward<T>(T *, T *, const T *, int, int, int, int);                                     \
    template void attentionBackward<T>(T *, const T *, const T *, const T *, int, int, int, int);                   \
    template void geluForward<T>(T *, const T *, size_t);                                                           \
    template void geluBackward<T>(T *, const T *, const T *, size_t);                                               \
    template void add<T>(T *, const T *, const T *, size_t);                                                        \
    template double softmaxCrossEntropyForward<T>(T *, T *, const int32_t *, int, int, int *);                      \
    template void softmaxCrossEntropyBackward<T>(T *, const T *, const int32_t *, int, int, T);                     \
    template double sumOfSquares<T>(const T *, size_t);

FAB_INSTANTIATE(float)
FAB_INSTANTIATE(double)
#undef FAB_INSTANTIATE

}  // namespace fab::localgpu::cpu
