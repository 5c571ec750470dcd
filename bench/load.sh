#!/usr/bin/env bash
# Load test of `qi-assist serve` on this machine, localhost only: wrk against /health and
# POST /api/evaluations (the North Lanarkshire example) at 16 connections, in the same run,
# POST /api/evaluations at one connection, then what-if at one connection, sampling the heap
# with jstat throughout. Before the service starts, a short JMH run measures the same work in
# process (StoreBenchmark: read, evaluate, write and store one evaluation; the commit of its row
# alone; EvaluationBenchmark.readAndEvaluate), and the report sets the HTTP figures against them
# as issue 15's targets are written.
# Prints a Markdown report for docs/benchmarks.md. Needs wrk (apt-get install -y wrk), jstat, curl,
# and Maven for the JMH run (QI_BENCH_JMH=0 leaves it out, and the ratios with it).
# Usage: bench/load.sh [SECONDS per run, default 30]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds="${1:-30}"
port="${QI_BENCH_PORT:-18080}"
heap="${QI_BENCH_HEAP:--Xmx512m}"
origin="http://127.0.0.1:$port"
out="$(mktemp -d)"

for tool in wrk jstat curl java; do
  command -v "$tool" >/dev/null || { echo "load.sh: $tool is missing (wrk: apt-get install -y wrk)" >&2; exit 1; }
done
[ -f target/qi-assist.jar ] || mvn -q -B -DskipTests package

# In process first, on a machine without the service: p50 in microseconds of each benchmark.
jmh_p50() { awk -v name="$1" '$1 == name ":p0.50" { print $3 }' "$out/jmh.txt"; }
if [ "${QI_BENCH_JMH:-1}" != 0 ]; then
  echo "measuring in process (JMH)..." >&2
  mvn -q -B -Pbench -DskipTests -Dspotless.check.skip=true test-compile exec:exec \
    -Dbench.args="(StoreBenchmark.(commit|readEvaluateAndStore)|EvaluationBenchmark.readAndEvaluate)\$ -wi 6 -w 2 -i 5 -r 2" >"$out/jmh.txt"
fi

# Local mode (no tokens): the service listens on 127.0.0.1 only. Every evaluation posted is
# stored (a committed SQLite write), in a throwaway database rather than data/qi-assist.db.
env -u QI_ASSIST_TOKENS java $heap -jar target/qi-assist.jar serve --port "$port" --db "jdbc:sqlite:$out/qi-assist.db" >"$out/serve.log" 2>&1 &
server=$!
sampler=""
cleanup() {
  [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
}
trap cleanup EXIT

for _ in $(seq 1 120); do
  curl -sf "$origin/health" >/dev/null && break
  sleep 1
done
curl -sf "$origin/health" >/dev/null || { echo "load.sh: the service did not start; its log:" >&2; cat "$out/serve.log" >&2; exit 1; }

# Heap used (survivors + eden + old, KB) every second while the load runs.
jstat -gc "$server" 1000 >"$out/jstat.txt" 2>/dev/null &
sampler=$!

echo "warming up ($seconds s of evaluations)..." >&2
wrk -t2 -c16 -d"${seconds}s" -s bench/post-evidence.lua "$origin/api/evaluations" >/dev/null
wrk -t2 -c16 -d"$((seconds / 3))s" "$origin/health" >/dev/null

echo "measuring..." >&2
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
wrk -t2 -c16 -d"${seconds}s" --latency "$origin/health" >"$out/health.txt"
wrk -t2 -c16 -d"${seconds}s" --latency -s bench/post-evidence.lua "$origin/api/evaluations" >"$out/evaluate.txt"
wrk -t1 -c1 -d"${seconds}s" --latency -s bench/post-evidence.lua "$origin/api/evaluations" >"$out/evaluate-1.txt"
wrk -t1 -c1 -d"${seconds}s" --latency -s bench/post-evidence.lua "$origin/api/evaluations/what-if" >"$out/what-if.txt"

load_after=$(cut -d' ' -f1-3 /proc/loadavg)
kill "$sampler" 2>/dev/null || true
sampler=""
peak_heap_mb=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; if (used > max) max = used } END { printf "%.0f", max / 1024 }' "$out/jstat.txt")
gc=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { young = $13; ygct = $14; full = $15; fgct = $16 } END { printf "%s young collections (%.2f s), %s full (%.2f s)", young, ygct, full, fgct }' "$out/jstat.txt")

