#pragma once
// Row-major GEMM on the GPU through cuBLAS, bf16 inputs with fp32 accumulation and fp32 output:
// C[M,N] = alpha * op(A)[M,K] * op(B)[K,N] + beta * C. cuBLAS is loaded at run time (QLibrary,
// libcublas.so.13), so the binaries start on machines with no CUDA libraries at all.
#include <string>

namespace fab::localgpu::cuda {

class Gemm {
public:
    ~Gemm();
    bool init(void *stream, std::string *error);
    void run(bool tA, bool tB, int M, int N, int K, float alpha, const float *A, int lda, const float *B, int ldb,
             float beta, float *C, int ldc);

private:
    void *ensure(void **buf, size_t *cap, size_t bytes);
    void *handle_ = nullptr;
    void *stream_ = nullptr;
    void *a16_ = nullptr, *b16_ = nullptr;
    size_t aCap_ = 0, bCap_ = 0;
};

}  // namespace fab::localgpu::cuda
