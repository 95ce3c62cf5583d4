#!/usr/bin/env bash
# Every figure of docs/BENCHMARKS.md in one command, on a fresh machine: builds Tact (the two products), runs the JMH
# benchmarks and the memory measurement, the workbench start-up with and without Tact, and the message path through
# Tact's XMPP layer against raw Smack on one loopback Prosody (the xmpp module's ThroughputTest), then prints them.
# About 10 minutes on 2 cores. Figures vary with load: run it on a quiet machine.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../scripts/setup.sh"
tact_pick_jdk
tact_install_packages $TACT_PACKAGES x11-utils
cd "$tact_root"
echo "== building Tact (products, update site) =="
./mvnw -B -q clean verify -DskipTests
echo "== JMH: presence flood, long conversation, memory per message =="
bash "$here/run.sh"
echo "== workbench start-up, with and without Tact =="
# a virtual-display start can fail once in a while on a loaded machine: one retry before giving up
bash "$here/startup.sh" "${TACT_STARTUP_RUNS:-5}" || bash "$here/startup.sh" "${TACT_STARTUP_RUNS:-5}"
echo "== message path: Tact's layer vs raw Smack, same Prosody, same run =="
./mvnw -B -q verify -pl bundles/dev.tact.jdk.pkcs11,bundles/dev.tact.core,bundles/dev.tact.xmpp,tests/dev.tact.tests.harness,tests/dev.tact.xmpp.tests \
	-Dtest=ThroughputTest -Dtact.ejabberd.skip=true -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false > /dev/null
cat tests/dev.tact.xmpp.tests/target/surefire-reports/*ThroughputTest*-output.txt
