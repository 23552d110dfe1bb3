#!/usr/bin/env bash
# Where PostgreSQL's CPU per stored document goes, part by part, measured inside the server on documents a bench run
# stored (tools/cluster-bench.sh with KEEP=1 leaves its database). Each part is written again, REP times over, into a
# fresh table of a scratch schema with only that part's indexes (INSERT … SELECT from the stored rows; values are
# rebuilt, `|| ''`, so that they are compressed and TOASTed again rather than copied compressed), and the backend's own
# CPU (/proc/PID/stat, user + system) and the WAL it wrote are read around each statement. A GIN index is measured with
# its pending list flushed at the end of the step (gin_clean_pending_list), so the whole cost of its entries is counted,
# whoever would have paid it (the inserting backend past gin_pending_list_limit, or autovacuum/autoanalyze).
# Not in these figures: the client protocol (bind, parse of the parameters: the tsvectors' text is parsed by
# `tsvectorin`, measured apart below), the commit, and the checkpoints' full-page images (CHECKPOINT before each step
# would add them; the bench's WAL figure has them).
# Usage: TARIKH_PG_PORT=55516 tools/cluster-pg-breakdown.sh [DATABASE] [REP]   (default tarikh_bench_11_50, 4)
set -euo pipefail
DB="${1:-tarikh_bench_11_50}"
REP="${2:-4}"
PORT="${TARIKH_PG_PORT:-55432}"
OUT="$(mktemp /tmp/tarikh-pg-breakdown.XXXXXX)"
PSQL=(psql -h 127.0.0.1 -p "$PORT" -U postgres -d "$DB" -v ON_ERROR_STOP=1 -qtA)
N=$("${PSQL[@]}" -c "SELECT count(*) * $REP FROM documents")
# step LABEL SQL: runs SQL between two marks (CPU ticks of this backend, WAL position).
step() {
  cat <<EOF
\\! echo "begin $1 \$(awk '{ sub(/^.*\\) /, ""); print \$12 + \$13 }' /proc/\$(cat $OUT.pid)/stat)" >>$OUT
SELECT pg_current_wal_insert_lsn() AS lsn0 \\gset
$2;
\\! echo "end $1 \$(awk '{ sub(/^.*\\) /, ""); print \$12 + \$13 }' /proc/\$(cat $OUT.pid)/stat)" >>$OUT
SELECT 'wal $1 ' || pg_wal_lsn_diff(pg_current_wal_insert_lsn(), :'lsn0') \\g |cat >>$OUT
EOF
}
gin() { # LABEL COLUMN-EXPRESSION STORAGE-PARAMETERS
  step "$1" "CREATE TABLE bd.s_$1 (LIKE search_documents); CREATE INDEX bd_ix_$1 ON bd.s_$1 USING GIN ($2) WITH ($3);
    INSERT INTO bd.s_$1 SELECT * FROM bd.search_src; SELECT gin_clean_pending_list('bd.bd_ix_$1'::regclass)"
}
{
  echo "SELECT pg_backend_pid() \\g $OUT.pid"
  echo "DROP SCHEMA IF EXISTS bd CASCADE; CREATE SCHEMA bd;"
  # The sources, materialized once (not measured): the rows as they are stored, REP times, with new keys.
  echo "CREATE TABLE bd.doc_src AS SELECT sha256 || '-' || r AS sha256, source_path, ingested_at, length, text, analysis_json, schema_id
          FROM documents, generate_series(1, $REP) r;"
  echo "CREATE TABLE bd.search_src AS SELECT document_id * 10 + r AS document_id, title, source_path, body, names, person, place, persons, places, types, flags
          FROM search_documents, generate_series(1, $REP) r;"
  echo "CREATE TABLE bd.dates_src AS SELECT document_id * 10 + r AS document_id, event_type, span FROM search_dates, generate_series(1, $REP) r;"
  for t in events participants clusters aliases; do
    echo "CREATE TABLE bd.src_$t AS SELECT t.*, r FROM $t t, generate_series(1, $REP) r; UPDATE bd.src_$t SET document_id = document_id * 10 + r;
          ALTER TABLE bd.src_$t DROP COLUMN r;"
  done
  echo "CREATE TABLE bd.docs (LIKE documents INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING INDEXES INCLUDING STORAGE INCLUDING COMPRESSION);"
  echo "CREATE TABLE bd.doc_src_nosent AS SELECT d.*, (jsonb_set(analysis_json::jsonb, '{sentences}',
          (SELECT coalesce(jsonb_agg(x - 'text'), '[]') FROM jsonb_array_elements(analysis_json::jsonb -> 'sentences') x)))::text AS json FROM bd.doc_src d;"
  echo "CREATE TABLE bd.docs_nosent (LIKE bd.docs INCLUDING ALL);"
  echo "CREATE TABLE bd.docs_nojson (LIKE bd.docs INCLUDING ALL);"
  echo "CREATE TABLE bd.docs_notext (LIKE bd.docs INCLUDING ALL);"
  echo "CHECKPOINT;"
  step documents "INSERT INTO bd.docs (sha256, source_path, ingested_at, length, text, analysis_json, schema_id)
    SELECT sha256, source_path, ingested_at, length, text || '', analysis_json || '', schema_id FROM bd.doc_src"
  step documents_without_json "INSERT INTO bd.docs_nojson (sha256, source_path, ingested_at, length, text, analysis_json, schema_id)
    SELECT sha256, source_path, ingested_at, length, text || '', '', schema_id FROM bd.doc_src"
  step documents_json_without_sentence_texts "INSERT INTO bd.docs_nosent (sha256, source_path, ingested_at, length, text, analysis_json, schema_id)
    SELECT sha256, source_path, ingested_at, length, text || '', json || '', schema_id FROM bd.doc_src_nosent"
  step documents_without_text_or_json "INSERT INTO bd.docs_notext (sha256, source_path, ingested_at, length, text, analysis_json, schema_id)
    SELECT sha256, source_path, ingested_at, length, '', '', schema_id FROM bd.doc_src"
  step search_row_no_index "CREATE TABLE bd.s_plain (LIKE search_documents); INSERT INTO bd.s_plain
    SELECT document_id, title, source_path, body || ''::tsvector, names || ''::tsvector, person || ''::tsvector, place || ''::tsvector, persons, places, types, flags FROM bd.search_src"
  step search_row_copied_no_index "CREATE TABLE bd.s_copy (LIKE search_documents); INSERT INTO bd.s_copy SELECT * FROM bd.search_src"
  step search_row_pkey_only "CREATE TABLE bd.s_pk (LIKE search_documents); ALTER TABLE bd.s_pk ADD PRIMARY KEY (document_id);
    INSERT INTO bd.s_pk SELECT * FROM bd.search_src"
  gin words_fastupdate "(body || names)" "fastupdate = on"
  gin words_direct "(body || names)" "fastupdate = off"
  gin words_pending_16mb "(body || names)" "fastupdate = on, gin_pending_list_limit = 16384"
  for c in person place types flags; do gin "${c}_fastupdate" "$c" "fastupdate = on"; gin "${c}_direct" "$c" "fastupdate = off"; done
  step flags_partial_nonempty "CREATE TABLE bd.s_flags_partial (LIKE search_documents); CREATE INDEX ON bd.s_flags_partial USING GIN (flags) WHERE flags <> '{}';
    INSERT INTO bd.s_flags_partial SELECT * FROM bd.search_src"
  step dates_gist "CREATE TABLE bd.d_gist (LIKE search_dates); CREATE INDEX ON bd.d_gist USING GIST (span); INSERT INTO bd.d_gist SELECT * FROM bd.dates_src"
  step dates_btree "CREATE TABLE bd.d_bt (LIKE search_dates); CREATE INDEX ON bd.d_bt (document_id, event_type); INSERT INTO bd.d_bt SELECT * FROM bd.dates_src"
  step dates_plain "CREATE TABLE bd.d_plain (LIKE search_dates); INSERT INTO bd.d_plain SELECT * FROM bd.dates_src"
  for t in events participants clusters aliases; do
    step "layer_$t" "CREATE TABLE bd.l_$t (LIKE $t INCLUDING INDEXES); INSERT INTO bd.l_$t SELECT * FROM bd.src_$t"
  done
  step tsvectorin_of_the_search_row "SELECT sum(length(body::text::tsvector) + length(names::text::tsvector) + length(person::text::tsvector) + length(place::text::tsvector)) FROM bd.search_src"
  step text_of_the_search_row "SELECT sum(length(body::text) + length(names::text) + length(person::text) + length(place::text)) FROM bd.search_src"
  echo "DROP SCHEMA bd CASCADE;"
} >"$OUT.sql"
: >"$OUT"
"${PSQL[@]}" -f "$OUT.sql" >/dev/null
TICK=$(getconf CLK_TCK)
echo "PostgreSQL server CPU and WAL per document, by part ($N documents: $DB's rows × $REP; CPU at ${TICK} ticks/s; load average $(cut -d' ' -f1 /proc/loadavg))"
awk -v n="$N" -v k="$TICK" '$1 == "begin" { b[$2] = $3 } $1 == "end" { e[$2] = $3; order[++m] = $2 } $1 == "wal" { w[$2] = $3 }
  END { for (i = 1; i <= m; i++) { s = order[i]; printf "  %-32s %6.3f ms  %7.1f KB WAL\n", s, 1000 * (e[s] - b[s]) / k / n, w[s] / 1024 / n } }' "$OUT"
rm -f "$OUT" "$OUT.sql" "$OUT.pid"
