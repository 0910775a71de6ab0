#!/usr/bin/env bash
# Starts the real app under Xvfb on the example journal and photographs its main screens in the
# light and the dark theme: docs/screenshots/<screen>-<theme>.png, and the printed summary of the
# example's first loop as summary-page<N>.png. Needs xvfb-run, xwd (x11-apps), convert (ImageMagick)
# and pdftoppm (poppler-utils). An optional argument gives the text size in percent (e.g. 200), which
# writes <screen>-<theme>-200.png to check large text.
set -euo pipefail
cd "$(dirname "$0")/.."

text_size="${1:-100}"
out="docs/screenshots"
classpath_file="$(mktemp)"
pdf_folder="$(mktemp -d)"
trap 'rm -rf "$classpath_file" "$pdf_folder"' EXIT

mvn -q -pl app -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"
classpath="app/target/test-classes:app/target/classes:$(cat "$classpath_file")"

mkdir -p "$out"
xvfb-run -a -s "-screen 0 1280x800x24" \
    java -Dprism.order=sw -cp "$classpath" dk.refleksionsbog.app.tour.ScreenshotTour "$out" "$text_size"

if [ "$text_size" = 100 ]; then
  # The example's first loop, finished with its evaluation, as the summary prints it (80 dpi: A4 is 662 px wide).
  refleksionsbog() { java -cp "$classpath" dk.refleksionsbog.app.Main --journal "$pdf_folder/eksempel.refleksionsbog" "$@"; }
  refleksionsbog demo >/dev/null
  refleksionsbog summary --loop 22acdd56-e156-3d61-8ea7-a2e2b2bd2b9a --pdf "$pdf_folder/summary.pdf" >/dev/null
  rm -f "$out"/summary-page*.png
  pdftoppm -png -r 80 "$pdf_folder/summary.pdf" "$pdf_folder/page"
  for page in "$pdf_folder"/page-*.png; do
    number="${page##*-}"
    cp "$page" "$out/summary-page$((10#${number%.png})).png"
    echo "wrote $out/summary-page$((10#${number%.png})).png"
  done
fi
