#!/bin/bash
# Publishes the native (Native AOT) tarikh and checks that it prints what the .NET build prints: `analyze -f json` on every
# text of data/texts, `analyze --kb` on the shared article's KB, and `ingest` + `search --format json` + `kb search --json`.
# Run by .ci/run after the tests; NATIVE=path skips the publish (the .NET build must exist: src/Tarikh.Cli/bin/Release/net10.0/tarikh.dll).
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# NATIVE=path/to/tarikh checks a native build made before instead of publishing one.
native="${NATIVE:-}"
if [ -z "$native" ]; then
  tools/publish-native.sh "$work/native" > "$work/publish.log" 2>&1 || { tail -30 "$work/publish.log"; exit 1; }
  native="$work/native/tarikh"
fi
jit=(dotnet src/Tarikh.Cli/bin/Release/net10.0/tarikh.dll)
fail=0
same() { # label, then the command's arguments: both builds, stdout compared byte for byte
  local label="$1"; shift
  "$native" "$@" > "$work/n.out" 2> /dev/null || true
  "${jit[@]}" "$@" > "$work/j.out" 2> /dev/null || true
  if ! cmp -s "$work/n.out" "$work/j.out"; then echo "native-smoke: DIFFERS: $label"; fail=1; fi
}
n=0
for f in data/texts/*.txt; do same "analyze $f" analyze "$f" -f json; n=$((n + 1)); done
"${jit[@]}" kb import data/kb/lenin.json --kb "$work/kb.db" > /dev/null 2>&1
same "analyze --kb" analyze ../shared/corpus/lenin-web-article.ar.txt --kb "$work/kb.db" -f json
same "kb search --json" kb search "لينين" --kb "$work/kb.db" --json
"$native" ingest data/texts/entities-heldout-andalus.ar.txt --db "$work/n.db" > /dev/null 2>&1
"${jit[@]}" ingest data/texts/entities-heldout-andalus.ar.txt --db "$work/j.db" > /dev/null 2>&1
"$native" search "قرطبة" --db "$work/n.db" --format json | sed 's/"score": [0-9.e-]*/"score": S/' > "$work/n.out"
"${jit[@]}" search "قرطبة" --db "$work/j.db" --format json | sed 's/"score": [0-9.e-]*/"score": S/' > "$work/j.out"
cmp -s "$work/n.out" "$work/j.out" || { echo "native-smoke: DIFFERS: ingest + search"; fail=1; }
[ "$fail" = 0 ] && echo "native-smoke: $n texts, the KB run and search: the native build prints what the .NET build prints"
exit "$fail"
