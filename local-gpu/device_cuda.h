#pragma once
// Plain-C++ face of the CUDA runtime probe (no Qt, so nvcc compiles it alone).
namespace fab::localgpu {
struct CudaProbe {
    int devices = 0;
    bool noDriver = false;
    long long memoryBytes = 0;
    char name[256] = {};
    char error[256] = {};
};
CudaProbe probeCudaRuntime();
}  // namespace fab::localgpu
