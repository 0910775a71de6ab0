#!/usr/bin/env bash
# Long crash run: kills a journal-writing JVM with SIGKILL again and again (default 1000 times) and
# checks after every kill that no acknowledged write was lost and the file is intact.
# Usage: scripts/crash-soak.sh [kills] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
kills="${1:-1000}"
seed_option=()
if [[ $# -ge 2 ]]; then seed_option=("-Dcrash.seed=$2"); fi
summary="$(pwd)/core/target/crash-soak-summary.txt"
rm -f "$summary"
# surefire:test directly, so only the default execution runs the test (core also has a fuzz execution).
mvn -q -pl core test-compile surefire:test -Dtest=CrashDurabilityTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dcrash.kills="$kills" -Dcrash.summary="$summary" "${seed_option[@]}" || {
  echo "crash soak FAILED; details: core/target/surefire-reports/*CrashDurabilityTest*" >&2
  grep -h "seed" core/target/surefire-reports/*CrashDurabilityTest*-output.txt 2>/dev/null | head -1 >&2 || true
  exit 1
}
cat "$summary"
