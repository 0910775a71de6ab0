#!/usr/bin/env bash
# Benchmarks for issue 6; prints one table. Everything it writes goes to bench/out/ (git-ignored).
#   bench/run.sh                  start-up, CLI, in-process search/save/export/import/PDF, memory
#   BENCH_RUNS=5                  runs per figure (default 5)
#   BENCH_100K=1                  also a 100,000-entry journal (generating it takes minutes)
#   BENCH_JOPLIN=1                also the Joplin terminal client on the same 1,000 entries
#   BENCH_ONLY=start              only the start-up section (then the table)
#   BENCH_PLAIN_JAVA=1            start-up without the packaged launcher's JVM flags (floor and app alike)
#   BENCH_BEFORE_JAR=FILE         also start this (older) jar, plain and with AppCDS, in the same rounds
#   BENCH_JOPLIN_RUNS=3           runs per Joplin figure (a Joplin import of 1,000 notes takes ~20 s)
# Needs: JDK 17, Maven (the JMH module; the jar if it is missing), xvfb-run, python3, /usr/bin/time;
# hyperfine if installed (else a date +%s%N loop).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=bench/out
JAR=app/target/refleksionsbog.jar
RUNS=${BENCH_RUNS:-5}
RESULTS=$OUT/results.tsv
XVFB=(xvfb-run -a -s "-screen 0 1280x800x24")
PROBE=(-Drefleksionsbog.startupProbe=true -Drefleksionsbog.startupProbe.exit=true)
# The packaged launcher's JVM options (app/pom.xml <javaOption>), without its class-data archive
# (the *_cds variants add their own). The start-up section runs the floor with them too: same flags.
LAUNCHER_FLAGS=($(sed -n 's|.*<javaOption>\(-XX:[^<]*\)</javaOption>.*|\1|p' app/pom.xml | grep -v SharedArchiveFile || true))
# The installed command adds one JIT compiler thread on two processors or fewer (packaging/linux/postinst).
[ "$(env -u OMP_NUM_THREADS -u OMP_THREAD_LIMIT nproc)" -gt 2 ] || LAUNCHER_FLAGS+=(-XX:CICompilerCount=1)
[ "${BENCH_PLAIN_JAVA:-0}" = 1 ] && LAUNCHER_FLAGS=()  # as a plain `java -jar` starts it
RARE=mødelokale COMMON=jeg PREFIX='stjerne*' RARE_PREFIX='mødelok*'

mkdir -p "$OUT/journals" "$OUT/classes" bench/floor/classes
: > "$RESULTS"
: > "$OUT/start-load.txt"
log() { echo "== $*" >&2; }
# record NAME MEDIAN P95 MIN MAX UNIT
record() { printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >> "$RESULTS"; }

[ -f "$JAR" ] || { log "building $JAR"; mvn -o -q package -DskipTests; }
javac -cp "$JAR" -d "$OUT/classes" bench/java/InProcessBench.java bench/java/TypingStallBench.java
javac -cp "$JAR" -d bench/floor/classes bench/floor/Floor.java
BENCH_CP="$JAR:$OUT/classes"

journal() { echo "$OUT/journals/j$1.refleksionsbog"; }
generate() {
  local file; file=$(journal "$1")
  if [ ! -f "$file" ]; then
    log "generating $1 entries"
    rm -f "$file.lock"
    java -jar "$JAR" --journal "$file" demo --entries "$1" >&2
  fi
}
generate 1000
generate 10000
J1K=$(journal 1000) J10K=$(journal 10000) J100K=$(journal 100000)
LOOP=$(java -cp "$BENCH_CP" InProcessBench loop-id "$J10K" 2>/dev/null)

