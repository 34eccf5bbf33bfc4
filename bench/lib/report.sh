# shellcheck shell=bash
# The report: each figure beside its goal, a section per scenario, the raw numbers and a chart of percentiles.

readonly PERCENTILES=(p50 p90 p99)

write_report() {
    compute_figures
    draw_chart
    {
        report_head
        goals_table
        latency_section
        throughput_section
        tokens_section
        budget_section
        startup_section
        raw_section
    } >"$REPORT"
}

compute_figures() {
    local p

    for p in "${PERCENTILES[@]}"; do
        FIG[direct_$p]=$(percentile_ms latency direct "$p")
        FIG[broker_$p]=$(percentile_ms latency broker "$p")
        FIG[added_$p]=$(added_ms latency broker direct "$p")
        FIG[cached_$p]=$(percentile_ms throughput broker "$p")
        FIG[bare_$p]=$(percentile_ms throughput bare "$p")
    done
    FIG[cached_rate]=$(rates throughput broker | median)
    FIG[bare_rate]=$(rates throughput bare | median)
    FIG[cached_share]=$(rate_share throughput broker bare)
    compute_startup_figures
    FIG[steady_on_request_path]=$((FIG[steady_on_demand] - FIG[before_steady_on_demand]))
    FIG[steady_renewed_ahead]=$((FIG[steady_ahead] - FIG[before_steady_ahead]))
    FIG[budget_rate]=$(rates budget callers | awk '{ printf "%.0f", $1 * 60 }')
}

compute_startup_figures() {
    local app

    for app in broker bare; do
        FIG[startup_$app]=$(field startup "$app" millis | median)
        FIG[memory_$app]=$(field memory "$app" kib | awk '{ printf "%.0f", $1 / 1024 }')
    done
    FIG[startup_ratio]=$(ratio "${FIG[startup_broker]}" "${FIG[startup_bare]}")
    FIG[memory_ratio]=$(ratio "${FIG[memory_broker]}" "${FIG[memory_bare]}")
}

ratio() { # value, baseline
    awk -v value="$1" -v baseline="$2" 'BEGIN { printf "%.2f", value / baseline }'
}

# "met", "missed by" the distance to the goal, or "not measured" for an empty figure.
verdict() { # figure, comparison (<=, >= or =), goal, printf format of the distance
    awk -v figure="$1" -v comparison="$2" -v goal="$3" -v format="$4" 'BEGIN {
        if (figure == "" || figure == "nan") { print "not measured"; exit }
        distance = comparison == ">=" ? goal - figure : figure - goal
        if (comparison == "=" && distance < 0) distance = -distance
        if (distance <= 0) print "met"
        else printf "missed by " format "\n", distance
    }'
}

report_head() {
    local commit
    commit=$(git rev-parse --short HEAD)
    [[ -z $(git status --porcelain -- . ':!bench/results') ]] || commit="$commit with uncommitted changes"

    echo "# Benchmark $STAMP"
    echo
    echo "\`bench/run\` in its $MODE mode at commit $commit,"
    echo "on $(nproc) cores with $(java_version) and $(wrk_version)."
    echo "Load average before the run ${FIG[load_before]}, after it $(load_average)."
    echo "The sandbox adds $LATENCY_MS ms to every answer. The machine is shared with other work, so each comparison is"
    echo "made between two sides measured in turn in this run; compare ratios and differences across runs, not absolute"
    echo "figures."
    if [[ $MODE == smoke ]]; then
        echo
        echo "A smoke run lasts seconds per scenario: it shows that the harness works, not how the broker performs."
    fi
    echo
    echo "![Latency percentiles of scenarios 1 and 2]($(basename "$CHART"))"
    echo
}

java_version() {
    java -version 2>&1 | awk 'NR == 1 { gsub(/"/, ""); print }'
}

