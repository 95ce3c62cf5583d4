#!/usr/bin/env bash
# Regenerates dev.tact.target from seed-pom.xml: Maven resolves the transitive closure of the seed (Eclipse poms
# use open version ranges, so this picks what is newest on Central today), and every resolved artifact is written
# into the target pinned to its exact version with includeDependencyDepth="none". The build then resolves the same
# bundles next month as today. Run it deliberately, build, run the tests, and commit the new target with a note.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
list="$work/list.txt"
# Resolve outside the reactor: inside it, the pomless Tycho extension would take over the build.
cp "$here/seed-pom.xml" "$work/pom.xml"
resolve() { (cd "$work" && "$root/mvnw" -q -B dependency:list -DoutputFile="$list" -DincludeScope=runtime -Dsort=true); }
resolve
# Align the Eclipse release train until nothing changes (each round can pull in newer dependencies).
for round in 1 2 3 4; do
	changed=$(python3 "$here/align-eclipse.py" "$list" "$work/pom.xml")
	[ "$changed" = 0 ] && break
	echo "round $round: pinned $changed Eclipse artifacts to their latest release"
	resolve
done
python3 "$here/write-target.py" "$list" > "$here/dev.tact.target"
echo "Wrote $here/dev.tact.target with $(grep -c '<dependency>' "$here/dev.tact.target") pinned artifacts."
