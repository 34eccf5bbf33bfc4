# shellcheck shell=bash
# The five scenarios. Each measures and records; report.sh turns the records into figures.
# Figures that do not come from wrk (the sandbox's counters, the broker's metrics) go into FIG.

declare -A FIG=()

# The wrk script of each interleaved scenario.
declare -A SCRIPT=([throughput]=measure [latency]=distinct)

# Start-ups of the broker and the bare application in turn; the last of each keeps running for the next scenario.
scenario_startup() {
    local round app

    say "scenario 5: $STARTS start-up(s) of the broker and of the bare application"
    for ((round = 1; round <= STARTS; round++)); do
        for app in $(in_turn "$round" broker bare); do
            stop "$app"
            "start_$app"
            record startup "$app" "$round" "millis=$STARTUP_MS"
        done
    done
}

scenario_throughput() {
    local broker=(-t2 -c"$THROUGHPUT_CONNECTIONS" "${BENCH_AUTH[@]}" "$BROKER_URL$ORGANIZATION")
    local bare=(-t2 -c"$THROUGHPUT_CONNECTIONS" "$BARE_URL/ping")

    say "scenario 2: $THROUGHPUT_ROUNDS rounds of ${THROUGHPUT_ROUND_S}s, cached read against the bare application"
    interleave throughput "$THROUGHPUT_ROUNDS" "$THROUGHPUT_ROUND_S" "$WARM_S" broker bare
}

# Both applications have had the whole throughput scenario as load.
measure_memory() {
    FIG[memory_load_s]=$((WARM_S + THROUGHPUT_ROUNDS * THROUGHPUT_ROUND_S))
    record memory broker 1 "kib=$(rss_kib broker)"
    record memory bare 1 "kib=$(rss_kib bare)"
}

# The broker keeps no answer and has a budget no load here reaches, so that each read goes upstream as it does
# directly; each connection reads pages of its own size, so that no two reads in flight are the same.
scenario_latency() {
    local token
    token=$(sandbox_token)
    local direct=(-t"$LATENCY_CONNECTIONS" -c"$LATENCY_CONNECTIONS" -H "Authorization: Bearer $token"
        "$SANDBOX_URL" -- "/api/v2/users?pageSize=")
    local broker=(-t"$LATENCY_CONNECTIONS" -c"$LATENCY_CONNECTIONS" "${BENCH_AUTH[@]}" "$BROKER_URL"
        -- "/v1/connections/default/users?pageSize=")

    say "scenario 1: $LATENCY_ROUNDS rounds of ${ROUND_S}s, uncached users pages directly and through the broker"
    stop broker
    start_broker -Dbroker.cache.users-ttl=0 -Dgenesys.connections.default.requests-per-minute="$UNLIMITED_BUDGET"
    interleave latency "$LATENCY_ROUNDS" "$ROUND_S" "$LATENCY_WARM_S" direct broker
}

# Warms up both sides, then measures them in turn. Each side's wrk arguments are in the caller's array of its name.
interleave() { # scenario, rounds, seconds, warm-up seconds, side, other side
    local scenario=$1 rounds=$2 seconds=$3 warm=$4 round side

    measure_side "$scenario" "$5" 0 "$warm"
    measure_side "$scenario" "$6" 0 "$warm"
    for ((round = 1; round <= rounds; round++)); do
        for side in $(in_turn "$round" "$5" "$6"); do
            measure_side "$scenario" "$side" "$round" "$seconds"
        done
    done
}

measure_side() { # scenario, side, round, seconds
    local -n wrk_args=$2

    load "$1" "$2" "$3" "$4" "${SCRIPT[$1]}" "${wrk_args[@]}"
}

# A cold burst on a fresh broker, then steady load over a few short token lifetimes.
scenario_tokens() {
    say "scenario 3: a cold burst of $BURST_CONNECTIONS callers, then ${STEADY_S}s with ${TOKEN_LIFETIME_S}s tokens"
    stop broker
    reset_sandbox
    start_broker

    load tokens burst 1 "$BURST_S" callers -t2 -c"$BURST_CONNECTIONS" --timeout 10s "${BENCH_AUTH[@]}" "$BROKER_URL" \
        -- 0 "${USER_PAGES[@]}"
    settle
    FIG[burst_tokens]=$(counter tokenRequests)
    count_renewals burst

    shorten_tokens
    load tokens steady 1 "$STEADY_S" callers -t1 -c"$STEADY_CONNECTIONS" "${BENCH_AUTH[@]}" "$BROKER_URL" \
        -- "$STEADY_PAUSE_MS" "${USER_PAGES[@]}"
    FIG[steady_tokens]=$(($(counter tokenRequests) - FIG[before_steady_tokens]))
    count_renewals steady
}

# The burst's token lives a day; revoking it makes the broker take a short-lived one before the steady phase counts.
# A read that no load asks for, and so no cache holds, meets the revocation and brings that token.
shorten_tokens() {
    set_token_lifetime "$TOKEN_LIFETIME_S"
    revoke_tokens
    curl -s -o /dev/null --max-time 30 "${BENCH_AUTH[@]}" "$BROKER_URL$UNREAD_PAGE" || true
    FIG[before_steady_tokens]=$(counter tokenRequests)
    count_renewals before_steady
}

# Waits, within a bound, for one read through the broker: a token request that the burst started may still be on its
# way when wrk stops, and this read joins it rather than starting another.
settle() {
    curl -s -o /dev/null --max-time 30 "${BENCH_AUTH[@]}" "$BROKER_URL$USERS_PAGE" || true
}

# The broker's renewals by trigger so far, into FIG; FIG[renewals] says whether the broker counts them at all.
count_renewals() { # phase
    local metrics
    metrics=$(broker_metrics)

    FIG[${1}_ahead]=$(renewals "$metrics" ahead)
    FIG[${1}_on_demand]=$(renewals "$metrics" on_demand)
    if has_renewals "$metrics"; then
        FIG[renewals]=counted
    else
        FIG[renewals]=uncounted
    fi
}

# Callers at about twice the budget, against a sandbox that holds each token to Genesys' 300 a minute.
scenario_budget() {
    say "scenario 4: ${BUDGET_S}s of callers at twice the budget of $GENESYS_BUDGET a minute"
    stop broker
    stop sandbox
    # The broker asks the sandbox nothing before its first caller, so the two may start together.
    launch_sandbox "$GENESYS_BUDGET"
    start_broker
    await_answer sandbox

    load budget callers 1 "$BUDGET_S" callers -t1 -c"$BUDGET_CONNECTIONS" "${BENCH_AUTH[@]}" "$BROKER_URL" \
        -- "$BUDGET_PAUSE_MS" "${USER_PAGES[@]}" "$ORGANIZATION"
    FIG[budget_api]=$(counter apiRequests)
    FIG[budget_limited]=$(counter rateLimited)
    FIG[budget_tokens]=$(counter tokenRequests)
}
