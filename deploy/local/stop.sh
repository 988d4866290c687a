#!/usr/bin/env bash
# Stops what deploy/local/start.sh started (services first, the broker last), using the pid files
# under .run/pids: TERM, up to STOP_TIMEOUT seconds (20) to exit, then KILL.
# Keeps the Kafka data and the logs; --purge also deletes the Kafka data (.run/kafka).
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"

STOP_TIMEOUT="${STOP_TIMEOUT:-20}"
PURGE=0

usage() {
  cat <<EOF
Usage: deploy/local/stop.sh [--purge]

Stops the gateway, the services and the Kafka broker started by deploy/local/start.sh.
  --purge   also delete the Kafka data in .run/kafka (PostgreSQL data is never touched)
EOF
}

while (($# > 0)); do
  case "$1" in
    --purge) PURGE=1 ;;
    -h | --help) usage; exit 0 ;;
    *) printf 'Unknown argument: %s\n\n' "$1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

[[ "$STOP_TIMEOUT" =~ ^[0-9]+$ ]] || die "STOP_TIMEOUT must be a number of seconds, got '$STOP_TIMEOUT'"

stopped=0

stop_component() {
  local name="$1" pid_path pid deadline
  pid_path="$(pid_file "$name")"
  [[ -f "$pid_path" ]] || return 0
  pid="$(recorded_pid "$name")"
  if ! is_our_process "$name" "$pid"; then
    say "$name was not running (removing its stale pid file)"
    rm -f "$pid_path"
    return 0
  fi
  say "Stopping $name (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  deadline=$((SECONDS + STOP_TIMEOUT))
  while is_our_process "$name" "$pid"; do
    if ((SECONDS >= deadline)); then
      say "$name did not exit within $STOP_TIMEOUT s: sending KILL"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 1
      break
    fi
    sleep 0.2
  done
  is_our_process "$name" "$pid" && die "$name (pid $pid) is still alive"
  rm -f "$pid_path"
  say "Stopped $name"
  stopped=$((stopped + 1))
}

say "Stopping the local stack (pid files in $PID_DIR)"
# Reverse start order: the gateway first, the broker last so services can flush to it.
for ((i = ${#SERVICES[@]} - 1; i >= 0; i--)); do
  stop_component "${SERVICES[i]}"
done
stop_component kafka

if ((stopped == 0)); then
  say "Nothing was running"
else
  say "Stopped $stopped component(s); logs kept in $LOG_DIR"
fi

if ((PURGE == 1)); then
  if [[ -d "$KAFKA_DIR" ]]; then
    say "Purging the Kafka data: $KAFKA_DIR"
    rm -rf "$KAFKA_DIR"
  else
    say "No Kafka data to purge ($KAFKA_DIR does not exist)"
  fi
else
  say "Kafka data kept in $KAFKA_DIR (use --purge to delete it)"
fi
