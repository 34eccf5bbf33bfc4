# shellcheck shell=bash
# Ports, paths and the length of each scenario. Every address is on loopback.

readonly HOST=127.0.0.1

# Ports away from those of dev mode (8080, 8180, 9000), so that a running dev broker does not disturb a run.
readonly BROKER_PORT=18080
readonly BROKER_MANAGEMENT_PORT=19000
readonly BARE_PORT=18090
readonly SANDBOX_PORT=18180
readonly SANDBOX_APP_PORT=18181
readonly SANDBOX_MANAGEMENT_PORT=19001

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
        WARM_S=1 ROUND_S=2 LATENCY_ROUNDS=2 THROUGHPUT_ROUNDS=2 THROUGHPUT_ROUND_S=2
        BURST_S=3 TOKEN_LIFETIME_S=4 STEADY_S=8 BUDGET_S=5 STARTS=1
    else
        WARM_S=5 ROUND_S=8 LATENCY_ROUNDS=5 THROUGHPUT_ROUNDS=5 THROUGHPUT_ROUND_S=11
        BURST_S=5 TOKEN_LIFETIME_S=30 STEADY_S=75 BUDGET_S=65 STARTS=3
    fi
}
