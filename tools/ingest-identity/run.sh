#!/usr/bin/env bash
# The ingest byte-identity check of docs/benchmarks.md: this checkout's CLI writes the scaled benchmark corpus
# (bench-ingest --write-corpus), loads it with the seed reference data, and writes its JSON export and `check`
# report to OUT. Run it in two checkouts (say main and a branch) and `cmp` the two OUT folders' files.
# Usage: tools/ingest-identity/run.sh OUT [scale (default 40)]
set -euo pipefail

OUT="$(mkdir -p "${1:?usage: tools/ingest-identity/run.sh OUT [scale]}" && cd "$1" && pwd)"
SCALE="${2:-40}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ARTIFACTS="$OUT/bin"

dotnet build "$ROOT/src/PolicyGraph.Cli/PolicyGraph.Cli.csproj" -c Release --artifacts-path "$ARTIFACTS" -v quiet -nologo >/dev/null
CLI="$(find "$ARTIFACTS/bin" -name policygraph.dll -path '*release*' | head -n 1)"
cd "$ROOT"

rm -rf "$OUT/corpus"
dotnet "$CLI" bench-ingest --scale "$SCALE" --seeds seeds/documents --write-corpus "$OUT/corpus"
dotnet "$CLI" export --format json --out "$OUT/graph.json" --seeds "$OUT/corpus" --reference seeds/reference
dotnet "$CLI" check --seeds "$OUT/corpus" --reference seeds/reference > "$OUT/check.txt"
echo "graph.json: $(wc -c < "$OUT/graph.json") bytes; check.txt: $(wc -l < "$OUT/check.txt") lines"
