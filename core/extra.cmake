# Extra dependencies of fabbrica_core, included by core/CMakeLists.txt after its sources are known.
#
# metrics/: TensorBoard event files are protobuf records. The messages come from our own
# core/metrics/tensorboard_event.proto, compiled by protoc at build time against libprotobuf-lite.
find_package(Protobuf REQUIRED)

set(_fab_tb_proto ${CMAKE_CURRENT_SOURCE_DIR}/metrics/tensorboard_event.proto)
set(_fab_tb_out ${CMAKE_CURRENT_BINARY_DIR}/generated/metrics_proto)
file(MAKE_DIRECTORY ${_fab_tb_out})
add_custom_command(
  OUTPUT ${_fab_tb_out}/tensorboard_event.pb.cc ${_fab_tb_out}/tensorboard_event.pb.h
  COMMAND protobuf::protoc --cpp_out=${_fab_tb_out} -I ${CMAKE_CURRENT_SOURCE_DIR}/metrics ${_fab_tb_proto}
  DEPENDS ${_fab_tb_proto} protobuf::protoc
  COMMENT "protoc: tensorboard_event.proto"
  VERBATIM)

# Generated code is not ours to keep warning-free: it builds in its own object library with warnings
# off (so FABBRICA_WERROR cannot trip on a protoc version's output), and its header is included as a
# SYSTEM header so it cannot raise warnings in our sources either.
add_library(fabbrica_tbproto OBJECT ${_fab_tb_out}/tensorboard_event.pb.cc)
target_include_directories(fabbrica_tbproto SYSTEM PRIVATE ${_fab_tb_out} ${Protobuf_INCLUDE_DIRS})
target_compile_options(fabbrica_tbproto PRIVATE $<$<CXX_COMPILER_ID:GNU,Clang>:-w>)
set_target_properties(fabbrica_tbproto PROPERTIES POSITION_INDEPENDENT_CODE ON)
target_sources(fabbrica_core PRIVATE $<TARGET_OBJECTS:fabbrica_tbproto>)
target_include_directories(fabbrica_core SYSTEM PRIVATE ${_fab_tb_out})
target_link_libraries(fabbrica_core PUBLIC protobuf::libprotobuf-lite)
