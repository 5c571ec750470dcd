#!/usr/bin/env bash
# A short JMH run of the in-process benchmarks issue 15 sets targets for, printed as a table of
# p50s and of the ratios the targets are written in. CI runs it after the tests as a report only:
# its figures are indicative (short warm-up, a shared machine) and never fail the build; the
# figures recorded in docs/benchmarks.md come from longer runs.
# Usage: bench/report.sh [JMH options, default "-wi 3 -w 1 -i 3 -r 1"]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

options="${*:--wi 3 -w 1 -i 3 -r 1}"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT

mvn -q -B -Pbench -DskipTests -Dspotless.check.skip=true test-compile exec:exec \
  -Dbench.args="(EvaluationBenchmark.(engineOnly|evaluate|readAndEvaluate|whatIf)|StoreBenchmark.commit)\$ $options" >"$out"

# p50 of a benchmark in microseconds (JMH gives whatIf in ms).
p50() {
  awk -v name="$1" '$1 == name ":p0.50" { v = $3; if ($4 == "ms/op") v *= 1000; printf "%.1f", v }' "$out"
}
engine=$(p50 EvaluationBenchmark.engineOnly)
evaluate=$(p50 EvaluationBenchmark.evaluate)
read_evaluate=$(p50 EvaluationBenchmark.readAndEvaluate)
what_if=$(p50 EvaluationBenchmark.whatIf)
commit=$(p50 StoreBenchmark.commit)

echo "### Short benchmark report, $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, JMH $options"
echo
awk -v e="$engine" -v ev="$evaluate" -v re="$read_evaluate" -v w="$what_if" -v c="$commit" 'BEGIN {
  print "| benchmark | p50 (us) |"
  print "| --- | --- |"
  printf "| engineOnly | %.1f |\n| evaluate | %.1f |\n| readAndEvaluate | %.1f |\n| whatIf | %.1f |\n| commit of one stored evaluation (StoreBenchmark) | %.1f |\n\n", e, ev, re, w, c
  print "| ratio | measured | target |"
  print "| --- | --- | --- |"
  if (e > 0) printf "| evaluate / engineOnly | %.2f | at most 1.5 |\n", ev / e
  if (ev > 0) printf "| readAndEvaluate / evaluate | %.2f | at most 1.3 |\n", re / ev
  if (ev > 0) printf "| whatIf / evaluate | %.1f | at most 20 |\n", w / ev
}'
