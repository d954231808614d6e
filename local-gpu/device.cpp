#include "local-gpu/device.h"

#include <QCoreApplication>
#include <QThread>

#ifdef FABBRICA_HAVE_CUDA
#include "local-gpu/device_cuda.h"
#endif

namespace fab::localgpu {


QString DeviceInfo::summary() const
{
    if (cudaDevices > 0)
        return QCoreApplication::translate("fab::localgpu", "%1 (%2 GB)")
            .arg(gpuName).arg(double(gpuMemoryBytes) / (1024.0 * 1024 * 1024), 0, 'f', 0);
    return QCoreApplication::translate("fab::localgpu", "CPU, %n thread(s)", nullptr, cpuThreads);
}

DeviceInfo probeDevices()
{
    DeviceInfo info;
    info.cpuThreads = std::max(1, QThread::idealThreadCount());
#ifdef FABBRICA_HAVE_CUDA
    info.cudaBuilt = true;
    const CudaProbe p = probeCudaRuntime();
    info.cudaDevices = p.devices;
    info.gpuName = QString::fromUtf8(p.name);
    info.gpuMemoryBytes = p.memoryBytes;
    info.cudaStatus = p.devices > 0 ? QStringLiteral("ok")
                      : p.noDriver  ? QCoreApplication::translate("fab::localgpu", "no NVIDIA GPU or driver found")
                                    : QString::fromUtf8(p.error);
#else
    info.cudaStatus = QCoreApplication::translate("fab::localgpu", "built without CUDA");
#endif
    return info;
}

}  // namespace fab::localgpu
