#!/usr/bin/env bash
# `impact --stored` over 1,000 stored evaluations (issue 15): posts the ten examples 100 times
# each to `qi-assist serve` (local mode, 127.0.0.1, a throwaway SQLite file), stops the service,
# then runs `./qi-assist impact --stored --from rules --to rules --progress` RUNS times, one after
# the other, timing each from the shell (wall clock and CPU). Prints a Markdown report for
# docs/benchmarks.md with the load average before and after.
# Needs curl and Java 17 (the launcher builds target/qi-assist.jar when it is missing).
# QI_BENCH_LAUNCHER picks what is timed: "./qi-assist" (default: the launcher, with its JVM
# options) or, for comparison, "java -jar target/qi-assist.jar".
# QI_BENCH_DB=FILE keeps the database in FILE and uses it again on the next run.
# Usage: bench/impact.sh [RUNS, default 5]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs="${1:-5}"
port="${QI_BENCH_PORT:-18090}"
launcher="${QI_BENCH_LAUNCHER:-./qi-assist}"
origin="http://127.0.0.1:$port"
out="$(mktemp -d)"
# QI_BENCH_DB=FILE keeps the stored evaluations in FILE, and uses them again when it exists.
dbfile="${QI_BENCH_DB:-$out/qi-assist.db}"
db="jdbc:sqlite:$dbfile"

for tool in curl java; do
  command -v "$tool" >/dev/null || { echo "impact.sh: $tool is missing" >&2; exit 1; }
done
./qi-assist --version >/dev/null # builds the jar when it is missing or stale

server=""
cleanup() {
  if [ -n "$server" ]; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$out"
}
trap cleanup EXIT

store_thousand() {
  echo "storing 1,000 evaluations..." >&2
  env -u QI_ASSIST_TOKENS java -Xmx512m -jar target/qi-assist.jar serve --port "$port" --no-watch \
    --db "$db" >"$out/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 1 120); do
    curl -sf "$origin/health" >/dev/null && break
    sleep 1
  done
  curl -sf "$origin/health" >/dev/null || { echo "impact.sh: the service did not start:" >&2; cat "$out/serve.log" >&2; exit 1; }
  # One curl, one kept-alive connection: the ten examples, each 100 times.
  for _ in $(seq 1 100); do
    for f in $(ls examples/*.json | grep -v expected); do
      printf 'next\nurl = "%s/api/evaluations"\nrequest = "POST"\nheader = "Content-Type: application/json"\ndata-binary = "@%s"\noutput = "/dev/null"\nwrite-out = "%%{http_code}\\n"\n' \
        "$origin" "$f"
    done
  done | tail -n +2 >"$out/posts.curl"
  curl -s -K "$out/posts.curl" >"$out/codes.txt"
  stored=$(grep -c '^201$' "$out/codes.txt" || true)
  [ "$stored" = 1000 ] || { echo "impact.sh: stored $stored of 1000 (answers: $(sort "$out/codes.txt" | uniq -c | tr '\n' ' '))" >&2; exit 1; }
  kill "$server"
  wait "$server" 2>/dev/null || true
  server=""
}
[ -n "${QI_BENCH_DB:-}" ] && [ -f "$dbfile" ] || store_thousand

echo "measuring $runs runs of impact..." >&2
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
walls=()
cpus=()
for i in $(seq 1 "$runs"); do
  TIMEFORMAT='%R %U %S'
  { time $launcher impact --stored --db "$db" --from rules --to rules --progress \
      >"$out/report.txt" 2>"$out/progress.txt"; } 2>"$out/time.txt"
  read -r real user sys <"$out/time.txt"
  walls+=("$real")
  cpus+=("$(echo "$user + $sys" | bc)")
  grep -q "Weighing stored evaluations: 1000 of 1000" "$out/progress.txt" \
    || { echo "impact.sh: run $i printed no final progress line:" >&2; cat "$out/progress.txt" >&2; exit 1; }
  grep -q "over 1000 evidence files" "$out/report.txt" \
    || { echo "impact.sh: run $i did not weigh 1,000 evaluations:" >&2; head -5 "$out/report.txt" >&2; exit 1; }
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
sorted_walls="$(printf '%s\n' "${walls[@]}" | sort -n | tr '\n' ' ')"

cat <<REPORT
### Impact over 1,000 stored evaluations (issue 15), run of $(date -u +%Y-%m-%dT%H:%MZ)

Machine: $(nproc) cores, $(java -version 2>&1 | head -1); load average $load_before before,
$load_after after. \`$launcher impact --stored --from rules --to rules --progress\` over the ten
examples posted 100 times each (SQLite), $runs runs one after the other.

| measure | p50 | fastest | slowest |
| --- | --- | --- | --- |
| wall clock | $(median "${walls[@]}") s | $(echo "$sorted_walls" | awk '{ print $1 }') s | $(echo "$sorted_walls" | awk '{ print $NF }') s |
| CPU (user + system) | $(median "${cpus[@]}") s | | |

Each run, wall clock in s: ${walls[*]}.
REPORT

