#!/usr/bin/env bash
# Start-up cost of Tact: starts the Tact IDE (Eclipse + JDT + Tact) and the same Eclipse without Tact, alternately,
# RUNS times each (default 5), each under its own Xvfb display with a fresh workspace and a fresh copy of the
# product's configuration area, and measures the time from starting the JVM to the workbench window being mapped
# and laid out (polled with xwininfo every 50 ms). Prints every run, the medians and the ratio with/without Tact.
# Usage: startup.sh [RUNS]. Products default to what `./mvnw verify` materializes; override with
# TACT_IDE_PRODUCT=DIR and TACT_BASE_PRODUCT=DIR (each the folder holding plugins/ and configuration/).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../scripts/setup.sh"
tact_pick_jdk >&2
runs=${1:-5}
timeout_s=${TACT_STARTUP_TIMEOUT:-240}
products="$tact_root/releng/dev.tact.product/target/products"
with_tact=${TACT_IDE_PRODUCT:-$products/dev.tact.ide.product/linux/gtk/x86_64}
without_tact=${TACT_BASE_PRODUCT:-$products/dev.tact.eclipse.base/linux/gtk/x86_64}
demo="$tact_root/releng/dev.tact.product/demo"

for product in "$with_tact" "$without_tact"; do
	ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar >/dev/null 2>&1 ||
		{ echo "No product in $product: build it first (./mvnw clean verify -DskipTests)" >&2; exit 1; }
done
for tool in Xvfb xwininfo; do
	command -v "$tool" >/dev/null || { echo "startup.sh needs $tool (apt-get install xvfb x11-utils)" >&2; exit 1; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/tact-startup.XXXXXX")
app="" xvfb=""
stop() { # stops what one run started: the IDE, then its display
	if [ -n "$app" ]; then
		kill "$app" 2>/dev/null || true
		for _ in $(seq 1 50); do kill -0 "$app" 2>/dev/null || break; sleep 0.1; done
		kill -9 "$app" 2>/dev/null || true
		wait "$app" 2>/dev/null || true
	fi
	if [ -n "$xvfb" ]; then
		kill "$xvfb" 2>/dev/null || true
		wait "$xvfb" 2>/dev/null || true
	fi
	app="" xvfb=""
}
# TACT_STARTUP_KEEP=1 keeps each run's workspace, configuration and console log for a look afterwards.
trap 'stop; [ -n "${TACT_STARTUP_KEEP:-}" ] && echo "runs kept in $work" >&2 || rm -rf "$work"' EXIT

# Starts one product once; writes milliseconds from JVM start to a mapped workbench window into $dir/ms.
# Runs in this shell (not in $(...)), so the EXIT trap still knows what to stop if a run fails.
start_once() {
	local product=$1 dir=$2 display window="" t0 now
	mkdir -p "$dir"
	cp -r "$product/configuration" "$dir/configuration"
	# -displayfd: Xvfb picks a free display itself and writes its number, so parallel builds' displays never clash.
	Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$dir/display" >/dev/null 2>&1 &
	xvfb=$!
	for _ in $(seq 1 100); do [ -s "$dir/display" ] && break; sleep 0.05; done
	display=":$(head -n1 "$dir/display")"
	t0=$(date +%s%N)
	DISPLAY=$display "$JAVA_HOME/bin/java" -Xms256m -Xmx2g -Dosgi.requiredJavaVersion=21 --add-modules=ALL-SYSTEM \
		-jar "$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar)" \
		-data "$dir/workspace" -configuration "$dir/configuration" \
		-eclipse.keyring "$dir/secure_storage" -eclipse.password "$demo/keyring-password" \
		-pluginCustomization "$demo/plugin_customization.ini" >"$dir/console.log" 2>&1 &
	app=$!
	while true; do
		now=$(date +%s%N)
		# A top-level window titled "<workspace> - Eclipse ..." that is actually shown.
		window=$(xwininfo -display "$display" -root -tree 2>/dev/null | grep -m1 -E '^ *0x[0-9a-f]+ "[^"]* - Eclipse[^"]*"' || true)
		window=${window:+$(echo "$window" | tee "$dir/window" | awk '{ print $1 }')}
		# Shown and laid out: GTK maps the shell at a placeholder 200x200 before the workbench sizes it.
		if [ -n "$window" ] && xwininfo -display "$display" -id "$window" 2>/dev/null |
			awk '/Width:/ { w = $2 } /Map State: IsViewable/ { v = 1 } END { exit !(v && w > 400) }'; then
			break
		fi
		if ! kill -0 "$app" 2>/dev/null; then
			echo "The IDE in $product exited before showing its window; see $dir/console.log:" >&2
			tail -n 20 "$dir/console.log" >&2
			return 1
		fi
		if [ $(((now - t0) / 1000000000)) -ge "$timeout_s" ]; then
			echo "No workbench window after ${timeout_s}s from $product; see $dir/console.log" >&2
			return 1
		fi
		sleep 0.05
	done
	echo $(((now - t0) / 1000000)) >"$dir/ms"
	# CPU time the IDE's JVM used until then (all threads, user + system): less sensitive to other load than wall time.
	awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$app/stat" >"$dir/cpu"
	stop
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

echo "Start-up to workbench window, $runs runs each, alternating; $(nproc) cores; $("$JAVA_HOME/bin/java" -version 2>&1 | head -n1)"
for run in $(seq 1 "$runs"); do
	for kind in with without; do
		product=$with_tact
		[ "$kind" = without ] && product=$without_tact
		start_once "$product" "$work/$kind-$run" || exit 1
		printf 'run %d  %-7s Tact: %6d ms to window, %6d ms CPU\n' "$run" "$kind" "$(cat "$work/$kind-$run/ms")" \
			"$(cat "$work/$kind-$run/cpu")"
	done
	echo "$(cat "$work/with-$run/ms") $(cat "$work/without-$run/ms")" >>"$work/pairs"
	echo "$(cat "$work/with-$run/cpu") $(cat "$work/without-$run/cpu")" >>"$work/cpu-pairs"
done
# The ratio of medians is the headline; the median of each run's own ratio (with and without started back to back)
# is steadier when other work on the machine comes and goes.
summary() {
	local what=$1 pairs=$2 with without paired
	with=$(awk '{ print $1 }' "$pairs" | median)
	without=$(awk '{ print $2 }' "$pairs" | median)
	paired=$(awk '{ printf "%.4f\n", $1 / $2 }' "$pairs" | sort -n |
		awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
	echo "$what: median with Tact $with ms, without $without ms"
	awk -v w="$with" -v wo="$without" -v p="$paired" 'BEGIN {
		printf "  ratio of medians %.3f (Tact adds %+.1f %%), median of paired ratios %.3f (%+.1f %%); target <= +5 %%\n",
			w / wo, (w / wo - 1) * 100, p, (p - 1) * 100 }'
}
summary "wall time to window" "$work/pairs"
summary "JVM CPU time to window" "$work/cpu-pairs"
