#!/usr/bin/env bash
# Our command line as the installed app runs it, for benchmarks (sourced by bench/joplin.sh).
#
#   source bench/launcher.sh; prepare_launcher JAR FOLDER
#
# FOLDER stands in for the package's app folder (jpackage's $APPDIR, /opt/refleksionsbog/lib/app):
# it gets the jar, SQLite's and JavaFX's native libraries unpacked from it, the class list made by the training
# run the package build makes (app/pom.xml, profile package) and the static class-data archive
# made from it the way packaging/linux/postinst makes it. Then the array LAUNCHER holds the
# command the installed `refleksionsbog` runs (the script postinst writes into /usr/bin): `java`,
# every <javaOption> of app/pom.xml with $APPDIR filled in, the class path and the main class.
# It uses this machine's JDK; the installed app runs a trimmed runtime linked from the same JDK
# (measured: the same processor time for `list`).

prepare_launcher() {
  local jar=$1 appdir
  mkdir -p "$2/sqlite"
  appdir=$(cd "$2" && pwd)
  cp "$jar" "$appdir/refleksionsbog.jar"
  unzip -o -j -q "$appdir/refleksionsbog.jar" 'org/sqlite/native/Linux/x86_64/libsqlitejdbc.so' -d "$appdir/sqlite"
  # JavaFX's native libraries beside the jar, as the package build unpacks them (the jar holds
  # the same files at its root).
  unzip -o -q "$appdir/refleksionsbog.jar" '*.so' -x '*/*' -d "$appdir"
  # The build's training run (exec-maven-plugin, execution class-list): the commands, the UI's
  # classes, and a start of the window on the headless Monocle platform (from the local Maven
  # repository, the version the root pom pins).
  local monocle_version monocle
  monocle_version=$(sed -n 's|.*<monocle.version>\([^<]*\)</monocle.version>.*|\1|p' pom.xml)
  monocle="$HOME/.m2/repository/one/jpro/openjfx-monocle/$monocle_version/openjfx-monocle-$monocle_version.jar"
  XDG_DATA_HOME="$appdir/training/data" XDG_CACHE_HOME="$appdir/training/cache" \
    java -XX:DumpLoadedClassList="$appdir/app.classlist" -Djava.awt.headless=true \
    -Djavafx.cachedir="$appdir/training/javafx-cache" -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
    -cp "$appdir/refleksionsbog.jar:$monocle" dk.refleksionsbog.app.startup.ClassDataTraining --window >&2
  # postinst's prepare_class_data.
  rm -f "$appdir/app.jsa"
  java -Xshare:dump -XX:SharedClassListFile="$appdir/app.classlist" -XX:SharedArchiveFile="$appdir/app.jsa" \
    -cp "$appdir/refleksionsbog.jar" > "$appdir/dump.log" 2>&1
  local options
  options=$(sed -n 's|.*<javaOption>\([^<]*\)</javaOption>.*|\1|p' app/pom.xml \
    | sed -e "s|\\\$APPDIR|$appdir|g" -e 's|\${sqlite.native.library}|libsqlitejdbc.so|g')
  # shellcheck disable=SC2206
  # postinst's script adds one JIT compiler thread on machines with two processors or fewer
  local compiler_threads=()
  [ "$(env -u OMP_NUM_THREADS -u OMP_THREAD_LIMIT nproc)" -gt 2 ] || compiler_threads=(-XX:CICompilerCount=1)
  LAUNCHER=(java "${compiler_threads[@]}" $options -cp "$appdir/refleksionsbog.jar" dk.refleksionsbog.app.Main)
  echo "== launcher: ${LAUNCHER[*]} (archive $(du -h "$appdir/app.jsa" | cut -f1))" >&2
}
