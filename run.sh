#!/usr/bin/env bash
# Scale Models launcher: builds the project when the sources changed (quietly, once), then runs it.
#   ./run.sh                 opens the window
#   ./run.sh --headless ...  runs one model without a window (./run.sh --help lists every flag)
#   ./run.sh bench ...       runs the benchmarks (compiled with the tests: JMH and Monocle stay off the app's path)
#   ./run.sh screenshots     remakes the README's screenshots from real runs (built like the benchmarks)
set -euo pipefail

HOME_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TARGET="$HOME_DIR/target"
STAMP="$TARGET/.run-sh-build"
CLASSPATH_FILE="$TARGET/runtime-classpath.txt"

needs_build() {
  [[ ! -f "$STAMP" || ! -f "$CLASSPATH_FILE" ]] && return 0
  [[ -n "$(find "$HOME_DIR/src/main" "$HOME_DIR/pom.xml" -newer "$STAMP" -print -quit 2>/dev/null)" ]]
}

if needs_build; then
  command -v mvn >/dev/null 2>&1 || { echo "run.sh: Maven (mvn) is needed to build Scale Models" >&2; exit 1; }
  echo "Building Scale Models (first run or sources changed)..." >&2
  if ! (cd "$HOME_DIR" && mvn -q -B -DskipTests compile >"$TARGET.build.log" 2>&1); then
    cat "$TARGET.build.log" >&2
    echo "run.sh: the build failed (output above)" >&2
    exit 1
  fi
  rm -f "$TARGET.build.log"
  touch "$STAMP"
fi

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

if [[ "${1:-}" == "bench" || "${1:-}" == "screenshots" ]]; then
  TOOL_MAIN="scalemodels.bench.BenchMain"
  [[ "$1" == "screenshots" ]] && TOOL_MAIN="scalemodels.bench.ReadmeScreenshots"
  shift
  BENCH_STAMP="$TARGET/.run-sh-bench-build"
  BENCH_CLASSPATH="$TARGET/bench-classpath.txt"
  if [[ ! -f "$BENCH_STAMP" || ! -f "$BENCH_CLASSPATH" \
        || -n "$(find "$HOME_DIR/src" "$HOME_DIR/pom.xml" -newer "$BENCH_STAMP" -print -quit 2>/dev/null)" ]]; then
    echo "Building the benchmarks and tools..." >&2
    if ! (cd "$HOME_DIR" && mvn -q -B -DskipTests test-compile >"$TARGET.build.log" 2>&1); then
      cat "$TARGET.build.log" >&2
      echo "run.sh: the build failed (output above)" >&2
      exit 1
    fi
    rm -f "$TARGET.build.log"
    touch "$BENCH_STAMP" "$STAMP"
  fi
  exec "$JAVA" -Dscalemodels.home="$HOME_DIR" \
    -cp "$TARGET/test-classes:$TARGET/classes:$(cat "$BENCH_CLASSPATH")" "$TOOL_MAIN" "$@"
fi

# JavaFX on the module path, as the JavaFX runtime expects (on the class path it warns "Unsupported JavaFX
# configuration" at every start): its platform jars (javafx-*-linux.jar and the like) become modules, its empty
# placeholder jars (javafx-*-21.0.5.jar) are left out, everything else stays on the class path.
CLASS_PATH="$TARGET/classes"
MODULE_PATH=""
IFS=":" read -r -a ENTRIES < "$CLASSPATH_FILE" || true   # the file has no final newline
for entry in "${ENTRIES[@]}"; do
  case "$entry" in
    */org/openjfx/*)
      name="$(basename "$entry" .jar)"   # javafx-controls-21.0.5-linux: artifact, version, platform
      dir="$(basename "$(dirname "$entry")")"   # the version folder, 21.0.5
      if [[ "$name" != *"-$dir" ]]; then MODULE_PATH="${MODULE_PATH:+$MODULE_PATH:}$entry"; fi ;;
    *) CLASS_PATH="$CLASS_PATH:$entry" ;;
  esac
done
if [[ -n "$MODULE_PATH" ]]; then
  exec "$JAVA" -Dscalemodels.home="$HOME_DIR" --module-path "$MODULE_PATH" --add-modules javafx.controls,javafx.fxml \
    -cp "$CLASS_PATH" scalemodels.Main "$@"
fi
exec "$JAVA" -Dscalemodels.home="$HOME_DIR" -cp "$CLASS_PATH" scalemodels.Main "$@"
