#!/usr/bin/env bash
# Fuzzes the tokenizer and parser with libFuzzer (ASan + UBSan, leak checking
# on) for SECONDS seconds, starting from a seed corpus made of the standard
# library's .py files and tests/errors/*.py.
#
#   scripts/fuzz.sh 600
#
# Everything lives in fuzz-corpus/ (not in git): seed/ (regenerated), work/
# (what the fuzzer finds; kept between runs), crashes/ (crash, leak, timeout
# and out-of-memory inputs). Reproduce one with:
#   build/fuzz/fuzz_parser fuzz-corpus/crashes/FILE
# FUZZ_JOBS runs that many fuzzer processes in parallel (default 1).
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

SECONDS_TO_RUN="${1:-60}"
if ! [[ "$SECONDS_TO_RUN" =~ ^[0-9]+$ ]]; then
  echo "usage: $0 SECONDS" >&2
  exit 2
fi

ensure_packages "${DXPY_BUILD_PACKAGES[@]}" "${DXPY_FUZZ_PACKAGES[@]}" || exit 1
cd "$DXPY_ROOT" || exit 1
(cmake --preset fuzz -B "$DXPY_BUILD_ROOT/fuzz" >/dev/null && cmake --build "$DXPY_BUILD_ROOT/fuzz" -j "$DXPY_JOBS" --target fuzz_parser) || {
  echo "error: the fuzz build failed" >&2
  exit 1
}

CORPUS="$DXPY_ROOT/fuzz-corpus"
mkdir -p "$CORPUS/seed" "$CORPUS/work" "$CORPUS/crashes"
if [[ -z "$(ls -A "$CORPUS/seed")" ]]; then
  # Seeds: stdlib files up to 64 KiB (larger ones make every iteration slow),
  # and every invalid program of the error tests.
  stdlib="$("$DXPY_REF_PYTHON" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')"
  find "$stdlib" -name '*.py' -size -64k -not -path '*-packages/*' -print0 |
    while IFS= read -r -d '' f; do
      cp "$f" "$CORPUS/seed/$(echo "$f" | md5sum | cut -c1-16).py"
    done
  cp tests/errors/*.py "$CORPUS/seed/"
  rm -f "$CORPUS/seed/run.py" "$CORPUS/seed/regenerate.py"
fi
echo "seed corpus: $(ls "$CORPUS/seed" | wc -l) files; work corpus: $(ls "$CORPUS/work" | wc -l) files"

export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
jobs_flag=()
if [[ "${FUZZ_JOBS:-1}" -gt 1 ]]; then jobs_flag=(-jobs="$FUZZ_JOBS" -workers="$FUZZ_JOBS"); fi
start=$SECONDS
"$DXPY_BUILD_ROOT/fuzz/fuzz_parser" \
  -max_total_time="$SECONDS_TO_RUN" \
  -timeout=10 \
  -rss_limit_mb=4096 \
  -malloc_limit_mb=4096 \
  -max_len=65536 \
  -detect_leaks=1 \
  -print_final_stats=1 \
  -artifact_prefix="$CORPUS/crashes/" \
  "${jobs_flag[@]}" \
  "$CORPUS/work" "$CORPUS/seed"
status=$?
echo "fuzz_parser: exit status $status after $((SECONDS - start)) s; crashes/: $(ls "$CORPUS/crashes" | wc -l) files"
exit $status
