#!/bin/bash
# Start-up of the production jar: seconds from launching the JVM to the first 200 on /login
# (the app has no actuator, so no readiness endpoint), with the embedded PostgreSQL and with the
# external one at 127.0.0.1:5432 (database upright_startup, created here), plain and with a JDK 25
# AOT cache (trained by one uncounted run). Each variant runs RUNS times after one uncounted first
# start (initdb / migrations / demo data / AOT training).
#   bench/startup.sh portal-ui/target/upright-portal.jar [RUNS]      (AOT=0: without the AOT-cache variants)
set -eu
JAR=$(realpath "$1")
RUNS=${2:-3}
cd "$(dirname "$0")/.."
. ./.mvn/wrapper/find-jdk.sh
upright_find_jdk || exit 1
JAVA="$JAVA_HOME/bin/java"
PORT=${PORT:-18080}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# one start: prints the seconds to the first 200 on /login, then stops the app (SIGTERM, so an AOT cache is written)
start_once() {
  local t0 code pid
  t0=$(date +%s.%N)
  "$@" > "$WORK/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 3000); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login" || true)
    [ "$code" = 200 ] && break
    if ! kill -0 "$pid" 2>/dev/null; then echo "app exited; log:" >&2; tail -20 "$WORK/app.log" >&2; return 1; fi
    sleep 0.1
  done
  echo "$(date +%s.%N) - $t0" | bc
  kill -TERM "$pid"; wait "$pid" || true
}

variant() {
  local label=$1; shift
  local first times=""
  first=$(start_once "$@")
  for _ in $(seq 1 "$RUNS"); do times="$times $(start_once "$@")"; done
  printf '| %s | %.1f |%s |\n' "$label" "$first" "$(for t in $times; do printf ' %.1f' "$t"; done)"
}

psql -h 127.0.0.1 -U postgres -qc "drop database if exists upright_startup with (force)" -c "create database upright_startup" >/dev/null
EXT=(env SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/upright_startup SPRING_DATASOURCE_USERNAME=postgres PORT=$PORT)
EMB=(env PORT=$PORT)
echo "| variant | first start (uncounted) | runs: seconds to first 200 on /login |"
echo "|---|---:|---|"
variant "external PostgreSQL, plain" "${EXT[@]}" "$JAVA" -jar "$JAR"
variant "embedded PostgreSQL, plain" "${EMB[@]}" "$JAVA" -Dupright.embedded-db.directory="$WORK/pg" -jar "$JAR"
[ "${AOT:-1}" = 1 ] || exit 0
start_once "${EXT[@]}" "$JAVA" -XX:AOTCacheOutput="$WORK/app.aot" -jar "$JAR" >/dev/null
variant "external PostgreSQL, AOT cache" "${EXT[@]}" "$JAVA" -XX:AOTCache="$WORK/app.aot" -jar "$JAR"
variant "embedded PostgreSQL, AOT cache" "${EMB[@]}" "$JAVA" -XX:AOTCache="$WORK/app.aot" -Dupright.embedded-db.directory="$WORK/pg" -jar "$JAR"
grep -m1 -i 'production mode\|productionMode' "$WORK/app.log" || true
