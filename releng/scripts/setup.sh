# Sourced by run-tact.sh and run-tests.sh: makes a fresh Debian machine ready to build and test Tact.
# - picks a JDK 21+ (current Eclipse bundles need it; Debian 12's default java is 17),
# - installs the Debian packages the tests and the demo need, or says exactly which are missing,
# - leaves Maven to the wrapper (./mvnw downloads Maven 3.9 from Maven Central on first use).

tact_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

tact_java_major() { # prints the major version of the JDK at $1, or nothing
	local release="$1/release"
	[ -x "$1/bin/javac" ] && [ -f "$release" ] || return 0
	sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release"
}

tact_pick_jdk() {
	local candidate major
	for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25* /usr/lib/jvm/temurin-2[1-9]* /usr/lib/jvm/*-2[1-9]* /usr/lib/jvm/*; do
		[ -n "$candidate" ] && [ -d "$candidate" ] || continue
		major=$(tact_java_major "$candidate")
		if [ -n "$major" ] && [ "$major" -ge 21 ]; then
			export JAVA_HOME="$candidate"
			export PATH="$JAVA_HOME/bin:$PATH"
			echo "Tact: using the JDK in $JAVA_HOME (Java $major)"
			return 0
		fi
	done
	echo "Tact needs a JDK 21 or newer (current Eclipse bundles require it). Install one, for example Temurin 21+," >&2
	echo "into /usr/lib/jvm, or set JAVA_HOME to it." >&2
	return 1
}

tact_packages_missing() {
	local pkg
	for pkg in "$@"; do
		dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || printf '%s ' "$pkg"
	done
}

tact_install_packages() {
	local missing
	missing=$(tact_packages_missing "$@")
	[ -z "$missing" ] && return 0
	local sudo=""
	if [ "$(id -u)" != 0 ]; then
		if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
			sudo="sudo"
		else
			echo "Tact needs these Debian packages: $missing" >&2
			echo "Install them with: sudo apt-get install $missing" >&2
			return 1
		fi
	fi
	echo "Tact: installing $missing"
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
		$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null ||
		{ echo "Installing $missing failed; install them by hand: apt-get install $missing" >&2; return 1; }
	# Debian's prosody package may start a system server; Tact's tests and demo run their own on free ports.
	# Its ejabberd package starts one too (on the standard ports, as a service at every boot): one that this very
	# call installed is stopped and disabled, since the tests start their own. One that was there before stays.
	case " $missing " in
	*" ejabberd "*)
		if command -v systemctl >/dev/null; then
			$sudo systemctl disable --now ejabberd >/dev/null 2>&1 || true
		fi
		if pgrep -u ejabberd beam.smp >/dev/null 2>&1; then
			$sudo service ejabberd stop >/dev/null 2>&1 || true
		fi
		;;
	esac
}

# The XMPP servers for tests and the demo (Prosody and its modules; ejabberd with its SQLite driver, which the xmpp
# tests also run against); a virtual display and GTK for the workbench; a sound server the tests start their own
# instance of (to hear chimes and to make "calls" with a recording).
TACT_PACKAGES="prosody prosody-modules lua-sec ejabberd erlang-p1-sqlite3 openssl xvfb xauth libgtk-3-0 fonts-dejavu-core pulseaudio pulseaudio-utils libasound2-plugins xdotool x11-xserver-utils libxss1"