# Median / p95 / min / max of numbers on stdin (one a line).
stats() { python3 -c '
import sys, math
v = sorted(float(x) for x in sys.stdin.read().split())
p = lambda f: v[max(0, min(len(v) - 1, math.ceil(f * len(v)) - 1))]
n = len(v); med = v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2
print("%.1f\t%.1f\t%.1f\t%.1f" % (med, p(0.95), v[0], v[-1]))'; }

# 1. Start-up under Xvfb: floor, app, app with AppCDS, alternating, same JDK, jars and flags.
#    app_cds: archive made by one start of the app (the probe exits after the first screen);
#    app_installed: as the installed package starts it (bench/launcher.sh: every launcher option of
#    app/pom.xml, the SQLite library unpacked beside the jar, the static archive from the class list
#    the package build makes with ClassDataTraining, no display). With BENCH_BEFORE_JAR=FILE also
#    that (older) jar, plain and with its own archive.
BEFORE_JAR=${BENCH_BEFORE_JAR:-}
VARIANTS="floor floor_plain app app_cds app_installed"
[ -n "$BEFORE_JAR" ] && VARIANTS="$VARIANTS before before_cds"
# VARIANT -> prints "firstFrameMs sidebarReadyMs screenMs cpuMs cpuToExitMs": cpuMs (processor time
# until interactive) is printed by the app's probe but not by an older jar's; cpuToExitMs is GNU
# time's user + system time of the whole process, which the probe ends after the first screen
# (an older probe: at interactive, when its first screen had already been built).
start_once() {
  local cds=() main=() flags=("${LAUNCHER_FLAGS[@]}")
  case "$1" in
    floor) main=(-cp "$JAR:bench/floor/classes" FloorLauncher) ;;
    floor_plain) flags=(); main=(-cp "$JAR:bench/floor/classes" FloorLauncher) ;;
    app) main=(-jar "$JAR" --journal "$J10K") ;;
    app_cds) cds=(-XX:SharedArchiveFile="$OUT/app.jsa" -Xshare:auto); main=(-jar "$JAR" --journal "$J10K") ;;
    app_installed) flags=(); main=("${LAUNCHER[@]:1}" --journal "$J10K") ;;
    before) main=(-jar "$BEFORE_JAR" --journal "$J10K") ;;
    before_cds) cds=(-XX:SharedArchiveFile="$OUT/before.jsa" -Xshare:auto); main=(-jar "$BEFORE_JAR" --journal "$J10K") ;;
  esac
  local line cpu_exit
  line=$("${XVFB[@]}" /usr/bin/time -o "$OUT/start-time.tmp" -f '%U %S' java "${flags[@]}" "${cds[@]}" "${PROBE[@]}" "${main[@]}" \
    2>/dev/null | grep '^STARTUP')
  cpu_exit=$(awk '{printf "%d", ($1 + $2) * 1000}' "$OUT/start-time.tmp")
  # the floor has no sidebar or screen, and an older probe printed no screen: those equal the first frame
  echo "$line" | awk -v cpu_exit="$cpu_exit" '{
    for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    print v["firstFrameMs"], v["sidebarReadyMs"], ("screenMs" in v ? v["screenMs"] : "-"), ("cpuMs" in v ? v["cpuMs"] : "-"), cpu_exit }'
}
# The app backs a journal up on its first start of the day; the probe's System.exit would cut that
# 76 MB copy off in every measured start (leaving it due again), so the 10k journal gets today's
# backup first, as a leader's journal has after the day's first start.
BACKUPS="$OUT/journals/backups/j10000"
if ! ls "$BACKUPS"/journal-"$(date +%Y%m%d)"-*.refleksionsbog > /dev/null 2>&1; then
  mkdir -p "$BACKUPS" && chmod 700 "$BACKUPS"
  cp "$J10K" "$BACKUPS/journal-$(date +%Y%m%d-%H%M%S).refleksionsbog"
