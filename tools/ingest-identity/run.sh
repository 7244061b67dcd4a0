#!/usr/bin/env bash
# The ingest byte-identity check of docs/benchmarks.md: this checkout's CLI writes the scaled benchmark corpus
# (bench-ingest --write-corpus); the CLI of SOURCE (default: this checkout) loads it with the seed reference data and
# writes its JSON export and `check` report to OUT. Run it twice, once with SOURCE set to another build's source tree
# (say `git archive main | tar -x -C /tmp/main`), and `cmp` the two OUT folders' graph.json and check.txt.
# Usage: [SOURCE=DIR] tools/ingest-identity/run.sh OUT [scale (default 40)]
set -euo pipefail

OUT="$(mkdir -p "${1:?usage: [SOURCE=DIR] tools/ingest-identity/run.sh OUT [scale]}" && cd "$1" && pwd)"
SCALE="${2:-40}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SOURCE="$(cd "${SOURCE:-$ROOT}" && pwd)"

cli() { # the Release CLI of source tree $1, built under OUT
  dotnet build "$1/src/PolicyGraph.Cli/PolicyGraph.Cli.csproj" -c Release --artifacts-path "$OUT/$2" -v quiet -nologo >/dev/null
  find "$OUT/$2/bin" -name policygraph.dll -path '*release*' | head -n 1
}
WRITER="$(cli "$ROOT" bin-writer)"
LOADER="$([ "$SOURCE" = "$ROOT" ] && echo "$WRITER" || cli "$SOURCE" bin-loader)"
cd "$ROOT"

rm -rf "$OUT/corpus"
dotnet "$WRITER" bench-ingest --scale "$SCALE" --seeds seeds/documents --write-corpus "$OUT/corpus"
dotnet "$LOADER" export --format json --out "$OUT/graph.json" --seeds "$OUT/corpus" --reference seeds/reference
dotnet "$LOADER" check --seeds "$OUT/corpus" --reference seeds/reference > "$OUT/check.txt"
echo "graph.json: $(wc -c < "$OUT/graph.json") bytes, sha256 $(sha256sum < "$OUT/graph.json" | cut -c1-16); check.txt: $(wc -l < "$OUT/check.txt") lines"
