#!/usr/bin/env bash
# Builds a JDK 25 AOT cache for the production jar and (optionally) measures what it buys.
#
#   deploy/aot-train.sh [path/to/upright-portal.jar]            extract + training run
#   deploy/aot-train.sh --measure [path/to/upright-portal.jar]  ... then 3 starts each: extracted without
#                                                               and with the cache (AOT_MEASURE_FAT_JAR=1:
#                                                               also the executable jar as built)
#
# The JVM caches only classes from plain jars on the class path, not from the jars nested inside
# Spring Boot's executable jar, so the jar is first extracted (java -Djarmode=tools ... extract) to
# upright-portal-aot/ next to it. The training run starts the extracted portal once with
# -XX:AOTCacheOutput, opens the login page and a static file so the classes that serve them load too,
# and stops it; the JVM writes the cache on exit. Then start the portal with:
#   java -XX:AOTCache=upright-portal-aot/upright-portal.aot -jar upright-portal-aot/upright-portal.jar
# The cache only fits the same JDK build and the same jar: train again after every upgrade.
# The runs need a database: SPRING_DATASOURCE_URL etc. if set, else the embedded PostgreSQL in a
# throw-away directory.
set -euo pipefail

measure=false
if [[ "${1:-}" == "--measure" ]]; then measure=true; shift; fi
here="$(cd "$(dirname "$0")" && pwd)"
jar="${1:-$here/../portal-ui/target/upright-portal.jar}"
jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"
fatjar="$jar"
dir="${AOT_DIR:-$(dirname "$jar")/upright-portal-aot}"
cache="$dir/upright-portal.aot"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
port="${AOT_PORT:-18080}"
mport="${AOT_MANAGEMENT_PORT:-18081}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

[[ -f "$jar" ]] || { echo "No jar at $jar: build it with ./mvnw -B -Pproduction -DskipTests package" >&2; exit 1; }
"$java" -XX:AOTMode=off -version >/dev/null 2>&1 || { echo "$java does not support AOT caches (needs JDK 25)" >&2; exit 1; }

echo "Extracting $fatjar to $dir ..."
rm -rf "$dir"
"$java" -Djarmode=tools -jar "$fatjar" extract --destination "$dir" >/dev/null
jar="$dir/$(basename "$fatjar")"

# starts the portal with the given JVM options; prints milliseconds until /login answered 200
start_and_time() {
  local log="$work/run.log" begin pid status
  begin=$(date +%s%N)
  local app="$jar"
  if [[ "${1:-}" == "--fat" ]]; then app="$fatjar"; shift; fi
  "$java" "$@" -jar "$app" --server.port="$port" --management.server.port="$mport" \
      --upright.embedded-db.directory="$work/postgres" >"$log" 2>&1 &
  pid=$!
  local deadline=$(( $(date +%s) + ${AOT_START_TIMEOUT:-600} ))
  while (( $(date +%s) < deadline )); do
    status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" || true)
    if [[ "$status" == "200" ]]; then
      echo $(( ($(date +%s%N) - begin) / 1000000 ))
      # touch what a first visitor loads, so the training run sees those classes too
      curl -s -o /dev/null "http://127.0.0.1:$port/upright/styles.css" || true
      curl -s -o /dev/null "http://127.0.0.1:$mport/actuator/health/readiness" || true
      kill "$pid"; wait "$pid" 2>/dev/null || true
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "the portal stopped; its log:" >&2; cat "$log" >&2; return 1; fi
    sleep 0.1
  done
  kill "$pid"; echo "no 200 on /login after ${AOT_START_TIMEOUT:-600} s" >&2; return 1
}

echo "Training run (writes $cache)..."
rm -f "$cache"
start_and_time -XX:AOTCacheOutput="$cache" >/dev/null
[[ -f "$cache" ]] || { echo "no cache was written" >&2; exit 1; }
echo "AOT cache: $cache ($(du -h "$cache" | cut -f1))"

if $measure; then
  # one warm-up start so the embedded database exists in both series
  start_and_time >/dev/null
  modes=("extracted" "extracted + AOT cache")
  if [[ -n "${AOT_MEASURE_FAT_JAR:-}" ]]; then modes=("jar as built" "${modes[@]}"); fi
  for mode in "${modes[@]}"; do
    for run in 1 2 3; do
      case "$mode" in
        "jar as built") ms=$(start_and_time --fat) ;;
        "extracted") ms=$(start_and_time) ;;
        *) ms=$(start_and_time -XX:AOTCache="$cache") ;;
      esac
      echo "$mode, run $run: first 200 on /login after $ms ms"
    done
  done
fi
