# Sourced by bench/activation.sh and bench/workbench.sh (not run alone): two `qi-assist serve`
# instances of target/qi-assist.jar over one PostgreSQL database, on a fresh schema dropped at exit,
# with a copy of rules/ in a throwaway folder ($work/rules) that both serve.
# The caller exports QI_ASSIST_TOKENS first, then calls: start_two_instances PORT_A PORT_B
# Sets: jar, work, db. Needs curl, QI_ASSIST_TEST_POSTGRES (or .ci/postgres).

url="${QI_ASSIST_TEST_POSTGRES:-$(bash .ci/postgres)}"
[ -f target/qi-assist.jar ] || mvn -q -B -DskipTests package
jar="$(pwd)/target/qi-assist.jar"
work="$(mktemp -d)"
schema="bench_$(date +%s)"
cp -r rules "$work/rules"
# A fresh schema, through the JDBC driver in the jar (no psql needed).
cat >"$work/Schema.java" <<JAVA
public class Schema {
  public static void main(String[] a) throws Exception {
    try (var c = java.sql.DriverManager.getConnection(a[0])) { c.createStatement().execute(a[1]); }
  }
}
JAVA
java -cp "$jar" "$work/Schema.java" "$url" "CREATE SCHEMA $schema"
db="$url&currentSchema=$schema"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  java -cp "$jar" "$work/Schema.java" "$url" "DROP SCHEMA $schema CASCADE" || true
  rm -rf "$work"
}
trap cleanup EXIT

start_two_instances() {
  for port in "$@"; do
    (cd "$work" && exec java -Xmx512m -jar "$jar" serve --port "$port" --no-watch \
      --rules "$work/rules" --db "$db" >"$work/serve-$port.log" 2>&1) &
    pids+=($!)
    for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done
  done
}
