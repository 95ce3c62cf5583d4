#!/usr/bin/env bash
# README's run command: builds the Tact IDE if needed and starts it (Eclipse + JDT + Tact) with a throwaway
# workspace. Options: --rebuild forces a build; anything after -- goes to Eclipse.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
tact_pick_jdk
tact_install_packages $TACT_PACKAGES
cd "$tact_root"

product="$tact_root/releng/dev.tact.product/target/products/dev.tact.ide.product/linux/gtk/x86_64"
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
if [ "$rebuild" = 1 ] || [ ! -d "$product/plugins" ]; then
	echo "Tact: building the IDE (the first build downloads the platform from Maven Central, a few minutes)"
	./mvnw -B -q clean verify -DskipTests
fi

state="${TACT_DEMO_HOME:-$HOME/.local/share/tact-demo}"
mkdir -p "$state"
if [ -z "${DISPLAY:-}" ]; then
	echo "Tact: no display. Run this from a desktop session, or under a virtual one: xvfb-run -a $0" >&2
	exit 1
fi
launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar)
echo "Tact: starting the IDE (workspace $state/workspace)"
exec "$JAVA_HOME/bin/java" -Xms256m -Xmx2g -Dosgi.requiredJavaVersion=21 \
	-jar "$launcher" -data "$state/workspace" \
	-eclipse.keyring "$state/secure_storage" -eclipse.password "$tact_root/releng/dev.tact.product/demo/keyring-password" \
	-pluginCustomization "$tact_root/releng/dev.tact.product/demo/plugin_customization.ini" \
	"${extra[@]}"
