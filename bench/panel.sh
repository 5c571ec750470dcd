#!/usr/bin/env bash
# The evidence pages' live panel over HTTP: the time `POST /evidence/{id}/panel` takes to answer,
# as the page's script asks it while an inspector types, for a draft holding the North Lanarkshire
# evidence (61 figures, its findings). Starts `qi-assist serve` in local mode on 127.0.0.1 with a
# throwaway database, types the example into the forms (one POST per figure and finding, as a
# browser without script would), then asks for the panel of its first figure with the count being
# changed, one request at a time on one kept-alive connection.
# Prints a Markdown report for docs/benchmarks.md. Needs curl, jq, java.
# Usage: bench/panel.sh [REQUESTS measured, default 500]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

requests="${1:-500}"
warmup="${QI_BENCH_WARMUP:-500}"
port="${QI_BENCH_PORT:-18081}"
heap="${QI_BENCH_HEAP:--Xmx512m}"
origin="http://127.0.0.1:$port"
example=examples/north-lanarkshire-2023.json
out="$(mktemp -d)"
jar="$out/cookies"

for tool in curl jq java; do
  command -v "$tool" >/dev/null || { echo "panel.sh: $tool is missing" >&2; exit 1; }
done
[ -f target/qi-assist.jar ] || mvn -q -B -DskipTests package

env -u QI_ASSIST_TOKENS java $heap -jar target/qi-assist.jar serve --port "$port" --db "jdbc:sqlite:$out/qi-assist.db" >"$out/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "$origin/health" >/dev/null && break
  sleep 1
done
curl -sf "$origin/health" >/dev/null || { echo "panel.sh: the service did not start; its log:" >&2; cat "$out/serve.log" >&2; exit 1; }

# Local mode: the first page starts the one user's session, whose pages carry its form token.
token=$(curl -sf -c "$jar" -b "$jar" "$origin/evidence/new" | sed -n 's/.*name="formToken" value="\([^"]*\)".*/\1/p' | head -1)
[ -n "$token" ] || { echo "panel.sh: no form token on /evidence/new" >&2; exit 1; }
post() { # path, urlencoded form: prints the Location answered
  curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" -H "Origin: $origin" \
    --data-binary "$2&formToken=$token" "$origin$1"
}

details=$(jq -r '[
    "partnership=\(.partnership|@uri)",
    "from=\(.inspectionPeriod.from)", "to=\(.inspectionPeriod.to)",
    "draftGrade=\(.draftGrade|@uri)"
  ] + (.samples | to_entries | map("\(.key)=\(.value)")) | join("&")' "$example")
draft=$(post /evidence "$details")
id="${draft##*/evidence/}"
[ -n "$id" ] && [ "$id" != "$draft" ] || { echo "panel.sh: the draft was not started ($draft)" >&2; exit 1; }
jq -r '.evidence[] | to_entries | map("\(.key)=\(.value|tostring|@uri)") | join("&")' "$example" |
  while read -r figure; do post "/evidence/$id/figures" "$figure" >/dev/null; done
jq -r '.findings[] | to_entries
    | map(if .value == true then "\(.key)=yes" elif .value == false then empty
          else "\(.key)=\(.value|tostring|@uri)" end) | join("&")' "$example" |
  while read -r finding; do post "/evidence/$id/findings" "$finding" >/dev/null; done

# The panel of figure 1 with its count being changed (45 of 60 typed as 46 of 60).
first=$(jq -r '.evidence[0] | .count = 46 | to_entries | map("\(.key)=\(.value|tostring|@uri)") | join("&")' "$example")
printf 'part=figure&item=1&%s&formToken=%s' "$first" "$token" >"$out/panel.form"
grade=$(curl -s -b "$jar" -H "Origin: $origin" --data-binary @"$out/panel.form" "$origin/evidence/$id/panel" |
  sed -n 's/.*id="panel-grade">\([^<]*\)<.*/\1/p')
[ -n "$grade" ] || { echo "panel.sh: the panel did not answer a grade" >&2; exit 1; }

ask() { # n requests on one connection, the time of each in seconds
  args=()
  for _ in $(seq 1 "$1"); do args+=(-o /dev/null "$origin/evidence/$id/panel"); done
  curl -s -b "$jar" -H "Origin: $origin" --data-binary @"$out/panel.form" -w '%{time_total}\n' "${args[@]}"
}

echo "warming up ($warmup requests)..." >&2
ask "$warmup" >/dev/null
echo "measuring ($requests requests)..." >&2
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
ask "$requests" | sort -n >"$out/times.txt"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

at() { awk -v p="$1" '{ t[NR] = $1 } END { i = int((NR - 1) * p / 100) + 1; printf "%.1f ms", t[i] * 1000 }' "$out/times.txt"; }

cat <<REPORT
### Live panel, run of $(date -u +%Y-%m-%dT%H:%MZ)

Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -h | awk '/^Mem:/ { print $2 }') memory;
$(java -version 2>&1 | head -1); service started with \`$heap\`; curl and the service share the machine;
load average $load_before before the measured requests, $load_after after.
The draft: $example typed into the forms; the panel answered "$grade".

| route | requests | p50 | p90 | p99 | fastest |
| --- | --- | --- | --- | --- | --- |
| POST /evidence/{id}/panel | $requests, one at a time | $(at 50) | $(at 90) | $(at 99) | $(at 0) |
REPORT
