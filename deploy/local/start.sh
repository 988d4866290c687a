#!/usr/bin/env bash
# One command for the whole local stack: prerequisites, PostgreSQL, build, a Kafka broker (KRaft)
# and the five services as background processes under .run/. Safe to run again: whatever is
# already running and healthy is left alone, whatever died is restarted.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"

HEALTH_TIMEOUT="${HEALTH_TIMEOUT:-120}"
KAFKA_TIMEOUT="${KAFKA_TIMEOUT:-60}"
SKIP_BUILD="${SKIP_BUILD:-0}"

usage() {
  cat <<EOF
Usage: deploy/local/start.sh [--skip-build]

Starts PostgreSQL (if needed), builds the project, starts a Kafka broker on 127.0.0.1:\$KAFKA_PORT
and the services budget (8081), indicator (8082), scoring (8083), report (8084), gateway (8080).

  --skip-build   do not run the Maven build (same as SKIP_BUILD=1)

Environment: DB_HOST DB_PORT DB_USER DB_PASSWORD (default 127.0.0.1 5432 jixiao jixiao),
KAFKA_PORT (9092), HEALTH_TIMEOUT (120 s per service), KAFKA_TIMEOUT (60 s),
JAVA_OPTS (extra JVM options for the services), KAFKA_JAVA_OPTS (for the broker).
Logs: .run/logs/<name>.log   pids: .run/pids/<name>.pid   stop: deploy/local/stop.sh
EOF
}

while (($# > 0)); do
  case "$1" in
    --skip-build) SKIP_BUILD=1 ;;
    -h | --help) usage; exit 0 ;;
    *) printf 'Unknown argument: %s\n\n' "$1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

[[ "$HEALTH_TIMEOUT" =~ ^[0-9]+$ ]] || die "HEALTH_TIMEOUT must be a number of seconds, got '$HEALTH_TIMEOUT'"
[[ "$KAFKA_TIMEOUT" =~ ^[0-9]+$ ]] || die "KAFKA_TIMEOUT must be a number of seconds, got '$KAFKA_TIMEOUT'"
[[ "$KAFKA_PORT" =~ ^[0-9]+$ ]] || die "KAFKA_PORT must be a port number, got '$KAFKA_PORT'"

read -r -a service_java_opts <<<"${JAVA_OPTS:-}"
read -r -a kafka_java_opts <<<"${KAFKA_JAVA_OPTS:--Djava.util.logging.manager=org.jboss.logmanager.LogManager -Xmx512m}"

# Components that this run must wait for (started now, or found alive but not yet ready).
pending=()

show_log_tail() {
  local log
  log="$(log_file "$1")"
  if [[ -f "$log" ]]; then
    printf '==> Last 30 lines of %s:\n' "$log" >&2
    tail -n 30 "$log" >&2
  fi
}

any_component_running() {
  local name
  for name in kafka "${SERVICES[@]}"; do
    [[ -z "$(running_pid "$name")" ]] || return 0
  done
  return 1
}

# Runs a command detached from this script (own session, no terminal, output to the log) and
# records its pid. The inner shell writes its own pid and then execs the command, so the pid file
# holds the pid of the java process itself whether or not setsid had to fork.
launch() {
  local name="$1" pid_path log waited=0
  shift
  pid_path="$(pid_file "$name")"
  log="$(log_file "$name")"
  rm -f "$pid_path"
  # One previous log is kept, so the output of a crashed run survives its restart.
  [[ ! -f "$log" ]] || mv -f "$log" "$log.1"
  printf '===== %s starting %s =====\n' "$(date '+%F %T')" "$name" >"$log"
  # shellcheck disable=SC2016  # $$ and $@ belong to the inner shell
  setsid nohup bash -c 'echo "$$" >"$0"; exec "$@"' "$pid_path" "$@" >>"$log" 2>&1 </dev/null &
  until [[ -s "$pid_path" ]]; do
    ((waited < 50)) || die "$name did not record its pid in $pid_path"
    sleep 0.1
    waited=$((waited + 1))
  done
  say "Started $name (pid $(recorded_pid "$name")), log: $log"
}

