#!/usr/bin/env bash
# Deploys the Migration MPTF to a fresh, stock Open Liberty 26 runtime against PostgreSQL, exactly as the README's
# "Deploying to your own Open Liberty server" says, then checks it: readiness UP with the schema versions, a login
# on the API, and stops the server. Idempotent (the runtime is unpacked afresh under WORK_DIR every time) and
# bounded in time (every wait has a limit; the servers are stopped on any exit).
#
#   mvn -B package -DskipTests                       # the WAR (and, with any Liberty goal, the runtime zip in ~/.m2)
#   DB_NAME=mptf_ops DB_USER=mptf_ops DB_PASSWORD=... scripts/deploy-to-liberty.sh
#
# Settings (environment, with their defaults):
#   RUNTIME_ZIP  ~/.m2/repository/io/openliberty/openliberty-runtime/26.0.0.3/openliberty-runtime-26.0.0.3.zip
#   WAR          target/migration-mptf.war
#   JDBC_DRIVER  target/liberty/wlp/usr/shared/resources/postgresql.jar, else the one in ~/.m2
#   WORK_DIR     target/deploy-check           (everything the script creates lives here)
#   SERVER_NAME  mptf
#   HTTP_PORT    9380, HTTPS_PORT 9743           (a second instance uses the next ports)
#   DB_HOST localhost, DB_PORT 5432, DB_NAME mptf, DB_USER mptf, DB_PASSWORD (empty)
#   INSTANCES    1; 2 starts two servers at the same moment on the same database and checks that every
#                migration was applied exactly once (Flyway's lock)
#   READY_TIMEOUT 420 (seconds to wait for readiness)
#   LOGIN_KEYS   own; shared gives every instance the same LTPA keys (liberty/login-keys-shared.xml), so that a
#                staff member's login survives a switch of instance
#   DEMO_USERS   false; true adds the demo users (one per role, password demo): for test runs only, never production
#   EXTRA_ENV    more lines for each server.env (NAME=value, newline-separated)
#   THEN         a command run while the servers are up, after the checks (scripts/resilience.sh uses it); it sees
#                WLP_DIR, SERVER_NAMES and INSTANCE_URLS (space-separated); its failure fails the script
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

