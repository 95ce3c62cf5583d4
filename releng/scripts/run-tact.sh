#!/usr/bin/env bash
# README's run command: builds what is missing, starts a throwaway Prosody on loopback with accounts for you and
# three teammates (dana, lee, kim: a small headless process built on dev.tact.xmpp that accepts your add requests,
# changes presence over time and answers politely), then the Tact IDE (Eclipse + JDT + Tact) signed in as you with
# the Contacts view open. Closing the IDE stops everything this started.
# Options: --rebuild forces a build; anything after -- goes to Eclipse.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
tact_pick_jdk
tact_install_packages $TACT_PACKAGES
cd "$tact_root"

products="$tact_root/releng/dev.tact.product/target/products"
product="$products/dev.tact.ide.product/linux/gtk/x86_64"
demo="$products/dev.tact.demo.product/linux/gtk/x86_64"
rebuild=0
extra=()
while [ $# -gt 0 ]; do
	case "$1" in
	--rebuild) rebuild=1 ;;
	--) shift; extra=("$@"); break ;;
	*) echo "usage: $0 [--rebuild] [-- eclipse arguments]" >&2; exit 2 ;;
	esac
	shift
done
if [ "$rebuild" = 1 ] || [ ! -d "$product/plugins" ] || [ ! -d "$demo/plugins" ]; then
	echo "Tact: building the IDE (the first build downloads the platform from Maven Central, a few minutes)"
	./mvnw -B -q clean verify -DskipTests
fi

state="${TACT_DEMO_HOME:-$HOME/.local/share/tact-demo}"
mkdir -p "$state"
if [ -z "${DISPLAY:-}" ]; then
	echo "Tact: no display. Run this from a desktop session, or under a virtual one: xvfb-run -a $0" >&2
	exit 1
fi
pids=()
stop_all() {
	for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
	for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop_all EXIT
trap 'exit 130' INT TERM

echo "Tact: starting the demo server and teammates"
rm -f "$state/demo.ready"
"$JAVA_HOME/bin/java" -jar "$(ls "$demo"/plugins/org.eclipse.equinox.launcher_*.jar)" -nosplash -consoleLog \
	-data "$state/demo-data" -application dev.tact.demo.teammates -state "$state" > "$state/demo.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 180); do
	[ -f "$state/demo.ready" ] && break
	kill -0 "${pids[0]}" 2>/dev/null || { tail -30 "$state/demo.log" >&2; echo "Tact: the demo server did not start" >&2; exit 1; }
	sleep 0.5
done
[ -f "$state/demo.ready" ] || { tail -30 "$state/demo.log" >&2; echo "Tact: the demo server took too long" >&2; exit 1; }
grep '^Tact demo' "$state/demo.log" || true

launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar)
echo "Tact: starting the IDE (workspace $state/workspace); close it to stop the demo"
"$JAVA_HOME/bin/java" -Xms256m -Xmx2g -Dosgi.requiredJavaVersion=21 -Dtact.provision="$state/account.properties" \
	-jar "$launcher" -data "$state/workspace" \
	-eclipse.keyring "$state/secure_storage" -eclipse.password "$tact_root/releng/dev.tact.product/demo/keyring-password" \
	-pluginCustomization "$tact_root/releng/dev.tact.product/demo/plugin_customization.ini" \
	"${extra[@]}" &
pids+=($!)
wait "${pids[1]}" || true
