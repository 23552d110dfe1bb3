#!/bin/bash
# Publishes the native (ahead-of-time compiled) tarikh: no JIT at start, for one-document runs of `tarikh analyze`
# and `tarikh eval`. Needs clang (Debian: clang or clang-14) and zlib1g-dev. Usage: tools/publish-native.sh [OUT_DIR]
# The .NET tool build (`dotnet tool install`, README) stays the default; this one is an addition (docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-artifacts/native}"
cc=""
for c in clang clang-19 clang-16 clang-15 clang-14; do
  if command -v "$c" > /dev/null; then cc="$c"; break; fi
done
if [ -z "$cc" ]; then
  echo "publish-native: no clang found (apt-get install clang zlib1g-dev) / لم يُعثر على clang" >&2
  exit 2
fi
rid="linux-$(uname -m | sed 's/x86_64/x64/;s/aarch64/arm64/')"
dotnet publish src/Tarikh.Cli -c Release -r "$rid" -p:PublishAot=true -p:PublishReadyToRun=false \
  -p:CppCompilerAndLinker="$cc" -p:TreatWarningsAsErrors=false -o "$out"
echo "native tarikh: $out/tarikh"
