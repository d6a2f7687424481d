#!/usr/bin/env bash
# The benchmark harness (README, "Performance"): loads seeded volume data into PostgreSQL, starts the application on
# a stock Open Liberty runtime against it (as scripts/deploy-to-liberty.sh does) next to an empty Liberty with the
# same features, and writes the figures, each as a ratio to its floor, with the machine's description to
# target/bench/results-<date>-<mode>.md (a full run also to docs/benchmarks/latest.md).
#
#   scripts/bench.sh smoke      # small data, short measurements: a couple of minutes (the CI run)
#   scripts/bench.sh full       # 1 million ledger entries, 5,000 programmes, 20,000 reports, 20 years
#   scripts/bench.sh load       # only (re)load the full volume database
#
# Settings (environment, with their defaults):
#   DB_HOST 127.0.0.1, DB_PORT 5432, DB_USER mptf, DB_PASSWORD mptf, DB_NAME mptf_volume (smoke: mptf_volume_smoke)
#   PSQL_ADMIN  how to run psql as a superuser to (re)create the database (default: su postgres -c psql, else
#               psql -U postgres)
#   RELOAD      1 reloads the full database even when it already holds the data (smoke always reloads)
#   SEED        the generator's seed (default 20061101)
#   HTTP_PORT 9580, HTTPS_PORT 9543 (application); the empty Liberty uses the next ones (9581, 9544)
#   STARTUP_ROUNDS  start-up measurements of each server (median taken; default smoke 1, full 3)
# Bounded in time: every wait has a limit; the servers are stopped on any exit.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
mode=${1:-smoke}
case "$mode" in smoke|full|load) ;; *) echo "usage: $0 smoke|full|load" >&2; exit 2 ;; esac

log() { printf '==> [%3ss] %s\n' "$SECONDS" "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-5432}
DB_USER=${DB_USER:-mptf}
DB_PASSWORD=${DB_PASSWORD:-mptf}
if [ "$mode" = smoke ]; then DB_NAME=${DB_NAME:-mptf_volume_smoke}; scale=smoke; else DB_NAME=${DB_NAME:-mptf_volume}; scale=full; fi
HTTP_PORT=${HTTP_PORT:-9580}
HTTPS_PORT=${HTTPS_PORT:-9543}
SEED=${SEED:-20061101}
m2=${MAVEN_REPO:-$HOME/.m2/repository}
RUNTIME_ZIP=${RUNTIME_ZIP:-$m2/io/openliberty/openliberty-runtime/26.0.0.3/openliberty-runtime-26.0.0.3.zip}
WORK_DIR=$repo/target/bench
wlp=$WORK_DIR/wlp
mkdir -p "$WORK_DIR"

psql_admin() {
    if [ -n "${PSQL_ADMIN:-}" ]; then $PSQL_ADMIN -v ON_ERROR_STOP=1 -q -c "$1"
    else su postgres -c "psql -v ON_ERROR_STOP=1 -q -h $DB_HOST -p $DB_PORT -d postgres -c \"$1\"" 2>/dev/null \
        || psql -v ON_ERROR_STOP=1 -q -h "$DB_HOST" -p "$DB_PORT" -U postgres -d postgres -c "$1"; fi
}
psql_app() { PGPASSWORD=$DB_PASSWORD psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -tAq -c "$1"; }

# 1. The build: the WAR, the test classes (generator and harness) and their class path.
if [ ! -f target/migration-mptf.war ] || [ -n "$(find src/main pom.xml -newer target/migration-mptf.war -print -quit)" ]; then
    log "Building the WAR (mvn package -DskipTests)"
    mvn -B -ntp -q package -DskipTests
fi
mvn -B -ntp -q test-compile
mvn -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK_DIR/classpath.txt" >/dev/null
cp="$repo/target/test-classes:$repo/target/classes:$(cat "$WORK_DIR/classpath.txt")"
jdbc="jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_NAME"

# 2. The volume database: fresh for smoke; for full, loaded once and kept (RELOAD=1 loads it again).
loaded=$(psql_app "select count(*) from mobilisation.journal_line" 2>/dev/null || echo 0)
if [ "$mode" = smoke ] || [ "${RELOAD:-0}" = 1 ] || [ "$mode" = load ] || [ "${loaded:-0}" -lt 900000 ]; then
    log "Loading $scale volume data into $DB_NAME (seed $SEED)"
    psql_admin "drop database if exists $DB_NAME"
    psql_admin "create database $DB_NAME owner $DB_USER"
    timeout 3600 java -Xmx6g -cp "$cp" org.migrationmptf.bench.VolumeData "$jdbc" "$DB_USER" "$DB_PASSWORD" "$scale" "$SEED" \
        2>&1 | grep -v 'Log4j API' | tee "$WORK_DIR/load-$scale.log"
    [ "${PIPESTATUS[0]}" = 0 ] || fail "loading the volume data"
else
    log "$DB_NAME already holds $loaded ledger entries (RELOAD=1 to load again)"
fi
# The planner setting we recommend for PostgreSQL on SSD or with the data in memory (README, "PostgreSQL"): with the
# default (4, for spinning disks) it prefers scanning a small table whole to reading a few rows through an index.
psql_admin "alter database $DB_NAME set random_page_cost = 1.1"
[ "$mode" = load ] && exit 0

# 3. Two servers on one fresh stock runtime: the application (demo users off, a bench user, statement counts on)
#    and an empty Liberty with the same features and no application (the start-up floor).
servers=()
stop_servers() {
    for s in "${servers[@]}"; do timeout --foreground 90 "$wlp/bin/server" stop "$s" >/dev/null 2>&1 || true; done
}
trap stop_servers EXIT
if [ -x "$wlp/bin/server" ]; then
    for s in $(ls "$wlp/usr/servers" 2>/dev/null); do timeout --foreground 90 "$wlp/bin/server" stop "$s" >/dev/null 2>&1 || true; done
fi
rm -rf "$wlp"
if [ ! -f "$RUNTIME_ZIP" ]; then # a fresh machine where no Liberty goal has run yet: fetch the runtime the build uses
    log "Fetching the Open Liberty runtime into the local Maven repository"
    mvn -B -ntp -q dependency:get -Dartifact=io.openliberty:openliberty-runtime:26.0.0.3:zip
fi
unzip -q "$RUNTIME_ZIP" -d "$WORK_DIR"
mkdir -p "$wlp/usr/shared/resources"
driver=$(tr ':' '\n' < "$WORK_DIR/classpath.txt" | grep '/postgresql-[0-9.]*\.jar$' | head -1)
cp "$driver" "$wlp/usr/shared/resources/postgresql.jar"
bench_password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)