log() { printf '==> [%3ss] %s\n' "$SECONDS" "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

m2=${MAVEN_REPO:-$HOME/.m2/repository}
RUNTIME_ZIP=${RUNTIME_ZIP:-$m2/io/openliberty/openliberty-runtime/26.0.0.3/openliberty-runtime-26.0.0.3.zip}
WAR=${WAR:-$repo/target/migration-mptf.war}
if [ -z "${JDBC_DRIVER:-}" ]; then
    JDBC_DRIVER=$repo/target/liberty/wlp/usr/shared/resources/postgresql.jar
    [ -f "$JDBC_DRIVER" ] || JDBC_DRIVER=$(ls "$m2"/org/postgresql/postgresql/*/postgresql-*.jar 2>/dev/null | sort -V | tail -1)
fi
WORK_DIR=${WORK_DIR:-$repo/target/deploy-check}
SERVER_NAME=${SERVER_NAME:-mptf}
HTTP_PORT=${HTTP_PORT:-9380}
HTTPS_PORT=${HTTPS_PORT:-9743}
DB_HOST=${DB_HOST:-localhost}
DB_PORT=${DB_PORT:-5432}
DB_NAME=${DB_NAME:-mptf}
DB_USER=${DB_USER:-mptf}
DB_PASSWORD=${DB_PASSWORD:-}
INSTANCES=${INSTANCES:-1}
READY_TIMEOUT=${READY_TIMEOUT:-420}
LOGIN_KEYS=${LOGIN_KEYS:-own}
DEMO_USERS=${DEMO_USERS:-false}
THEN=${THEN:-}

[ -f "$RUNTIME_ZIP" ] || fail "no Open Liberty runtime at $RUNTIME_ZIP (run any Liberty goal of the build once, or set RUNTIME_ZIP)"
[ -f "$WAR" ] || fail "no WAR at $WAR (mvn -B package -DskipTests)"
[ -f "$JDBC_DRIVER" ] || fail "no PostgreSQL JDBC driver (set JDBC_DRIVER)"
case "$INSTANCES" in 1|2) ;; *) fail "INSTANCES must be 1 or 2" ;; esac

wlp=$WORK_DIR/wlp
servers=()
stop_servers() {
    for s in "${servers[@]}"; do
        # Liberty's normal stop: listeners close, requests in flight get up to 30 s (the quiesce stage).
        timeout --foreground 90 "$wlp/bin/server" stop "$s" >/dev/null 2>&1 &
    done
    wait || true
}
trap stop_servers EXIT

# 0. A fresh runtime, the same zip the build uses (idempotent: whatever an earlier run left is stopped and removed).
if [ -x "$wlp/bin/server" ]; then
    for s in $(ls "$wlp/usr/servers" 2>/dev/null); do timeout --foreground 90 "$wlp/bin/server" stop "$s" >/dev/null 2>&1 || true; done
fi
rm -rf "$WORK_DIR"
mkdir -p "$WORK_DIR"
log "Unpacking $(basename "$RUNTIME_ZIP") into $WORK_DIR"
unzip -q "$RUNTIME_ZIP" -d "$WORK_DIR"

# A user the script logs in with: its own registry entry, a new random password every run, role AUDITOR (reads
# only). A real installation puts its LDAP registry here, or uses single sign-on (MPTF_SSO_* in server.env).
# With the demo users (DEMO_USERS=true, test runs only) the check logs in as their auditor instead: one registry.
check_user=deploy-check
check_password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)
if [ "$DEMO_USERS" = true ]; then check_user=auditor; check_password=demo; fi

create_server() { # name http-port https-port
    local name=$1 dir=$wlp/usr/servers/$1
    log "Server $name: create, configuration from liberty/, bootstrap.properties, server.env, WAR"
    # 1. Create the server.
    "$wlp/bin/server" create "$name" >/dev/null
    # 2. The configuration: server.xml and the PostgreSQL data source (not the H2 one, not the demo users).
    cp "$repo/liberty/server.xml" "$repo/liberty/datasource-postgres.xml" "$repo/liberty/jvm.options" "$dir/"
    # 3. Which database include: a bootstrap property (Liberty resolves no ordinary variable in an include).
    printf 'db.kind=postgres\ndemo.users=%s\nlogin.keys=%s\n' "$DEMO_USERS" "$LOGIN_KEYS" > "$dir/bootstrap.properties"
    if [ "$DEMO_USERS" = true ]; then cp "$repo/liberty/demo-users-true.xml" "$dir/"; fi
    if [ "$LOGIN_KEYS" = shared ]; then cp "$repo/liberty/login-keys-shared.xml" "$dir/"; fi
    # 4. The variables, in server.env, readable by the server's user only.
    umask 077
    cat > "$dir/server.env" <<EOF
HTTP_PORT=$2
HTTPS_PORT=$3
DB_HOST=$DB_HOST
DB_PORT=$DB_PORT
DB_NAME=$DB_NAME
DB_USER=$DB_USER
DB_PASSWORD=$DB_PASSWORD
LOG_FORMAT=JSON
LOG_SOURCES=message,accessLog,ffdc
ACCESS_LOG=true
MALLOC_ARENA_MAX=1
EOF
    if [ -n "${EXTRA_ENV:-}" ]; then printf '%s\n' "$EXTRA_ENV" >> "$dir/server.env"; fi
    if [ "$LOGIN_KEYS" = shared ]; then
        printf 'LTPA_KEYS_FILE=%s\nLTPA_KEYS_PASSWORD=%s\n' "$ltpa_keys" "$ltpa_password" >> "$dir/server.env"
    fi
    umask 022
    # 5. The users: here one check user; see README "Users and single sign-on".
    if [ "$DEMO_USERS" != true ]; then
    cat > "$dir/configDropins-site.xml" <<EOF
<server>
    <basicRegistry id="site" realm="mptf">
        <user name="$check_user" password="$check_password"/>
        <group name="AUDITOR"><member name="$check_user"/></group>
    </basicRegistry>
</server>
EOF
    chmod 600 "$dir/configDropins-site.xml"
    fi
    # 6. The application.
    cp "$WAR" "$dir/dropins/migration-mptf.war"
}

# Shared login keys: one set of LTPA keys for every instance, made once (a new password every run).
ltpa_keys=$WORK_DIR/shared-security/ltpa.keys
ltpa_password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)
if [ "$LOGIN_KEYS" = shared ]; then
    mkdir -p "$(dirname "$ltpa_keys")"
    "$wlp/bin/securityUtility" createLTPAKeys --file="$ltpa_keys" --password="$ltpa_password" >/dev/null
    chmod 600 "$ltpa_keys"
fi

# The JDBC driver, under the name datasource-postgres.xml expects.
mkdir -p "$wlp/usr/shared/resources"
cp "$JDBC_DRIVER" "$wlp/usr/shared/resources/postgresql.jar"

create_server "$SERVER_NAME" "$HTTP_PORT" "$HTTPS_PORT"
ports=("$HTTP_PORT")
if [ "$INSTANCES" = 2 ]; then
    create_server "${SERVER_NAME}2" $((HTTP_PORT + 1)) $((HTTPS_PORT + 1))
    ports+=($((HTTP_PORT + 1)))
fi

# 7. Start (all instances at the same moment: their migrations race for Flyway's lock).
names=("$SERVER_NAME")
[ "$INSTANCES" = 2 ] && names+=("${SERVER_NAME}2")
for s in "${names[@]}"; do
    servers+=("$s")
    # --foreground: on timeout only the launcher is stopped, never the server it started (same process group).
    timeout --foreground 300 "$wlp/bin/server" start "$s" >/dev/null &
done
wait

# 8. Wait for readiness, bounded.
for i in "${!names[@]}"; do
    s=${names[$i]}; port=${ports[$i]}
    log "Waiting up to ${READY_TIMEOUT}s for http://localhost:$port/health/ready ($s)"
    deadline=$((SECONDS + READY_TIMEOUT))
    ready=""
    while [ $SECONDS -lt $deadline ]; do
        ready=$(curl -s --max-time 5 "http://localhost:$port/health/ready" || true)
        case "$ready" in *'"status":"UP"'*) break ;; esac
        sleep 2
    done
    case "$ready" in
        *'"status":"UP"'*) log "$s ready: $ready" ;;
        *) tail -40 "$wlp/usr/servers/$s/logs/messages.log" >&2 || true
           fail "$s not ready within ${READY_TIMEOUT}s: ${ready:-no answer}" ;;
    esac
    case "$ready" in *'"schema.governance"'*) ;; *) fail "readiness does not report the schema versions" ;; esac
done

# 9. A login: the check user on the API, with its role; a wrong password is refused.
for port in "${ports[@]}"; do
    me=$(curl -s --max-time 10 -u "$check_user:$check_password" "http://localhost:$port/api/system/me")
    case "$me" in *"\"user\":\"$check_user\""*) ;; *) fail "login as $check_user on port $port: $me" ;; esac
    case "$me" in *'"AUDITOR"'*) log "Login on port $port: $me" ;; *) fail "$check_user lacks its role: $me" ;; esac
    status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -u "$check_user:wrong" "http://localhost:$port/api/system/me")
    [ "$status" = 401 ] || fail "a wrong password answered $status, not 401"
done
installation=$(curl -s --max-time 10 -u "$check_user:$check_password" "http://localhost:$HTTP_PORT/api/system/installation")
log "Installation: $installation"
metrics=$(curl -s --max-time 10 "http://localhost:$HTTP_PORT/metrics")
for metric in REST_request_seconds_count connectionpool_managedConnections memory_usedHeap_bytes; do
    grep -q "^$metric" <<<"$metrics" || fail "$metric missing on /metrics"
done
grep -q 'quantile=' <<<"$metrics" && fail "/metrics computes quantiles in the server (server.xml sets buckets)"
log "Metrics on /metrics: requests per endpoint, connection pool, JVM"
# The API's description: the document written at build time (META-INF/openapi.yaml), served without a scan.
openapi=$(curl -s --max-time 10 "http://localhost:$HTTP_PORT/openapi")
grep -q '/api/funds/{code}/funding-status:' <<<"$openapi" || fail "/openapi does not describe the API"
log "OpenAPI document at /openapi: $(grep -c '^  /api/' <<<"$openapi") paths"
# Logs in JSON on request (LOG_FORMAT=JSON): the console is one JSON object per line, requests included.
console=$wlp/usr/servers/$SERVER_NAME/logs/console.log
grep -q '"type":"liberty_message"' "$console" || fail "LOG_FORMAT=JSON: no JSON messages in $console"
grep -q '"type":"liberty_accesslog"' "$console" || fail "ACCESS_LOG=true: no JSON access log in $console"
log "Console log in JSON, with one access-log record per request"

# 10. Two instances: every migration ran exactly once.
if [ "$INSTANCES" = 2 ] && command -v psql >/dev/null 2>&1; then
    export PGPASSWORD=$DB_PASSWORD
    for schema in platform governance mobilisation programming monitoring; do
        exists=$(psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -tAc \
            "select count(*) from information_schema.tables where table_schema='$schema' and table_name='flyway_schema_history'")
        [ "$exists" = 1 ] || continue
        twice=$(psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -tAc \
            "select count(*) from (select version from $schema.flyway_schema_history where version is not null group by version having count(*) > 1) d")
        [ "$twice" = 0 ] || fail "schema $schema: $twice migration(s) recorded more than once"
    done
    log "Two instances started together: each migration applied once"
fi

# 11. Whatever the caller runs against the running servers.
if [ -n "$THEN" ]; then
    log "Running: $THEN"
    urls=""
    for port in "${ports[@]}"; do urls="$urls http://localhost:$port"; done
    WLP_DIR=$wlp SERVER_NAMES="${names[*]}" INSTANCE_URLS="${urls# }" bash -c "$THEN" || fail "$THEN failed"
fi

# 12. Stop, gracefully (trap), and say so.
stop_servers
servers=()
log "Deployment check passed ($INSTANCES instance(s), ${SECONDS}s)"
