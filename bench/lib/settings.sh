# shellcheck shell=bash
# Ports, paths and the length of each scenario. Every address is on loopback.

readonly HOST=127.0.0.1

port_in_use() { # port
    (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null
}

# A base for the six ports of a run, drawn at random among those whose ports are all free, so that runs started from
# other work trees of the same machine (CI's among them) do not meet, and a running dev broker is left alone.
free_port_base() {
    local try base port

    for ((try = 0; try < 50; try++)); do
        base=$((20000 + RANDOM % 1000 * 10))
        for ((port = base; port < base + 6; port++)); do
            port_in_use "$port" && continue 2
        done
        echo "$base"
        return
    done
    echo "bench: found no six free ports in 50 tries" >&2
    return 1
}

PORT_BASE=$(free_port_base)
readonly PORT_BASE
readonly BROKER_PORT=$PORT_BASE
readonly BROKER_MANAGEMENT_PORT=$((PORT_BASE + 1))
readonly BARE_PORT=$((PORT_BASE + 2))
readonly SANDBOX_PORT=$((PORT_BASE + 3))
readonly SANDBOX_APP_PORT=$((PORT_BASE + 4))
readonly SANDBOX_MANAGEMENT_PORT=$((PORT_BASE + 5))

readonly BROKER_URL=http://$HOST:$BROKER_PORT
readonly BARE_URL=http://$HOST:$BARE_PORT
readonly SANDBOX_URL=http://$HOST:$SANDBOX_PORT

readonly BROKER_JAR=target/quarkus-app/quarkus-run.jar
readonly BARE_JAR=bench/bare/target/quarkus-app/quarkus-run.jar

readonly SANDBOX_CLIENT_ID=sandbox-client
readonly SANDBOX_CLIENT_SECRET=sandbox-secret

# The broker refuses unknown callers: the runs call it as the caller "bench", with a key made for this machine only.
BENCH_KEY=bench-$(date +%s%N)
readonly BENCH_KEY
readonly BENCH_AUTH=(-H "X-API-Key: $BENCH_KEY")

# Budgets of the sandbox per token and minute: one no load here can reach, and Genesys' own.
readonly UNLIMITED_BUDGET=10000000
readonly GENESYS_BUDGET=300

readonly USERS_PAGE='/v1/connections/default/users?pageSize=25'
readonly ORGANIZATION=/v1/connections/default/organization
# A page that no load reads, so that reading it always goes upstream.
readonly UNREAD_PAGE='/v1/connections/default/users?pageSize=1'
readonly USER_PAGES=(
    "$USERS_PAGE&pageNumber=1" "$USERS_PAGE&pageNumber=2" "$USERS_PAGE&pageNumber=3" "$USERS_PAGE&pageNumber=4"
)

readonly LATENCY_CONNECTIONS=8
readonly THROUGHPUT_CONNECTIONS=32
readonly BURST_CONNECTIONS=1000
readonly STEADY_CONNECTIONS=8
readonly STEADY_PAUSE_MS=20

# 20 callers pausing about 2 s each ask for about 10 reads a second: twice the budget of 300 a minute.
readonly BUDGET_CONNECTIONS=20
readonly BUDGET_PAUSE_MS=2000

LATENCY_MS=20
MODE=full

# Sets the length of every scenario for the mode: a few minutes for people, seconds each for CI. In the full mode the
# throughput scenario loads each application for a minute, after which their memory is read.
configure_mode() {
    if [[ $MODE == smoke ]]; then
        WARM_S=1 LATENCY_WARM_S=1 ROUND_S=2 LATENCY_ROUNDS=2 THROUGHPUT_ROUNDS=2 THROUGHPUT_ROUND_S=2
        BURST_S=3 TOKEN_LIFETIME_S=4 STEADY_S=8 BUDGET_S=5 STARTS=1
    else
        WARM_S=20 LATENCY_WARM_S=45 ROUND_S=8 LATENCY_ROUNDS=5 THROUGHPUT_ROUNDS=5 THROUGHPUT_ROUND_S=11
        BURST_S=5 TOKEN_LIFETIME_S=30 STEADY_S=75 BUDGET_S=65 STARTS=3
    fi
}
