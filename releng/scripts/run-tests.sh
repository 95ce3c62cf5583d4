#!/usr/bin/env bash
# README's test command: every test of Tact on a fresh Debian machine, in one Maven build.
#   plain JUnit 5 (core), OSGi tests against a real throwaway Prosody (xmpp), the real workbench under Xvfb (ui),
#   then the update site is installed into an Eclipse without Tact and checked.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
tact_pick_jdk
tact_install_packages $TACT_PACKAGES
cd "$tact_root"
# -a picks a free display number, so parallel runs and a developer's own X server do not collide.
log=$(mktemp)
trap 'rm -f "$log" "$log.bench"' EXIT
status=0
xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B clean verify "$@" 2>&1 | tee "$log" || status=$?
site=0
if [ "$status" = 0 ]; then
	bash releng/scripts/check-update-site.sh || { status=1; site=1; }
fi
# The benchmarks' quick mode, as a smoke test only: it fails when they do not build or run, never on timing.
if [ "$status" = 0 ]; then
	bash releng/dev.tact.benchmarks/smoke.sh > "$log.bench" 2>&1 || { tail -40 "$log.bench"; echo "benchmark smoke run failed" >&2; status=1; }
	grep -E '^(Benchmark|[A-Za-z]+\.[a-zA-Z]+ )' "$log.bench" | head -20 || true
fi
# One closing line for every level: Surefire's per-module totals (plain, OSGi, workbench) plus the update-site check.
awk -v site="$site" -v built="$status" '
	/^(\[INFO\] |\[ERROR\] |\[WARNING\] )?Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$/ {
		gsub(/,/, ""); for (i = 1; i <= NF; i++) { if ($i == "run:") r += $(i+1); if ($i == "Failures:") f += $(i+1); if ($i == "Errors:") e += $(i+1); if ($i == "Skipped:") s += $(i+1) }
	}
	END {
		if (built == 0 || site == 1) { r += 1; if (site == 1) f += 1 }
		printf "Tact tests: %d passed, %d failed, %d skipped\n", r - f - e - s, f + e, s
	}' "$log"
exit "$status"
