#!/usr/bin/env bash
# The whole cluster on one machine, in one command: RabbitMQ and PostgreSQL on loopback, three workers,
# 2,000 documents made of real sentences (ANERcorp, ../shared/data/ner), one worker killed with kill -9
# midway, final counts. The last line is exactly: submitted N stored N duplicates D dead-lettered K
#   N  jobs confirmed by the broker / distinct documents committed to PostgreSQL (equal: nothing lost)
#   D  deliveries whose text was already stored (redeliveries after the kill; stored once all the same)
#   K  jobs in the dead-letter queue
# Usage: tools/cluster-demo.sh [DOCUMENTS]      (env: SHARED=../shared, KEEP=1 keeps the servers running)
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-2000}"
SHARED="${SHARED:-../shared}"
WORK="$(mktemp -d /tmp/tarikh-cluster-demo.XXXXXX)"
export TARIKH_AMQP_PORT="${TARIKH_AMQP_PORT:-56740}" TARIKH_AMQP_MGMT_PORT="${TARIKH_AMQP_MGMT_PORT:-15690}"
say() { printf '\n== %s\n' "$*" >&2; }

say "build"
dotnet build src/Tarikh.Cli -c Release -v quiet -nologo >/dev/null
TARIKH=(dotnet "$PWD/src/Tarikh.Cli/bin/Release/net10.0/tarikh.dll")

say "RabbitMQ on 127.0.0.1:$TARIKH_AMQP_PORT, PostgreSQL on 127.0.0.1:55432"
AMQP="$(bash .ci/rabbitmq.sh)"
PG_BASE="$(bash .ci/postgres.sh)"
PSQL=(psql -h 127.0.0.1 -p 55432 -U postgres -v ON_ERROR_STOP=1 -qtA)
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS tarikh_demo" -c "CREATE DATABASE tarikh_demo" >/dev/null
PG="${PG_BASE/Database=tarikh_test/Database=tarikh_demo}"
QUEUE="demo.$$"

say "$N documents from real sentences of $SHARED/data/ner/anercorp-camel"
# One sentence per document (the corpus has one token per line and a blank line between sentences);
# distinct sentences of six words or more, JSON-escaped.
cat "$SHARED/data/ner/anercorp-camel/test.txt" "$SHARED/data/ner/anercorp-camel/train.txt" | awk -v n="$N" '
  function flush() {
    if (words >= 6 && !(s in seen) && count < n) {
      seen[s] = 1; t = s; gsub(/\\/, "\\\\", t); gsub(/"/, "\\\"", t); gsub(/\t/, " ", t)
      printf "{\"id\":\"anercorp-%d\",\"text\":\"%s\"}\n", count, t; count++
    }
    s = ""; words = 0
  }
  NF == 0 { flush(); next }
  { w = $0; sub(/ [^ ]*$/, "", w); s = (words ? s " " : "") w; words++ }
  END { flush() }' >"$WORK/docs.jsonl"
wc -l <"$WORK/docs.jsonl" | xargs -I{} echo "{} documents written to $WORK/docs.jsonl" >&2

say "three workers (one job at a time each: this machine has $(nproc) cores)"
PIDS=()
for i in 1 2 3; do
  "${TARIKH[@]}" worker --broker "$AMQP" --queue "$QUEUE" --db "$PG" --concurrency 1 --metrics-port $((19200 + i)) \
    >"$WORK/worker$i.log" 2>&1 &
  PIDS+=($!)
done
for i in 1 2 3; do
  until grep -q " consuming " "$WORK/worker$i.log" 2>/dev/null; do sleep 1; done
done
echo "workers ${PIDS[*]} consuming $QUEUE" >&2

say "submit"
START=$(date +%s.%N)
"${TARIKH[@]}" queue submit --jsonl "$WORK/docs.jsonl" --broker "$AMQP" --queue "$QUEUE" --quiet 2>"$WORK/submit.log" || true
cat "$WORK/submit.log" >&2
SUBMITTED=$(sed -n 's/^tarikh: submitted \([0-9]*\) jobs.*/\1/p' "$WORK/submit.log")

stored() { "${PSQL[@]}" -d tarikh_demo -c "SELECT count(*) FROM documents" 2>/dev/null || echo 0; }
metric() { curl -s "http://127.0.0.1:$1/metrics" | sed -n "s/^tarikh_worker_jobs_total{outcome=\"$2\"} //p"; }

say "kill -9 worker 1 midway"
until [ "$(stored)" -ge $((SUBMITTED / 3)) ]; do sleep 1; done
VICTIM_DUPLICATES=$(metric 19201 duplicate || echo 0)
kill -9 "${PIDS[0]}"
echo "killed worker 1 (pid ${PIDS[0]}) with $(stored) documents stored" >&2

say "wait for the queue to drain"
status() { "${TARIKH[@]}" queue status --broker "$AMQP" --queue "$QUEUE" --db "$PG" --management "http://127.0.0.1:$TARIKH_AMQP_MGMT_PORT" 2>/dev/null; }
while :; do
  S="$(status)"
  queued=$(sed -n 's/^queued .*: //p' <<<"$S"); dead=$(sed -n 's/^dead-lettered .*: //p' <<<"$S")
  done_=$(stored)
  if [ "$queued" = 0 ] && [ $((done_ + dead)) -ge "$SUBMITTED" ]; then break; fi
  sleep 2
done
END=$(date +%s.%N)
status >&2

say "stop the two other workers (SIGTERM: finish in-flight jobs, exit 0)"
kill -TERM "${PIDS[1]}" "${PIDS[2]}"
wait "${PIDS[1]}" "${PIDS[2]}" || true
cat "$WORK/worker2.log" "$WORK/worker3.log" | grep "stopped:" >&2
DUPLICATES=$(( VICTIM_DUPLICATES + $(cat "$WORK/worker2.log" "$WORK/worker3.log" | sed -n 's/.*already stored \([0-9]*\),.*/\1/p' | awk '{s += $1} END {print s + 0}') ))
STORED=$(stored)
DEAD=$(sed -n 's/^dead-lettered .*: //p' <<<"$(status)")

say "search the result in PostgreSQL"
"${TARIKH[@]}" search "العراق" --db "$PG" --index "$WORK/index" --page-size 3 | head -12 >&2 || true

awk -v a="$START" -v b="$END" -v n="$STORED" 'BEGIN { printf "wall %.1f s from submit to drained: %.1f documents/s\n", b - a, n / (b - a) }' >&2
echo "logs in $WORK" >&2
if [ "${KEEP:-0}" != 1 ]; then bash .ci/rabbitmq.sh stop; fi
echo "submitted $SUBMITTED stored $STORED duplicates $DUPLICATES dead-lettered $DEAD"