fi
log "AppCDS archives: static, from the class list of one training start of the app with the probe; the package's (bench/launcher.sh)"
rm -f "$OUT/app.jsa" "$OUT/app.classlist" "$OUT/before.jsa" "$OUT/before.classlist"
log "launcher flags: ${LAUNCHER_FLAGS[*]}"
# A static archive (class list, then -Xshare:dump) rather than -XX:ArchiveClassesAtExit: the class
# list's @lambda-form-invoker and @lambda-proxy lines let the dump pre-generate the method-handle
# classes a dynamic archive leaves to be spun again at every start (~100 of them here).
"${XVFB[@]}" java "${LAUNCHER_FLAGS[@]}" -XX:DumpLoadedClassList="$OUT/app.classlist" "${PROBE[@]}" -jar "$JAR" --journal "$J10K" \
  > /dev/null 2>&1
java "${LAUNCHER_FLAGS[@]}" -Xshare:dump -XX:SharedClassListFile="$OUT/app.classlist" -XX:SharedArchiveFile="$OUT/app.jsa" \
  -cp "$JAR" > /dev/null 2>&1
# shellcheck source=bench/launcher.sh
source bench/launcher.sh
prepare_launcher "$JAR" "$OUT/launcher" > /dev/null
if [ -n "$BEFORE_JAR" ]; then
  "${XVFB[@]}" java "${LAUNCHER_FLAGS[@]}" -XX:DumpLoadedClassList="$OUT/before.classlist" "${PROBE[@]}" -jar "$BEFORE_JAR" --journal "$J10K" \
    > /dev/null 2>&1
  java "${LAUNCHER_FLAGS[@]}" -Xshare:dump -XX:SharedClassListFile="$OUT/before.classlist" -XX:SharedArchiveFile="$OUT/before.jsa" \
    -cp "$BEFORE_JAR" > /dev/null 2>&1
