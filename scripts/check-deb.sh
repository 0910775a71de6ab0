#!/usr/bin/env bash
# Installs the built .deb into this machine, checks it works like a desktop app, and removes it.
#
#   scripts/check-deb.sh            uses app/target/installer/refleksionsbog_*.deb, builds it if missing
#   scripts/check-deb.sh --build    builds it first (mvn -Ppackage package)
#
# Needs root (dpkg -i), and for the window check xvfb-run, xwd, xwininfo and ImageMagick's convert
# (apt-get install -y xvfb x11-apps x11-utils imagemagick desktop-file-utils xdg-utils strace).
# Prints one PASS/FAIL line per check and a summary; exits 1 if any check failed.
set -uo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

if [ "$(id -u)" -ne 0 ]; then
  echo "check-deb.sh installs a package: run it as root (sudo $0)" >&2
  exit 2
fi

failures=0
pass() { echo "PASS  $*"; }
fail() { echo "FAIL  $*"; failures=$((failures + 1)); }
check() { # check "what" command...
  local what="$1"; shift
  if "$@" >/dev/null 2>&1; then pass "$what"; else fail "$what"; fi
}

deb="$(ls app/target/installer/refleksionsbog_*.deb 2>/dev/null | head -n 1)"
if [ "${1:-}" = "--build" ] || [ -z "$deb" ]; then
  echo "Building the package (mvn -Ppackage package) ..."
  mvn -B -q -Ppackage package -DskipTests || { echo "FAIL  build"; exit 1; }
  deb="$(ls app/target/installer/refleksionsbog_*.deb | head -n 1)"
fi
echo "Package: $deb ($(du -h "$deb" | cut -f1))"

work="$(mktemp -d)"
# xdg-desktop-menu adds a menu entry only where a desktop menu system exists; a server or a
# container has none, so the folders a desktop system has are made for the check and removed after.
made_dirs=()
for dir in /etc/xdg/menus /usr/share/desktop-directories; do
  if [ ! -d "$dir" ]; then
    mkdir -p "$dir" && made_dirs+=("$dir")
    echo "NOTE  made $dir for the check, as a desktop system has it"
  fi
