#!/usr/bin/env bash
# The README's test command: makes a fresh machine able to run the tests (JDK, font, PostgreSQL role and
# databases), then runs every test: unit, @QuarkusTest per service, and the system test of the packaged suite.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"

"$ROOT/deploy/local/prerequisites.sh"
"$ROOT/deploy/local/postgres.sh"
# The tests start their own broker and databases; the local stack's addresses (exported by common.sh for the
# services) would outrank the test configuration and point the tests at whatever runs on 9092.
unset KAFKA_BOOTSTRAP_SERVERS
say "Running all tests: ./mvnw -B verify $*"
exec ./mvnw -B verify "$@"
