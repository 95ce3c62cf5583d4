#!/usr/bin/env bash
# UI freezes while signing in with a 10,000-contact roster, measured by Eclipse's own UI-freeze monitor in the real
# workbench under Xvfb. Runs tests/dev.tact.ui.tests' ResponsivenessTest RUNS times (default 3); each run prints its
# same-run baseline (the idle workbench with the Contacts view open, 3 s) and the sign-in figures. The test asserts
# only what is deterministic (batches, rows built); these figures are reported here and in docs/BENCHMARKS.md, never
# asserted. Usage: ui-freeze.sh [RUNS]. Needs what README's test command installs (xvfb and the rest).
set -euo pipefail
exec bash "$(dirname "$0")/workbench-figures.sh" ResponsivenessTest '^(baseline, idle workbench|10,000-contact login)' "${1:-3}"
