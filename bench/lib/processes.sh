# shellcheck shell=bash
# The processes of a run, each known by a name: the sandbox, the broker and the bare application.
# Each listens on loopback only, and stop_all, which bench/run traps on exit, ends every one still running.

declare -A PIDS=()
declare -A LAUNCHED_NS=()

readonly POLL_INTERVAL_S=0.02
readonly POLL_TRIES=3000
readonly STOP_TRIES=100

# The connection "default" of both the broker and the sandbox process reaches the sandbox.
readonly UPSTREAM_ENV=(
    "GENESYS_API_URL=$SANDBOX_URL" "GENESYS_LOGIN_URL=$SANDBOX_URL"
    "GENESYS_CLIENT_ID=$SANDBOX_CLIENT_ID" "GENESYS_CLIENT_SECRET=$SANDBOX_CLIENT_SECRET"
)

readonly LOOPBACK_ONLY=(-Dquarkus.http.host="$HOST" -Dquarkus.management.host="$HOST")

# What answers 200 once each application serves, and the header the broker wants from its caller.
declare -A READY_URL=(
    [sandbox]=$SANDBOX_URL/sandbox/counters [broker]=$BROKER_URL/v1/connections [bare]=$BARE_URL/ping
)
declare -A READY_HEADER=([sandbox]="Accept: */*" [broker]="X-API-Key: $BENCH_KEY" [bare]="Accept: */*")

start_sandbox() { # budget per token and minute
    launch_sandbox "$1"
    await_answer sandbox
}

start_broker() { # system properties beyond the run's own
    launch_broker "$@"
    await_answer broker
}

start_bare() {
    launch_bare
    await_answer bare
}

launch_sandbox() { # budget per token and minute
    launch sandbox env "${UPSTREAM_ENV[@]}" java \
        -Dgenesys.sandbox.enabled=true \
        -Dgenesys.sandbox.port="$SANDBOX_PORT" \
        -Dgenesys.sandbox.latency="${LATENCY_MS}ms" \
        -Dgenesys.sandbox.requests-per-minute="$1" \
        "${LOOPBACK_ONLY[@]}" \
        -Dquarkus.http.port="$SANDBOX_APP_PORT" \
        -Dquarkus.management.port="$SANDBOX_MANAGEMENT_PORT" \
        -jar "$BROKER_JAR"
}

launch_broker() { # system properties beyond the run's own
    local key_sha256
    key_sha256=$(printf %s "$BENCH_KEY" | sha256sum | cut -d' ' -f1)

    launch broker env "${UPSTREAM_ENV[@]}" java \
        "${LOOPBACK_ONLY[@]}" \
        -Dbroker.callers.bench.key-sha256="$key_sha256" \
        -Dbroker.callers.bench.connections='*' \
        -Dquarkus.http.port="$BROKER_PORT" \
        -Dquarkus.management.port="$BROKER_MANAGEMENT_PORT" \
        "$@" \
        -jar "$BROKER_JAR"
}

launch_bare() {
    launch bare java "${LOOPBACK_ONLY[@]}" -Dquarkus.http.port="$BARE_PORT" -jar "$BARE_JAR"
}

launch() { # name, then the command
    local name=$1
    shift

    LAUNCHED_NS[$name]=$(date +%s%N)
    "$@" >"$WORK/$name.log" 2>&1 &
    PIDS[$name]=$!
}

# Polls until the application answers 200 and records the milliseconds since its launch in STARTUP_MS.
await_answer() { # name
    local name=$1 try

    for ((try = 0; try < POLL_TRIES; try++)); do
        if [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 1 -H "${READY_HEADER[$name]}" \
            "${READY_URL[$name]}") == 200 ]]; then
            STARTUP_MS=$((($(date +%s%N) - LAUNCHED_NS[$name]) / 1000000))
            return
        fi
        kill -0 "${PIDS[$name]}" 2>/dev/null || fail_with_log "$name stopped while starting" "$WORK/$name.log"
        sleep "$POLL_INTERVAL_S"
    done
    fail_with_log "$name did not answer ${READY_URL[$name]} in time" "$WORK/$name.log"
}

stop() { # name
    local pid=${PIDS[$1]:-} try

    [[ -n $pid ]] || return 0
    unset "PIDS[$1]"
    kill -TERM "$pid" 2>/dev/null || return 0
    for ((try = 0; try < STOP_TRIES; try++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

stop_all() {
    local name

    for name in "${!PIDS[@]}"; do
        stop "$name"
    done
}

rss_kib() { # name
    awk '/^VmRSS:/ { print $2 }' "/proc/${PIDS[$1]}/status"
}
