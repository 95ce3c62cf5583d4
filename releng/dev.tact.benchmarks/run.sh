#!/usr/bin/env bash
# Builds Tact's JMH benchmarks and runs them all (with JMH's GC profiler for allocation per operation), then the
# retained-heap measurement of a long conversation, and prints a results table.
# Usage: run.sh [--quick] [JMH arguments, e.g. a benchmark name regex]
#   --quick  one short fork (a smoke run, under a minute; figures are rough)
#   default  2 forks x (3 warm-up + 5 measured iterations of 1 s): the figures in docs/BENCHMARKS.md, ~5 minutes
# Output also lands in target/: jmh-output.txt, jmh-results.csv, footprint.txt.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../scripts/setup.sh"
tact_pick_jdk >&2

jmh_args=(-f 2 -wi 3 -i 5 -w 1s -r 1s)
if [ "${1:-}" = "--quick" ]; then
	jmh_args=(-f 1 -wi 1 -i 1 -w 200ms -r 200ms)
	shift
fi

# The repository's .mvn (Tycho's pomless extension, tycho-version) also applies here; with a real pom.xml it reads
# that pom as it is, so the plain jar build works with the repository's own wrapper.
echo "Building the benchmarks" >&2
"$tact_root/mvnw" -B -q -f "$here/pom.xml" package 2> >(grep -v '^WARNING:' >&2)

cd "$here"
java=("$JAVA_HOME/bin/java" -Duser.language=en -Duser.country=US)
# -foe: a benchmark that throws fails the run (smoke.sh relies on it); slow figures never do.
"${java[@]}" -jar target/benchmarks.jar "${jmh_args[@]}" -prof gc -foe true \
	-rf csv -rff target/jmh-results.csv "$@" 2> >(grep -v '^WARNING:' >&2) | tee target/jmh-output.txt
# Retained heap: SerialGC makes System.gc() one full compacting collection, so used heap after it is what is live.
"${java[@]}" -XX:+UseSerialGC -Xmx2g -cp target/benchmarks.jar dev.tact.benchmarks.ConversationFootprint |
	tee target/footprint.txt

echo
echo "== Results ($(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n1)) =="
# One row per benchmark and parameter: JMH's mean and error, the median of the measured iterations (steadier on a
# shared machine) and, from -prof gc, bytes allocated per operation.
awk -F, '
	{ sub(/\r$/, "") } # JMH writes its CSV with CRLF line ends
	FNR == NR {
		if ($0 ~ /^# Benchmark: /) { name = $0; sub(/^# Benchmark: dev\.tact\.benchmarks\./, "", name); param = "" }
		if ($0 ~ /^# Parameters: /) { param = $0; sub(/.*= /, "", param); sub(/\).*/, "", param) }
		if ($0 ~ /^Iteration +[0-9]+:/) pending = 1
		if (pending && match($0, /[0-9.]+ [a-z]+\/op$/)) {
			k = name SUBSEP param; samples[k] = samples[k] " " substr($0, RSTART, RLENGTH - 6); pending = 0
		}
		next
	}
	FNR == 1 { next }
	{
		for (i = 1; i <= NF; i++) gsub(/^"|"$/, "", $i)
		name = $1; sub(/^dev\.tact\.benchmarks\./, "", name); metric = name; sub(/:.*/, "", name); key = name SUBSEP $8
		if (metric ~ /:gc\.alloc\.rate\.norm$/) { alloc[key] = $5; next }
		if (metric ~ /:/) next
		order[++n] = key; score[key] = $5; error[key] = $6; unit[key] = $7
	}
	function median(list,    v, c, i, j, t) {
		c = split(list, v, " ")
		for (i = 2; i <= c; i++) for (j = i; j > 1 && v[j - 1] + 0 > v[j] + 0; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
		return c == 0 ? 0 : (c % 2 ? v[(c + 1) / 2] : (v[c / 2] + v[c / 2 + 1]) / 2)
	}
	END {
		printf "%-48s %-5s %-6s %13s %12s %13s %11s\n", "benchmark", "param", "unit", "mean", "± (99.9%)", "median", "alloc B/op"
		for (i = 1; i <= n; i++) {
			k = order[i]; split(k, part, SUBSEP)
			printf "%-48s %-5s %-6s %13.1f %12.1f %13.1f %11.0f\n", part[1], part[2], unit[k], score[k], error[k],
				median(samples[k]), alloc[k]
		}
	}' target/jmh-output.txt target/jmh-results.csv
echo
grep -ho 'TACT-BATCHES .*largestBatch=[0-9]*' target/jmh-output.txt | sed 's/^TACT-BATCHES /batches: /' | sort -u || true
sed -n 's/^TACT-FOOTPRINT /footprint: /p; s/^TACT-ALLOC /allocation: /p' target/footprint.txt
