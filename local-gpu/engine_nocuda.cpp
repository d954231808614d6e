// makeCudaEngine for builds without the CUDA path (FABBRICA_CUDA OFF).
#include "local-gpu/engine.h"

#include <QCoreApplication>

namespace fab::localgpu {

std::unique_ptr<Engine> makeCudaEngine(const ModelConfig &, const LoraConfig &, QString *error)
{
    *error = QCoreApplication::translate("fab::localgpu", "this build of Fabbrica has no CUDA path");
    return nullptr;
}

}  // namespace fab::localgpu
