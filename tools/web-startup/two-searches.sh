#!/usr/bin/env bash
# The CPU of each of three searches of the Release web app on a store on disk (like run.sh, which gives wall times):
# starts the app, waits for /health and for the start-up steps "searchable names" and "full-text" to be logged, then
# searches 商务局, 福州, 改革 in turn and prints the app's CPU (user + system, /proc/PID/stat) spent on each, the load
# average, the resident memory after, and the logged start-up steps. CPU figures hold on a loaded machine; wall times do not.
# Usage: tools/web-startup/two-searches.sh REPO_ROOT STORE_DIR OUT_PREFIX
#   REPO_ROOT: a worktree whose Release web app is built (dotnet build -c Release src/PolicyGraph.Web), so two builds
#   can be compared on one store; OUT_PREFIX.log gets the app's log, OUT_PREFIX.answerN the N-th answer (compare with cmp).
# Build a 500k-node store first: policygraph bench-store --nodes 500000 --dir STORE_DIR, then
# policygraph load --data STORE_DIR --checkpoint seeds/documents (the summaries file of the build that will read it).
set -euo pipefail
ROOT="$1"; STORE="$2"; OUT="$3"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
BASE="http://127.0.0.1:${PORT}"
APP="$ROOT/src/PolicyGraph.Web/bin/Release/net10.0/PolicyGraph.Web"
cpu_ms() { awk -v tick="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / tick) }' "/proc/$APP_PID/stat"; }
LOG="$OUT.log"
cd "$ROOT/src/PolicyGraph.Web"
env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning Graph__DataDirectory="$STORE" \
  "Logging__LogLevel__PolicyGraph.Web.Graph=Information" "Logging__LogLevel__PolicyGraph.Web.Hosting=Information" "$APP" --urls "$BASE" >"$LOG" 2>&1 &
APP_PID=$!
trap 'kill "$APP_PID" 2>/dev/null || true' EXIT
for _ in $(seq 6000); do curl -sf -o /dev/null "$BASE/health" && break; sleep 0.02; done
echo "load $(cut -d' ' -f1-3 /proc/loadavg); /health at CPU $(cpu_ms) ms"
# wait until search is prepared (log line) so the search's own CPU is isolated
for _ in $(seq 3000); do grep -q "Start-up step searchable names" "$LOG" && grep -q "Start-up step full-text" "$LOG" && break; sleep 0.1; done
sleep 2
i=0
for t in 商务局 福州 改革; do
  q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$t")
  before=$(cpu_ms); curl -s -o "$OUT.answer$i" "$BASE/api/search?q=$q"; after=$(cpu_ms)
  echo "search $i ($q): $((after - before)) ms CPU"; i=$((i+1))
done
echo "resident $(awk '/^VmRSS:/ {print int($2/1024)}' /proc/$APP_PID/status) MB"
grep -o 'Start-up step .*' "$LOG" | sed 's/^/    /'
