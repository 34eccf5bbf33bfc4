# shellcheck shell=bash
# What bench/run needs before it measures: its tools and both applications built.

# The Debian package that brings each command; gnuplot-nox is gnuplot without the desktop libraries.
declare -A PACKAGE_OF=([wrk]=wrk [gnuplot]=gnuplot-nox [jq]=jq [curl]=curl)

ensure_tools() {
    local command missing=()

    for command in "${!PACKAGE_OF[@]}"; do
        command -v "$command" >/dev/null || missing+=("${PACKAGE_OF[$command]}")
    done

    if ((${#missing[@]} > 0)); then
        install_packages "${missing[@]}"
    fi
}

# Refreshes the package lists only when an install fails without it.
install_packages() {
    local log=$WORK/apt.log

    ((EUID == 0)) || fail "missing Debian packages $*: install them as root"
    say "installing $*"
    apt_install "$@" >"$log" 2>&1 && return
    apt-get update -q >>"$log" 2>&1 || fail_with_log "apt-get update failed" "$log"
    apt_install "$@" >>"$log" 2>&1 || fail_with_log "apt-get install failed" "$log"
}

apt_install() { # packages
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"
}

build_if_stale() { # name, folder of its pom.xml
    local folder=$2 jar=$2/target/quarkus-app/quarkus-run.jar
    local log=$WORK/build-$1.log

    if [[ -f $jar && -z $(find "$folder/pom.xml" "$folder/src" -newer "$jar" -print -quit) ]]; then
        return
    fi
    say "building the $1 application"
    ./mvnw -B package -DskipTests -f "$folder/pom.xml" >"$log" 2>&1 || fail_with_log "the build failed" "$log"
}

say() {
    printf 'bench: %s\n' "$*"
}

fail() {
    printf 'bench: %s\n' "$*" >&2
    exit 1
}

fail_with_log() { # message, log file
    tail -n 30 "$2" >&2 || true
    fail "$1 (log: $2)"
}
