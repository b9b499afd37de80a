#!/bin/bash
# Retained heap per signed-in member UI session: starts the production jar on the bench database
# (load it first with bench/run.sh --load-only, or any full run), signs in N members over HTTP and
# opens home, progress and a routine page in their one UI each (see SessionMemory), then prints the live-heap
# growth per session and the classes that grew most.
#   bench/memory.sh portal-ui/target/upright-portal.jar [N] [jdbc-url]
set -eu
JAR=$(realpath "$1")
N=${2:-200}
URL=${3:-jdbc:postgresql://127.0.0.1:5432/upright_bench}
cd "$(dirname "$0")/.."
. ./.mvn/wrapper/find-jdk.sh
upright_find_jdk || exit 1
# ports of their own, so that it can run beside bench/startup.sh (18080/18081) and bench/pages.sh (18082/18083)
PORT=${PORT:-18084}
MPORT=${MANAGEMENT_PORT:-18085}
LOG=$(mktemp)
SPRING_DATASOURCE_URL=$URL SPRING_DATASOURCE_USERNAME=postgres PORT=$PORT MANAGEMENT_PORT=$MPORT \
    "$JAVA_HOME/bin/java" -Xmx2g -jar "$JAR" > "$LOG" 2>&1 &
APP=$!
trap 'kill -TERM $APP 2>/dev/null || true; rm -f "$LOG"' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login" || true)" = 200 ]; do
  kill -0 $APP 2>/dev/null || { tail -30 "$LOG"; exit 1; }
  sleep 0.5
done
DB=${URL##*/}
SLUG=$(psql -h 127.0.0.1 -U postgres -d "${DB%%\?*}" -Atc "select slug from routine where status = 'PUBLISHED' order by id limit 1")
[ -f bench/target/bench-classpath.txt ] || { echo "run bench/run.sh once first (it builds the classpath)"; exit 1; }
"$JAVA_HOME/bin/java" -cp "bench/target/classes:$(cat bench/target/bench-classpath.txt)" \
    org.upright.bench.SessionMemory "http://127.0.0.1:$PORT" $APP "$N" "$SLUG"
