#!/usr/bin/env bash
# Starts a throw-away RabbitMQ node on loopback for the queue tests and prints its AMQP URI
# (TARIKH_AMQP). Idempotent: installs rabbitmq-server only when missing (as root), reuses a running
# node. The management API (queue status: messages in flight) listens on 127.0.0.1:$TARIKH_AMQP_MGMT_PORT.
# Usage: export TARIKH_AMQP="$(bash .ci/rabbitmq.sh)"
#        bash .ci/rabbitmq.sh restart   # stops and starts the broker application, keeping its data
#        bash .ci/rabbitmq.sh stop-app / start-app   # the two halves of a restart
#        bash .ci/rabbitmq.sh stop      # stops the node
set -euo pipefail
PORT="${TARIKH_AMQP_PORT:-56720}"
MGMT="${TARIKH_AMQP_MGMT_PORT:-15680}"
DIR="${TARIKH_AMQP_DIR:-/tmp/tarikh-rabbitmq-$PORT}"
NODE="tarikh$PORT@localhost"
if [ ! -x /usr/lib/rabbitmq/bin/rabbitmq-server ]; then
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server >&2
  else
    echo "rabbitmq-server is not installed (apt-get install rabbitmq-server)" >&2; exit 1
  fi
fi
BIN=/usr/lib/rabbitmq/bin
# The node runs as the calling user with its own cookie, data, logs and ports (no system service).
export HOME="$DIR" RABBITMQ_NODENAME="$NODE" RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT="$PORT" \
  RABBITMQ_DIST_PORT="$((PORT + 1))" RABBITMQ_MNESIA_BASE="$DIR/mnesia" RABBITMQ_LOG_BASE="$DIR/log" \
  RABBITMQ_CONFIG_FILE="$DIR/rabbitmq" RABBITMQ_ENABLED_PLUGINS_FILE="$DIR/enabled_plugins" \
  RABBITMQ_PID_FILE="$DIR/rabbit.pid" RABBITMQ_CONF_ENV_FILE="$DIR/rabbitmq-env.conf" \
  RABBITMQ_ADVANCED_CONFIG_FILE="$DIR/advanced.config" ERL_CRASH_DUMP="$DIR/erl_crash.dump"
ctl() { "$BIN/rabbitmqctl" -n "$NODE" "$@"; }
if [ "${1:-}" = stop ]; then
  ctl stop >/dev/null 2>&1 || true
  exit 0
fi
if [ "${1:-}" = stop-app ]; then ctl stop_app >&2; exit 0; fi
if [ "${1:-}" = start-app ]; then ctl start_app >&2; ctl await_startup --timeout 60 >&2; exit 0; fi
if [ "${1:-}" = restart ]; then
  # The broker-restart test: every connection drops; durable queues and their messages survive.
  ctl stop_app >&2
  ctl start_app >&2
  ctl await_startup --timeout 60 >&2
  exit 0
fi
# A node whose working directory is gone (started from a CI clone deleted since) cannot stop or start its
# application any more (Erlang resolves the plugin paths against that directory): stop it and start afresh.
if [ -f "$DIR/rabbit.pid" ]; then
  pid="$(cat "$DIR/rabbit.pid" 2>/dev/null || true)"
  if [ -n "$pid" ] && [ -e "/proc/$pid" ] && readlink "/proc/$pid/cwd" 2>/dev/null | grep -q ' (deleted)$'; then
    echo "rabbitmq node $NODE runs in a deleted directory; restarting it" >&2
    ctl stop >/dev/null 2>&1 || kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do [ -e "/proc/$pid" ] || break; sleep 1; done
  fi
fi
# A node left with its application stopped (an interrupted broker-restart test) is started again, not replaced.
if ! ctl await_startup --timeout 1 >/dev/null 2>&1 && ctl ping >/dev/null 2>&1; then
  ctl start_app >&2 || true
  ctl await_startup --timeout 60 >/dev/null 2>&1 || true
fi
if ! ctl await_startup --timeout 1 >/dev/null 2>&1; then
  # Not running: start from a fresh data folder (throw-away; avoids the state of a killed node).
  # A restart of a stopped node keeps its data when TARIKH_AMQP_KEEP=1 (the broker-restart test).
  # A node that answers no command but still holds the distribution port was started with another cookie:
  # never wipe the folder under it; say so and stop.
  if (exec 3<>"/dev/tcp/127.0.0.1/$((PORT + 1))") 2>/dev/null; then
    echo "port $((PORT + 1)) is held by a RabbitMQ node this script cannot reach; stop it (or set TARIKH_AMQP_PORT)" >&2; exit 1
  fi
  if [ "${TARIKH_AMQP_KEEP:-0}" != 1 ]; then rm -rf "$DIR"; fi
  mkdir -p "$DIR/log"
  cat >"$DIR/rabbitmq.conf" <<EOF
listeners.tcp.1 = 127.0.0.1:$PORT
management.tcp.ip = 127.0.0.1
management.tcp.port = $MGMT
# The tests publish and consume thousands of small messages; keep disk alarms out of a busy /tmp.
disk_free_limit.absolute = 50MB
EOF
  echo "[rabbitmq_management]." >"$DIR/enabled_plugins"
  : >"$DIR/rabbitmq-env.conf"
  echo "[]." >"$DIR/advanced.config"
  # Started from its own folder, so that deleting the caller's directory (a CI clone) leaves it working.
  # Every descriptor of the background job goes to the log or /dev/null: a process that kept this script's
  # stdout would hold the caller's "$(bash .ci/rabbitmq.sh)" open for as long as the node runs (CI hung so).
  (cd "$DIR" && exec nohup "$BIN/rabbitmq-server") >"$DIR/log/console.log" 2>&1 </dev/null &
  for _ in $(seq 1 120); do
    if ctl await_startup --timeout 5 >/dev/null 2>&1; then break; fi
    if grep -q "BOOT FAILED" "$DIR/log/console.log" 2>/dev/null; then break; fi
    sleep 1
  done
  ctl await_startup --timeout 5 >/dev/null 2>&1 || { echo "rabbitmq did not start:" >&2; tail -30 "$DIR/log/console.log" >&2; exit 1; }
fi
echo "amqp://guest:guest@127.0.0.1:$PORT/"
