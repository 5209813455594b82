#!/usr/bin/env bash
# Scale Models launcher: builds the project when the sources changed (quietly, once), then runs it.
#   ./run.sh                 opens the window
#   ./run.sh --headless ...  runs one model without a window (./run.sh --help lists every flag)
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
exec "$JAVA" -Dscalemodels.home="$HOME_DIR" -cp "$TARGET/classes:$(cat "$CLASSPATH_FILE")" scalemodels.Main "$@"
