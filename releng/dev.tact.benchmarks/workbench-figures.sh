#!/usr/bin/env bash
# Runs one test class of tests/dev.tact.ui.tests RUNS times in the real workbench under Xvfb and prints, per run, the
# lines of its output that match PATTERN: the figures that test reports (with their same-run baseline) and never
# asserts. Used by ui-freeze.sh and hostile-flood.sh. Usage: workbench-figures.sh TEST PATTERN [RUNS].
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../scripts/setup.sh"
tact_pick_jdk >&2
test=$1
pattern=$2
runs=${3:-3}
cd "$tact_root"
for run in $(seq 1 "$runs"); do
	log=$(mktemp)
	xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B clean verify \
		-pl bundles/dev.tact.jdk.pkcs11,bundles/dev.tact.xmpp,tests/dev.tact.ui.tests -am \
		-Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false >"$log" 2>&1 ||
		{ tail -40 "$log"; echo "run $run failed" >&2; rm -f "$log"; exit 1; }
	echo "run $run:"
	# the build sends test output to surefire's report folder, not to the console
	grep -E "$pattern" "tests/dev.tact.ui.tests/target/surefire-reports/dev.tact.ui.tests.$test-output.txt" | sed 's/^/  /'
	rm -f "$log"
done
