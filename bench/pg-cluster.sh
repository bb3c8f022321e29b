#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: its own data directory (in a temp dir owned by a
# non-root OS user), a free loopback port, its Unix socket in that temp dir; removed by `stop`.
#
#   eval "$(bench/pg-cluster.sh start)"   # exports DANVAN_TEST_PG, DANVAN_PG_CLUSTER
#   bench/pg-cluster.sh stop "$DANVAN_PG_CLUSTER"
#
# Installs Debian's postgresql when missing (as root). As root, the server runs as the `postgres`
# OS user (created by the package) through runuser; as another user, as that user.
set -euo pipefail

find_bin() {
    local name=$1 dir
    for dir in /usr/lib/postgresql/*/bin; do
        [ -x "$dir/$name" ] && { echo "$dir/$name"; return 0; }
    done
    command -v "$name" 2>/dev/null || return 1
}

ensure_installed() {
    if ! find_bin initdb >/dev/null || ! find_bin pg_ctl >/dev/null; then
        if [ "$(id -u)" = 0 ]; then
            echo "Cài đặt postgresql…" >&2
            apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
        else
            echo "Thiếu PostgreSQL (initdb, pg_ctl): cài gói postgresql với quyền root." >&2
            exit 1
        fi
    fi
}

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start() {
    ensure_installed
    local initdb pg_ctl dir port user
    initdb=$(find_bin initdb); pg_ctl=$(find_bin pg_ctl)
    dir=$(mktemp -d /tmp/danvan-pg.XXXXXX)
    chmod 755 "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; user=postgres; else user=$(id -un); fi
    port=$(free_port)
    as_owner "$initdb" -D "$dir/data" -U "$user" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    # TLS with a throwaway self-signed certificate (the tests of sslmode=require/verify-*), when openssl is there.
    local ssl=off
    if command -v openssl >/dev/null && openssl req -new -x509 -days 2 -nodes -subj "/CN=localhost" \
            -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" -keyout "$dir/server.key" -out "$dir/ca.crt" >/dev/null 2>&1; then
        cp "$dir/server.key" "$dir/ca.crt" "$dir/data/" && mv "$dir/data/ca.crt" "$dir/data/server.crt"
        chmod 600 "$dir/data/server.key"; chmod 644 "$dir/ca.crt"; rm -f "$dir/server.key"
        [ "$(id -u)" = 0 ] && chown postgres: "$dir/data/server.key" "$dir/data/server.crt"
        ssl=on
    fi
    as_owner "$pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100 -c ssl=$ssl" start >&2 \
        || { cat "$dir/server.log" >&2; exit 1; }
    as_owner psql -h "$dir" -p "$port" -U "$user" -d postgres -qc "CREATE DATABASE danvan_test" >&2
    echo "export DANVAN_PG_CLUSTER=$dir"
    [ "$ssl" = on ] && echo "export DANVAN_TEST_PG_CA=$dir/ca.crt"
    echo "export DANVAN_TEST_PG=postgresql://$user@127.0.0.1:$port/danvan_test?sslmode=disable"
}

stop() {
    local dir=${1:-${DANVAN_PG_CLUSTER:-}}
    [ -n "$dir" ] && [ -d "$dir" ] || exit 0
    case "$dir" in /tmp/danvan-pg.*) ;; *) echo "Not a test cluster: $dir" >&2; exit 1 ;; esac
    local pg_ctl; pg_ctl=$(find_bin pg_ctl)
    as_owner "$pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}

case "${1:-}" in
    start) start ;;
    stop) stop "${2:-}" ;;
    *) echo "usage: $0 start|stop [DIR]" >&2; exit 2 ;;
esac
