#!/usr/bin/env bash
# Takes a screenshot of README's run command under a virtual display: starts it, waits until the workbench window
# is up and settled, captures the screen into the PNG named by $1, and stops everything it started.
set -euo pipefail
out=${1:?usage: screenshot.sh OUTPUT.png [extra seconds to settle]}
settle=${2:-8}
here=$(cd "$(dirname "$0")" && pwd)
command -v import >/dev/null && command -v xwininfo >/dev/null && command -v xdotool >/dev/null ||
	{ echo "screenshot.sh needs imagemagick, x11-utils and xdotool (apt-get install imagemagick x11-utils xdotool)" >&2; exit 1; }
display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
# Every step may fail (the IDE may be gone already); none may stop the display from being stopped too.
cleanup() {
	if [ -n "${app:-}" ]; then
		kill "$app" 2>/dev/null || true
		wait "$app" 2>/dev/null || true
	fi
	kill "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT
export DISPLAY="$display"
bash "$here/run-tact.sh" "${@:3}" > "${TMPDIR:-/tmp}/tact-screenshot.log" 2>&1 &
app=$!
for _ in $(seq 1 180); do
	# the workbench window is titled "<workspace> - Eclipse Platform"; smaller "Eclipse" windows come earlier
	if xwininfo -root -tree 2>/dev/null | grep -q ' - Eclipse'; then break; fi
	kill -0 "$app" 2>/dev/null || { cat "${TMPDIR:-/tmp}/tact-screenshot.log" >&2; exit 1; }
	sleep 1
done
# No window manager runs on the virtual display: give the workbench window a screenshot-friendly size ourselves.
# the same top-level window the wait above found (xdotool's own search can miss it while GTK is still mapping)
window=$(xwininfo -root -tree 2>/dev/null | grep -m1 -E '^ *0x[0-9a-f]+ "[^"]* - Eclipse' | awk '{ print $1 }' || true)
if [ -n "$window" ]; then
	xdotool windowmove "$window" 0 0 windowsize "$window" 1440 900 || true
fi
sleep "$settle"
if [ -n "$window" ]; then
	import -window "$window" "$out"
else
	import -window root "$out"
fi
echo "screenshot: $out"
