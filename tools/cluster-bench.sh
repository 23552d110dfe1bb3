#!/usr/bin/env bash
# Measures, on this machine, documents/s of the pipeline alone (tarikh analyze --jsonl, one document at a
# time) and of 1 and 2 workers (one analysis at a time each; the default grouping of up to 50 documents per
# transaction, and one document per transaction for comparison) through RabbitMQ into PostgreSQL, on the same
# documents (real ANERcorp sentences, 5 per document). Start-up (model loading, JIT) is excluded: workers are
# started and have stored 10 warm-up documents each (other texts) before the measured jobs are submitted; the
# analyze run is timed from its first document's line to its last (see below). Besides wall time it reports CPU time per document: the analyze process alone, the worker process(es), the
# PostgreSQL backends of the run's database and the bench's own RabbitMQ node (other sessions' work on the
# machine is not counted in CPU time, which makes these the steadier figures on a busy machine).
# Usage: tools/cluster-bench.sh [DOCUMENTS]   (numbers for docs/scale.md)
#        RUNS="1 1,2 1" tools/cluster-bench.sh 600   (only these runs, after the pipeline-alone run)
#        WARMUP=200 tools/cluster-bench.sh 600   (steady state: each worker stores 200 warm-up documents first, and the
#          pipeline-alone run analyzes 200 warm-up documents before the measured ones instead of one, so that the JIT's
#          tiering, which goes on for the first few hundred documents, is left out of both; default 10 and one, as before)
#          WARMUP may exceed the corpus's ≈ 780 texts: the warm-up documents are the texts again with more " ." added)
#        DOTNET_TieredCompilation=0 tools/cluster-bench.sh 600   (every process of the bench compiles each method once, fully
#          optimized: no JIT after start-up, a proxy of the steady state; with the default tiering the JIT is still at work
#          after 1,000 documents and takes 20-30 % of both processes' CPU, docs/scale.md round 5)
#        WORKER_ENV="DOTNET_gcServer=1" tools/cluster-bench.sh 600   (environment for the worker processes only)
#        GROUP_WAIT=250 tools/cluster-bench.sh 600   (the workers' --group-wait in milliseconds; default the worker's, 50)
#        GROUP_TARGET=0 tools/cluster-bench.sh 600   (the workers' --group-target; default the worker's, 20; 0: the fixed wait of
#          before round 16)
#        SENTENCES=20 tools/cluster-bench.sh 190   (longer documents: 20 ANERcorp sentences each, ≈ 6 KB, news-article size;
#          the corpus gives ≈ 195 of them; default 5 sentences, ≈ 1.6 KB)
#        TARIKH_DLL=/tmp/a/tarikh.dll KEEP=1 tools/cluster-bench.sh 600   (another build; keep the bench's broker running)
#        BY_PATH=1 tools/cluster-bench.sh 600   (the measured jobs carry file paths, not texts: each document is written to a
#          file of the bench's folder and submitted with `queue submit FOLDER --by-path`; the workers read the files, so the
#          broker carries a few hundred bytes per job instead of the text; the warm-up jobs still carry their texts)
#        NO_SEARCH=1 tools/cluster-bench.sh 190   (the workers run with --no-search: documents stored without search rows)
#        PG_PERF=/tmp/pg.data tools/cluster-bench.sh 190   (perf record -g of the run's PostgreSQL backends during the measured
#          window, for `perf report -i /tmp/pg.data`; with several runs each gets its own file, suffixed by the run)
#        WAL_STATS=1 tools/cluster-bench.sh 190   (pg_waldump --stats of the measured window's WAL: its bytes per resource
#          manager (heap, B-tree, GIN, GiST, transaction), printed after the run's line)
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-600}"
SHARED="${SHARED:-../shared}"
WORK="$(mktemp -d /tmp/tarikh-cluster-bench.XXXXXX)"
export TARIKH_AMQP_PORT="${TARIKH_AMQP_PORT:-56740}" TARIKH_AMQP_MGMT_PORT="${TARIKH_AMQP_MGMT_PORT:-15690}"
# TARIKH_DLL (env): a tarikh.dll built elsewhere (a copy of another version's build, to compare two versions A B A B in
# one window); by default this tree is built and used.
if [ -z "${TARIKH_DLL:-}" ]; then dotnet build src/Tarikh.Cli -c Release -v quiet -nologo >/dev/null; fi
TARIKH=(dotnet "${TARIKH_DLL:-$PWD/src/Tarikh.Cli/bin/Release/net10.0/tarikh.dll}")
AMQP="$(bash .ci/rabbitmq.sh)"
PG_BASE="$(bash .ci/postgres.sh)"
PSQL=(psql -h 127.0.0.1 -p "${TARIKH_PG_PORT:-55432}" -U postgres -v ON_ERROR_STOP=1 -qtA)
MPORT="${METRICS_PORT:-19300}"  # the workers' metrics ports: MPORT + 1, MPORT + 2
WARMUP="${WARMUP:-10}"
WARM=$((WARMUP * 2 > 20 ? WARMUP * 2 : 20))
read -ra WORKER_ENV <<<"${WORKER_ENV:-}"
SENTENCES="${SENTENCES:-5}"
cat "$SHARED/data/ner/anercorp-camel/train.txt" | awk -v n="$N" -v per="$SENTENCES" '
  function flush() { if (words >= 6) { k++; doc = doc (doc ? " " : "") s; if (k % per == 0 && count < n) {
      t = doc; gsub(/\\/, "\\\\", t); gsub(/"/, "\\\"", t); printf "{\"id\":\"b%d\",\"text\":\"%s\"}\n", count, t; count++; doc = "" } }
    s = ""; words = 0 }
  NF == 0 { flush(); next }
  { w = $0; sub(/ [^ ]*$/, "", w); s = (words ? s " " : "") w; words++ }
  END { flush() }' >"$WORK/all.jsonl"