percentile() { awk -v p="$2" '$1 == p { print $2 }' "$1"; }
rate() { awk '/Requests\/sec/ { print $2 }' "$1"; }
failures() { awk '/non-200 answers/ { print $3 }' "$1"; }

cat <<REPORT
### Run of $(date -u +%Y-%m-%dT%H:%MZ)

Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -h | awk '/^Mem:/ { print $2 }') memory;
$(java -version 2>&1 | head -1); service started with \`$heap\`; wrk and the service share the machine;
load average $load_before before the measured runs, $load_after after; ${seconds} s a run, wrk 2 threads.

| route | connections | p50 | p99 | requests/s | non-200 |
| --- | --- | --- | --- | --- | --- |
| GET /health | 16 | $(percentile "$out/health.txt" 50%) | $(percentile "$out/health.txt" 99%) | $(rate "$out/health.txt") | - |
| POST /api/evaluations | 16 | $(percentile "$out/evaluate.txt" 50%) | $(percentile "$out/evaluate.txt" 99%) | $(rate "$out/evaluate.txt") | $(failures "$out/evaluate.txt") |
| POST /api/evaluations | 1 | $(percentile "$out/evaluate-1.txt" 50%) | $(percentile "$out/evaluate-1.txt" 99%) | $(rate "$out/evaluate-1.txt") | $(failures "$out/evaluate-1.txt") |
| POST /api/evaluations/what-if | 1 | $(percentile "$out/what-if.txt" 50%) | $(percentile "$out/what-if.txt" 99%) | $(rate "$out/what-if.txt") | $(failures "$out/what-if.txt") |

Peak heap used through the load: ${peak_heap_mb} MB; $gc.
REPORT

[ -s "$out/jmh.txt" ] || exit 0
# wrk writes a latency with its unit (us, ms, s): in microseconds.
micros() { awk -v p="$2" '$1 == p { v = $2; if (v ~ /us$/) m = 1; else if (v ~ /ms$/) m = 1000; else if (v ~ /s$/) m = 1000000; sub(/[a-z]+$/, "", v); printf "%.0f", v * m }' "$1"; }
read_evaluate=$(jmh_p50 EvaluationBenchmark.readAndEvaluate)
commit=$(jmh_p50 StoreBenchmark.commit)
stored=$(jmh_p50 StoreBenchmark.readEvaluateAndStore)
one=$(micros "$out/evaluate-1.txt" 50%)
sixteen=$(rate "$out/evaluate.txt")
awk -v re="$read_evaluate" -v c="$commit" -v s="$stored" -v one="$one" -v r16="$sixteen" -v cores="$(nproc)" 'BEGIN {
  printf "\nIn process (JMH p50, the same machine, before the service started): readAndEvaluate %.0f us; commit of one row alone %.0f us; read, evaluate, write and store %.0f us.\n\n", re, c, s
  print "| target (issue 15) | measured | ratio | target |"
  print "| --- | --- | --- | --- |"
  printf "| POST /api/evaluations at 1 connection, p50, against readAndEvaluate + one commit | %.0f us against %.0f + %.0f us | %.2f | at most 1.5 |\n", one, re, c, one / (re + c)
  ideal = cores / (s / 1000000)
  printf "| POST /api/evaluations at 16 connections, requests/s, against cores / in-process cost per stored evaluation | %s against %d / %.0f us = %.0f | %.2f | at least 0.7 |\n", r16, cores, s, ideal, r16 / ideal
}'

