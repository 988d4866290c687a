#!/usr/bin/env bash
# One line per component of the local stack: running/stopped, pid, health.
# Exit status: 0 when every component runs and is healthy, 3 otherwise.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"

case "${1:-}" in
  "") ;;
  -h | --help) echo "Usage: deploy/local/status.sh   (exit 0 when everything is running and healthy, else 3)"; exit 0 ;;
  *) printf 'Unknown argument: %s\nUsage: deploy/local/status.sh\n' "$1" >&2; exit 2 ;;
esac

all_good=1

describe() {
  local name="$1" pid port state health
  pid="$(running_pid "$name")"
  port="$(component_port "$name")"
  if [[ -n "$pid" ]]; then
    state="running"
    if [[ "$name" == kafka ]]; then
      if port_open "$port"; then
        health="healthy (127.0.0.1:$port accepts connections)"
      else
        health="not ready (127.0.0.1:$port closed)"
        all_good=0
      fi
    else
      local code
      code="$(service_health_code "$name")"
      if [[ "$code" == 200 ]]; then
        health="healthy ($(service_health_url "$name") -> 200)"
      else
        health="not ready ($(service_health_url "$name") -> $code)"
        all_good=0
      fi
    fi
  else
    state="stopped"
    pid="-"
    all_good=0
    if port_open "$port"; then
      health="port $port is in use by a process these scripts did not start"
    elif [[ -f "$(pid_file "$name")" ]]; then
      health="stale pid file"
    else
      health="-"
    fi
  fi
  printf '%-18s %-8s %-8s %s\n' "$name" "$state" "$pid" "$health"
}

printf '%-18s %-8s %-8s %s\n' COMPONENT STATE PID HEALTH
for component in kafka "${SERVICES[@]}"; do
  describe "$component"
done

((all_good == 1)) || exit 3