done
cleanup() {
  for dir in "${made_dirs[@]}"; do rmdir "$dir" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT

# --- install -----------------------------------------------------------------------------------
if dpkg -i "$deb" >"$work/install.log" 2>&1 || apt-get install -y -f >>"$work/install.log" 2>&1; then
  pass "installs (dpkg -i)"
else
  fail "installs (dpkg -i), see:"; tail -n 20 "$work/install.log"
  exit 1
fi
launcher=/opt/refleksionsbog/bin/Refleksionsbog
echo "Installed size: $(du -sh /opt/refleksionsbog | cut -f1), of which the Java runtime $(du -sh /opt/refleksionsbog/lib/runtime | cut -f1)"
check "launcher is executable" test -x "$launcher"
check "refleksionsbog is on the PATH" test "$(command -v refleksionsbog)" = /usr/bin/refleksionsbog

# --- start-up archive (AppCDS) --------------------------------------------------------------------
if [ -s /opt/refleksionsbog/lib/app/app.jsa ]; then
  pass "class-data archive made at install ($(du -h /opt/refleksionsbog/lib/app/app.jsa | cut -f1))"
  # A static archive: the app's classes can only come from it (the runtime's own archive has none).
  shared="$(HOME="$work" JAVA_TOOL_OPTIONS=-Xlog:class+load=info "$launcher" --version 2>/dev/null \
    | grep -c '^\[.*dk\.refleksionsbog\..* source: shared objects file')"
  if [ "$shared" -gt 0 ]; then pass "launcher uses the app's archive ($shared of the app's classes from it in --version)"
  else fail "launcher uses the app's archive (no class came from it)"; fi
  # The command line as installed (refleksionsbog on the PATH): its classes from the archive,
  # SQLite's library from the app folder (nothing unpacked into a temporary folder), and no
  # package-manager query (jpackage's launcher runs dpkg at every start; postinst's script does not).
  HOME="$work" refleksionsbog --journal "$work/cli.refleksionsbog" demo >/dev/null 2>&1
  cli_classes="$work/cli-classes.log"
  HOME="$work" JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$cli_classes" \
    strace -f -qq -e trace=openat,execve -o "$work/cli-open.log" refleksionsbog --journal "$work/cli.refleksionsbog" list >/dev/null 2>&1
  if ! grep -q 'execve("[^"]*/\(dpkg\|rpm\)' "$work/cli-open.log" && grep -q 'execve("/opt/refleksionsbog/lib/runtime/bin/java"' "$work/cli-open.log"; then
    pass "refleksionsbog starts the bundled runtime directly, without asking dpkg"
  else fail "refleksionsbog starts the bundled runtime directly (execve calls: $(grep -o 'execve("[^"]*' "$work/cli-open.log" | cut -c9- | tr '\n' ' '))"; fi
  cli_loaded="$(grep -c 'source:' "$cli_classes" 2>/dev/null)"
  cli_shared="$(grep -c 'source: shared objects file' "$cli_classes" 2>/dev/null)"
  if [ "${cli_shared:-0}" -gt 0 ] && [ "$cli_shared" -ge $(( ${cli_loaded:-1} * 9 / 10 )) ]; then
    pass "refleksionsbog list maps its classes from the archive ($cli_shared of $cli_loaded)"
  else fail "refleksionsbog list maps its classes from the archive (${cli_shared:-0} of ${cli_loaded:-0})"; fi
  if grep -q 'opt/refleksionsbog/lib/app/sqlite/libsqlitejdbc.so' "$work/cli-open.log" \
      && ! grep -q 'sqlite-.*libsqlitejdbc.so' "$work/cli-open.log"; then
    pass "refleksionsbog list loads SQLite's library from the app folder"
  else fail "refleksionsbog list loads SQLite's library from the app folder (see openat calls: $(grep -o '[^"]*libsqlitejdbc[^"]*' "$work/cli-open.log" | head -n 2 | tr '\n' ' '))"; fi
else
  fail "class-data archive made at install (/opt/refleksionsbog/lib/app/app.jsa missing)"
fi

# --- command line from the installed copy -------------------------------------------------------
export HOME="$work/home"
# Java takes the home folder from the user database, not from $HOME; the app's data folder
# follows XDG_DATA_HOME, so this keeps the check's journal away from root's own.
export XDG_DATA_HOME="$HOME/.local/share"
mkdir -p "$HOME"
journal="$work/journal.db"
version="$(refleksionsbog --version 2>&1)"
if [ $? -eq 0 ] && [ -n "$version" ]; then pass "--version: $version"; else fail "--version: $version"; fi
check "CLI demo writes a journal" refleksionsbog demo --journal "$journal" --entries 200
check "CLI check finds the journal sound" refleksionsbog check --journal "$journal"
check "CLI list reads it" refleksionsbog list --journal "$journal"

# --- desktop entry and file association -------------------------------------------------------
desktop="$(ls /usr/share/applications/refleksionsbog-*.desktop 2>/dev/null | head -n 1)"
if [ -n "$desktop" ]; then
  pass "desktop entry installed: $desktop"
  if command -v desktop-file-validate >/dev/null; then
    check "desktop entry is valid (desktop-file-validate)" desktop-file-validate "$desktop"
  fi
else
  fail "desktop entry installed in /usr/share/applications"
fi
sample="$work/fra-kollega.refleksion"
# As a colleague mails it: the first loop of the example journal (whose ids are fixed).
colleague="$work/kollega.refleksionsbog"
if ! { refleksionsbog demo --journal "$colleague" && refleksionsbog export --journal "$colleague" \
        --loop 22acdd56-e156-3d61-8ea7-a2e2b2bd2b9a --out "$sample"; } >/dev/null 2>&1; then
  printf '{"formatVersion":1}\n' >"$sample"
fi
if command -v xdg-mime >/dev/null; then
  filetype="$(xdg-mime query filetype "$sample" 2>/dev/null)"
  if [ "$filetype" = "application/x-refleksionsbog+json" ]; then pass "a .refleksion file is $filetype"
  else fail "a .refleksion file is application/x-refleksionsbog+json (xdg-mime says '$filetype')"; fi
  handler="$(xdg-mime query default application/x-refleksionsbog+json 2>/dev/null)"
  if [ -n "$desktop" ] && [ "$handler" = "$(basename "$desktop")" ]; then pass "opens with $handler"
  else fail "opens with the app (xdg-mime default is '$handler')"; fi
fi

# --- start from the desktop entry under Xvfb, open a mailed file by double-click, take screenshots ---
exec_line="$(sed -n 's/^Exec=//p' "$desktop" 2>/dev/null | head -n 1)"
# Through the command postinst writes, so a start from the menu asks dpkg nothing either.
case "$exec_line" in
  /usr/bin/refleksionsbog\ *) pass "the menu entry starts the app through /usr/bin/refleksionsbog ($exec_line)" ;;
  *) fail "the menu entry starts the app through /usr/bin/refleksionsbog (Exec=$exec_line)" ;;
