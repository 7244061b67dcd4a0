#!/usr/bin/env bash
# The fuzz run behind issue 11's figure: four seeds of `policygraph fuzz` on the seed documents, two at a time (one
# per core), each query under a 100 ms timeout. Per seed it writes outN.txt (the report: outcome classes, late
# queries, GC events) and lateN.jsonl (the late queries, replayable with `fuzz --replay`).
# Usage: tools/fuzz/run.sh [queries-per-seed (default 250000)] [output folder (default ./fuzz-out)]
# STRESS=1 runs instead tools/fuzz/explosive.jsonl (six explosive shapes × 100) in two processes at once.
set -euo pipefail

COUNT="${1:-250000}"
OUT="$(mkdir -p "${2:-fuzz-out}" && cd "${2:-fuzz-out}" && pwd)"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ARTIFACTS="${PG_FUZZ_ARTIFACTS:-$OUT/bin}"

dotnet build "$ROOT/src/PolicyGraph.Cli/PolicyGraph.Cli.csproj" -c Release --artifacts-path "$ARTIFACTS" -v quiet -nologo >/dev/null
CLI="$(find "$ARTIFACTS" -name policygraph.dll -path '*release*' | head -n 1)"
cd "$ROOT"

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
grep -H -E "past 1.5x|max time/timeout|allocated:|GC events" "$OUT"/out*.txt
