#!/usr/bin/env bash
# Proves the update site installs: copies the Eclipse built without Tact, installs dev.tact.feature into it from
# releng/dev.tact.repository with the p2 director, starts it headless with Tact's diagnostics application, and
# checks that Tact's and Smack's bundles resolve and Smack's XML parser loads (Tact sets it itself, so no start levels
# are needed). Run after `./mvnw verify`; run-tests.sh does.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
[ -n "${JAVA_HOME:-}" ] || tact_pick_jdk
repo="$tact_root/releng/dev.tact.repository/target/repository"
base="$tact_root/releng/dev.tact.product/target/products/dev.tact.eclipse.base/linux/gtk/x86_64"
[ -d "$repo" ] && [ -d "$base" ] || { echo "Build first: ./mvnw verify (no update site or base Eclipse found)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$base" "$work/eclipse"
if ls "$work/eclipse/plugins" | grep -q '^dev\.tact\.'; then
	echo "update-site check: the base Eclipse already contains Tact" >&2
	exit 1
fi

# The director runs outside the reactor (no pom needed); Tycho's version comes from .mvn/maven.config.
tycho=$(sed -n 's/^-Dtycho-version=//p' "$tact_root/.mvn/maven.config")
(cd "$work" && "$tact_root/mvnw" -q -B "org.eclipse.tycho:tycho-p2-director-plugin:$tycho:director" \
	-Ddestination="$work/eclipse" -Dprofile=DefaultProfile -Drepositories="file:$repo" \
	-DinstallIUs=dev.tact.feature.feature.group) > "$work/director.log" 2>&1 ||
	{ cat "$work/director.log" >&2; echo "update-site check: p2 could not install Tact" >&2; exit 1; }

launcher=$(ls "$work/eclipse/plugins"/org.eclipse.equinox.launcher_*.jar)
set +e
timeout 120 "$JAVA_HOME/bin/java" -jar "$launcher" -nosplash -consoleLog -data "$work/workspace" \
	-application dev.tact.xmpp.diagnose > "$work/diagnose.log" 2>&1
status=$?
set -e
cat "$work/diagnose.log"
grep -q '^bundle dev.tact.xmpp .* ACTIVE$' "$work/diagnose.log" &&
	grep -q '^bundle dev.tact.ui .* \(RESOLVED\|ACTIVE\|STARTING\)$' "$work/diagnose.log" &&
	grep -q 'xml-parser ok' "$work/diagnose.log" && [ "$status" = 0 ] ||
	{ echo "update-site check: FAILED (exit $status)" >&2; exit 1; }
echo "update-site check: Tact installed from the update site into a plain Eclipse and its diagnostics passed"
