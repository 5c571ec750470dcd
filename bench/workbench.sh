#!/usr/bin/env bash
# The rules workbench's two figures, over one PostgreSQL database shared by two `qi-assist serve`
# instances (A and B) on a fresh schema:
#  1. a candidate's check, test and impact (POST /api/ruleset/versions: the allowlist in A, then
#     the candidate worker compiling, checking and evaluating the examples and the latest 500
#     stored evaluations, while A evaluates them under the parent), timed by curl, after 500
#     evaluations have been posted;
#  2. from A's answer to POST /api/ruleset/versions/{id}/activate to B's first answer naming the
#     version (GET /health every 20 ms).
# Each run changes a comment of one rule file, so each candidate is a new version. Prints Markdown.
# Needs curl, python3 (to write the JSON bodies), QI_ASSIST_TEST_POSTGRES (or .ci/postgres) and
# target/qi-assist.jar; the two instances are started by bench/two-instances.sh. Usage: bench/workbench.sh [RUNS, default 5] [EVALUATIONS, default 500]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs="${1:-5}"
evaluations="${2:-500}"
source bench/two-instances.sh
token="$(python3 -c 'import secrets; print(secrets.token_hex(32))')"
export QI_ASSIST_TOKENS="policy:$token:Policy Bench"
start_two_instances 18191 18192
auth=(-H "Authorization: Bearer $token" -H 'Content-Type: application/json')
examples=()
for f in examples/*.json; do [[ "$f" == *.expected.json ]] || examples+=("$f"); done
for i in $(seq 1 "$evaluations"); do
  file="${examples[$((i % ${#examples[@]}))]}"
  status="$(curl -s -o "$work/posted.json" -w '%{http_code}' "${auth[@]}" --data-binary "@$file" \
    http://127.0.0.1:18191/api/evaluations)"
  case "$status" in 200 | 201) ;; *) echo "POST $file: $status $(head -c 300 "$work/posted.json")" >&2; exit 1 ;; esac
done
now_ms() { date +%s%3N; }
version_of() { curl -sf "http://127.0.0.1:$1/health" | sed 's/.*"rulesetVersion":"\([^"]*\)".*/\1/'; }
rule=statements/statement-2-planning-and-support.drl
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
checks=()
activations=()
for i in $(seq 1 "$runs"); do
  python3 - "$work/rules/$rule" "$rule" "$i" >"$work/candidate.json" <<'PY'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read() + "\n// benchmark run %s\n" % sys.argv[3]
print(json.dumps({"files": {sys.argv[2]: text}}))
PY
  seconds="$(curl -s -o "$work/answer.json" -w '%{time_total}' "${auth[@]}" \
    --data-binary "@$work/candidate.json" http://127.0.0.1:18191/api/ruleset/versions)"
  grep -q '"status":"passed"' "$work/answer.json" \
    || { echo "candidate $i: $(head -c 600 "$work/answer.json")" >&2; exit 1; }
  checks+=($(python3 -c "print(round($seconds * 1000))"))
  version="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["version"])' "$work/answer.json")"
  curl -sf -o /dev/null "${auth[@]}" -d "{\"note\": \"benchmark run $i\"}" \
    "http://127.0.0.1:18191/api/ruleset/versions/$version/activate"
  answered=$(now_ms)
  until [ "$(version_of 18192)" = "$version" ]; do sleep 0.02; done
  activations+=($(( $(now_ms) - answered )))
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
row() {
  local sorted=($(printf '%s\n' "$@" | sort -n)); local n=${#sorted[@]}
  echo "${sorted[0]} ms | ${sorted[$((n / 2))]} ms | ${sorted[$((n - 1))]} ms"
}
cat <<REPORT
### The rules workbench, run of $(date -u +%Y-%m-%dT%H:%MZ)

Machine: $(nproc) cores, $(java -version 2>&1 | head -1); two instances and PostgreSQL on the same
machine, $evaluations stored evaluations; load average $load_before before, $load_after after;
$runs runs.

| measure | fastest | median (p50) | slowest |
| --- | --- | --- | --- |
| candidate check + test + impact (examples and the latest $evaluations evaluations) | $(row "${checks[@]}") |
| from A's answer to the activation to B's first answer naming the version | $(row "${activations[@]}") |

Each check, in ms: ${checks[*]}. Each activation, in ms: ${activations[*]}.
REPORT
