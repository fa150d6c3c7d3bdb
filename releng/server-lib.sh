# Shell functions shared by the scripts that run a local mail server for the console and its tests
# (james-server/james, mailstack/mailstack): sourced, not run. The script sets SERVER_NAME (the first word of its
# messages) and USAGE_LINES (the last line of its header comment, which is its usage text) before sourcing this.

die() { echo "$SERVER_NAME: $*" >&2; exit 1; }
usage_error() { echo "$SERVER_NAME: $*" >&2; exit 2; }
say() { echo "$SERVER_NAME: $*" >&2; }

usage() {
    sed -n "2,${USAGE_LINES}p" "$0" | sed 's/^# \{0,1\}//'
}

# The absolute, physical path of folder $1 (made first when $2 = create).
abs_dir() {
    local d="$1"
    [ -n "$d" ] || die "the folder is required"
    if [ "${2:-}" = create ]; then mkdir -p "$d"; fi
    [ -d "$d" ] || die "no such directory: $d"
    (cd "$d" && pwd -P)
}

port_open() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# $1 made safe inside a sed replacement delimited by |.
sed_escape() { printf '%s' "$1" | sed -e 's/[\\|&]/\\&/g'; }

# $1 (default 32) random letters and digits.
random_secret() {
    head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c "${1:-32}"
}

check_port_base() {
    [[ "$1" =~ ^[0-9]+$ ]] && [ "$1" -ge 1024 ] && [ "$1" -le 64536 ] \
        || usage_error "PORT_BASE must be a number between 1024 and 64536"
}

# Fills the global array P (NAME -> port) with PORT_BASE $1 plus each NAME:OFFSET of $2; refuses a port in use.
assign_ports() {
    local name_off name port
    declare -gA P=()
    for name_off in $2; do
        name="${name_off%%:*}"
        port=$(($1 + ${name_off##*:}))
        port_open "$port" && die "port $port ($name) on 127.0.0.1 is already in use (choose another PORT_BASE)"
        P[$name]="$port"
    done
}

# Alive and not a zombie waiting for its parent.
alive() { [ -r "/proc/$1/stat" ] && [ "$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" != Z ]; }

# Waits up to $2 seconds for process $1 to end; returns 1 if it still runs.
wait_gone() {
    local i
    for ((i = 0; i < $2 * 10; i++)); do
        alive "$1" || return 0
        sleep 0.1
    done
    ! alive "$1"
}

# Writes standard input to file $1 whole (a sibling, then a rename), with mode $2 if given: a reader never sees
# half of it.
write_whole() {
    cat > "$1.tmp"
    [ -z "${2:-}" ] || chmod "$2" "$1.tmp"
    mv "$1.tmp" "$1"
}

# The commands every server script takes; it defines cmd_start, cmd_stop and cmd_status.
dispatch() {
    case "${1:-}" in
        start)  shift; cmd_start "$@" ;;
        stop)   shift; cmd_stop "$@" ;;
        status) shift; cmd_status "$@" ;;
        revive) shift; declare -F cmd_revive >/dev/null || { usage >&2; exit 2; }; cmd_revive "$@" ;;
        reset)  shift; declare -F cmd_reset >/dev/null || { usage >&2; exit 2; }; cmd_reset "$@" ;;
        -h|--help|help) usage ;;
        *) usage >&2; exit 2 ;;
    esac
}
