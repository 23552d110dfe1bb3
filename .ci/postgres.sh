#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster on loopback for the storage tests and prints the
# connection string (TARIKH_PG). Idempotent: installs PostgreSQL only when missing, reuses a
# running cluster. Usage: export TARIKH_PG="$(bash .ci/postgres.sh)"
set -euo pipefail
PORT="${TARIKH_PG_PORT:-55432}"
DIR="${TARIKH_PG_DIR:-/tmp/tarikh-pg-$PORT}"
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  else
    echo "postgresql is not installed (apt-get install postgresql)" >&2; exit 1
  fi
fi
BIN="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")"
RUN=()
if [ "$(id -u)" = 0 ]; then RUN=(runuser -u postgres --); fi
if ! "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  # Not running: start from a fresh data folder (throw-away; avoids stale pid files of a killed server).
  rm -rf "$DIR"
  mkdir -p "$DIR"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$DIR"; fi
  "${RUN[@]}" "$BIN/initdb" -D "$DIR" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${RUN[@]}" "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >&2
fi
"$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='tarikh_test'" | grep -q 1 \
  || "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -qc "CREATE DATABASE tarikh_test" >&2
echo "Host=127.0.0.1;Port=$PORT;Username=postgres;Database=tarikh_test"
