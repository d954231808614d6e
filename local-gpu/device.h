#pragma once
#include <QString>

namespace fab::localgpu {

// What the local engine can run on, for the Local runs tab and `fabbrica --version`.
struct DeviceInfo {
    bool cudaBuilt = false;     // this binary has the CUDA path
    int cudaDevices = 0;        // usable GPUs found at run time
    QString gpuName;            // first GPU, when any
    qint64 gpuMemoryBytes = 0;
    QString cudaStatus;         // why there is no GPU, in words ("no NVIDIA driver", …)
    int cpuThreads = 1;
    QString summary() const;    // "NVIDIA H100 (80 GB)" or "CPU, 2 threads"
};

DeviceInfo probeDevices();

}  // namespace fab::localgpu
