#!/usr/bin/env bash
# Checks the .ics files the command line writes with libical, the iCalendar parser of GNOME
# Calendar and Evolution: every meeting of the example journal is saved with `ics` and parsed;
# any parse error, RFC 5545/iTIP restriction, non-UTC start or over-long line fails the script.
# Needs gcc and libical-dev (installed with apt-get when missing; run as root for that).
# Usage: scripts/check-ics.sh   (builds app/target/refleksionsbog.jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=app/target/refleksionsbog.jar
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

[ -f "$JAR" ] || mvn -q package -DskipTests
pkg-config --exists libical || apt-get install -y libical-dev > /dev/null
gcc -Wall -Werror -o "$WORK/ics_check" scripts/ics-check/ics_check.c $(pkg-config --cflags --libs libical)

java -jar "$JAR" --journal "$WORK/example.refleksionsbog" demo > /dev/null
meetings=$(java -jar "$JAR" --journal "$WORK/example.refleksionsbog" list --json \
  | python3 -c 'import json, sys; print("\n".join(m["id"] for m in json.load(sys.stdin)["meetings"]))')
failed=0 checked=0
for id in $meetings; do
  java -jar "$JAR" --journal "$WORK/example.refleksionsbog" ics --meeting "$id" --out "$WORK/$id.ics" > /dev/null
  checked=$((checked + 1))
  "$WORK/ics_check" "$WORK/$id.ics" || failed=$((failed + 1))
  echo
done
echo "check-ics: $checked calendar file(s) parsed by libical $(pkg-config --modversion libical), $failed with problems"
[ "$failed" -eq 0 ]