head -n "$N" "$WORK/all.jsonl" >"$WORK/docs.jsonl"
if [ "${BY_PATH:-0}" = 1 ]; then
  mkdir -p "$WORK/files"
  python3 -c '
import json, sys
for n, line in enumerate(open(sys.argv[1], encoding="utf-8")):
    open("%s/b%05d.txt" % (sys.argv[2], n), "w", encoding="utf-8").write(json.loads(line)["text"])
' "$WORK/docs.jsonl" "$WORK/files"
fi
if [ "$(wc -l <"$WORK/docs.jsonl")" -lt "$N" ]; then
  echo "only $(wc -l <"$WORK/docs.jsonl") documents of $SENTENCES sentences in the corpus: run with fewer (e.g. $(wc -l <"$WORK/docs.jsonl"))" >&2; exit 2
fi
echo "documents: $N of $SENTENCES sentences$([ "${BY_PATH:-0}" = 1 ] && echo ", submitted by path"), $(awk -v b="$(wc -c <"$WORK/docs.jsonl")" -v n="$N" 'BEGIN { printf "%.2f", b / n / 1024 }') KB of JSON line (UTF-8) on average"
# Warm-up documents: the measured texts with " ." added (other texts, same kind; ANERcorp's train split gives only
# about 780 documents of five sentences).
# More warm-up documents than texts (WARMUP of several hundred per worker, for the steady state): the texts again with
# " . ." added, then " . . .", and so on (each a new SHA-256).
awk -v n="$WARM" '{ line[NR] = $0 } END { for (c = 0; c < n; c++) { s = line[c % NR + 1]; tail = ""; for (p = 0; p <= int(c / NR); p++) tail = tail " ."
  sub(/^\{"id":"b[0-9]*"/, "{\"id\":\"w" c "\"", s); sub(/"}$/, tail "\"}", s); print s } }' "$WORK/all.jsonl" >"$WORK/warm.jsonl"
# The pipeline-alone run analyzes the first document (WARMUP ≤ 10), or WARMUP warm-up documents, then the measured ones.
if [ "$WARMUP" -le 10 ]; then head -1 "$WORK/docs.jsonl" >"$WORK/one.jsonl"; else head -n "$WARMUP" "$WORK/warm.jsonl" >"$WORK/one.jsonl"; fi
cat "$WORK/one.jsonl" "$WORK/docs.jsonl" >"$WORK/alone.jsonl"
now() { date +%s.%N; }
TICK=$(getconf CLK_TCK)
rate() { awk -v a="$1" -v b="$2" -v n="$3" 'BEGIN { printf "%.1f", n / (b - a) }'; }

