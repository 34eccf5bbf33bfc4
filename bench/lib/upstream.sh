# shellcheck shell=bash
# What bench/run asks the sandbox's controls and the broker's metrics.

counter() { # tokenRequests, apiRequests or rateLimited
    curl -sf --max-time 5 "$SANDBOX_URL/sandbox/counters" | jq -r ".$1"
}

reset_sandbox() {
    curl -sf --max-time 5 -X POST "$SANDBOX_URL/sandbox/reset" >/dev/null
}

set_token_lifetime() { # seconds
    curl -sf --max-time 5 -X PUT -H 'Content-Type: application/json' -d "{\"seconds\": $1}" \
        "$SANDBOX_URL/sandbox/token-lifetime" >/dev/null
}

revoke_tokens() {
    curl -sf --max-time 5 -X POST "$SANDBOX_URL/sandbox/tokens/revoke" >/dev/null
}

# A token of the sandbox's own, for reading it directly as the broker does.
sandbox_token() {
    curl -sf --max-time 5 -u "$SANDBOX_CLIENT_ID:$SANDBOX_CLIENT_SECRET" -d grant_type=client_credentials \
        "$SANDBOX_URL/oauth/token" | jq -r .access_token
}

# The broker's metrics from its management port, or from its HTTP port while it has no management interface.
broker_metrics() {
    curl -sf --max-time 5 "http://$HOST:$BROKER_MANAGEMENT_PORT/q/metrics" ||
        curl -sf --max-time 5 "$BROKER_URL/q/metrics" || true
}

# Renewals of the connection "default" with a trigger (ahead or on_demand) in a metrics text.
renewals() { # metrics text, trigger
    awk -v trigger="trigger=\"$2\"" '
        /^broker_token_renewals_total\{/ && /connection="default"/ && index($0, trigger) { total += $NF }
        END { print total + 0 }' <<<"$1"
}

has_renewals() { # metrics text
    grep -q '^broker_token_renewals_total' <<<"$1"
}
