#!/usr/bin/env bash
# How soon a second instance serves a rule set put in service through the first, over one
# PostgreSQL database: starts two `qi-assist serve` instances on a fresh schema, then, RUNS times,
# changes a comment in a copy of the rules, asks instance A to reload, and from A's answer on
# asks instance B for /health every 20 ms until B names the new version. Prints a Markdown table.
# Needs curl, psql's URL in QI_ASSIST_TEST_POSTGRES (or .ci/postgres), target/qi-assist.jar.
# Usage: bench/activation.sh [RUNS, default 10]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs="${1:-10}"
source bench/two-instances.sh
# A token as strong as the service requires (128 bits at least).
token="$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')"
export QI_ASSIST_TOKENS="policy:$token:Policy Bench"
start_two_instances 18181 18182
now_ms() { date +%s%3N; }
version_of() { curl -sf "http://127.0.0.1:$1/health" | sed 's/.*"rulesetVersion":"\([^"]*\)".*/\1/'; }
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
results=()
for i in $(seq 1 "$runs"); do
  echo "// benchmark run $i" >>"$work/rules/statements/statement-4-leadership.drl"
  answer="$(curl -sf -X POST -H "Authorization: Bearer $token" \
    http://127.0.0.1:18181/api/ruleset/reload)"
  answered=$(now_ms)
  wanted="$(echo "$answer" | sed 's/.*"version":"\([^"]*\)".*/\1/')"
  until [ "$(version_of 18182)" = "$wanted" ]; do sleep 0.02; done
  results+=($(( $(now_ms) - answered )))
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
sorted=($(printf '%s\n' "${results[@]}" | sort -n))
count=${#sorted[@]}
cat <<REPORT
### Activation to first answer on a second instance, run of $(date -u +%Y-%m-%dT%H:%MZ)

Machine: $(nproc) cores, $(java -version 2>&1 | head -1); two instances and PostgreSQL on the same
machine; load average $load_before before, $load_after after; $count activations.

| measure | fastest | median | slowest |
| --- | --- | --- | --- |
| from A's answer to the reload to B's first answer naming the new version | ${sorted[0]} ms | ${sorted[$((count / 2))]} ms | ${sorted[$((count - 1))]} ms |

Each run, in ms: ${results[*]}.
REPORT
