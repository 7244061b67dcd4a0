#!/usr/bin/env bash
# The fuzz run behind issue 11's figure: four seeds of `policygraph fuzz` on the seed documents, two at a time (one
# per core), each query under a 100 ms timeout. Per seed it writes outN.txt (the report: outcome classes, late
# queries, GC events) and lateN.jsonl (the late queries, replayable with `fuzz --replay`).
# Usage: tools/fuzz/run.sh [queries-per-seed (default 250000)] [output folder (default ./fuzz-out)]
# STRESS=1 runs instead tools/fuzz/explosive.jsonl (six explosive shapes × 100) in two processes at once.
# GC=web runs the fuzz under the web app's GC settings (server GC, background gen2, 1.5 GB heap limit: see
# src/PolicyGraph.Web/PolicyGraph.Web.csproj) instead of the CLI's (workstation, blocking gen2); the report's
# "GC mode" line says which applied.
set -euo pipefail

COUNT="${1:-250000}"
OUT="$(mkdir -p "${2:-fuzz-out}" && cd "${2:-fuzz-out}" && pwd)"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ARTIFACTS="${PG_FUZZ_ARTIFACTS:-$OUT/bin}"

dotnet build "$ROOT/src/PolicyGraph.Cli/PolicyGraph.Cli.csproj" -c Release --artifacts-path "$ARTIFACTS" -v quiet -nologo >/dev/null
CLI="$(find "$ARTIFACTS/bin" -name policygraph.dll -path '*release*' | head -n 1)"
cd "$ROOT"

if [ "${GC:-cli}" = web ]; then
  export DOTNET_gcServer=1 DOTNET_gcConcurrent=1 DOTNET_GCHeapHardLimit=0x60000000
fi
fuzz() { nice -n -10 dotnet "$CLI" fuzz --timeout-ms 100 --seeds seeds/documents "$@"; }

if [ "${STRESS:-0}" = 1 ]; then
  for run in A B; do
    fuzz --replay tools/fuzz/explosive.jsonl --late-out "$OUT/late-stress$run.jsonl" > "$OUT/out-stress$run.txt" 2>&1 &
  done
  wait
else
  seed() { fuzz --count "$COUNT" --seed "$1" --late-out "$OUT/late$1.jsonl" > "$OUT/out$1.txt" 2>&1 || true; }
  ( seed 501; seed 503 ) & ( seed 502; seed 504 ) & wait
fi
grep -H -E "past 1.5x|max time/timeout|allocated:|GC events|GC mode" "$OUT"/out*.txt