fi
ls -l "$OUT"/*.jsa >&2
: > "$OUT/start.txt"
for i in $(seq "$RUNS"); do
  echo "round $i, load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/start-load.txt" >&2
  for variant in $VARIANTS; do
    read -r frame sidebar screen cpu cpu_exit < <(start_once "$variant")
    ready=$(( frame > sidebar ? frame : sidebar ))
    [ "$screen" = - ] && screen=$ready
    echo "$i $variant $frame $sidebar $ready $screen $cpu $cpu_exit" | tee -a "$OUT/start.txt" >&2
  done
done
for variant in $VARIANTS; do
  record "start_${variant}_interactive" $(awk -v v=$variant '$2 == v {print $5}' "$OUT/start.txt" | stats) ms
done
record start_app_first_frame $(awk '$2 == "app" {print $3}' "$OUT/start.txt" | stats) ms
record start_app_first_screen $(awk '$2 == "app" {print $6}' "$OUT/start.txt" | stats) ms
record start_app_cds_first_screen $(awk '$2 == "app_cds" {print $6}' "$OUT/start.txt" | stats) ms
# Processor time used until interactive: the busy machine disturbs it far less than wall time
# (but it does not show work done in parallel). The probe of a BENCH_BEFORE_JAR may not print it.
for variant in $VARIANTS; do
  if awk -v v=$variant '$2 == v && $7 != "-" {found = 1} END {exit !found}' "$OUT/start.txt"; then
    record "start_${variant}_cpu_interactive" $(awk -v v=$variant '$2 == v && $7 != "-" {print $7}' "$OUT/start.txt" | stats) ms
  fi
  record "start_${variant}_cpu_to_exit" $(awk -v v=$variant '$2 == v {print $8}' "$OUT/start.txt" | stats) ms
done
# Ratios per round, so each compares two starts made seconds apart.
python3 - "$OUT/start.txt" >> "$RESULTS" <<'EOF'
import sys, statistics
rounds = {}
for line in open(sys.argv[1]):
    i, variant, frame, sidebar, ready, screen, cpu, cpu_exit = line.split()
    rounds.setdefault(i, {})[variant] = int(ready)
# floor: same JVM options as the app; floor_plain: a plain `java` start, the issue's "plain launch"
for variant, floor in (("app", "floor"), ("app_cds", "floor"), ("app_installed", "floor"), ("before", "floor"),
                       ("before_cds", "floor"), ("app_cds", "floor_plain"), ("app_installed", "floor_plain")):
    r = sorted(x[variant] / x[floor] for x in rounds.values() if variant in x and floor in x)
    if r:
        print(f"ratio_{variant}_to_{floor}\t{statistics.median(r):.2f}\t{r[-1]:.2f}\t{r[0]:.2f}\t{r[-1]:.2f}\tx")
EOF
if [ "${BENCH_ONLY:-}" = start ]; then
  python3 bench/table.py "$RESULTS"
  exit 0
fi

# 2. Whole-process CLI commands.
whole_process() { # NAME PREPARE COMMAND
  local name=$1 prepare=$2 command=$3
  log "whole process: $name"
  if command -v hyperfine > /dev/null; then
    hyperfine --runs "$RUNS" --warmup 1 --prepare "$prepare" --export-json "$OUT/$name.json" \
      --style basic "$command" >&2
    record "$name" $(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]; t = sorted(r["times"])
print("%.1f\t%.1f\t%.1f\t%.1f" % (r["median"] * 1e3, t[-1] * 1e3, r["min"] * 1e3, r["max"] * 1e3))' "$OUT/$name.json") ms
  else
    for i in $(seq "$RUNS"); do
      bash -c "$prepare"; local t0; t0=$(date +%s%N)
      bash -c "$command" > /dev/null 2>&1; echo $(( ($(date +%s%N) - t0) / 1000000 ))
    done | stats | { read -r med p95 min max; record "$name" "$med" "$p95" "$min" "$max" ms; }
  fi
}
whole_process cli_list_10k true "java -jar $JAR --journal $J10K list"
whole_process cli_search_rare_10k true "java -jar $JAR --journal $J10K search $RARE"
whole_process cli_export_10k true "java -jar $JAR --journal $J10K export --out $OUT/e10k.refleksion"
whole_process cli_import_10k "rm -f $OUT/imported.refleksionsbog*" \
  "java -jar $JAR --journal $OUT/imported.refleksionsbog import $OUT/e10k.refleksion"
whole_process cli_summary_pdf_cold true "java -jar $JAR --journal $J10K summary --loop $LOOP --pdf $OUT/cold.pdf"
# The same as the installed launcher runs them (bench/launcher.sh: the package's JVM options,
# static class-data archive and unpacked SQLite library; prepared in the start-up section).
CLI="${LAUNCHER[*]}"
whole_process cli_list_10k_launcher true "$CLI --journal $J10K list"
whole_process cli_search_rare_10k_launcher true "$CLI --journal $J10K search $RARE"
whole_process cli_export_10k_launcher true "$CLI --journal $J10K export --out $OUT/e10k.refleksion"
whole_process cli_import_10k_launcher "rm -f $OUT/imported.refleksionsbog*" \
  "$CLI --journal $OUT/imported.refleksionsbog import $OUT/e10k.refleksion"
whole_process cli_summary_pdf_cold_launcher true "$CLI --journal $J10K summary --loop $LOOP --pdf $OUT/cold.pdf"

# 3. In-process: search (200 timed queries each), save (1,000 durable saves), export/import/PDF warm.
log "in-process search"
inproc() { java -cp "$BENCH_CP" InProcessBench "$@" 2>/dev/null | tee -a "$OUT/inproc.txt" | grep '^METRIC' \
  | awk '{printf "%s\t%s\t%s\t%s\t%s\t%s\n", $2, $3, $4, $5, $6, $7}' >> "$RESULTS"; }
: > "$OUT/inproc.txt"
inproc search "$J10K" 10k "$RARE" "$RARE_PREFIX" "$PREFIX" "$COMMON"
[ "${BENCH_100K:-0}" = 1 ] && generate 100000 && inproc search "$J100K" 100k "$RARE" "$RARE_PREFIX" "$PREFIX" "$COMMON"
# The same searches under JMH (module bench/, built only with -Pbench), sample time: median and p95.
log "JMH search"
mvn -o -q -Pbench -pl bench -am package -DskipTests >&2
SIZES=10000; [ "${BENCH_100K:-0}" = 1 ] && SIZES=10000,100000
java -jar bench/target/benchmarks.jar SearchBenchmark -p entries=$SIZES -p query="$RARE,$RARE_PREFIX,$PREFIX,$COMMON" \
  -jvmArgsAppend "-Drefleksionsbog.bench.journals=$OUT/journals" -rf json -rff "$OUT/jmh-search.json" >&2
python3 bench/jmh_rows.py "$OUT/jmh-search.json" >> "$RESULTS"
log "in-process save"
cp "$J10K" "$OUT/journals/save-copy.refleksionsbog"; rm -f "$OUT/journals/save-copy.refleksionsbog"-*
inproc save "$OUT/journals/save-copy.refleksionsbog"
log "in-process export / import / summary"
rm -rf "$OUT/exchange"
inproc exchange "$J10K" "$OUT/exchange"

# FX-thread stalls while typing into an answer and into the search field, in the app under Xvfb, on a
# copy of the 10k journal (it autosaves), with its own settings folder (a fresh start opens the loop).
log "FX-thread stalls while typing"
cp "$J10K" "$OUT/journals/typing-copy.refleksionsbog"; rm -rf "$OUT/journals/typing-copy.refleksionsbog"-* "$OUT/typing-home"
XDG_DATA_HOME="$PWD/$OUT/typing-home" "${XVFB[@]}" java -cp "$BENCH_CP" TypingStallBench \
  "$OUT/journals/typing-copy.refleksionsbog" 2>/dev/null | tee "$OUT/typing.txt" | grep '^METRIC' \
  | awk '{printf "%s\t%s\t%s\t%s\t%s\t%s\n", $2, $3, $4, $5, $6, $7}' >> "$RESULTS"

# 4. Peak RSS: the app started on the 10k journal; a JVM that opened it and searched (not the GUI).
log "memory"
rss() { grep 'Maximum resident set size' | awk '{printf "%.0f", $NF / 1024}'; }
: > "$OUT/rss.txt"
for i in $(seq 3); do
  "${XVFB[@]}" /usr/bin/time -v java "${PROBE[@]}" -jar "$JAR" --journal "$J10K" 2>&1 >/dev/null | rss >> "$OUT/rss.txt"
  echo >> "$OUT/rss.txt"
done
record rss_app_10k_started $(stats < "$OUT/rss.txt") MB
: > "$OUT/rss-search.txt"
for i in $(seq 3); do
  /usr/bin/time -v java -cp "$BENCH_CP" InProcessBench search "$J10K" rss "$RARE" "$PREFIX" "$COMMON" 2>&1 >/dev/null \
    | rss >> "$OUT/rss-search.txt"
  echo >> "$OUT/rss-search.txt"
done
record rss_10k_after_search_headless $(stats < "$OUT/rss-search.txt") MB

# 5. Joplin's terminal client on the same 1,000 entries (Markdown with front matter); with
#    BENCH_JOPLIN_10K=1 also import and export of the 10,000 entries (one run each: minutes).
if [ "${BENCH_JOPLIN:-0}" = 1 ]; then
  JOPLIN_10K=""; [ "${BENCH_JOPLIN_10K:-0}" = 1 ] && JOPLIN_10K=$J10K
  bench/joplin.sh "$J1K" "${BENCH_JOPLIN_RUNS:-3}" $JOPLIN_10K >> "$RESULTS" || log "the Joplin part failed; see above"
fi

# The table.
python3 bench/table.py "$RESULTS"
