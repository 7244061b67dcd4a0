#!/usr/bin/env bash
# Measures the web app on loopback with wrk: requests/s and p99 for search, an agency portfolio view and a console
# query; then a console flood (`policygraph flood`: explosive console queries with /health and search alongside);
# then the browser's rendering of the whole seed graph and of a synthetic 5k-node/20k-edge view (first frame, layout,
# pan/zoom fps; a Playwright benchmark on Debian's Chromium), the 5k/20k view both zoomed out with aggregated edges
# (the app's level of detail; each line says so and counts the stand-ins) and with every edge drawn.
# RENDER_ONLY=1 runs only that part.
# Usage: tools/web-bench/run.sh [seconds-per-endpoint (default 10)] [connections (default 32)]
# FLOOD_SECONDS (default 60, 0 skips the flood) and FLOOD_CONNECTIONS (default 64) shape the flood.
# Needs: wrk, python3, curl (apt-get install wrk), and for the layout figure /usr/bin/chromium.
set -euo pipefail

# RENDER_ONLY=1 runs only the browser figures (first frame, layout, pan/zoom fps; no server load, no wrk needed).
render_bench() {
  echo "browser rendering (Playwright, headless Chromium in two GPU-less modes: its defaults, then SwiftShader WebGL): first frame, pan/zoom fps; 5k/20k with aggregated edges and with every edge drawn"
  PG_WEB_BENCH=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 dotnet test "$ROOT/tests/PolicyGraph.Web.Tests/PolicyGraph.Web.Tests.csproj" \
    --artifacts-path "$ARTIFACTS" -c Release --filter "FullyQualifiedName~RenderBenchmark" \
    --logger "console;verbosity=detailed" 2>/dev/null | grep -E "render: " | sed 's/^ */  /'
}

DURATION="${1:-10}"
CONNECTIONS="${2:-32}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ARTIFACTS="${PG_BENCH_ARTIFACTS:-/tmp/pgb/web-bench}"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
BASE="http://127.0.0.1:${PORT}"

if [[ "${RENDER_ONLY:-0}" == "1" ]]; then render_bench; exit 0; fi
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }
[[ "$DURATION" =~ ^[0-9]+$ && "$DURATION" -le 60 ]] || { echo "duration must be 1-60 seconds" >&2; exit 2; }

FLOOD_SECONDS="${FLOOD_SECONDS:-60}"
FLOOD_CONNECTIONS="${FLOOD_CONNECTIONS:-64}"
dotnet build "$ROOT/src/PolicyGraph.Web/PolicyGraph.Web.csproj" -c Release --artifacts-path "$ARTIFACTS" -v quiet -nologo >/dev/null
dotnet build "$ROOT/src/PolicyGraph.Cli/PolicyGraph.Cli.csproj" -c Release --artifacts-path "$ARTIFACTS" -v quiet -nologo >/dev/null

# The console's per-client rate limit is raised for the run so wrk measures the engine, not 429 answers.
# Started directly (no subshell) so that $! is the app itself and the trap stops exactly that process.
cd "$ROOT/src/PolicyGraph.Web"
ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning PolicyGraph__Web__ConsolePermitsPerWindow=100000000 \
  "$ARTIFACTS/bin/PolicyGraph.Web/release/PolicyGraph.Web" --urls "$BASE" >/tmp/web-bench-app.log 2>&1 &
APP_PID=$!
cd "$ROOT"
trap 'kill "$APP_PID" 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  curl -fs "$BASE/health" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "$BASE/health" >/dev/null || { echo "app did not become healthy; see /tmp/web-bench-app.log" >&2; exit 1; }

# Entities come from the app's own answers, not from names baked into this script.
AGENCY_ID="$(curl -fs "$BASE/api/queries/agencies-ranked?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["answer"]["rows"][0][0]["id"])')"
SEARCH_TERM="$(python3 -c 'import sys; print(sys.argv[1].split(":",1)[1][-3:])' "$AGENCY_ID")"
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }

measure() { # name, then wrk arguments
  local name="$1"; shift
  local out
  out="$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@")"
  local rps p99 errors
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
  errors="$(awk '/Non-2xx/ {print $5}' <<<"$out")"
  printf '%-34s %10s req/s   p99 %8s   non-2xx %s\n' "$name" "$rps" "$p99" "${errors:-0}"
}

echo "PolicyGraph web bench: ${DURATION}s per endpoint, ${CONNECTIONS} connections, 2 wrk threads, $BASE"
measure "search ?q=$SEARCH_TERM" "$BASE/api/search?q=$(urlencode "$SEARCH_TERM")"
measure "view agency-portfolio (cached)" "$BASE/api/queries/agency-portfolio?agency=$(urlencode "$AGENCY_ID")"
export PG_BENCH_BODY
PG_BENCH_BODY="$(python3 -c 'import json,sys; print(json.dumps({"query": "MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(m:Measure) WHERE a.id = $id RETURN a, r, m ORDER BY m.seq", "parameters": {"id": sys.argv[1]}}))' "$AGENCY_ID")"
measure "console: one agency's measures" -s "$ROOT/tools/web-bench/console-post.lua" "$BASE/api/cypher"

if [[ "$FLOOD_SECONDS" -gt 0 ]]; then
  "$ARTIFACTS/bin/PolicyGraph.Cli/release/policygraph" flood --url "$BASE" --pid "$APP_PID" \
    --seconds "$FLOOD_SECONDS" --connections "$FLOOD_CONNECTIONS" --search "$SEARCH_TERM" || true
fi

kill "$APP_PID" 2>/dev/null || true
trap - EXIT

if [[ -x /usr/bin/chromium ]]; then
  render_bench
else
  echo "browser layout: skipped (/usr/bin/chromium not installed)"
fi