esac
screenshot() { # screenshot NAME WINDOW_TITLE COMMAND...: runs the command, waits until the window is drawn, saves docs/screenshots/NAME.png
  local name="$1" title="$2"; shift 2
  local shot="$root/docs/screenshots/$name.png"
  local log="$work/app-$name.log"
  xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    shot="$1" title="$2" log="$3"; shift 3
    "$@" >"$log" 2>&1 &
    app=$!
    drawn=no
    # Poll (up to 60 s on a busy machine): JavaFX first maps a 10x10 helper window, then the
    # window with the expected title, which is blank until its first frame is drawn.
    for _ in $(seq 1 60); do
      sleep 1
      line="$(xwininfo -root -tree | grep "\"$title" | head -n 1)"
      window="${line%% \"*}"
      # A window that is mapped but not yet drawn is one flat colour.
      if [ -n "$line" ] && [ "$(xwd -id $window -silent | convert xwd:- -format %k info:)" -gt 50 ]; then
        sleep 2
        # Without a compositor a dialog drawn with OpenGL shows black in a capture of the whole
        # screen, so the window itself is captured and laid over the screen at its place.
        xwd -id $window -silent | convert xwd:- -alpha off "$shot.window.png"
        xwd -root -silent | convert xwd:- "$shot.window.png" -geometry "${line##* }" -composite "$shot"
        rm -f "$shot.window.png"
        drawn=yes
        break
      fi
    done
    xwininfo -root -tree | grep -o "\"Refleksionsbog[^\"]*\"\|\"Importer[^\"]*\"" | sort -u >>"$log"
    # xdg-open runs the app as its child: end the child first, then the command itself.
    pkill -P "$app" 2>/dev/null
    kill "$app" 2>/dev/null
    wait "$app" 2>/dev/null
    [ "$drawn" = yes ]' screenshot "$shot" "$title" "$log" "$@"
}
if [ -n "$desktop" ] && [ -n "$exec_line" ] && command -v xvfb-run >/dev/null && command -v xwd >/dev/null; then
  mkdir -p docs/screenshots
  # The menu entry's command line, as the desktop runs it (no file: the field code %f is dropped).
  # The class loading is logged to see where the classes of a real window start come from.
  classes="$work/desktop-start-classes.log"
  # shellcheck disable=SC2086
  if screenshot installed "Refleksionsbog – " env JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$classes -Djavafx.verbose=true" \
      ${exec_line//%f/}; then
    pass "starts from the desktop entry ($exec_line): docs/screenshots/installed.png"
  else fail "starts from the desktop entry (no drawn window in 60 s; log: $(tail -n 3 "$work/app-installed.log"))"; fi
  loaded="$(grep -c 'source:' "$classes" 2>/dev/null)"
  # The app's archive is a static one that takes the place of the runtime's: every class mapped
  # from an archive comes from it.
  from_app_archive="$(grep -c 'source: shared objects file' "$classes" 2>/dev/null)"
  if [ "${from_app_archive:-0}" -gt 1000 ]; then
    pass "the desktop start maps its classes from the app's archive: $from_app_archive of $loaded loaded"
  else fail "the desktop start maps its classes from the app's archive (${from_app_archive:-0} of ${loaded:-0})"; fi
  # JavaFX loads its native libraries from beside the jar; from inside the jar it would check
  # them against copies in the home folder at every start.
  from_app_folder="$(grep -c "Loaded /opt/refleksionsbog/lib/app/.*from relative path" "$work/app-installed.log" 2>/dev/null)"
  from_jar="$(grep -c "from resource" "$work/app-installed.log" 2>/dev/null)"
  if [ "${from_app_folder:-0}" -ge 3 ] && [ "${from_jar:-0}" = 0 ]; then
    pass "JavaFX's native libraries load from the app folder ($from_app_folder, none unpacked from the jar)"
  else fail "JavaFX's native libraries load from the app folder (${from_app_folder:-0} from there, ${from_jar:-0} from the jar)"; fi
  # A double-click on a mailed file: xdg-open finds the app through the file's MIME type and the
  # desktop entry, and the app must open on the import preview (the window titled "Importer").
  if command -v xdg-open >/dev/null && screenshot installed-open-file "Importer" xdg-open "$sample"; then
    pass "xdg-open of a .refleksion file opens the import preview: docs/screenshots/installed-open-file.png"
  else fail "xdg-open of a .refleksion file opens the import preview (log: $(tail -n 3 "$work/app-installed-open-file.log"))"; fi
else
  echo "SKIP  window check (needs the desktop entry, xvfb-run and xwd)"
fi

# --- remove ------------------------------------------------------------------------------------
user_data="$HOME/.local/share/refleksionsbog"
check "removes (dpkg -r refleksionsbog)" dpkg -r refleksionsbog
check "/opt/refleksionsbog is gone" test ! -e /opt/refleksionsbog
check "/usr/bin/refleksionsbog is gone" test ! -e /usr/bin/refleksionsbog
check "desktop entry is gone" test -z "$(ls /usr/share/applications/refleksionsbog-*.desktop 2>/dev/null)"
check "purges (dpkg -P refleksionsbog)" dpkg -P refleksionsbog
check "dpkg no longer knows the package" test -z "$(dpkg-query -W -f='${Status}' refleksionsbog 2>/dev/null | grep -v not-installed)"
leftovers="$(find /opt /usr /etc /var/lib/dpkg/info -iname '*refleksionsbog*' 2>/dev/null)"
if [ -z "$leftovers" ]; then pass "no file of the package is left in /opt, /usr, /etc or dpkg's lists"
else fail "files left after purge: $leftovers"; fi
if [ -f "$user_data/journal.refleksionsbog" ]; then pass "the user's journal is kept ($user_data)"
else echo "NOTE  the app made no journal in $user_data (window check skipped?)"; fi

echo
if [ "$failures" -eq 0 ]; then echo "check-deb: all checks passed"; else echo "check-deb: $failures check(s) failed"; fi
[ "$failures" -eq 0 ]