create_server() { # name http https with-app
    local dir=$wlp/usr/servers/$1
    "$wlp/bin/server" create "$1" >/dev/null
    cp liberty/server.xml liberty/datasource-postgres.xml liberty/jvm.options "$dir/"
    printf 'db.kind=postgres\ndemo.users=false\nlogin.keys=own\n' > "$dir/bootstrap.properties"
    umask 077
    cat > "$dir/server.env" <<EOF
HTTP_HOST=localhost
HTTP_PORT=$2
HTTPS_PORT=$3
DB_HOST=$DB_HOST
DB_PORT=$DB_PORT
DB_NAME=$DB_NAME
DB_USER=$DB_USER
DB_PASSWORD=$DB_PASSWORD
MPTF_DIAGNOSTICS_SQL_COUNT=true
MALLOC_ARENA_MAX=1
EOF
    cat > "$dir/configDropins-site.xml" <<EOF
<server>
    <basicRegistry id="bench" realm="mptf">
        <user name="bench-fmu" password="$bench_password"/>
        <group name="FUND_MANAGER"><member name="bench-fmu"/></group>
    </basicRegistry>
</server>
EOF
    umask 022
    if [ "$4" = yes ]; then cp target/migration-mptf.war "$dir/dropins/migration-mptf.war"; fi
}
create_server bench "$HTTP_PORT" "$HTTPS_PORT" yes
create_server empty $((HTTP_PORT + 1)) $((HTTPS_PORT + 1)) no

# Start-up to ready: from "server start" to /health/ready answering UP (the same signal for both servers).
start_and_wait() { # name port -> prints seconds
    local t0 t1 deadline
    t0=$(date +%s.%N)
    timeout --foreground 300 "$wlp/bin/server" start "$1" >/dev/null
    deadline=$((SECONDS + 420))
    while [ $SECONDS -lt $deadline ]; do
        case "$(curl -s --max-time 5 "http://localhost:$2/health/ready" || true)" in
            *'"status":"UP"'*) t1=$(date +%s.%N); echo "scale=1; ($t1 - $t0) / 1" | bc; return 0 ;;
        esac
        sleep 0.2
    done
    tail -30 "$wlp/usr/servers/$1/logs/messages.log" >&2 || true
    return 1
}
rounds=${STARTUP_ROUNDS:-$([ "$mode" = smoke ] && echo 1 || echo 3)}
app_times=(); empty_times=()
empty_rss=0
for r in $(seq 1 "$rounds"); do
    servers=(empty)
    empty_times+=("$(start_and_wait empty $((HTTP_PORT + 1)))") || fail "the empty Liberty did not start"
    # The memory floor: what the same runtime and features hold resident with no application, once ready.
    empty_pid=$(cat "$wlp/usr/servers/.pid/empty.pid" 2>/dev/null || true)
    if [ -n "$empty_pid" ] && [ -r "/proc/$empty_pid/status" ]; then
        kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$empty_pid/status"); [ "$kb" -gt "$empty_rss" ] && empty_rss=$kb
    fi
    stop_servers
    servers=(bench)
    app_times+=("$(start_and_wait bench "$HTTP_PORT")") || fail "the application did not start on $DB_NAME"
    [ "$r" -lt "$rounds" ] && stop_servers
    log "Start-up round $r: empty Liberty ${empty_times[-1]} s, application ${app_times[-1]} s"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
