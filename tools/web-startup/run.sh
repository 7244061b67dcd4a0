#!/usr/bin/env bash
# Start-up of the Release web app on a store on disk (Graph:DataDirectory): the time from launching the process until
# /health answers 200, then until a first search answers, and the app's resident memory then. Stops the app it started.
# Usage: tools/web-startup/run.sh STORE_DIR [SEARCH_TERM (default 商务局)]
# WEB_STARTUP_ANSWER=FILE keeps the first search's answer body in FILE (to compare two builds' answers with cmp).
# The app is published as it ships (ReadyToRun, framework-dependent, linux-x64: what the Dockerfile does);
# WEB_STARTUP_APP=PATH runs an app built elsewhere instead (another build's publish folder/PolicyGraph.Web, for A/B).
# Build a 500k-node store first: policygraph bench-store --nodes 500000 --dir /tmp/pgs-store500k
# Measure at `nice -n -10` on a quiet machine; on a shared one the wall times include waiting for a core.
set -euo pipefail

STORE="${1:?usage: tools/web-startup/run.sh STORE_DIR [SEARCH_TERM]}"
TERM_TO_SEARCH="${2:-商务局}"
[[ -d "$STORE" ]] || { echo "no store directory '$STORE'" >&2; exit 2; }
STORE="$(cd "$STORE" && pwd)"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
BASE="http://127.0.0.1:${PORT}"

APP="${WEB_STARTUP_APP:-}"
if [[ -z "$APP" ]]; then
  PUBLISHED="$ROOT/src/PolicyGraph.Web/bin/Release/net10.0/linux-x64/publish"
  # Built first: a bundle remade in another mode (after a Debug build) would change its file names after publish
  # listed them.
  dotnet build "$ROOT/src/PolicyGraph.Web/PolicyGraph.Web.csproj" -c Release -v quiet -nologo >/dev/null
  dotnet publish "$ROOT/src/PolicyGraph.Web/PolicyGraph.Web.csproj" -c Release -r linux-x64 --self-contained false \
    -o "$PUBLISHED" -v quiet -nologo >/dev/null
  APP="$PUBLISHED/PolicyGraph.Web"
fi
[[ -x "$APP" ]] || { echo "no app at '$APP'" >&2; exit 2; }

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# The app's CPU time so far (user + system, all threads), in ms: unlike wall time, it holds on a busy machine.
cpu_ms() { awk -v tick="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / tick) }' "/proc/$APP_PID/stat"; }

LOG="$(mktemp /tmp/web-startup-app.XXXXXX.log)"
cd "$ROOT/src/PolicyGraph.Web"
START=$(now_ms)
# Started without a subshell (env execs the app) so that $! is the app itself and the trap stops exactly that
# process. The workspace logs at Information when the graph is loaded and when search is prepared.
env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning Graph__DataDirectory="$STORE" \
  "Logging__LogLevel__PolicyGraph.Web.Graph=Information" "Logging__LogLevel__PolicyGraph.Web.Hosting=Information" "$APP" --urls "$BASE" >"$LOG" 2>&1 &
APP_PID=$!
trap 'kill "$APP_PID" 2>/dev/null || true' EXIT

# Polls every 20 ms, at most 3,000 times (one minute), then gives up.
for _ in $(seq 3000); do
  curl -sf -o /dev/null "$BASE/health" && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "the app exited; see $LOG" >&2; exit 1; }
  sleep 0.02
done
curl -sf -o /dev/null "$BASE/health" || { echo "/health did not answer 200 within a minute" >&2; exit 1; }
HEALTH=$(now_ms)
HEALTH_CPU=$(cpu_ms)
HEALTH_RSS_KB=$(awk '/^VmRSS:/ {print $2}' "/proc/$APP_PID/status")
echo "store: $STORE (load average: $(cut -d' ' -f1-3 /proc/loadavg)); app: $APP; app log: $LOG"
echo "  /health ready after $((HEALTH - START)) ms ($HEALTH_CPU ms of the app's CPU time; $((HEALTH_RSS_KB / 1024)) MB resident)"
QUERY="$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$TERM_TO_SEARCH")"
# A failed search is reported with its status and body, not hidden: the timings above stay valid.
STATUS=$(curl -s -o /tmp/web-startup-search.$$ -w '%{http_code}' "$BASE/api/search?q=$QUERY")
SEARCH=$(now_ms)
if [[ "$STATUS" == 200 ]]; then
  HITS=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["hits"]))' /tmp/web-startup-search.$$)
  echo "  first search ('$TERM_TO_SEARCH', $HITS hits) answered after $((SEARCH - START)) ms (search itself $((SEARCH - HEALTH)) ms; app CPU time then $(cpu_ms) ms)"
else
  echo "  first search ('$TERM_TO_SEARCH') failed with HTTP $STATUS after $((SEARCH - START)) ms: $(head -c 300 /tmp/web-startup-search.$$)"
fi
if [[ -n "${WEB_STARTUP_ANSWER:-}" ]]; then cp /tmp/web-startup-search.$$ "$WEB_STARTUP_ANSWER"; echo "  answer body kept in $WEB_STARTUP_ANSWER"; fi
rm -f /tmp/web-startup-search.$$
RSS_KB=$(awk '/^VmRSS:/ {print $2}' "/proc/$APP_PID/status")
PEAK_KB=$(awk '/^VmHWM:/ {print $2}' "/proc/$APP_PID/status")

echo "  resident memory then $((RSS_KB / 1024)) MB (peak so far $((PEAK_KB / 1024)) MB)"
# What the start cost in figures that hold under load (event 1020: CPU, JIT, assemblies, allocation, resident).
echo "  at start (app log): $(grep -o 'Started: .*' "$LOG" || echo '(not logged)')"
# Where the time went: the app's own step log (event 1010: the store's open phases, documents, totals, search).
echo "  start-up steps (app log):"
grep -o 'Start-up step .*' "$LOG" | sed 's/^/    /' || echo "    (none logged)"
