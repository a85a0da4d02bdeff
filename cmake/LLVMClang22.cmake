# Locates Debian's LLVM/Clang 22 packages and the tools the tests use.
#
# ClangConfigVersion.cmake compares major.minor, so asking for plain "22" is
# rejected; ask for 22.1 and pin the search to the versioned prefix so an
# unversioned LLVM elsewhere on the machine is never picked up.
set(ONEX_LLVM_PREFIX "/usr/lib/llvm-22" CACHE PATH "Root of the LLVM 22 install")

find_package(LLVM 22.1 REQUIRED CONFIG
  PATHS "${ONEX_LLVM_PREFIX}/lib/cmake/llvm" NO_DEFAULT_PATH)
find_package(Clang 22.1 REQUIRED CONFIG
  PATHS "${ONEX_LLVM_PREFIX}/lib/cmake/clang" NO_DEFAULT_PATH)
message(STATUS "onex-purity: LLVM ${LLVM_PACKAGE_VERSION} in ${LLVM_INSTALL_PREFIX}")

# One interface target carries the include paths, definitions and the shared
# libraries. clang-tidy-22 itself links libclang-cpp and libLLVM dynamically,
# so everything we build links the same shared objects: a second static copy
# of LLVM inside a plugin would register its command-line options twice.
add_library(onex_llvm INTERFACE)
target_include_directories(onex_llvm SYSTEM INTERFACE
  ${LLVM_INCLUDE_DIRS} ${CLANG_INCLUDE_DIRS})
separate_arguments(ONEX_LLVM_DEFINITIONS NATIVE_COMMAND "${LLVM_DEFINITIONS}")
target_compile_definitions(onex_llvm INTERFACE ${ONEX_LLVM_DEFINITIONS})
target_link_libraries(onex_llvm INTERFACE clang-cpp LLVM)

find_program(ONEX_CLANG_TIDY clang-tidy PATHS "${ONEX_LLVM_PREFIX}/bin"
  NO_DEFAULT_PATH REQUIRED)
find_program(ONEX_CLANGXX clang++ PATHS "${ONEX_LLVM_PREFIX}/bin"
  NO_DEFAULT_PATH REQUIRED)
find_program(ONEX_LIT lit PATHS "${ONEX_LLVM_PREFIX}/bin" NO_DEFAULT_PATH
  REQUIRED)
find_program(ONEX_FILECHECK FileCheck PATHS "${ONEX_LLVM_PREFIX}/bin"
  NO_DEFAULT_PATH REQUIRED)
find_program(ONEX_NOT not PATHS "${ONEX_LLVM_PREFIX}/bin" NO_DEFAULT_PATH
  REQUIRED)
