# shellcheck shell=bash
# wrk runs and their figures. Each run appends one row to the raw file: scenario, label, round, then the name=value
# fields of the result line that bench/wrk/result.lua prints. Round 0 is a warm-up and counts in no figure.

# wrk stops itself after its duration; this bound only ends a wrk that hangs.
readonly WRK_GRACE_S=30

load() { # scenario, label, round, seconds, script under bench/wrk, then wrk's arguments
    local scenario=$1 label=$2 round=$3 seconds=$4 script=$5 line
    local output=$WORK/wrk-$scenario-$label-$round.txt
    shift 5

    LUA_PATH="bench/wrk/?.lua;;" timeout "$((seconds + WRK_GRACE_S))" \
        wrk -d "${seconds}s" -s "bench/wrk/$script.lua" "$@" >"$output" 2>&1 ||
        fail_with_log "wrk failed" "$output"
    line=$(grep '^RESULT ' "$output") || fail_with_log "wrk printed no result" "$output"
    record "$scenario" "$label" "$round" "${line#RESULT }"
}

record() { # scenario, label, round, fields
    printf '%s\t%s\t%s\t%s\n' "$@" >>"$RAW"
}

# Alternates which side goes first from round to round, so that neither always meets a machine the other warmed.
in_turn() { # round, first label, second label
    if (($1 % 2)); then
        echo "$2" "$3"
    else
        echo "$3" "$2"
    fi
}

# One value per measured round, in round order; nothing for a round whose result lacks the field.
field() { # scenario, label, field name
    awk -F '\t' -v scenario="$1" -v label="$2" -v name="$3" '
        $1 == scenario && $2 == label && $3 > 0 {
            count = split($4, fields, " ")
            for (i = 1; i <= count; i++) {
                split(fields[i], pair, "=")
                if (pair[1] == name) print pair[2]
            }
        }' "$RAW"
}

# Requests over all rounds, the warm-up included.
served() { # scenario, label
    awk -F '\t' -v scenario="$1" -v label="$2" '
        $1 == scenario && $2 == label && match($4, /requests=[0-9]+/) { total += substr($4, RSTART + 9, RLENGTH - 9) }
        END { print total + 0 }' "$RAW"
}

# Requests per second of each measured round.
rates() { # scenario, label
    paste <(field "$1" "$2" requests) <(field "$1" "$2" duration_us) | awk '{ printf "%.1f\n", $1 * 1e6 / $2 }'
}

sum() {
    awk '{ total += $1 } END { print total + 0 }'
}

median() {
    sort -g | awk '
        { value[NR] = $1 }
        END {
            if (NR == 0) print "nan"
            else if (NR % 2) print value[(NR + 1) / 2]
            else print (value[NR / 2] + value[NR / 2 + 1]) / 2
        }'
}

# The median over rounds of a percentile, in milliseconds.
percentile_ms() { # scenario, label, percentile such as p50
    field "$1" "$2" "${3}_us" | median | awk '{ printf "%.2f", $1 / 1000 }'
}

# The median over rounds of one side's percentile minus the other's in the same round, in milliseconds.
added_ms() { # scenario, label, baseline label, percentile
    paste <(field "$1" "$2" "${4}_us") <(field "$1" "$3" "${4}_us") |
        awk '{ print ($1 - $2) / 1000 }' | median | awk '{ printf "%.2f", $1 }'
}

# The median over rounds of one side's rate as a percentage of the other's in the same round.
rate_share() { # scenario, label, baseline label
    paste <(rates "$1" "$2") <(rates "$1" "$3") | awk '{ print 100 * $1 / $2 }' | median | awk '{ printf "%.1f", $1 }'
}
