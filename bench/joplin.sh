#!/usr/bin/env bash
# The Joplin peer for bench/run.sh (BENCH_JOPLIN=1): Joplin's terminal client, installed into
# bench/joplin with a private profile in bench/out/joplin-profile, on the same 1,000 entries
# written as Markdown with front matter, against our CLI doing the same jobs on the 1k journal.
# Our side is measured twice: as the installed launcher runs it (peer_ours_*: the package's JVM
# options, static class-data archive and unpacked SQLite library, made by bench/launcher.sh the way
# the package makes them) and as a plain `java -jar` (peer_ours_*_plain).
# Usage: bench/joplin.sh JOURNAL_1K RUNS [JOURNAL_10K]   (prints result rows for run.sh's table on stdout)
#   JOPLIN_HOME=FOLDER uses a Joplin installed there (default bench/joplin, installed if missing).
#   OURS_INSTALLED=LAUNCHER measures an installed package's launcher instead of bench/launcher.sh's
#   stand-in (e.g. /opt/refleksionsbog/bin/Refleksionsbog after dpkg -i).
set -euo pipefail
cd "$(dirname "$0")/.."
J1K=$1 RUNS=$2 J10K=${3:-}
OUT=bench/out JAR=app/target/refleksionsbog.jar
JOPLIN_HOME=${JOPLIN_HOME:-bench/joplin}
JOPLIN=$JOPLIN_HOME/node_modules/.bin/joplin
PROFILE=$OUT/joplin-profile
WORD=paradoks
log() { echo "== $*" >&2; }

if [ ! -x "$JOPLIN" ]; then
  log "installing joplin@3.5.1 into $JOPLIN_HOME"
  apt-get install -y libsecret-1-dev pkg-config >&2
  npm install --prefix "$JOPLIN_HOME" joplin@3.5.1 >&2
fi
joplin() { "$JOPLIN" --profile "$PROFILE" "$@"; }

# markdown_from_export EXPORT FOLDER: one Markdown file with front matter per entry
markdown_from_export() {
  rm -rf "$2" && mkdir -p "$2"
  python3 - "$1" "$2" <<'EOF'
import json, sys, pathlib
document = json.load(open(sys.argv[1], encoding="utf-8"))
folder = pathlib.Path(sys.argv[2])
for number, entry in enumerate(document["entries"], 1):
    title = f"{entry['occurredOn']} {entry['text'][:50]}".replace("\n", " ")
    tags = "".join(f"\n  - {json.dumps(tag, ensure_ascii=False)}" for tag in entry["tags"])
    (folder / f"{number:05d}.md").write_text(
        f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\ncreated: {entry['createdAt']}\n"
        f"updated: {entry['updatedAt']}\ntags:{tags or ' []'}\n---\n\n{entry['text']}\n", encoding="utf-8")
print(f"{number} Markdown files", file=sys.stderr)
EOF
}
log "our 1k journal as Markdown with front matter"
java -jar "$JAR" --journal "$J1K" export --out "$OUT/e1k.refleksion" >&2
markdown_from_export "$OUT/e1k.refleksion" "$OUT/md1k"

ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
# stats FILE -> "median max min max" of the numbers in FILE
stats() {
  python3 -c '
import sys, statistics
v = sorted(float(x) for x in open(sys.argv[1]).read().split())
print("%.0f %.0f %.0f %.0f" % (statistics.median(v), v[-1], v[0], v[-1]))' "$1"
}
# time_runs NAME PREPARE COMMAND -> "NAME median p95 min max ms" and "NAME_cpu ..." (user + system
# time of the whole process tree, GNU time), a plain loop: Joplin runs are long
time_runs() {
  local name=$1 prepare=$2 command=$3 i t0
  : > "$OUT/$name.cpu"
  for i in $(seq "$RUNS"); do
    bash -c "$prepare" >&2
    t0=$(date +%s%N)
    /usr/bin/time -o "$OUT/time.tmp" -f '%U %S' bash -c "$command" > /dev/null 2>>"$OUT/joplin.err"
    ms_since "$t0"
    awk '{ printf "%.0f\n", ($1 + $2) * 1000 }' "$OUT/time.tmp" >> "$OUT/$name.cpu"
  done > "$OUT/$name.times"
  echo "$name $(stats "$OUT/$name.times") ms" | tr ' ' '\t' | tee -a "$OUT/joplin.tsv"
  echo "${name}_cpu $(stats "$OUT/$name.cpu") ms" | tr ' ' '\t' | tee -a "$OUT/joplin.tsv"
}
: > "$OUT/joplin.tsv"; : > "$OUT/joplin.err"
J="$JOPLIN --profile $PROFILE"
if [ -n "${OURS_INSTALLED:-}" ]; then
  OURS=$OURS_INSTALLED   # e.g. /opt/refleksionsbog/bin/Refleksionsbog of an installed .deb
