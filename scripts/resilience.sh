#!/usr/bin/env bash
# Resilience run: two Liberty instances of this build on one PostgreSQL, many clients booking money through both,
# and the faults that happen in production: one instance killed (kill -9) and restarted in the middle of the load,
# the database stopped and started again. Then the invariants, read from the database: every journal balanced and
# complete, every acknowledged booking present exactly once, nothing booked for a refused request, retries with the
# same Idempotency-Key booking nothing twice, the fund's figures equal to the clients' sums, no pool below zero.
# Also: a staff member's page session survives a switch of instance (sessions in the database, shared login keys).
#
#   scripts/resilience.sh                       # the short run CI does (2 minutes of load, 16 clients)
#   CLIENTS=64 LOAD_SECONDS=600 scripts/resilience.sh   # the long run
#
# Runs on this machine only (loopback), bounded in time, and stops what it started. Its database is a PostgreSQL
# cluster of its own (PG_CLUSTER, port PG_PORT, created on first use; needs root or the postgres user's rights for
# pg_createcluster/pg_ctlcluster), so that stopping it disturbs nothing else.
# Settings: CLIENTS (16), LOAD_SECONDS (120), SEED (random, printed), PG_CLUSTER (resilience), PG_PORT (5433),
# HTTP_PORT (9480; the second instance 9481), SKIP_BUILD (1: use the WAR and test classes as they are).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
log() { printf '==> [%3ss] %s\n' "$SECONDS" "$*"; }

CLIENTS=${CLIENTS:-16}
LOAD_SECONDS=${LOAD_SECONDS:-120}
SEED=${SEED:-$((RANDOM * 32768 + RANDOM))}
PG_CLUSTER=${PG_CLUSTER:-resilience}
PG_PORT=${PG_PORT:-5433}
HTTP_PORT=${HTTP_PORT:-9480}
out=$repo/target/resilience
pg_version=$(ls /etc/postgresql 2>/dev/null | sort -n | tail -1)

if [ "${1:-}" = --under-load ]; then
    # Called by deploy-to-liberty.sh (THEN) while both instances are up: WLP_DIR, SERVER_NAMES, INSTANCE_URLS.
    read -r -a names <<<"$SERVER_NAMES"
    read -r -a urls <<<"$INSTANCE_URLS"
    cp=$repo/target/test-classes:$(cat "$out/classpath.txt")
    log "Session failover between ${urls[0]} and ${urls[1]}"
    failover=0
    java -cp "$cp" -Dload.urls="${urls[0]},${urls[1]}" org.migrationmptf.resilience.SessionFailover || failover=$?
    victim=${names[1]}
    log "Load: $CLIENTS clients for $LOAD_SECONDS s, seed $SEED; faults: kill -9 of $victim, database restart"
    java -cp "$cp" -Dload.urls="${urls[0]},${urls[1]}" -Dload.seed="$SEED" -Dload.clients="$CLIENTS" \
        -Dload.seconds="$LOAD_SECONDS" -Dload.report="$out/report.md" \
        -Dload.jdbcUrl="jdbc:postgresql://127.0.0.1:$PG_PORT/mptf_resilience" -Dload.dbUser=mptf -Dload.dbPassword=mptf \
        -Dload.crashedUrl="${urls[1]}" -Dload.expectScheduledWork=true \
        -Dload.crash="pkill -9 -f 'ws-server.jar $victim( |\$)'" \
        -Dload.restart="timeout --foreground 300 '$WLP_DIR/bin/server' start $victim >/dev/null" \
        -Dload.dbStop="pg_ctlcluster --skip-systemctl-redirect $pg_version $PG_CLUSTER stop -m immediate" \
        -Dload.dbStart="pg_ctlcluster --skip-systemctl-redirect $pg_version $PG_CLUSTER start" \
        org.migrationmptf.resilience.LoadDriver
    exit "$failover"
fi

mkdir -p "$out"
# 1. A PostgreSQL cluster of its own, and a fresh database on it.
[ -n "$pg_version" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
if ! pg_lsclusters -h | awk '{print $2}' | grep -qx "$PG_CLUSTER"; then
    log "Creating PostgreSQL cluster $pg_version/$PG_CLUSTER on port $PG_PORT"
    pg_createcluster "$pg_version" "$PG_CLUSTER" -p "$PG_PORT" >/dev/null
fi
pg_ctlcluster --skip-systemctl-redirect "$pg_version" "$PG_CLUSTER" start 2>/dev/null || true
for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p "$PG_PORT" >/dev/null 2>&1 && break; sleep 1; done
psql_admin() { printf '%s\n' "$1" | su postgres -c "psql -v ON_ERROR_STOP=1 -q -p $PG_PORT -d postgres"; }
psql_admin "do \$\$ begin if not exists (select from pg_roles where rolname = 'mptf') then create role mptf login password 'mptf'; end if; end \$\$"
psql_admin "drop database if exists mptf_resilience"
psql_admin "create database mptf_resilience owner mptf"

# 2. The build: the WAR, the load driver (test classes) and its class path.
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    log "Building the WAR and the load driver"
    mvn -B -ntp -q package -DskipTests
fi
mvn -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt" >/dev/null

# 3. Two instances on a stock runtime (the deployment script), demo users, sessions in the database; the load and
#    the faults run while they are up (THEN), and the script stops them afterwards.
log "Two instances on ports $HTTP_PORT and $((HTTP_PORT + 1)), database mptf_resilience on port $PG_PORT"
status=0
DB_HOST=127.0.0.1 DB_PORT=$PG_PORT DB_NAME=mptf_resilience DB_USER=mptf DB_PASSWORD=mptf INSTANCES=2 \
    HTTP_PORT=$HTTP_PORT HTTPS_PORT=$((HTTP_PORT + 263)) WORK_DIR=$repo/target/resilience-servers \
    DEMO_USERS=true LOGIN_KEYS=shared EXTRA_ENV="MPTF_SCHEDULE_INSTALMENT_REMINDERS=PT5S" CLIENTS=$CLIENTS LOAD_SECONDS=$LOAD_SECONDS SEED=$SEED \
    PG_CLUSTER=$PG_CLUSTER PG_PORT=$PG_PORT THEN="$repo/scripts/resilience.sh --under-load" \
    READY_TIMEOUT=${READY_TIMEOUT:-600} timeout 2400 scripts/deploy-to-liberty.sh || status=$?
pg_ctlcluster --skip-systemctl-redirect "$pg_version" "$PG_CLUSTER" stop >/dev/null 2>&1 || true
[ -f "$out/report.md" ] && cat "$out/report.md"
[ "$status" = 0 ] && log "Resilience run passed (report: target/resilience/report.md)" || log "Resilience run FAILED"
exit "$status"
