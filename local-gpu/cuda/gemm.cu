// cuBLAS GEMM in bf16 with fp32 accumulation. cuBLAS is opened at run time on first use (QLibrary:
// dlopen here, LoadLibrary on Windows), so that no binary links it: fabbrica and fabbrica-train start
// on machines without the CUDA libraries, and the CUDA path reports "cuBLAS not found" there instead.
#include "local-gpu/cuda/gemm.h"
#include "local-gpu/cuda/kernels.h"

#include <QLibrary>
#include <cublas_v2.h>
#include <cuda_runtime.h>

namespace fab::localgpu::cuda {

namespace {
struct Cublas {
    decltype(&cublasCreate_v2) create = nullptr;
    decltype(&cublasDestroy_v2) destroy = nullptr;
    decltype(&cublasSetStream_v2) setStream = nullptr;
    decltype(&cublasSetMathMode) setMathMode = nullptr;
    // Spelled out: the header also declares an inline C++ overload, so decltype(&cublasGemmEx) is ambiguous.
    cublasStatus_t (*gemmEx)(cublasHandle_t, cublasOperation_t, cublasOperation_t, int, int, int, const void *,
                             const void *, cudaDataType, int, const void *, cudaDataType, int, const void *, void *,
                             cudaDataType, int, cublasComputeType_t, cublasGemmAlgo_t) = nullptr;
    bool ok = false;
    std::string error;
};

const Cublas &cublas()
{
    static const Cublas lib = [] {
        Cublas c;
        // Never unloaded (a QLibrary's destructor leaves the library loaded): the pointers stay valid.
        static QLibrary library;
        library.setLoadHints(QLibrary::ResolveAllSymbolsHint);  // RTLD_NOW; RTLD_LOCAL is QLibrary's default
#ifdef Q_OS_WIN
        const char *const names[] = {"cublas64_13.dll", "cublas64_12.dll"};
#else
        const char *const names[] = {"libcublas.so.13", "libcublas.so.12", "libcublas.so"};
#endif
        bool loaded = false;
        for (const char *name : names) {
            library.setFileName(QString::fromLatin1(name));
            if ((loaded = library.load()))
                break;
        }
        if (!loaded) {
            c.error = "cuBLAS (libcublas.so.13) not found: install the CUDA runtime libraries or use --device cpu";
            return c;
        }
        c.create = reinterpret_cast<decltype(c.create)>(library.resolve("cublasCreate_v2"));
        c.destroy = reinterpret_cast<decltype(c.destroy)>(library.resolve("cublasDestroy_v2"));
        c.setStream = reinterpret_cast<decltype(c.setStream)>(library.resolve("cublasSetStream_v2"));
        c.setMathMode = reinterpret_cast<decltype(c.setMathMode)>(library.resolve("cublasSetMathMode"));
        c.gemmEx = reinterpret_cast<decltype(c.gemmEx)>(library.resolve("cublasGemmEx"));
        c.ok = c.create && c.destroy && c.setStream && c.setMathMode && c.gemmEx;
        if (!c.ok)
            c.error = "the cuBLAS library found lacks cublasGemmEx";
        return c;
    }();
    return lib;
}
}  // namespace

Gemm::~Gemm()
{
    if (handle_)
        cublas().destroy(static_cast<cublasHandle_t>(handle_));
    cudaFree(a16_);
    cudaFree(b16_);
}

bool Gemm::init(void *stream, std::string *error)
{
    const Cublas &c = cublas();
    if (!c.ok) {
        *error = c.error;
        return false;
    }
    cublasHandle_t h = nullptr;
    if (c.create(&h) != CUBLAS_STATUS_SUCCESS) {
        *error = "cublasCreate failed";
        return false;
    }
    handle_ = h;
    stream_ = stream;
    c.setStream(h, static_cast<cudaStream_t>(stream));
    c.setMathMode(h, CUBLAS_DEFAULT_MATH);
    return true;
}

void *Gemm::ensure(void **buf, size_t *cap, size_t bytes)
{
    if (bytes > *cap) {
        cudaFree(*buf);
        cudaMalloc(buf, bytes);
        *cap = bytes;
    }
    return *buf;
}

void Gemm::run(bool tA, bool tB, int M, int N, int K, float alpha, const float *A, int lda, const float *B, int ldb,
               float beta, float *C, int ldc)
{
    // bf16 copies of the operands (the extent each covers in row-major memory).
    const size_t aElems = size_t(tA ? K : M) * lda, bElems = size_t(tB ? N : K) * ldb;
    void *a16 = ensure(&a16_, &aCap_, aElems * 2), *b16 = ensure(&b16_, &bCap_, bElems * 2);
    castToBf16(a16, A, aElems, stream_);
    castToBf16(b16, B, bElems, stream_);
    // Row-major C = op(A) op(B) is column-major C^T = op(B)^T op(A)^T: swap the operands.
    cublas().gemmEx(static_cast<cublasHandle_t>(handle_), tB ? CUBLAS_OP_T : CUBLAS_OP_N, tA ? CUBLAS_OP_T : CUBLAS_OP_N,
                    N, M, K, &alpha, b16, CUDA_R_16BF, ldb, a16, CUDA_R_16BF, lda, &beta, C, CUDA_R_32F, ldc,
                    CUBLAS_COMPUTE_32F, CUBLAS_GEMM_DEFAULT);
}

}  // namespace fab::localgpu::cuda
