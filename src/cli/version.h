// The version dxpy reports: the Python language level it implements (what
// `python3.11 -V` prints on Debian 12) and dx-py's own version.
#pragma once

namespace dx::cli {

inline constexpr const char* kPythonVersion = "3.11.2";
inline constexpr const char* kDxpyVersion = "0.1.0";

#define DXPY_STRINGIFY2(x) #x
#define DXPY_STRINGIFY(x) DXPY_STRINGIFY2(x)
#if defined(__clang__)
inline constexpr const char* kCompilerDescription =
    "Clang " DXPY_STRINGIFY(__clang_major__) "." DXPY_STRINGIFY(__clang_minor__) "." DXPY_STRINGIFY(__clang_patchlevel__);
#elif defined(__GNUC__)
inline constexpr const char* kCompilerDescription =
    "GCC " DXPY_STRINGIFY(__GNUC__) "." DXPY_STRINGIFY(__GNUC_MINOR__) "." DXPY_STRINGIFY(__GNUC_PATCHLEVEL__);
#else
inline constexpr const char* kCompilerDescription = "unknown compiler";
#endif
#undef DXPY_STRINGIFY
#undef DXPY_STRINGIFY2

}  // namespace dx::cli
