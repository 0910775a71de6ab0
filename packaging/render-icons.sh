#!/usr/bin/env bash
# Renders every icon file from the one drawing, refleksionsbog.svg.
# Needs rsvg-convert (librsvg2-bin), ImageMagick's convert and png2icns (icnsutils).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
icons="$root/app/src/main/resources/dk/refleksionsbog/app/icon"
svg="$icons/refleksionsbog.svg"

for size in 16 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" "$svg" -o "$icons/refleksionsbog-$size.png"
done

cp "$icons/refleksionsbog-256.png" "$root/packaging/linux/refleksionsbog.png"
convert "$icons"/refleksionsbog-{16,32,48,64,128,256}.png "$root/packaging/windows/refleksionsbog.ico"
png2icns "$root/packaging/macos/refleksionsbog.icns" "$icons"/refleksionsbog-{16,32,48,128,256,512}.png >/dev/null
