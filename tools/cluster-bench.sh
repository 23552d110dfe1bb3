#!/usr/bin/env bash
# Measures, on this machine, documents/s of the pipeline alone (tarikh analyze --jsonl, one document at a
# time) and of 1 and 2 workers (one job at a time each) through RabbitMQ into PostgreSQL, on the same
# documents (real ANERcorp sentences, 5 per document). Start-up (model loading) is excluded: workers are
# started and consuming before the jobs are submitted; the analyze run subtracts a one-document run.
# Usage: tools/cluster-bench.sh [DOCUMENTS]   (numbers for docs/scale.md)
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-600}"
SHARED="${SHARED:-../shared}"
WORK="$(mktemp -d /tmp/tarikh-cluster-bench.XXXXXX)"
export TARIKH_AMQP_PORT="${TARIKH_AMQP_PORT:-56740}" TARIKH_AMQP_MGMT_PORT="${TARIKH_AMQP_MGMT_PORT:-15690}"
dotnet build src/Tarikh.Cli -c Release -v quiet -nologo >/dev/null
TARIKH=(dotnet "$PWD/src/Tarikh.Cli/bin/Release/net10.0/tarikh.dll")
AMQP="$(bash .ci/rabbitmq.sh)"
PG_BASE="$(bash .ci/postgres.sh)"
PSQL=(psql -h 127.0.0.1 -p 55432 -U postgres -v ON_ERROR_STOP=1 -qtA)
cat "$SHARED/data/ner/anercorp-camel/train.txt" | awk -v n="$N" '
  function flush() { if (words >= 6) { k++; doc = doc (doc ? " " : "") s; if (k % 5 == 0 && count < n) {
      t = doc; gsub(/\\/, "\\\\", t); gsub(/"/, "\\\"", t); printf "{\"id\":\"b%d\",\"text\":\"%s\"}\n", count, t; count++; doc = "" } }
    s = ""; words = 0 }
  NF == 0 { flush(); next }
  { w = $0; sub(/ [^ ]*$/, "", w); s = (words ? s " " : "") w; words++ }
  END { flush() }' >"$WORK/docs.jsonl"
head -1 "$WORK/docs.jsonl" >"$WORK/one.jsonl"
now() { date +%s.%N; }
rate() { awk -v a="$1" -v b="$2" -v n="$3" 'BEGIN { printf "%.1f", n / (b - a) }'; }

t0=$(now); "${TARIKH[@]}" analyze --jsonl "$WORK/one.jsonl" --workers 1 -o /dev/null; t1=$(now)
"${TARIKH[@]}" analyze --jsonl "$WORK/docs.jsonl" --workers 1 -o /dev/null; t2=$(now)
awk -v a="$t0" -v b="$t1" -v c="$t2" -v n="$N" 'BEGIN { printf "pipeline alone, 1 at a time: %.1f docs/s (%.1f ms per document; start-up %.1f s subtracted)\n", n / ((c - b) - (b - a)), 1000 * ((c - b) - (b - a)) / n, b - a }'

run() { # workers concurrency label
  local workers=$1 concurrency=$2 db queue pids=()
  db="tarikh_bench_$workers$concurrency"; queue="bench.$workers.$concurrency.$$"
  "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
  local pg="${PG_BASE/Database=tarikh_test/Database=$db}"
  for i in $(seq 1 "$workers"); do
    "${TARIKH[@]}" worker --broker "$AMQP" --queue "$queue" --db "$pg" --concurrency "$concurrency" --metrics-port $((19300 + i)) >"$WORK/w$workers$concurrency$i.log" 2>&1 &
    pids+=($!)
  done
  for i in $(seq 1 "$workers"); do until grep -q " consuming " "$WORK/w$workers$concurrency$i.log"; do sleep 1; done; done
  local a b
  a=$(now)
  "${TARIKH[@]}" queue submit --jsonl "$WORK/docs.jsonl" --broker "$AMQP" --queue "$queue" --quiet 2>/dev/null
  until [ "$("${PSQL[@]}" -d "$db" -c 'SELECT count(*) FROM documents')" -ge "$N" ]; do sleep 0.2; done
  b=$(now)
  local stages
  stages=$(for i in $(seq 1 "$workers"); do curl -s "http://127.0.0.1:$((19300 + i))/metrics"; done | awk '
    /stage_seconds_sum\{stage="analyze"\}/ { an += $2 } /stage_seconds_sum\{stage="store"\}/ { st += $2 }
    /stage_seconds_sum\{stage="decode"\}/ { de += $2 } /stage_seconds_sum\{stage="search"\}/ { se += $2 }
    /stage_seconds_count\{stage="analyze"\}/ { c += $2 }
    END { printf "per document: analyze %.1f ms, store %.1f ms, search rows %.1f ms, decode %.2f ms", 1000 * an / c, 1000 * st / c, 1000 * se / c, 1000 * de / c }')
  kill -TERM "${pids[@]}"; wait "${pids[@]}" || true
  echo "$workers worker(s) × $concurrency: $(rate "$a" "$b" "$N") docs/s ($stages)"
}
run 1 1
run 2 1
run 1 2
run 1 4
if [ "${KEEP:-0}" != 1 ]; then bash .ci/rabbitmq.sh stop; fi
