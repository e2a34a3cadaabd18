#!/usr/bin/env bash
# Builds dx-py and runs every test suite, installing the Debian packages that
# are missing. Warnings are errors. The last line printed is the total over all
# suites, `N passed, N failed`; the exit status is non-zero if anything failed.
#
#   scripts/test.sh
#
# Suites: unit (GoogleTest), cli (command line against python3.11), errors
# (tests/errors: stderr and status byte for byte), limits (extreme inputs end
# in an exception, not a crash), stdlib (both AST dump forms
# of every standard library file against CPython), symtable (the symbol
# tables of every standard library file against CPython's symtable module),
# then an ASan+UBSan build that runs unit and errors again.
# DXPY_TEST_SKIP="asan stdlib" skips suites by name; DXPY_JOBS sets the build's -j.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$DXPY_ROOT" || exit 1

RESULTS="$DXPY_ROOT/build/test-results"
mkdir -p "$RESULTS"
TOTAL_PASSED=0
TOTAL_FAILED=0
SUMMARY=()
T0=$SECONDS

skipped() { [[ " ${DXPY_TEST_SKIP:-} " == *" $1 "* ]]; }

record() {  # record NAME PASSED FAILED SECONDS
  TOTAL_PASSED=$((TOTAL_PASSED + $2))
  TOTAL_FAILED=$((TOTAL_FAILED + $3))
  SUMMARY+=("$(printf '%-16s %6s passed %6s failed %6ss' "$1" "$2" "$3" "$4")")
}

# build NAME PRESET: a build that fails counts as one failed test.
build() {
  local name="$1" preset="$2" start=$SECONDS
  echo "== build $name (preset $preset, -j$DXPY_JOBS)"
  build_preset "$preset" -DDXPY_WERROR=ON >"$RESULTS/build-$name.log" 2>&1
  local status=$?
  # The compiler's messages, without ninja's progress lines.
  grep -Ev '^\[[0-9]+/[0-9]+\] |^ninja: (Entering|no work)' "$RESULTS/build-$name.log" | head -200
  if [[ $status -ne 0 ]]; then
    echo "FAIL build $name: see $RESULTS/build-$name.log"
    record "build-$name" 0 1 $((SECONDS - start))
    return 1
  fi
  record "build-$name" 0 0 $((SECONDS - start))
}

# suite NAME COMMAND...: the command's last `N passed, N failed` line is its count;
# a command that prints none (it crashed) counts as one failed test.
suite() {
  local name="$1" start=$SECONDS; shift
  echo "== $name: $*"
  "$@" 2>&1 | tee "$RESULTS/$name.log"
  local status=${PIPESTATUS[0]}
  local last passed failed
  last="$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$RESULTS/$name.log" | tail -1)"
  if [[ "$last" =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed ]]; then
    passed=${BASH_REMATCH[1]}
    failed=${BASH_REMATCH[2]}
    if [[ $status -ne 0 && $failed -eq 0 ]]; then failed=1; fi
  else
    echo "FAIL $name: exit status $status and no result line"
    passed=0
    failed=1
  fi
  record "$name" "$passed" "$failed" $((SECONDS - start))
}

# GoogleTest's counts, as a `N passed, N failed` line.
unit_tests() {
  local binary="$1"
  local json="$RESULTS/$(basename "$(dirname "$binary")")-unit.json"
  rm -f "$json"
  "$binary" --gtest_brief=1 --gtest_output="json:$json"
  local status=$?
  [[ -f "$json" ]] || return 1
  "$DXPY_REF_PYTHON" -c 'import json, sys; d = json.load(open(sys.argv[1])); print(d["tests"] - d["failures"], "passed,", d["failures"], "failed")' "$json"
  return $status
}

ensure_packages "${DXPY_BUILD_PACKAGES[@]}" "${DXPY_TEST_PACKAGES[@]}" || {
  echo "error: could not install the packages the tests need"
  echo "0 passed, 1 failed"
  exit 1
}

if build release release; then
  skipped unit || suite unit unit_tests "$DXPY_BUILD_ROOT"/release/dxpy_unit_tests
  skipped layout || suite layout unit_tests "$DXPY_BUILD_ROOT"/release/dxpy_layout_tests
  skipped cli || suite cli "$DXPY_REF_PYTHON" tests/cli/run.py --dxpy "$DXPY_BUILD_ROOT"/release/dxpy
  skipped errors || suite errors "$DXPY_REF_PYTHON" tests/errors/run.py --dxpy "$DXPY_BUILD_ROOT"/release/dxpy
  skipped py || suite py "$DXPY_REF_PYTHON" tests/py/run.py --dxpy "$DXPY_BUILD_ROOT"/release/dxpy
  skipped limits || suite limits "$DXPY_REF_PYTHON" tests/parser/limits_test.py --dxpy "$DXPY_BUILD_ROOT"/release/dxpy
  skipped stdlib || suite stdlib "$DXPY_REF_PYTHON" tests/parser/stdlib_dump_test.py --dxpy "$DXPY_BUILD_ROOT"/release/dxpy -j "$DXPY_JOBS"
  skipped symtable || suite symtable "$DXPY_REF_PYTHON" tests/compiler/symtable_test.py --dxpy "$DXPY_BUILD_ROOT"/release/dxpy -j "$DXPY_JOBS"
fi
if ! skipped asan && build asan asan; then
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
  suite unit-asan unit_tests "$DXPY_BUILD_ROOT"/asan/dxpy_unit_tests
  skipped errors || suite errors-asan "$DXPY_REF_PYTHON" tests/errors/run.py --dxpy "$DXPY_BUILD_ROOT"/asan/dxpy
  skipped py || suite py-asan "$DXPY_REF_PYTHON" tests/py/run.py --dxpy "$DXPY_BUILD_ROOT"/asan/dxpy
fi

echo
echo "== summary"
printf '%s\n' "${SUMMARY[@]}"
echo "total time: $((SECONDS - T0))s"
echo "$TOTAL_PASSED passed, $TOTAL_FAILED failed"
[[ $TOTAL_FAILED -eq 0 ]]
