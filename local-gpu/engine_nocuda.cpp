// makeCudaEngine for builds without the CUDA path (FABBRICA_CUDA OFF).
#include "local-gpu/engine.h"

#include <QCoreApplication>

namespace fab::localgpu {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::localgpu::Engine)
};
}  // namespace

std::unique_ptr<Engine> makeCudaEngine(const ModelConfig &, const LoraConfig &, QString *error)
{
    *error = Text::tr("this build of Fabbrica has no CUDA path");
    return nullptr;
}

}  // namespace fab::localgpu
