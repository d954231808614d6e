# The CUDA path of fabbrica_localgpu (included when FABBRICA_CUDA is ON). Kernels are .cu files, one
# family each, kept small for nvcc on 2 cores; the orchestration (engine_cuda.cpp) is plain C++.
target_sources(fabbrica_localgpu PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/device_cuda.cu
  ${CMAKE_CURRENT_SOURCE_DIR}/cuda/kernels.h
  ${CMAKE_CURRENT_SOURCE_DIR}/cuda/kernels_basic.cu
  ${CMAKE_CURRENT_SOURCE_DIR}/cuda/kernels_attention.cu
  ${CMAKE_CURRENT_SOURCE_DIR}/cuda/kernels_loss.cu
  ${CMAKE_CURRENT_SOURCE_DIR}/cuda/gemm.h
  ${CMAKE_CURRENT_SOURCE_DIR}/cuda/gemm.cu
  ${CMAKE_CURRENT_SOURCE_DIR}/cuda/engine_cuda.cpp
)
target_compile_definitions(fabbrica_localgpu PUBLIC FABBRICA_HAVE_CUDA=1)
# Static cudart: the program still starts where no driver is installed (TESTBENCH.md). cuBLAS is
# opened at run time with QLibrary (gemm.cu), never linked, for the same reason.
target_link_libraries(fabbrica_localgpu PRIVATE CUDA::cudart_static)
target_include_directories(fabbrica_localgpu PRIVATE ${CUDAToolkit_INCLUDE_DIRS})