wrk_version() {
    # wrk has no version option: it prints its version above its usage and exits with 1.
    { wrk --version 2>&1 || true; } | awk 'NR == 1 { print "wrk " $2 }'
}

load_average() {
    cut -d ' ' -f 1-3 /proc/loadavg
}

goals_table() {
    local steady=${FIG[steady_on_request_path]}
    [[ ${FIG[renewals]} == counted ]] || steady=""

    echo "## Goals"
    echo
    echo "| scenario | figure | goal | result |"
    echo "|---|---|---|---|"
    goal_row "1. latency added at p50" "${FIG[added_p50]} ms" "at most 1 ms" "${FIG[added_p50]}" "<=" 1 "%.2f ms"
    goal_row "1. latency added at p99" "${FIG[added_p99]} ms" "at most 3 ms" "${FIG[added_p99]}" "<=" 3 "%.2f ms"
    goal_row "2. cached read, share of the bare rate" "${FIG[cached_share]} %" "at least 70 %" \
        "${FIG[cached_share]}" ">=" 70 "%.1f points"
    goal_row "3. token requests for a cold burst of $BURST_CONNECTIONS callers" "${FIG[burst_tokens]}" "1" \
        "${FIG[burst_tokens]}" "=" 1 "%d"
    goal_row "3. token requests on a caller's request path, steady load" "${steady:-unavailable}" "0" \
        "$steady" "<=" 0 "%d"
    goal_row "4. upstream 429s at twice the budget" "${FIG[budget_limited]}" "0" "${FIG[budget_limited]}" "<=" 0 "%d"
    goal_row "5. start-up time, broker to bare" "${FIG[startup_ratio]}x" "at most 1.3x" \
        "${FIG[startup_ratio]}" "<=" 1.3 "%.2fx"
    goal_row "5. resident memory after load, broker to bare" "${FIG[memory_ratio]}x" "at most 1.3x" \
        "${FIG[memory_ratio]}" "<=" 1.3 "%.2fx"
    echo
}

goal_row() { # scenario and measure, shown figure, shown goal, then the arguments of verdict
    printf '| %s | %s | %s | %s |\n' "$1" "$2" "$3" "$(verdict "$4" "$5" "$6" "$7")"
}

latency_section() {
    local p

    echo "## 1. Added latency"
    echo
    echo "Users pages \`GET /api/v2/users\` on the sandbox with a token of the script's own, against"
    echo "\`GET /v1/connections/default/users\` on a broker that keeps no answer (\`broker.cache.users-ttl=0\`) and"
    echo "whose budget no load here reaches, so that it makes each read upstream: $LATENCY_CONNECTIONS connections,"
    echo "each on a thread of its own asking for pages of a size of its own (20 plus its number, pages 1 to 4), so"
    echo "that no two reads in flight are the same and the broker joins none;"
    echo "$LATENCY_ROUNDS rounds of ${ROUND_S} s after a warm-up of ${LATENCY_WARM_S} s each, the two sides in turn."
    echo "The broker starts afresh for this scenario, and at this rate its JIT compiler needs the warm-up to"
    echo "finish compiling the upstream path. Each figure is the median over the rounds; \"added\" is the median of"
    echo "each round's difference."
    echo
    echo "| percentile | sandbox directly (ms) | through the broker (ms) | added (ms) |"
    echo "|---|---|---|---|"
    for p in "${PERCENTILES[@]}"; do
        printf '| %s | %s | %s | %s |\n' "$p" "${FIG[direct_$p]}" "${FIG[broker_$p]}" "${FIG[added_$p]}"
    done
    echo
    round_table latency
}

