#!/usr/bin/env bash
# Scale-out check on one machine: two portal nodes (the production jar on two ports) behind
# HAProxy with cookie stickiness, one PostgreSQL, and a scripted browser user (journey.mjs) who
# signs in, saves a check-in, loses the node serving them, signs in on the other and finds it.
# Not part of the build or the test suite. README "Operations" says how to run it:
#   apt-get install -y haproxy chromium; npm install playwright-core (NODE_PATH to its node_modules)
#   ./mvnw -B -Pproduction -DskipTests package
#   deploy/scale-out/run.sh
# A fresh database is created on the PostgreSQL given by PGHOST/PGPORT/PGUSER (default the local
# one at 127.0.0.1:5432, user postgres) and dropped at the end.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
jar="${1:-$root/portal-ui/target/upright-portal.jar}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
proxy_port="${PROXY_PORT:-18180}"
ports=(18181 18182)
management_ports=(18191 18192)
db="upright_scaleout_$(date +%s)"
work="$(mktemp -d)"
pids=()

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql -q -d postgres -c "drop database if exists $db with (force)" >/dev/null 2>&1 || true
  echo "[run] logs were in $work (removed)"
  rm -rf "$work"
}
trap cleanup EXIT

[[ -f "$jar" ]] || { echo "No jar at $jar: ./mvnw -B -Pproduction -DskipTests package" >&2; exit 1; }
command -v haproxy >/dev/null || { echo "needs haproxy (apt-get install -y haproxy)" >&2; exit 1; }

psql -q -d postgres -c "create database $db"
echo "[run] fresh database $db on $PGHOST:$PGPORT"

for i in 0 1; do
  n=$((i + 1))
  "$java" -Xmx768m -jar "$jar" --server.port="${ports[$i]}" --management.server.port="${management_ports[$i]}" \
      --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$db" --spring.datasource.username="$PGUSER" \
      --spring.datasource.password="${PGPASSWORD:-}" --upright.demo-data=true >"$work/node$n.log" 2>&1 &
  pids+=($!)
  eval "NODE${n}_PID=$!"
  echo "[run] node$n starting: pid $!, port ${ports[$i]}, management port ${management_ports[$i]}"
done

for i in 0 1; do
  n=$((i + 1))
  deadline=$(( $(date +%s) + ${START_TIMEOUT:-600} ))
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${management_ports[$i]}/actuator/health/readiness")" == 200 ]]; do
    if ! kill -0 "${pids[$i]}" 2>/dev/null; then echo "[run] node$n died:"; tail -40 "$work/node$n.log"; exit 1; fi
    if (( $(date +%s) > deadline )); then echo "[run] node$n not ready in time"; tail -40 "$work/node$n.log"; exit 1; fi
    sleep 1
  done
  echo "[run] node$n ready (readiness UP)"
done

sed -e "s/@PROXY_PORT@/$proxy_port/" -e "s/@NODE1_PORT@/${ports[0]}/" -e "s/@NODE2_PORT@/${ports[1]}/" \
    -e "s/@NODE1_MANAGEMENT_PORT@/${management_ports[0]}/" -e "s/@NODE2_MANAGEMENT_PORT@/${management_ports[1]}/" \
    "$here/haproxy.cfg" >"$work/haproxy.cfg"
haproxy -f "$work/haproxy.cfg" >"$work/haproxy.log" 2>&1 &
pids+=($!)
until curl -s -o /dev/null "http://127.0.0.1:$proxy_port/login"; do sleep 0.5; done
echo "[run] haproxy on 127.0.0.1:$proxy_port"

echo "[run] migrations applied once: $(psql -At -d "$db" -c 'select count(*) from flyway_schema_history where version is not null') scripts;" \
     "starter articles: $(psql -At -d "$db" -c 'select count(*) from article') (imported once by two nodes starting together)"

status=0
PROXY_URL="http://127.0.0.1:$proxy_port" NODE1_PID="$NODE1_PID" NODE2_PID="$NODE2_PID" \
    SCREENSHOT="${SCREENSHOT:-$work/today.png}" node "$here/journey.mjs" || status=$?
if [[ $status -eq 0 ]]; then echo "[run] PASSED"; else echo "[run] FAILED"; for l in "$work"/node*.log; do echo "== $l"; tail -n 30 "$l"; done; fi
exit $status
