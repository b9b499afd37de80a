#!/bin/bash
# Start-up of the production jar: seconds from launching the JVM to the first 200 on /login and to
# readiness UP (/actuator/health/readiness on the management port), with the external PostgreSQL at
# 127.0.0.1:5432 (database upright_startup, created fresh here) and with the embedded one; plain
# (the executable jar as built), extracted (java -Djarmode=tools ... extract) and extracted with a
# JDK 25 AOT cache (trained the way deploy/aot-train.sh does it). Each variant runs RUNS times after
# one uncounted first start (initdb / migrations / starter import / AOT training). The CPU seconds the
# JVM had used when /login first answered are printed too: under load they vary far less than wall time.
#   bench/startup.sh portal-ui/target/upright-portal.jar [RUNS]
#   AOT=0: without the AOT-cache variants; PLAIN=0: without the jar as built (only the AOT cache, or
#   EXTRACTED); EXTRACTED=1: also the extracted jar without a cache; ONLY=external|embedded: one database only
set -eu
JAR=$(realpath "$1")
RUNS=${2:-3}
cd "$(dirname "$0")/.."
. ./.mvn/wrapper/find-jdk.sh
upright_find_jdk || exit 1
JAVA="$JAVA_HOME/bin/java"
PORT=${PORT:-18080}
MPORT=${MANAGEMENT_PORT:-18081}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# CPU seconds (user + system) the process has used so far: on a shared machine a steadier figure than wall time
cpu_of() { local st; read -ra st < "/proc/$1/stat"; echo $(( (st[13] + st[14]) * 1000 / $(getconf CLK_TCK) )); }

# one start: prints "login-seconds ready-seconds cpu-seconds-at-login", then stops the app (SIGTERM, so an AOT cache is written)
start_once() {
  local t0 pid login="" ready="" now cpu=0
  t0=$(date +%s%N)
  "$@" > "$WORK/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 6000); do
    now=$(date +%s%N)
    if [ -z "$login" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login" || true)" = 200 ]; then
      login=$(( now - t0 )); cpu=$(cpu_of "$pid")
    fi
    if [ -z "$ready" ] && curl -s "http://127.0.0.1:$MPORT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
      ready=$(( now - t0 ))
    fi
    [ -n "$login" ] && [ -n "$ready" ] && break
    if ! kill -0 "$pid" 2>/dev/null; then echo "app exited; log:" >&2; tail -20 "$WORK/app.log" >&2; return 1; fi
    sleep 0.05
  done
  # what a first visitor loads, so a training run sees those classes too
  curl -s -o /dev/null "http://127.0.0.1:$PORT/upright/styles.css" || true
  kill -TERM "$pid"; wait "$pid" || true
  printf '%d.%01d %d.%01d %d.%01d\n' $((login / 1000000000)) $((login % 1000000000 / 100000000)) \
      $((ready / 1000000000)) $((ready % 1000000000 / 100000000)) $((cpu / 1000)) $((cpu % 1000 / 100))
}

variant() {
  local label=$1; shift
  local first logins="" readies="" cpus="" l r c
  first=$(start_once "$@")
  for _ in $(seq 1 "$RUNS"); do
    read -r l r c < <(start_once "$@")
    logins="$logins $l"; readies="$readies $r"; cpus="$cpus $c"
  done
  echo "| $label | ${first%% *} | ${logins# } | ${readies# } | ${cpus# } | $(uptime | sed 's/.*load average: //') |"
}

psql -h 127.0.0.1 -U postgres -qc "drop database if exists upright_startup with (force)" -c "create database upright_startup" >/dev/null
EXT=(env SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/upright_startup SPRING_DATASOURCE_USERNAME=postgres PORT=$PORT MANAGEMENT_PORT=$MPORT)
EMB=(env PORT=$PORT MANAGEMENT_PORT=$MPORT)
EMBDIR=-Dupright.embedded-db.directory="$WORK/pg"
echo "| variant | first start (uncounted) | runs: s to first 200 on /login | runs: s to readiness UP | runs: CPU s used by then | load average after |"
echo "|---|---:|---|---|---|---|"
want() { [ -z "${ONLY:-}" ] || [ "$ONLY" = "$1" ]; }
if [ "${PLAIN:-1}" = 1 ]; then
  want external && variant "external PostgreSQL, jar as built" "${EXT[@]}" "$JAVA" -jar "$JAR"
  want embedded && variant "embedded PostgreSQL, jar as built" "${EMB[@]}" "$JAVA" "$EMBDIR" -jar "$JAR"
fi
[ "${AOT:-1}" = 1 ] || exit 0
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/x" >/dev/null
XJAR="$WORK/x/$(basename "$JAR")"
if [ "${EXTRACTED:-0}" = 1 ]; then
  want external && variant "external PostgreSQL, extracted" "${EXT[@]}" "$JAVA" -jar "$XJAR"
  want embedded && variant "embedded PostgreSQL, extracted" "${EMB[@]}" "$JAVA" "$EMBDIR" -jar "$XJAR"
fi
if want external; then
  start_once "${EXT[@]}" "$JAVA" -XX:AOTCacheOutput="$WORK/app.aot" -jar "$XJAR" >/dev/null
else
  start_once "${EMB[@]}" "$JAVA" -XX:AOTCacheOutput="$WORK/app.aot" "$EMBDIR" -jar "$XJAR" >/dev/null
fi
echo "(AOT cache: $(du -h "$WORK/app.aot" | cut -f1))"
want external && variant "external PostgreSQL, extracted + AOT cache" "${EXT[@]}" "$JAVA" -XX:AOTCache="$WORK/app.aot" -jar "$XJAR"
want embedded && variant "embedded PostgreSQL, extracted + AOT cache" "${EMB[@]}" "$JAVA" -XX:AOTCache="$WORK/app.aot" "$EMBDIR" -jar "$XJAR"
grep -m1 -i 'production mode' "$WORK/app.log" || true
