#!/usr/bin/env bash
# UI freezes while signing in with a 10,000-contact roster, measured by Eclipse's own UI-freeze monitor in the real
# workbench under Xvfb. Runs tests/dev.tact.ui.tests' ResponsivenessTest RUNS times (default 3); each run prints its
# same-run baseline (the idle workbench with the Contacts view open, 3 s) and the sign-in figures. The test asserts
# only what is deterministic (batches, rows built); these figures are reported here and in docs/BENCHMARKS.md, never
# asserted. Usage: ui-freeze.sh [RUNS]. Needs what README's test command installs (xvfb and the rest).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../scripts/setup.sh"
tact_pick_jdk >&2
runs=${1:-3}
cd "$tact_root"
for run in $(seq 1 "$runs"); do
	log=$(mktemp)
	xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B clean verify \
		-pl bundles/dev.tact.jdk.pkcs11,bundles/dev.tact.xmpp,tests/dev.tact.ui.tests -am \
		-Dtest=ResponsivenessTest -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false >"$log" 2>&1 ||
		{ tail -40 "$log"; echo "run $run failed" >&2; rm -f "$log"; exit 1; }
	echo "run $run:"
	# the build sends test output to surefire's report folder, not to the console
	grep -E '^(baseline, idle workbench|10,000-contact login)' \
		tests/dev.tact.ui.tests/target/surefire-reports/dev.tact.ui.tests.ResponsivenessTest-output.txt | sed 's/^/  /'
	rm -f "$log"
done