cpu() { # summed user+system seconds of the given pids (gone ones count 0)
  local total=0 p
  for p in "$@"; do [ -r "/proc/$p/stat" ] && total=$((total + $(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$p/stat"))); done
  awk -v t="$total" -v k="$TICK" 'BEGIN { printf "%.3f", t / k }'
}
server_cpu() { # the whole PostgreSQL server's CPU seconds: the postmaster with its reaped children, and its live children
  # (autovacuum, whose autoanalyze flushes the GIN pending lists, the checkpointer, the WAL writer: not the run's backends alone)
  local pm
  pm=$(head -1 "${TARIKH_PG_DIR:-/tmp/tarikh-pg-${TARIKH_PG_PORT:-55432}}/postmaster.pid" 2>/dev/null || echo 0)
  [ "$pm" != 0 ] && [ -r "/proc/$pm/stat" ] || { echo 0; return; }
  { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v pm="$pm" -v k="$TICK" '{ pid = $1; sub(/^.*\) /, ""); split($0, f, " ")
      if (pid == pm) t += f[12] + f[13] + f[14] + f[15]; else if (f[2] == pm) t += f[12] + f[13] }
    END { printf "%.3f", t / k }'
}
backends() { "${PSQL[@]}" -d postgres -c "SELECT pid FROM pg_stat_activity WHERE datname = '$1'" | tr '\n' ' '; }
BROKER_PID=$(cat "/tmp/tarikh-rabbitmq-$TARIKH_AMQP_PORT/rabbit.pid" 2>/dev/null || echo 0)

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
# One process, read while it runs: its standard output is written document by document (unbuffered), so the time and its
# CPU (/proc) are read when the line of the last warm-up document comes out and again when the line of the last measured
# one does. Start-up and warm-up are left out without subtracting a second run (the subtraction of a one-document run,
# used before, came out negative when the two start-ups differed by more than the measured documents took).
mkfifo "$WORK/alone.out"
t0=$(now)
"${TARIKH[@]}" analyze --jsonl "$WORK/alone.jsonl" --workers 1 >"$WORK/alone.out" &
APID=$!
awk -v w="$(wc -l <"$WORK/one.jsonl")" -v n="$N" -v pid="$APID" '
  function mark(   s, t, f) { getline s <("/proc/" pid "/stat"); close("/proc/" pid "/stat"); sub(/^.*\) /, "", s); split(s, f, " ")
    "date +%s.%N" | getline t; close("date +%s.%N"); printf "%s %s\n", t, f[12] + f[13] }
  NR == w || NR == w + n { mark() }' <"$WORK/alone.out" >"$WORK/alone.marks"
wait "$APID"
[ "$(wc -l <"$WORK/alone.marks")" = 2 ] || { echo "the pipeline-alone run did not write $N + $(wc -l <"$WORK/one.jsonl") lines" >&2; exit 3; }
awk -v t0="$t0" -v n="$N" -v k="$TICK" 'NR == 1 { a = $1; ca = $2 } NR == 2 { b = $1; cb = $2 } END {
  printf "pipeline alone, 1 at a time: %.1f docs/s (%.1f ms per document; start-up and warm-up %.1f s left out); CPU %.2f ms per document\n",
    n / (b - a), 1000 * (b - a) / n, a - t0, 1000 * (cb - ca) / k / n }' "$WORK/alone.marks"

done_jobs() { # jobs stored or found already stored (and acknowledged), summed over the workers' metrics
  for i in $(seq 1 "$1"); do curl -s "http://127.0.0.1:$((MPORT + i))/metrics"; done |
    awk '/^tarikh_worker_jobs_total\{outcome="(stored|duplicate)"\}/ { n += $2 } END { print n + 0 }'
}
run() { # workers concurrency [group]
  local workers=$1 concurrency=$2 group=${3:-50} db queue pids=()
  db="tarikh_bench_$workers${concurrency}_$group"; queue="bench.$workers.$concurrency.$group.$$"
  "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" >/dev/null
  local pg="${PG_BASE/Database=tarikh_test/Database=$db}"
  for i in $(seq 1 "$workers"); do
    env "${WORKER_ENV[@]}" "${TARIKH[@]}" worker --broker "$AMQP" --queue "$queue" --db "$pg" --concurrency "$concurrency" --group "$group" ${GROUP_WAIT:+--group-wait "$GROUP_WAIT"} ${GROUP_TARGET:+--group-target "$GROUP_TARGET"} ${NO_SEARCH:+--no-search} --metrics-port $((MPORT + i)) >"$WORK/w$workers$concurrency$i.log" 2>&1 &
    pids+=($!)
  done
  for i in $(seq 1 "$workers"); do until grep -q " consuming " "$WORK/w$workers$concurrency$i.log"; do sleep 1; done; done
  # Warm-up: WARMUP other documents per worker (JIT, first connections), not counted.
  local warm=$((WARMUP * workers))
  head -n "$warm" "$WORK/warm.jsonl" >"$WORK/warm-$workers.jsonl"
  "${TARIKH[@]}" queue submit --jsonl "$WORK/warm-$workers.jsonl" --broker "$AMQP" --queue "$queue" --quiet 2>/dev/null
  until [ "$("${PSQL[@]}" -d "$db" -c 'SELECT count(*) FROM documents')" -ge "$warm" ]; do sleep 0.2; done
  local base
  base=$(for i in $(seq 1 "$workers"); do curl -s "http://127.0.0.1:$((MPORT + i))/metrics"; done)
  local a b pg_pids w0 p0 r0 s0
  pg_pids=$(backends "$db")
  local perf_pid="" lsn0
  if [ -n "${PG_PERF:-}" ]; then
    perf record -g -q -o "$PG_PERF${run_suffix:-}" -p "$(echo $pg_pids | tr ' ' ',')" 2>/dev/null &
    perf_pid=$!
  fi
  lsn0=$("${PSQL[@]}" -d "$db" -c 'SELECT pg_current_wal_insert_lsn()')
  w0=$(cpu "${pids[@]}"); p0=$(cpu $pg_pids); r0=$(cpu "$BROKER_PID"); s0=$(server_cpu)
  a=$(now)
  if [ "${BY_PATH:-0}" = 1 ]; then
    "${TARIKH[@]}" queue submit "$WORK/files" --by-path --broker "$AMQP" --queue "$queue" --quiet 2>/dev/null
  else
    "${TARIKH[@]}" queue submit --jsonl "$WORK/docs.jsonl" --broker "$AMQP" --queue "$queue" --quiet 2>/dev/null
  fi
  # Polled through the workers' metrics (jobs stored and acknowledged), not psql: a psql poll starts a client and a
  # PostgreSQL backend every time, about 10-20 ms of CPU on the same two cores, 5 times a second.
  until [ "$(done_jobs "$workers")" -ge "$((N + warm))" ]; do sleep 0.2; done
  b=$(now)
  local w1 p1 r1 s1
  s1=$(server_cpu)  # before the psql below starts a backend of its own
  pg_pids=$(backends "$db")
  w1=$(cpu "${pids[@]}"); p1=$(cpu $pg_pids); r1=$(cpu "$BROKER_PID")
  if [ -n "$perf_pid" ]; then kill -INT "$perf_pid"; wait "$perf_pid" || true; fi
  local lsn1 wal
  lsn1=$("${PSQL[@]}" -d "$db" -c 'SELECT pg_current_wal_insert_lsn()')
  wal=$("${PSQL[@]}" -d "$db" -c "SELECT round(pg_wal_lsn_diff('$lsn1', '$lsn0') / $N / 1024.0, 1)")
  [ "$("${PSQL[@]}" -d "$db" -c 'SELECT count(*) FROM documents')" -ge "$((N + warm))" ] || { echo "fewer documents stored than jobs done" >&2; exit 3; }
  local stages
  stages=$( (echo "$base" | sed 's/^/base /'; for i in $(seq 1 "$workers"); do curl -s "http://127.0.0.1:$((MPORT + i))/metrics"; done) | awk '
    { s = 1 } /^base / { s = -1; sub(/^base /, "") }   # the warm-up is subtracted
    /stage_seconds_sum\{stage="analyze"\}/ { an += s * $2 } /stage_seconds_sum\{stage="store"\}/ { st += s * $2 }
    /stage_seconds_sum\{stage="decode"\}/ { de += s * $2 } /stage_seconds_sum\{stage="search"\}/ { se += s * $2 }
    /stage_seconds_sum\{stage="wait"\}/ { wa += s * $2 }
    /stage_seconds_count\{stage="analyze"\}/ { c += s * $2 }
    /^tarikh_worker_transactions_total/ { tx += s * $2 } /^tarikh_worker_transaction_documents_total/ { td += s * $2 }
    /^tarikh_worker_jit_seconds_total/ { jit += s * $2 } /^tarikh_worker_jit_methods_total/ { jm += s * $2 }
    /^tarikh_worker_analysis_cpu_seconds_total/ { acpu += s * $2 } /^tarikh_worker_gc_pause_seconds_total/ { gcp += s * $2 }
    /^tarikh_worker_gc_collections_total\{generation="0"\}/ { g0 += s * $2 } /^tarikh_worker_gc_collections_total\{generation="2"\}/ { g2 += s * $2 }
    END { printf "per document: analyze %.1f ms (its threads'"'"' CPU %.2f ms), GC pauses %.2f ms (%.1f collections, %.2f of generation 2, per 100 documents), store %.2f ms (its share of a transaction of %.1f documents), waiting for its group %.1f ms, decode %.2f ms; worker JIT %.2f ms per document (%d methods compiled)", 1000 * an / c, 1000 * acpu / c, 1000 * gcp / c, 100 * g0 / c, 100 * g2 / c, 1000 * st / c, tx ? td / tx : 0, 1000 * wa / c, 1000 * de / c, 1000 * jit / c, jm }')
  local cpus
  cpus=$(awk -v n="$N" -v w0="$w0" -v w1="$w1" -v p0="$p0" -v p1="$p1" -v r0="$r0" -v r1="$r1" -v s0="$s0" -v s1="$s1" 'BEGIN {
    printf "CPU per document: worker %.2f ms, PostgreSQL %.2f ms (whole server %.2f ms), RabbitMQ %.2f ms", 1000 * (w1 - w0) / n, 1000 * (p1 - p0) / n, 1000 * (s1 - s0) / n, 1000 * (r1 - r0) / n }')
  cpus="$cpus; WAL $wal KB per document"
  kill -TERM "${pids[@]}"; wait "${pids[@]}" || true
  echo "$workers worker(s) × $concurrency, group $group: $(rate "$a" "$b" "$N") docs/s ($stages; $cpus; load average $(cut -d' ' -f1 /proc/loadavg))"
  if [ "${WAL_STATS:-0}" = 1 ]; then
    "${PSQL[@]}" -d "$db" -c 'CHECKPOINT' >/dev/null 2>&1 || true
    local pgdata
    pgdata=$("${PSQL[@]}" -d "$db" -c 'SHOW data_directory')
    "$(dirname "$(ls -d /usr/lib/postgresql/*/bin/pg_waldump | sort -V | tail -1)")/pg_waldump" --stats -p "$pgdata/pg_wal" -s "$lsn0" -e "$lsn1" 2>/dev/null |
      awk -v n="$N" '/^Type/ || /^----/ { next } { gsub(/[][()%]/, " ") } NF >= 9 && $1 != "Total" && $2 > 0 {
        printf "  WAL %-14s %6.1f records %8.0f bytes per document (%s %%)\n", $1, $2 / n, $8 / n, $9 }' || true
  fi
}
# RUNS (env): the worker runs, "workers concurrency [group]" separated by commas; default all four below.
IFS=',' read -ra runs <<<"${RUNS:-1 1,2 1,1 2,1 1 1}"
for r in "${runs[@]}"; do
  if [ "${#runs[@]}" -gt 1 ]; then run_suffix=".${r// /-}"; fi
  # shellcheck disable=SC2086
  run $r
done
if [ "${KEEP:-0}" != 1 ]; then bash .ci/rabbitmq.sh stop; fi
