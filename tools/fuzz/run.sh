#!/usr/bin/env bash
# The fuzz run behind issue 11's figure: four seeds of `policygraph fuzz` on the seed documents, two at a time (one
# per core), each query under a 100 ms timeout. Per seed it writes outN.txt (the report: outcome classes, late
# queries, GC events) and lateN.jsonl (the late queries, replayable with `fuzz --replay`).
# Usage: tools/fuzz/run.sh [queries-per-seed (default 250000)] [output folder (default ./fuzz-out)]
# STRESS=1 runs instead tools/fuzz/explosive.jsonl (six explosive shapes × 100) in two processes at once.
# GC=web runs the CLI with the web app's built runtimeconfig (its GC settings: server GC, background gen2, the heap
# limit of src/PolicyGraph.Web/PolicyGraph.Web.csproj) instead of the CLI's (workstation, blocking gen2); the report's
# "GC mode" line says which applied. The summary prints, per seed, the budget outcomes, late queries, allocation
# (query generation included), large objects built and GC lines.
set -euo pipefail

COUNT="${1:-250000}"
OUT="$(mkdir -p "${2:-fuzz-out}" && cd "${2:-fuzz-out}" && pwd)"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ARTIFACTS="${PG_FUZZ_ARTIFACTS:-$OUT/bin}"

dotnet build "$ROOT/src/PolicyGraph.Cli/PolicyGraph.Cli.csproj" -c Release --artifacts-path "$ARTIFACTS" -v quiet -nologo >/dev/null
CLI="$(find "$ARTIFACTS/bin" -name policygraph.dll -path '*release*' | head -n 1)"
cd "$ROOT"

RUNTIME=()
if [ "${GC:-cli}" = web ]; then
  dotnet build "$ROOT/src/PolicyGraph.Web/PolicyGraph.Web.csproj" -c Release --artifacts-path "$ARTIFACTS" -v quiet -nologo >/dev/null
  RUNTIME=(exec --runtimeconfig "$(find "$ARTIFACTS/bin" -name PolicyGraph.Web.runtimeconfig.json -path '*release*' | head -n 1)")
fi
fuzz() { nice -n -10 dotnet "${RUNTIME[@]}" "$CLI" fuzz --timeout-ms 100 --seeds seeds/documents "$@"; }

if [ "${STRESS:-0}" = 1 ]; then
  for run in A B; do
    fuzz --replay tools/fuzz/explosive.jsonl --late-out "$OUT/late-stress$run.jsonl" > "$OUT/out-stress$run.txt" 2>&1 &
  done
  wait
else
  seed() { fuzz --count "$COUNT" --seed "$1" --late-out "$OUT/late$1.jsonl" > "$OUT/out$1.txt" 2>&1 || true; }
  ( seed 501; seed 503 ) & ( seed 502; seed 504 ) & wait
fi
grep -H -E "budget exceeded|past 1.5x|max time/timeout|allocated|large objects built|GC events|GC mode" "$OUT"/out*.txt
