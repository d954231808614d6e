// Asks the CUDA runtime for devices. With static cudart this runs on machines without a driver and
// answers cudaErrorInsufficientDriver / cudaErrorNoDevice instead of failing to load.
// Kept free of Qt headers so nvcc only sees plain C++.
#include "local-gpu/device_cuda.h"

#include <cstdio>
#include <cuda_runtime.h>

namespace fab::localgpu {

CudaProbe probeCudaRuntime()
{
    CudaProbe p;
    const cudaError_t rc = cudaGetDeviceCount(&p.devices);
    if (rc != cudaSuccess) {
        p.devices = 0;
        p.noDriver = (rc == cudaErrorInsufficientDriver || rc == cudaErrorNoDevice);
        std::snprintf(p.error, sizeof p.error, "%s", cudaGetErrorString(rc));
        cudaGetLastError();  // clear the sticky error for later callers
        return p;
    }
    if (p.devices > 0) {
        cudaDeviceProp prop{};
        if (cudaGetDeviceProperties(&prop, 0) == cudaSuccess) {
            std::snprintf(p.name, sizeof p.name, "%s", prop.name);
            p.memoryBytes = static_cast<long long>(prop.totalGlobalMem);
        }
    }
    return p;
}

}  // namespace fab::localgpu