throughput_section() {
    echo "## 2. Throughput of a cached read"
    echo
    echo "\`GET $ORGANIZATION\` on the broker, whose answer may be cached, against \`GET /ping\` on the bare"
    echo "Quarkus application of \`bench/bare\` (one endpoint answering a small JSON on the event loop): wrk with 2"
    echo "threads and $THROUGHPUT_CONNECTIONS connections, $THROUGHPUT_ROUNDS rounds of ${THROUGHPUT_ROUND_S} s after a"
    echo "warm-up of ${WARM_S} s each, the two in turn. The share is the median of each round's share."
    echo
    echo "| | requests/s | p50 (ms) | p90 (ms) | p99 (ms) |"
    echo "|---|---|---|---|---|"
    printf '| broker, organization | %s | %s | %s | %s |\n' "${FIG[cached_rate]}" "${FIG[cached_p50]}" \
        "${FIG[cached_p90]}" "${FIG[cached_p99]}"
    printf '| bare application | %s | %s | %s | %s |\n' "${FIG[bare_rate]}" "${FIG[bare_p50]}" "${FIG[bare_p90]}" \
        "${FIG[bare_p99]}"
    echo
    echo "The broker served ${FIG[cached_share]} % of the bare application's rate."
    echo
    round_table throughput
}

tokens_section() {
    echo "## 3. Token economy"
    echo
    echo "A freshly started broker met $BURST_CONNECTIONS callers at once (wrk with $BURST_CONNECTIONS connections on"
    echo "users pages 1 to 4, and after it one more read that waits for a token request still in flight). Then the"
    echo "sandbox revoked that token and issued tokens for ${TOKEN_LIFETIME_S} s from then on; after one read that took"
    echo "such a token, $STEADY_CONNECTIONS callers pausing about $STEADY_PAUSE_MS ms between reads kept the broker"
    echo "busy."
    echo "Token requests are the sandbox's counts."
    echo
    echo "| phase | seconds | callers | answers by status | socket errors | token requests | renewed ahead |" \
        "on a caller's request path |"
    echo "|---|---|---|---|---|---|---|---|"
    token_row "cold burst" "$BURST_S" "$BURST_CONNECTIONS" burst "${FIG[burst_tokens]}" "${FIG[burst_ahead]}" \
        "${FIG[burst_on_demand]}"
    token_row steady "$STEADY_S" "$STEADY_CONNECTIONS" steady "${FIG[steady_tokens]}" "${FIG[steady_renewed_ahead]}" \
        "${FIG[steady_on_request_path]}"
    echo
    if [[ ${FIG[renewals]} != counted ]]; then
        echo "The broker exposes no \`broker_token_renewals_total\`, so the split between renewals ahead of expiry and"
        echo "on a caller's request path is unavailable; the sandbox's count is the total of both."
        echo
    fi
}

token_row() { # phase, seconds, callers, label of the wrk run, token requests, renewed ahead, on the request path
    local ahead=$6 on_demand=$7
    [[ ${FIG[renewals]} == counted ]] || ahead=unavailable on_demand=unavailable

    printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$3" "$(statuses tokens "$4")" \
        "$(field tokens "$4" errors_socket)" "$5" "$ahead" "$on_demand"
}

budget_section() {
    echo "## 4. Upstream economy"
    echo
    echo "$BUDGET_CONNECTIONS callers, each pausing about $BUDGET_PAUSE_MS ms between reads (wrk's \`delay()\`, drawn"
    echo "between half and one and a half times that), cycled through users pages 1 to 4 and the organization for"
    echo "${BUDGET_S} s: ${FIG[budget_rate]} caller requests a minute, against a sandbox that allows each token"
    echo "$GENESYS_BUDGET a minute."
    echo
    echo "| caller requests | answers by status | upstream calls | upstream 429s | token requests |"
    echo "|---|---|---|---|---|"
    printf '| %s | %s | %s | %s | %s |\n' "$(field budget callers requests)" "$(statuses budget callers)" \
        "${FIG[budget_api]}" "${FIG[budget_limited]}" "${FIG[budget_tokens]}"
    echo
}