else
  source bench/launcher.sh
  prepare_launcher "$JAR" "$OUT/launcher"
  OURS="${LAUNCHER[*]}"
fi
PLAIN="java -jar $JAR"

log "import (a new profile / a new journal each run)"
time_runs peer_joplin_import_1k "rm -rf $PROFILE" "$J import --format md_frontmatter $OUT/md1k"
# ours_runs NAME PREPARE ARGUMENTS: our command as the installed launcher and as a plain java -jar, alternating
ours_runs() {
  local name=$1 prepare=$2 arguments=$3 runs=$RUNS i
  RUNS=1
  : > "$OUT/$name.all"; : > "$OUT/$name.cpu.all"; : > "$OUT/${name}_plain.all"; : > "$OUT/${name}_plain.cpu.all"
  for i in $(seq "$runs"); do
    time_runs "$name" "$prepare" "$OURS $arguments" > /dev/null
    cat "$OUT/$name.times" >> "$OUT/$name.all"; cat "$OUT/$name.cpu" >> "$OUT/$name.cpu.all"
    time_runs "${name}_plain" "$prepare" "$PLAIN $arguments" > /dev/null
    cat "$OUT/${name}_plain.times" >> "$OUT/${name}_plain.all"; cat "$OUT/${name}_plain.cpu" >> "$OUT/${name}_plain.cpu.all"
  done
  RUNS=$runs
  sed -i "/^${name}\(_plain\)\?\(_cpu\)\?\t/d" "$OUT/joplin.tsv"
  for variant in "$name" "${name}_plain"; do
    echo "$variant $(stats "$OUT/$variant.all") ms" | tr ' ' '\t' | tee -a "$OUT/joplin.tsv"
    echo "${variant}_cpu $(stats "$OUT/$variant.cpu.all") ms" | tr ' ' '\t' | tee -a "$OUT/joplin.tsv"
  done
}
ours_runs peer_ours_import_1k "rm -f $OUT/peer-import.refleksionsbog*" \
  "--journal $OUT/peer-import.refleksionsbog import $OUT/e1k.refleksion"
log "cold trivial command"
time_runs peer_joplin_ls true "$J ls /"
ours_runs peer_ours_list_1k true "--journal $J1K list"
log "export"
time_runs peer_joplin_export_jex true "rm -f $OUT/peer.jex; $J export --format jex $OUT/peer.jex"
ours_runs peer_ours_export_1k true "--journal $J1K export --out $OUT/peer.refleksion"