# Decides what to do with a component and leaves it in PLAN: "keep" (alive and healthy), "wait"
# (alive, not ready yet) or "start" (not running; a stale pid file is removed). A global rather
# than printed output, because `set -e` does not reach into command substitutions.
PLAN=""
plan_for() {
  local name="$1" pid port
  pid="$(running_pid "$name")"
  port="$(component_port "$name")"
  if [[ -n "$pid" ]]; then
    if is_healthy "$name"; then
      say "$name is already running (pid $pid) and healthy: leaving it alone"
      PLAN="keep"
    else
      say "$name is running (pid $pid) but not ready yet: waiting for it"
      PLAN="wait"
    fi
    return
  fi
  if [[ -f "$(pid_file "$name")" ]]; then
    say "$name is not running (stale pid file): restarting it"
    rm -f "$(pid_file "$name")"
  fi
  if port_open "$port"; then
    die "port $port is taken by a process these scripts did not start; stop it before starting $name"
  fi
  PLAN="start"
}

wait_until_healthy() {
  local name="$1" timeout="$2" pid started
  pid="$(running_pid "$name")"
  started=$SECONDS
  say "Waiting for $name to become ready (up to ${timeout} s)"
  until is_healthy "$name"; do
    if ! is_our_process "$name" "$pid"; then
      printf '==> ERROR: %s exited before it became ready\n' "$name" >&2
      show_log_tail "$name"
      exit 1
    fi
    if ((SECONDS - started >= timeout)); then
      if [[ "$name" == kafka ]]; then
        printf '==> ERROR: kafka did not accept connections on 127.0.0.1:%s within %s s\n' "$KAFKA_PORT" "$timeout" >&2
      else
        printf '==> ERROR: %s did not answer 200 on %s within %s s (last status %s)\n' \
          "$name" "$(service_health_url "$name")" "$timeout" "$(service_health_code "$name")" >&2
      fi
      show_log_tail "$name"
      exit 1
    fi
    sleep 1
  done
  say "$name is ready after $((SECONDS - started)) s"
}

# Set to 1 once this run has built the project; the broker classpath is then written afresh.
BUILT=0

# Leaves the broker's classpath (test-support classes + their dependencies) in BROKER_CLASSPATH.
BROKER_CLASSPATH=""
resolve_broker_classpath() {
  local classes="test-support/target/classes" cp_file="test-support/target/classpath.txt"
  [[ -f "$classes/${KAFKA_MAIN_CLASS//.//}.class" ]] ||
    die "$classes has no $KAFKA_MAIN_CLASS: build first (run start.sh without SKIP_BUILD)"
  if [[ "$BUILT" == 1 || ! -s "$cp_file" || -n "$(find . -maxdepth 2 -name pom.xml -newer "$cp_file" -print -quit)" ]]; then
    # -am puts the parent and events in the reactor, and `compile` makes Maven resolve events to
    # events/target/classes: with `-pl test-support` alone, or without a phase, it looks for them
    # in ~/.m2, where a fresh machine has nothing (or a stale copy). Each module writes its own
    # target/classpath.txt; test-support's is the one used. The plugin leaves an unchanged file
    # untouched, hence the touch that keeps the freshness check above from re-running it.
    say "Writing the broker classpath: ./mvnw -B -q -pl test-support -am compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt"
    ./mvnw -B -q -pl test-support -am compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
    touch "$cp_file"
  else
    say "Broker classpath is up to date ($cp_file)"
  fi
  [[ -s "$cp_file" ]] || die "$cp_file is empty"
  BROKER_CLASSPATH="$ROOT/$classes:$(<"$cp_file")"
}

start_kafka() {
  plan_for kafka
  case "$PLAN" in
    keep) return ;;
    start)
      resolve_broker_classpath
      say "Starting the Kafka broker (KRaft) on 127.0.0.1:$KAFKA_PORT, data in $KAFKA_DIR"
      launch kafka java "${kafka_java_opts[@]}" -cp "$BROKER_CLASSPATH" "$KAFKA_MAIN_CLASS" \
        --port "$KAFKA_PORT" --dir "$KAFKA_DIR"
      ;;
  esac
  wait_until_healthy kafka "$KAFKA_TIMEOUT"
  [[ "$PLAN" == start ]] && wait_for_topics
  return 0
}

