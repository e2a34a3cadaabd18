# Shared helpers for the scripts in scripts/. Source it; do not run it.
# shellcheck shell=bash

DXPY_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# Debian's CPython 3.11 is the reference; never a python3.11 found first on PATH.
DXPY_REF_PYTHON=/usr/bin/python3.11
DXPY_JOBS="${DXPY_JOBS:-$(nproc 2>/dev/null || echo 2)}"
# Where the presets build (build/PRESET by default; another root keeps a
# second set of build trees apart).
DXPY_BUILD_ROOT="${DXPY_BUILD_ROOT:-$DXPY_ROOT/build}"

# ccache (used by CMakeLists.txt when installed) keeps its default cache
# directory, so that a later build or CI run on the same machine reuses it;
# paths are taken relative to the checkout, so another clone hits it too.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$DXPY_ROOT}"

# ensure_packages PKG...: installs the Debian packages that are not installed yet.
# apt-get update runs once, and only when something has to be installed.
ensure_packages() {
  local missing=() pkg status
  for pkg in "$@"; do
    status="$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)"
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
  done
  ((${#missing[@]} == 0)) && return 0
  echo "== installing: ${missing[*]}"
  local sudo=()
  if [[ "$(id -u)" != 0 ]]; then sudo=(sudo); fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq || return 1
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" || return 1
}

# The packages every build needs.
DXPY_BUILD_PACKAGES=(cmake ninja-build g++ ccache libgmp-dev libmimalloc-dev libxxhash-dev libgtest-dev libbenchmark-dev python3.11)
# What the tests need on top of the build: the standard library's test/ package.
DXPY_TEST_PACKAGES=(libpython3.11-testsuite libpython3.11-dev)
# What scripts/fuzz.sh needs on top of the build: libFuzzer comes with clang.
DXPY_FUZZ_PACKAGES=(clang)

# build_preset PRESET [cmake -D options...]: configures and builds
# $DXPY_BUILD_ROOT/PRESET.
build_preset() {
  local preset="$1"; shift
  (cd "$DXPY_ROOT" && cmake --preset "$preset" -B "$DXPY_BUILD_ROOT/$preset" "$@" >/dev/null) || return 1
  cmake --build "$DXPY_BUILD_ROOT/$preset" -j "$DXPY_JOBS"
}
