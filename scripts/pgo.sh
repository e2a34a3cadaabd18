#!/usr/bin/env bash
# Builds dxpy with profile-guided optimization into build/pgo/dxpy, the way
# Debian builds its CPython (PGO): an instrumented dxpy runs the benchmark
# programs and tests/py, then the same tree is rebuilt with the profile (GCC
# lays out the hot paths and chooses inlining from it). It takes two full
# builds, so CI and scripts/test.sh do not run it; bench/run.py measures
# the result with `--dxpy build/pgo/dxpy` (docs/STATUS.md's table).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
ensure_packages "${DXPY_BUILD_PACKAGES[@]}"

dir="$DXPY_BUILD_ROOT/pgo"
common=(-G Ninja -DCMAKE_BUILD_TYPE=Release -DDXPY_TESTS=OFF)

build_dxpy() {
  if ! cmake --build "$dir" -j "$DXPY_JOBS" --target dxpy >"$dir.log" 2>&1; then
    cat "$dir.log" >&2
    echo "pgo: the build failed" >&2
    exit 1
  fi
}

echo "== pgo: instrumented build"
find "$dir" -name '*.gcda' -delete 2>/dev/null || true
cmake -S "$DXPY_ROOT" -B "$dir" "${common[@]}" \
  "-DCMAKE_CXX_FLAGS=-fprofile-generate -fprofile-update=single" >/dev/null
build_dxpy

echo "== pgo: training (bench/programs, tests/py)"
for program in "$DXPY_ROOT"/bench/programs/*.py; do
  "$dir/dxpy" "$program" >/dev/null
done
python3 "$DXPY_ROOT/tests/py/run.py" --dxpy "$dir/dxpy" | tail -1 || true

echo "== pgo: optimized build"
cmake -S "$DXPY_ROOT" -B "$dir" "${common[@]}" \
  "-DCMAKE_CXX_FLAGS=-fprofile-use -fprofile-partial-training -Wno-missing-profile" >/dev/null
build_dxpy
echo "pgo: built $dir/dxpy (measure: python3 bench/run.py --cpu --dxpy $dir/dxpy)"
