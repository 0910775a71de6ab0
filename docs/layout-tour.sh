#!/usr/bin/env bash
# Photographs every screen and dialog of the real app under Xvfb, on the example journal with a
# very long challenge title, in both themes, to check the layout at a text size:
# target/layout-tour/<screen>-<theme>-<size>.png. Argument: the text size in percent (default 200).
# Needs xvfb-run, xwd (x11-apps) and convert (ImageMagick).
set -euo pipefail
cd "$(dirname "$0")/.."

text_size="${1:-200}"
out="target/layout-tour"
classpath_file="$(mktemp)"
trap 'rm -f "$classpath_file"' EXIT

mvn -q -o -pl app -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"
classpath="app/target/test-classes:app/target/classes:$(cat "$classpath_file")"

mkdir -p "$out"
xvfb-run -a -s "-screen 0 1280x800x24" \
    java -Dprism.order=sw -cp "$classpath" dk.refleksionsbog.app.tour.LayoutTour "$out" "$text_size"
