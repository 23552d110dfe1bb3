#!/usr/bin/env bash
# Writes every output that must not change when a change is "output-identical" (issue #18 rounds): the JSON of the
# sample, of the shared article (plain, and with tokens, text and indentation), of the 20 texts of data/texts, of the
# benchmark documents given as extra arguments, the JSONL of every development checks set analysed as a batch, and
# the verbose `eval checks` report of each. Run it for the base build and the changed build into two folders and
# compare them with `diff -r`:
#   bash bench/identity/check-output-identity.sh BASE_CLI_DIR /tmp/out-base [doc…]
#   bash bench/identity/check-output-identity.sh src/Tarikh.Cli/bin/Release/net10.0 /tmp/out-new [doc…]
#   diff -r /tmp/out-base /tmp/out-new && echo identical
# Held-out sets (heldout2..6) are never read.
set -euo pipefail
cli="$1"; out="$2"; shift 2
repo="$(cd "$(dirname "$0")/../.." && pwd)"
shared="${TARIKH_SHARED:-$repo/../shared}"
t() { dotnet "$cli/tarikh.dll" "$@"; }
mkdir -p "$out"
t analyze "$repo/samples/biography.ar.txt" -o "$out/sample.json"
t analyze "$shared/corpus/lenin-web-article.ar.txt" -o "$out/article.json"
t analyze "$shared/corpus/lenin-web-article.ar.txt" --tokens --include-text --indent -o "$out/article-full.json"
for f in "$repo"/data/texts/*.txt; do t analyze "$f" -o "$out/text-$(basename "$f" .txt).json"; done
for f in "$@"; do t analyze "$f" -o "$out/doc-$(basename "$f").json"; done
sets=(cases.jsonl heldout-claims.jsonl claims-round5-dev.jsonl claims-round6-dev.jsonl claims-round7-dev.jsonl dev7-claims.jsonl
      rules-dev5.jsonl rules-recall-dev.jsonl rules-round6-dev.jsonl rules-round6c-dev.jsonl rules-round7b-dev.jsonl)
for s in "${sets[@]}"; do
  g="$repo/data/gold/checks/$s"
  t analyze --jsonl "$g" --workers 1 -o "$out/set-${s%.jsonl}.jsonl"
  t eval checks --gold "$g" --min-severity warning -v > "$out/eval-${s%.jsonl}.txt" 2> "$out/eval-${s%.jsonl}.err" || true
done
if [ -f "${DEV8:-/work/wt-d8c/data/gold/checks/dev8-claims.jsonl}" ]; then
  g="${DEV8:-/work/wt-d8c/data/gold/checks/dev8-claims.jsonl}"
  t analyze --jsonl "$g" --workers 1 -o "$out/set-dev8.jsonl"
  t eval checks --gold "$g" --min-severity warning -v > "$out/eval-dev8.txt" 2> "$out/eval-dev8.err" || true
fi
echo "written: $(ls "$out" | wc -l) files in $out"