startup_section() {
    echo "## 5. Start-up time and memory"
    echo
    echo "Each application was started $STARTS time(s), in turn, with \`java -jar\` and no JVM options, and polled"
    echo "every $(awk -v s="$POLL_INTERVAL_S" 'BEGIN { print s * 1000 }') ms with curl from launch to its first 200"
    echo "answer"
    echo "(\`GET /v1/connections\` on the broker, \`GET /ping\` on the bare application). Memory is the resident"
    echo "set"
    echo "(VmRSS) after the ${FIG[memory_load_s]} s of load of scenario 2, in which the broker served"
    echo "$(served throughput broker) requests and the bare application $(served throughput bare)."
    echo
    echo "| | broker | bare application | ratio |"
    echo "|---|---|---|---|"
    printf '| start-up, median (ms) | %s | %s | %sx |\n' "${FIG[startup_broker]}" "${FIG[startup_bare]}" \
        "${FIG[startup_ratio]}"
    printf '| resident memory (MiB) | %s | %s | %sx |\n' "${FIG[memory_broker]}" "${FIG[memory_bare]}" \
        "${FIG[memory_ratio]}"
    echo
}

raw_section() {
    echo "## Raw numbers"
    echo
    echo "One row a measurement: scenario, side, round (0 is a warm-up), then wrk's figures (durations and"
    echo "percentiles in microseconds, answers by status where counted), start-up milliseconds or resident KiB."
    echo
    echo '```'
    cat "$RAW"
    echo '```'
}

# Each measured round of a scenario: rate, percentiles and errors of each side.
round_table() { # scenario
    echo "| round | side | requests/s | p50 (ms) | p90 (ms) | p99 (ms) | error answers | socket errors |"
    echo "|---|---|---|---|---|---|---|---|"
    awk -F '\t' -v scenario="$1" '
        $1 == scenario && $3 > 0 {
            delete value
            count = split($4, fields, " ")
            for (i = 1; i <= count; i++) {
                split(fields[i], pair, "=")
                value[pair[1]] = pair[2]
            }
            printf "| %s | %s | %.1f | %.2f | %.2f | %.2f | %d | %d |\n", $3, $2,
                value["requests"] * 1e6 / value["duration_us"], value["p50_us"] / 1000, value["p90_us"] / 1000,
                value["p99_us"] / 1000, value["errors_status"], value["errors_socket"]
        }' "$RAW"
    echo
}

# Callers' answers by status, such as "200: 950, 429: 3".
statuses() { # scenario, label
    awk -F '\t' -v scenario="$1" -v label="$2" '
        $1 == scenario && $2 == label {
            count = split($4, fields, " ")
            for (i = 1; i <= count; i++) {
                if (fields[i] !~ /^status_/) continue
                split(substr(fields[i], 8), pair, "=")
                listed = listed (listed == "" ? "" : ", ") pair[1] ": " pair[2]
            }
        }
        END { print listed == "" ? "nothing" : listed }' "$RAW"
}

draw_chart() {
    local latency=$WORK/chart-latency.dat throughput=$WORK/chart-throughput.dat

    chart_data direct "sandbox directly" broker "through the broker" >"$latency"
    chart_data cached "broker, organization" bare "bare application" >"$throughput"
    gnuplot -c bench/chart.gp "$CHART" "$latency" "$throughput" \
        "1. Users page, $LATENCY_CONNECTIONS connections" \
        "2. Cached read, $THROUGHPUT_CONNECTIONS connections" \
        "Latency percentiles, medians over rounds ($MODE run $STAMP)" >"$WORK/gnuplot.log" 2>&1 ||
        fail_with_log "gnuplot failed" "$WORK/gnuplot.log"
}

chart_data() { # figure prefix, title, other figure prefix, other title
    local p

    printf 'percentile "%s" "%s"\n' "$2" "$4"
    for p in "${PERCENTILES[@]}"; do
        printf '%s %s %s\n' "$p" "${FIG[${1}_$p]}" "${FIG[${3}_$p]}"
    done
}