empty_s=$(median "${empty_times[@]}")
app_s=$(median "${app_times[@]}")
pid=$(cat "$wlp/usr/servers/.pid/bench.pid" 2>/dev/null || pgrep -f "wlp/lib/ws-launch.jar bench" | head -1 || true)

# 4. The results file: the machine, the data, start-up, then the harness's figures.
stamp=$(date -u +%Y-%m-%dT%H%MZ)
results=$WORK_DIR/results-$stamp-$mode.md
{
    echo "# Benchmark results ($mode run, $(date -u '+%Y-%m-%d %H:%M UTC'))"
    echo
    echo "Commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown); \`scripts/bench.sh $mode\`."
    echo
    echo "## Machine"
    echo
    echo "- \`$(uname -a)\`"
    echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) cores"
    echo "- Memory: $(free -g | awk '/^Mem:/ {print $2}') GB"
    echo "- Load when the run started (other work on the machine): $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"
    echo "- Java: $(java -version 2>&1 | head -1)"
    echo "- PostgreSQL: $(psql_app 'select version()' | cut -d, -f1)"
    echo "- Liberty: $(basename "$RUNTIME_ZIP" .zip), JVM options: $(grep -v '^#' liberty/jvm.options | tr '\n' ' ')"
    echo
    echo "## Data"
    echo
    echo "Seed $SEED, scale $scale:"
    psql_app "select 'ledger entries ' || (select count(*) from mobilisation.journal_line) || ' in ' || (select count(*) from mobilisation.journal) || ' journals; programmes ' || (select count(*) from programming.joint_programme) || ' (' || (select string_agg(status || ' ' || n, ', ' order by status) from (select status, count(*) n from programming.joint_programme group by status) s) || '); contributors ' || (select count(*) from mobilisation.contributor) || '; reports ' || ((select count(*) from monitoring.progress_report) + (select count(*) from monitoring.expenditure_report)) || '; history ' || (select min(value_date) || ' to ' || max(value_date) from mobilisation.journal)" | sed 's/^/- /'
    echo
    echo "## Start-up to ready, and memory"
    echo
    echo "From \`server start\` to \`/health/ready\` UP, median of $rounds: empty Liberty (same features, no application) **$empty_s s**, application on the volume database **$app_s s**: **ratio $(echo "scale=2; $app_s / $empty_s" | bc)x** (goal: at most 3x)."
    echo
    echo "Resident memory of the empty Liberty (same features and JVM options, no application) once ready: $((empty_rss / 1024)) MB (the application's, under load, is below)."
} > "$results"

log "Running the harness ($mode)"
timeout 1800 java -Xmx1g -cp "$cp" -Dbench.mode="$mode" -Dbench.url="http://localhost:$HTTP_PORT" \
    -Dbench.user=bench-fmu -Dbench.password="$bench_password" -Dbench.jdbc="$jdbc" -Dbench.db.user="$DB_USER" \
    -Dbench.db.password="$DB_PASSWORD" -Dbench.pid="$pid" -Dbench.out="$results" org.migrationmptf.bench.Harness \
    > "$WORK_DIR/harness-$mode.log" 2>&1 || { tail -30 "$WORK_DIR/harness-$mode.log" >&2; fail "the harness"; }

stop_servers
servers=()
if [ "$(echo "$app_s > 3 * $empty_s" | bc)" = 1 ]; then
    echo "Start-up goal missed in this run: $app_s s for the application, $empty_s s for the empty Liberty." >> "$results"
fi
if [ "$mode" = full ]; then
    mkdir -p docs/benchmarks
    cp "$results" docs/benchmarks/latest.md
fi
cat "$results"
log "Results in $results (${SECONDS}s)"
