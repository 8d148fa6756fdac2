# CMake toolchain file for the WASI sysroot it is installed in, as
# SYSROOT/share/cmake/wasi-sysroot.cmake:
#
#   cmake -DCMAKE_TOOLCHAIN_FILE=SYSROOT/share/cmake/wasi-sysroot.cmake ...
#
# The target is wasm32-wasip1; configure with -DWASI_TRIPLE=wasm32-wasi for
# the older name of the same target. The compilers are the launchers in
# SYSROOT/bin: they find clang ($WASI_CLANG, $WASI_CLANGXX, else the newest
# clang-N) and pass --target and --sysroot themselves.

get_filename_component(WASI_SYSROOT "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)
if(NOT WASI_TRIPLE)
  set(WASI_TRIPLE wasm32-wasip1)
endif()
# try_compile projects read this file again: hand them the choice.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES WASI_TRIPLE)

set(CMAKE_SYSTEM_NAME WASI)
set(CMAKE_SYSTEM_VERSION 1)
set(CMAKE_SYSTEM_PROCESSOR wasm32)
# Not every CMake knows WASI (Debian 12's 3.25 does not): bring the platform.
list(APPEND CMAKE_MODULE_PATH "${CMAKE_CURRENT_LIST_DIR}/wasi-sysroot")

set(CMAKE_C_COMPILER "${WASI_SYSROOT}/bin/${WASI_TRIPLE}-clang")
set(CMAKE_CXX_COMPILER "${WASI_SYSROOT}/bin/${WASI_TRIPLE}-clang++")
set(CMAKE_SYSROOT "${WASI_SYSROOT}")

# The host's ar cannot index wasm objects, and wasm-ld needs the index:
# take the llvm-ar and llvm-ranlib of the clang the launcher runs.
foreach(tool ar ranlib)
  string(TOUPPER "${tool}" var)
  if(NOT CMAKE_${var})
    execute_process(
      COMMAND "${CMAKE_C_COMPILER}" "-print-prog-name=llvm-${tool}"
      OUTPUT_VARIABLE path
      OUTPUT_STRIP_TRAILING_WHITESPACE
      ERROR_QUIET)
    if(IS_ABSOLUTE "${path}" AND EXISTS "${path}")
      set(CMAKE_${var} "${path}" CACHE FILEPATH "llvm-${tool} for WASI")
    endif()
  endif()
endforeach()

# Libraries and headers come from the sysroot only; programs from the host.
set(CMAKE_FIND_ROOT_PATH "${WASI_SYSROOT}")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