# Joplin builds its search index in the background after the first start following an import
# (about 11 s for 1,000 notes here) and answers /search with 0 items until then, then with more
# and more. Build the index once, untimed, until its answer stops growing, so the timed runs
# compare a cold search on an indexed profile with ours.
# joplin_search_until_found [settle] -> prints the number of items of the first non-empty answer;
# with "settle", keeps asking once a second until the number has not changed for 10 answers
# (the background indexer has finished: right after the first hits it is still adding notes).
joplin_search_until_found() {
  local server token items previous=-1 same=0
  $J server start --quiet > "$OUT/joplin-server.log" 2>&1 &
  server=$!
  items=0
  for _ in $(seq 1200); do
    token=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("api.token") or "")' \
      "$PROFILE/settings.json" 2>/dev/null || true)
    if [ -n "$token" ] && curl -sf "http://127.0.0.1:41184/search?query=$WORD&token=$token" -o "$OUT/joplin-search.json"; then
      items=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["items"]))' "$OUT/joplin-search.json")
      if [ "$items" -gt 0 ] && [ "${1:-}" != settle ]; then break; fi
      if [ "$items" -gt 0 ]; then
        if [ "$items" = "$previous" ]; then same=$((same + 1)); else same=0; previous=$items; fi
        [ "$same" -ge 10 ] && break
        sleep 0.95
      fi
    fi
    sleep 0.05
  done
  kill "$server"; wait "$server" 2>/dev/null || true
  echo "$items"
}
log "cold search: Joplin's Data API (server start on 127.0.0.1 + first non-empty /search) vs our CLI search"
t0=$(date +%s%N)
log "Joplin builds its search index: $(joplin_search_until_found settle) hits after $(ms_since "$t0") ms (untimed warm-up)"
ours_runs peer_ours_search_1k true "--journal $J1K search $WORD"
for i in $(seq "$RUNS"); do
  t0=$(date +%s%N)
  items=$(joplin_search_until_found)
  ms_since "$t0"
  log "Joplin search hits (first page): $items"
done > "$OUT/peer_joplin_search.times"
echo "peer_joplin_server_start_and_search $(stats "$OUT/peer_joplin_search.times") ms" \
  | tr ' ' '\t' | tee -a "$OUT/joplin.tsv"

# With a third argument (the 10k journal): import and export of 10,000 entries, one run each —
# Joplin's import takes minutes there, and the per-item cost is what the ratio is about.
if [ -n "$J10K" ]; then
  log "10k: our journal as Markdown"
  java -jar "$JAR" --journal "$J10K" export --out "$OUT/e10k.refleksion" >&2
  markdown_from_export "$OUT/e10k.refleksion" "$OUT/md10k"
  PROFILE=$OUT/joplin-profile-10k; J="$JOPLIN --profile $PROFILE"; RUNS=1
  time_runs peer_joplin_import_10k "rm -rf $PROFILE" "$J import --format md_frontmatter $OUT/md10k"
  ours_runs peer_ours_import_10k "rm -f $OUT/peer-import.refleksionsbog*" \
    "--journal $OUT/peer-import.refleksionsbog import $OUT/e10k.refleksion"
  time_runs peer_joplin_export_jex_10k true "rm -f $OUT/peer10k.jex; $J export --format jex $OUT/peer10k.jex"
  ours_runs peer_ours_export_10k true "--journal $J10K export --out $OUT/peer10k.refleksion"
fi

# Ratios of the medians: how many times faster ours is.
python3 - "$OUT/joplin.tsv" <<'EOF'
import sys
m = {line.split("\t")[0]: float(line.split("\t")[1]) for line in open(sys.argv[1])}
for name, theirs, ours in (("peer_ls_ratio", "peer_joplin_ls", "peer_ours_list_1k"),
                           ("peer_search_ratio", "peer_joplin_server_start_and_search", "peer_ours_search_1k"),
                           ("peer_import_ratio", "peer_joplin_import_1k", "peer_ours_import_1k"),
                           ("peer_export_ratio", "peer_joplin_export_jex", "peer_ours_export_1k"),
                           ("peer_import_ratio_10k", "peer_joplin_import_10k", "peer_ours_import_10k"),
                           ("peer_export_ratio_10k", "peer_joplin_export_jex_10k", "peer_ours_export_10k")):
    for suffix in ("", "_plain"):
        if theirs in m and ours + suffix in m:
            print(f"{name}{suffix}\t{m[theirs] / m[ours + suffix]:.1f}\t-\t-\t-\tx")
EOF
