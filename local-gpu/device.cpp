#include "local-gpu/device.h"

#include <QCoreApplication>
#include <QThread>

#ifdef FABBRICA_HAVE_CUDA
#include "local-gpu/device_cuda.h"
#endif

namespace fab::localgpu {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::localgpu::Device)
};
}  // namespace

QString DeviceInfo::summary() const
{
    if (cudaDevices > 0)
        return Text::tr("%1 (%2 GB)")
            .arg(gpuName).arg(double(gpuMemoryBytes) / (1024.0 * 1024 * 1024), 0, 'f', 0);
    return Text::tr("CPU, %n thread(s)", nullptr, cpuThreads);
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
                      : p.noDriver  ? Text::tr("no NVIDIA GPU or driver found")
                                    : QString::fromUtf8(p.error);
#else
    info.cudaStatus = Text::tr("built without CUDA");
#endif
    return info;
}

}  // namespace fab::localgpu
