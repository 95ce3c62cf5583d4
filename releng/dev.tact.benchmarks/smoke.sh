#!/usr/bin/env bash
# CI smoke for the benchmarks: builds them and runs the quick mode. Fails only if they do not build or a benchmark
# throws; how fast anything is never fails it (CI machines are shared and noisy, figures belong in BENCHMARKS.md).
set -euo pipefail
exec bash "$(dirname "$0")/run.sh" --quick "$@"
