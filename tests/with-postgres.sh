#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster: initdb into a temporary folder, a
# server on a free loopback port (no Unix socket outside that folder), password
# authentication over TCP. The command finds it in SR_TEST_POSTGRES_URL (the superuser's URL)
# and PGPASSWORD; the cluster is stopped and deleted afterwards, whatever the outcome.
# Without PostgreSQL's server binaries (Debian: postgresql) the command runs without the
# variable, and the tests that need it say that they skipped.
set -euo pipefail
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "with-postgres: PostgreSQL server binaries not found (install postgresql); running without a server" >&2
    exec "$@"
fi

data=$(mktemp -d)
# PostgreSQL refuses to run as root: run the server as the postgres user then.
as_server=()
if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$data"
    as_server=(runuser -u postgres --)
fi
stop() {
    "${as_server[@]}" "$bindir/pg_ctl" -D "$data/cluster" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$data"
}
trap stop EXIT

password="sr-test-$RANDOM$RANDOM"
printf '%s\n' "$password" >"$data/pwfile"
chmod 600 "$data/pwfile"
[ "$(id -u)" -eq 0 ] && chown postgres "$data/pwfile"
"${as_server[@]}" "$bindir/initdb" -D "$data/cluster" -U sr_admin --pwfile="$data/pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$data/initdb.log" 2>&1 ||
    { cat "$data/initdb.log" >&2; exit 1; }
rm -f "$data/pwfile"

# A free port: let the kernel pick one, then give it to the server.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"${as_server[@]}" "$bindir/pg_ctl" -D "$data/cluster" -l "$data/server.log" -w -t 60 \
    -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50" start >/dev/null ||
    { cat "$data/server.log" >&2; exit 1; }

export SR_TEST_POSTGRES_URL="postgresql://sr_admin@127.0.0.1:$port/postgres"
export PGPASSWORD="$password" SR_TEST_POSTGRES_BIN="$bindir"
"$@"
