#!/usr/bin/env bash
# Makes PostgreSQL available on DB_HOST:DB_PORT (default 127.0.0.1:5432) with the role DB_USER
# (password DB_PASSWORD, default jixiao/jixiao) owning one database per service.
# Uses a running server, else starts the installed cluster, else installs PostgreSQL (Debian, root).
# Role and databases are created through the local socket as the `postgres` OS user.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"

DATABASES=(jixiao_budget jixiao_indicator jixiao_scoring jixiao_report)
export PGCONNECT_TIMEOUT=5

is_local_host() {
  case "$DB_HOST" in
    127.0.0.1 | localhost | ::1) return 0 ;;
    *) return 1 ;;
  esac
}

server_ready() {
  command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h "$DB_HOST" -p "$DB_PORT"
}

apt_install() {
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found: install $* by hand"
  [[ "$(id -u)" -eq 0 ]] || die "installing $* needs root"
  say "apt-get update"
  DEBIAN_FRONTEND=noninteractive apt-get update -q
  say "apt-get install -y $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"
}

server_installed() {
  command -v pg_lsclusters >/dev/null 2>&1 && compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null
}

# Prints "<version> <cluster> <status>" of the cluster configured for DB_PORT, or nothing.
cluster_on_port() {
  pg_lsclusters --no-header 2>/dev/null | awk -v port="$DB_PORT" '$3 == port {print $1, $2, $4; exit}'
}

ensure_cluster_running() {
  local cluster version name status newest
  cluster="$(cluster_on_port)"
  if [[ -z "$cluster" ]]; then
    if [[ -n "$(pg_lsclusters --no-header 2>/dev/null)" ]]; then
      pg_lsclusters >&2
      die "no PostgreSQL cluster is configured for port $DB_PORT (see the list above); set DB_PORT or create one"
    fi
    newest="$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -n | tail -n 1)"
    say "No cluster exists: creating cluster $newest/main on port $DB_PORT"
    pg_createcluster "$newest" main --port "$DB_PORT"
    cluster="$(cluster_on_port)"
    [[ -n "$cluster" ]] || die "pg_createcluster did not produce a cluster on port $DB_PORT"
  fi
  read -r version name status <<<"$cluster"
  if [[ "$status" == online* ]]; then
    say "Cluster $version/$name is already online"
  else
    say "Starting cluster $version/$name: pg_ctlcluster --skip-systemctl-redirect $version $name start"
    pg_ctlcluster --skip-systemctl-redirect "$version" "$name" start
  fi
}

wait_for_server() {
  local waited=0
  until server_ready; do
    ((waited < 30)) || die "PostgreSQL did not accept connections on $DB_HOST:$DB_PORT within 30 s"
    sleep 1
    waited=$((waited + 1))
  done
}

# psql as the database superuser through the local socket (peer authentication).
# The subshell's `cd /` keeps psql from complaining about a working directory postgres cannot read.
superuser_psql() {
  (cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$DB_PORT" "$@")
}

# psql as the application role over TCP, the way the services connect.
app_psql() {
  local database="$1"
  shift
  PGPASSWORD="$DB_PASSWORD" psql -X -q -v ON_ERROR_STOP=1 \
    -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$database" "$@"
}

app_can_use_all_databases() {
  local database
  for database in "${DATABASES[@]}"; do
    app_psql "$database" -c 'SELECT 1' >/dev/null 2>&1 || return 1
  done
}

create_role_and_databases() {
  local db_list
  db_list="$(IFS=,; echo "${DATABASES[*]}")"
  say "Creating role $DB_USER (LOGIN, CREATEDB) if missing and aligning its password"
  say "Creating databases ${DATABASES[*]} owned by $DB_USER if missing"
  # CREATE DATABASE cannot run inside a DO block or a transaction, hence \gexec over a check of
  # pg_database; %I/%L quote the names and the password safely.
  superuser_psql -d postgres -v app_user="$DB_USER" -v app_password="$DB_PASSWORD" -v db_list="$db_list" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN CREATEDB PASSWORD %L', :'app_user', :'app_password')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app_user')
\gexec
SELECT format('ALTER ROLE %I LOGIN CREATEDB PASSWORD %L', :'app_user', :'app_password')
\gexec
SELECT format('CREATE DATABASE %I OWNER %I', db, :'app_user')
  FROM unnest(string_to_array(:'db_list', ',')) AS db
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = db)
\gexec
SELECT format('ALTER DATABASE %I OWNER TO %I', d.datname, :'app_user')
  FROM pg_database d
 WHERE d.datname = ANY (string_to_array(:'db_list', ','))
   AND pg_get_userbyid(d.datdba) <> :'app_user'
\gexec
SQL
}

ensure_trgm_available() {
  local available major contrib
  available="$(superuser_psql -d postgres -Atc "SELECT count(*) FROM pg_available_extensions WHERE name = 'pg_trgm'")"
  if [[ "$available" -eq 0 ]]; then
    major="$(superuser_psql -d postgres -Atc 'SHOW server_version_num')"
    major=$((major / 10000))
    contrib="postgresql-contrib"
    if apt-cache show "postgresql-contrib-$major" >/dev/null 2>&1; then
      contrib="postgresql-contrib-$major"
    fi
    say "pg_trgm is not available: installing $contrib"
    apt_install "$contrib"
  fi
  say "pg_trgm is available"
}

# pg_trgm is a trusted extension from PostgreSQL 13 on, so a database owner may create it; older
# servers need a superuser, so there it is created up front in every database.
ensure_trgm_creatable() {
  local database
  if app_psql "${DATABASES[0]}" -c 'BEGIN' -c 'CREATE EXTENSION IF NOT EXISTS pg_trgm' -c 'ROLLBACK' >/dev/null 2>&1; then
    say "$DB_USER can create pg_trgm itself"
    return
  fi
  say "$DB_USER may not create pg_trgm: creating it as superuser in each database"
  for database in "${DATABASES[@]}"; do
    superuser_psql -d "$database" -c 'CREATE EXTENSION IF NOT EXISTS pg_trgm'
  done
}

say "Looking for PostgreSQL on $DB_HOST:$DB_PORT"
if server_ready; then
  say "PostgreSQL is accepting connections on $DB_HOST:$DB_PORT"
else
  is_local_host || die "PostgreSQL on $DB_HOST:$DB_PORT does not answer, and it is not local so it cannot be started here"
  if server_installed; then
    say "PostgreSQL is installed but not answering"
  else
    say "PostgreSQL server is not installed"
    apt_install postgresql
  fi
  ensure_cluster_running
  wait_for_server
  say "PostgreSQL is accepting connections on $DB_HOST:$DB_PORT"
fi

if is_local_host && id postgres >/dev/null 2>&1; then
  create_role_and_databases
  ensure_trgm_available
  ensure_trgm_creatable
elif app_can_use_all_databases; then
  say "No local postgres OS user, but $DB_USER already reaches every database: nothing to create"
else
  die "cannot set up role $DB_USER and its databases: the server is not local or there is no 'postgres' OS user; create them by hand"
fi

say "Checking that $DB_USER logs in over TCP to ${DATABASES[*]}"
for database in "${DATABASES[@]}"; do
  app_psql "$database" -c 'SELECT 1' >/dev/null ||
    die "$DB_USER cannot log in to $database on $DB_HOST:$DB_PORT (check pg_hba.conf and DB_PASSWORD)"
done
say "PostgreSQL is ready: jdbc:postgresql://$DB_HOST:$DB_PORT/<database> as $DB_USER"