# The port opens before LocalKafkaBroker has created the topics; services started earlier than
# that would see their first fetch lag. The broker prints its ready line once the topics exist.
wait_for_topics() {
  local pid started log
  pid="$(running_pid kafka)"
  log="$(log_file kafka)"
  started=$SECONDS
  until grep -q 'Kafka broker ready on' "$log"; do
    if ! is_our_process kafka "$pid"; then
      printf '==> ERROR: kafka exited while creating its topics\n' >&2
      show_log_tail kafka
      exit 1
    fi
    if ((SECONDS - started >= KAFKA_TIMEOUT)); then
      printf '==> ERROR: kafka did not report "Kafka broker ready on" within %s s\n' "$KAFKA_TIMEOUT" >&2
      show_log_tail kafka
      exit 1
    fi
    sleep 0.5
  done
  say "Kafka topics are created: $(grep -m1 -o 'Kafka broker ready on.*' "$log")"
}

start_service() {
  local name="$1" jar
  plan_for "$name"
  case "$PLAN" in
    keep) return ;;
    wait) pending+=("$name"); return ;;
  esac
  jar="$name/target/quarkus-app/quarkus-run.jar"
  [[ -f "$jar" ]] || die "$jar is missing: build first (run start.sh without SKIP_BUILD)"
  launch "$name" env QUARKUS_HTTP_PORT="${SERVICE_PORT[$name]}" \
    java "${service_java_opts[@]}" -jar "$ROOT/$jar"
  pending+=("$name")
}

# Fails before anything starts when a component that has to be started was never built.
check_artifacts() {
  local name jar classes="test-support/target/classes"
  if [[ -z "$(running_pid kafka)" && ! -f "$classes/${KAFKA_MAIN_CLASS//.//}.class" ]]; then
    die "$classes has no $KAFKA_MAIN_CLASS: build first (run start.sh without SKIP_BUILD)"
  fi
  for name in "${SERVICES[@]}"; do
    jar="$name/target/quarkus-app/quarkus-run.jar"
    if [[ -z "$(running_pid "$name")" && ! -f "$jar" ]]; then
      die "$jar is missing: build first (run start.sh without SKIP_BUILD)"
    fi
  done
}

# .run/kafka is left for the broker to create: it formats storage that does not exist yet.
mkdir -p "$LOG_DIR" "$PID_DIR"

say "Checking prerequisites (deploy/local/prerequisites.sh)"
deploy/local/prerequisites.sh

say "Making PostgreSQL available (deploy/local/postgres.sh)"
deploy/local/postgres.sh

say "Making the dev key pair that signs local tokens (deploy/local/dev-keys.sh)"
deploy/local/dev-keys.sh
export JWT_PUBLIC_KEY_LOCATION="$RUN_DIR/keys/public.pem"
# Services call each other as themselves when no user request is in flight (report-service on a Kafka event).
JIXIAO_SERVICE_TOKEN="$(JWT_SUBJECT=jixiao-services deploy/local/token.sh viewer CN "" 43200)"
export JIXIAO_SERVICE_TOKEN

if [[ "$SKIP_BUILD" == 1 ]]; then
  say "Skipping the build (SKIP_BUILD=1)"
elif any_component_running; then
  say "Skipping the build: parts of the stack are running and a build would replace their jars under them (run deploy/local/stop.sh first to rebuild)"
else
  say "Building: ./mvnw -B -q -DskipTests package"
  ./mvnw -B -q -DskipTests package
  BUILT=1
fi

check_artifacts
start_kafka

for service in "${SERVICES[@]}"; do
  start_service "$service"
done
for service in "${pending[@]}"; do
  wait_until_healthy "$service" "$HEALTH_TIMEOUT"
done

if [[ -x deploy/local/load-demo.sh ]]; then
  say "Loading demo data (deploy/local/load-demo.sh)"
  GATEWAY_URL="http://127.0.0.1:${SERVICE_PORT[gateway]}" deploy/local/load-demo.sh
elif [[ -e deploy/local/load-demo.sh ]]; then
  warn "deploy/local/load-demo.sh exists but is not executable: skipping demo data"
fi

cat <<EOF

==> Jixiao is running
    Gateway:     http://127.0.0.1:${SERVICE_PORT[gateway]}
    Swagger UI:  http://127.0.0.1:${SERVICE_PORT[gateway]}/q/swagger-ui
    Logs:        $LOG_DIR
    Status:      deploy/local/status.sh
    Stop:        deploy/local/stop.sh   (add --purge to delete the Kafka data)
EOF
