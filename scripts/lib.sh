# Shared shell helpers for the set-up scripts (sourced, not run).

# Installs the Debian packages PortfolioOS needs when any is missing: as root directly,
# otherwise it prints the exact apt-get line and fails.
ensure_debian_packages() {
    local missing=()
    command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server)
    pkg-config --exists libmariadb 2>/dev/null || missing+=(libmariadb-dev)
    [ -f /usr/include/openssl/ssl.h ] || missing+=(libssl-dev)
    command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
    [ ${#missing[@]} -eq 0 ] && return 0
    local line="apt-get install -y --no-install-recommends mariadb-server libmariadb-dev libssl-dev pkg-config"
    if [ "$(id -u)" -ne 0 ]; then
        echo "Missing Debian packages: ${missing[*]}" >&2
        echo "Install them with:  sudo apt-get update && sudo $line" >&2
        return 1
    fi
    echo "Installing Debian packages: ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    # Debian's maintainer scripts try to start the system service; that is not needed here.
    $line -qq >&2
}

# Starts a throw-away mariadbd whose data and socket live under $1, and prints the
# DATABASE_URL to reach it. The caller stops it with stop_private_mariadb $1.
start_private_mariadb() {
    local dir="$1"
    local mariadbd install_db
    mariadbd=$(command -v mariadbd || echo /usr/sbin/mariadbd)
    install_db=$(command -v mariadb-install-db || echo /usr/bin/mariadb-install-db)
    mkdir -p "$dir"
    local user_args=()
    [ "$(id -u)" -eq 0 ] && user_args=(--user=root)
    if [ ! -d "$dir/data/mysql" ]; then
        "$install_db" --no-defaults "${user_args[@]}" --datadir="$dir/data" \
            --auth-root-authentication-method=normal --skip-test-db >"$dir/install.log" 2>&1 \
            || { cat "$dir/install.log" >&2; return 1; }
    fi
    "$mariadbd" --no-defaults "${user_args[@]}" --datadir="$dir/data" --socket="$dir/mysqld.sock" \
        --skip-networking --pid-file="$dir/mysqld.pid" --log-error="$dir/error.log" \
        --innodb-buffer-pool-size=128M --innodb-log-file-size=48M --innodb-flush-log-at-trx-commit=2 \
        --max-connections=500 >/dev/null 2>&1 &
    local i
    for i in $(seq 1 120); do
        [ -S "$dir/mysqld.sock" ] && mariadb --no-defaults --socket="$dir/mysqld.sock" -uroot -e 'SELECT 1' >/dev/null 2>&1 && break
        sleep 0.5
    done
    if ! mariadb --no-defaults --socket="$dir/mysqld.sock" -uroot -e 'SELECT 1' >/dev/null 2>&1; then
        echo "mariadbd did not start; its log:" >&2
        cat "$dir/error.log" >&2
        return 1
    fi
    echo "mariadb://root@localhost/?socket=$dir/mysqld.sock"
}

stop_private_mariadb() {
    local dir="$1"
    [ -f "$dir/mysqld.pid" ] || return 0
    local pid
    pid=$(cat "$dir/mysqld.pid" 2>/dev/null) || return 0
    kill -TERM "$pid" 2>/dev/null || return 0
    local i
    for i in $(seq 1 60); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.5
    done
    kill -KILL "$pid" 2>/dev/null || true
}
