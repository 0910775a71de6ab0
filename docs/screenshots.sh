#!/usr/bin/env bash
# Starts the real app under Xvfb on the example journal and photographs its main screens in the
# light and the dark theme: docs/screenshots/<screen>-<theme>.png. Needs xvfb-run, xwd (x11-apps)
# and convert (ImageMagick). An optional argument gives the text size in percent (e.g. 200), which
# writes <screen>-<theme>-200.png to check large text.
set -euo pipefail
cd "$(dirname "$0")/.."

text_size="${1:-100}"
out="docs/screenshots"
classpath_file="$(mktemp)"
trap 'rm -f "$classpath_file"' EXIT

mvn -q -pl app -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"
classpath="app/target/test-classes:app/target/classes:$(cat "$classpath_file")"

mkdir -p "$out"
xvfb-run -a -s "-screen 0 1280x800x24" \
    java -Dprism.order=sw -cp "$classpath" dk.refleksionsbog.app.tour.ScreenshotTour "$out" "$text_size"
