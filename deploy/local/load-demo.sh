#!/usr/bin/env bash
# Loads the five seed evaluations (demo/src/main/resources/seeds) into a running suite through the
# gateway, as the real actors would, waits for their reports and prints unit, year, type, total,
# grade and the URL of every report format. Safe to run again: what is loaded stays as it is.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
cd "$ROOT"

GATEWAY_URL="${GATEWAY_URL:-http://127.0.0.1:8080}"

usage() {
  cat <<USAGE
Usage: deploy/local/load-demo.sh [gateway-url]

Loads the five seed evaluations into the suite behind the gateway (default \$GATEWAY_URL or
http://127.0.0.1:8080; start it with deploy/local/start.sh). Tokens are minted with
deploy/local/token.sh when it and .run/keys exist.
USAGE
}

case "${1:-}" in
  -h | --help) usage; exit 0 ;;
  "") ;;
  *) GATEWAY_URL="$1" ;;
esac

classes="demo/target/classes" cp_file="demo/target/classpath.txt"
if [[ ! -f "$classes/org/jixiao/demo/DemoLoader.class" || ! -s "$cp_file" ||
      -n "$(find demo/src demo/pom.xml pom.xml -newer "$cp_file" -print -quit)" ]]; then
  # -am puts the parent in the reactor so that a fresh machine (nothing in ~/.m2) resolves it;
  # compile makes the classes and the plugin writes the dependency classpath of demo.
  printf '==> Building the demo loader: ./mvnw -B -q -pl demo -am compile dependency:build-classpath\n'
  ./mvnw -B -q -pl demo -am compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
  touch "$cp_file"
fi
[[ -s "$cp_file" ]] || { printf '==> ERROR: %s is empty\n' "$cp_file" >&2; exit 1; }

exec java -Djixiao.root="$ROOT" -cp "$ROOT/$classes:$(<"$cp_file")" org.jixiao.demo.DemoLoader "$GATEWAY_URL"
