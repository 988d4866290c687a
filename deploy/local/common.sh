#!/usr/bin/env bash
# Shared helpers for the local stack scripts. Sourced, never run: start.sh, stop.sh and status.sh
# must agree on where pids and logs live and on how "ours and alive" is decided.
# shellcheck shell=bash disable=SC2034  # the variables are used by the scripts that source this

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  echo "common.sh is sourced by the other deploy/local scripts; run start.sh, stop.sh or status.sh" >&2
  exit 2
fi

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
RUN_DIR="$ROOT/.run"
LOG_DIR="$RUN_DIR/logs"
PID_DIR="$RUN_DIR/pids"
KAFKA_DIR="$RUN_DIR/kafka"

export DB_HOST="${DB_HOST:-127.0.0.1}"
export DB_PORT="${DB_PORT:-5432}"
export DB_USER="${DB_USER:-jixiao}"
export DB_PASSWORD="${DB_PASSWORD:-jixiao}"
KAFKA_PORT="${KAFKA_PORT:-9092}"
export KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:${KAFKA_PORT}"

# Start order: back-end services first, the gateway last because its readiness aggregates theirs.
SERVICES=(budget-service indicator-service scoring-service report-service gateway)
declare -A SERVICE_PORT=(
  [budget-service]=8081
  [indicator-service]=8082
  [scoring-service]=8083
  [report-service]=8084
  [gateway]=8080
)

KAFKA_MAIN_CLASS="org.jixiao.testsupport.LocalKafkaBroker"

say() { printf '==> %s\n' "$*"; }
warn() { printf '==> WARNING: %s\n' "$*" >&2; }
die() { printf '==> ERROR: %s\n' "$*" >&2; exit 1; }

pid_file() { printf '%s/%s.pid' "$PID_DIR" "$1"; }
log_file() { printf '%s/%s.log' "$LOG_DIR" "$1"; }

# Succeeds when a command line belongs to the component started from this checkout. Guards
# against a stale pid file whose number the kernel has since given to an unrelated process.
cmdline_matches() {
  local name="$1" cmdline="$2"
  if [[ "$name" == kafka ]]; then
    [[ "$cmdline" == *"$KAFKA_MAIN_CLASS"*"--dir $KAFKA_DIR"* ]]
  else
    [[ "$cmdline" == *"$ROOT/$name/target/quarkus-app/quarkus-run.jar"* ]]
  fi
}

# Prints the pid recorded for a component, or nothing when there is no usable pid file.
recorded_pid() {
  local file pid
  file="$(pid_file "$1")"
  [[ -f "$file" ]] || return 0
  pid="$(tr -dc '0-9' <"$file")"
  printf '%s' "$pid"
}

# Succeeds when the pid is alive and its command line belongs to the component.
is_our_process() {
  local name="$1" pid="$2" cmdline
  [[ -n "$pid" ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)"
  cmdline_matches "$name" "$cmdline"
}

# Prints the live pid of a component, or nothing.
running_pid() {
  local pid
  pid="$(recorded_pid "$1")"
  if is_our_process "$1" "$pid"; then
    printf '%s' "$pid"
  fi
}

port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

service_health_url() { printf 'http://127.0.0.1:%s/q/health/ready' "${SERVICE_PORT[$1]}"; }

# Prints the HTTP status of the readiness endpoint ("000" when nothing answers).
service_health_code() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$(service_health_url "$1")" 2>/dev/null || true
}

is_healthy() {
  if [[ "$1" == kafka ]]; then
    port_open "$KAFKA_PORT"
  else
    [[ "$(service_health_code "$1")" == 200 ]]
  fi
}

component_port() {
  if [[ "$1" == kafka ]]; then
    printf '%s' "$KAFKA_PORT"
  else
    printf '%s' "${SERVICE_PORT[$1]}"
  fi
}
