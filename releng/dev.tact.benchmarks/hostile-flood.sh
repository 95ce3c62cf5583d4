#!/usr/bin/env bash
# 10,000 hostile stanzas into a signed-in workbench (issue 12's proof): runs tests/dev.tact.ui.tests'
# HostileFloodTest RUNS times (default 3); each run prints its same-run baseline (the idle workbench, 3 s) and how
# long Tact took to take the flood in, the UI freezes over 100 ms and the longest, the popups shown, the chimes
# played and the errors logged. The test asserts what is deterministic (no error, no popup, no chime, every message
# counted, the link up, a message still goes out); the timings are reported here and in docs/BENCHMARKS.md, never
# asserted. Usage: hostile-flood.sh [RUNS]. Needs what README's test command installs (xvfb and the rest).
set -euo pipefail
exec bash "$(dirname "$0")/workbench-figures.sh" HostileFloodTest '^(baseline, |10,000 hostile stanzas)' "${1:-3}"
