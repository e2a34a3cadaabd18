#!/usr/bin/env bash
# Builds dxpy (Release) and runs it with the given arguments, installing the
# Debian packages the build needs when they are missing.
#
#   scripts/build-and-run.sh examples/hello.py
#   scripts/build-and-run.sh --dump-ast examples/hello.py
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

ensure_packages "${DXPY_BUILD_PACKAGES[@]}" || { echo "error: could not install the build's packages" >&2; exit 1; }
build_preset release >&2 || { echo "error: the build failed" >&2; exit 1; }
exec "$DXPY_BUILD_ROOT/release/dxpy" "$@"
