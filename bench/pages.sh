#!/bin/bash
# Transferred bytes and Lighthouse mobile scores (performance, accessibility; cold cache, Lighthouse's
# default mobile emulation and throttling) of sign-in, Today, Progress, the timer and the coach's client
# list, signed in through the login form (the session cookie is passed to Lighthouse as a header).
# Needs the bench database (bench/run.sh --load-only), Chromium and the npm package "lighthouse"
# (npm install -g lighthouse, or LIGHTHOUSE=path/to/lighthouse).
#   bench/pages.sh portal-ui/target/upright-portal.jar [jdbc-url]
set -eu
JAR=$(realpath "$1")
URL=${2:-jdbc:postgresql://127.0.0.1:5432/upright_bench}
cd "$(dirname "$0")/.."
. ./.mvn/wrapper/find-jdk.sh
upright_find_jdk || exit 1
LIGHTHOUSE=${LIGHTHOUSE:-lighthouse}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
PORT=${PORT:-18082}
MPORT=${MANAGEMENT_PORT:-18083}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
SPRING_DATASOURCE_URL=$URL SPRING_DATASOURCE_USERNAME=postgres PORT=$PORT MANAGEMENT_PORT=$MPORT \
    "$JAVA_HOME/bin/java" -jar "$JAR" > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill -TERM $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/login" || true)" = 200 ]; do
  kill -0 $APP 2>/dev/null || { tail -30 "$WORK/app.log"; exit 1; }
  sleep 0.5
done
DB=${URL##*/}
SLUG=$(psql -h 127.0.0.1 -U postgres -d "${DB%%\?*}" -Atc "select slug from routine where status = 'PUBLISHED' order by id limit 1")

# signs in through the form; prints the session cookie
cookie_of() {
  local jar="$WORK/$1.jar" csrf
  csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*<meta name="_csrf" content="\([^"]*\)".*/\1/p' | head -1)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=bench-password" \
      --data-urlencode "_csrf=$csrf" "$BASE/login"
  awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$jar"
}

audit() {
  local label=$1 path=$2 cookie=${3:-}
  local out="$WORK/lh.json" headers='{}'
  [ -n "$cookie" ] && headers="{\"Cookie\": \"$cookie\"}"
  "$LIGHTHOUSE" "$BASE$path" --quiet --output=json --output-path="$out" --only-categories=performance,accessibility \
      --chrome-flags="--headless=new --no-sandbox" --extra-headers="$headers" >/dev/null 2>&1 || { echo "| $label | lighthouse failed |"; return; }
  node -e '
    const r = require(process.argv[1]);
    const a = r.audits, n = (id) => a[id] && a[id].numericValue;
    const final = r.finalDisplayedUrl || r.finalUrl;
    console.log(`| ${process.argv[2]} | ${process.argv[3]} | ${Math.round(r.categories.performance.score * 100)} | ${Math.round(r.categories.accessibility.score * 100)} | ${Math.round(n("total-byte-weight") / 1024)} kB | ${(n("first-contentful-paint") / 1000).toFixed(1)} s | ${(n("largest-contentful-paint") / 1000).toFixed(1)} s | ${Math.round(n("total-blocking-time"))} ms | ${final.replace(/^https?:\/\/[^/]+/, "")} |`);
  ' "$out" "$label" "$path"
}

MEMBER=$(cookie_of member1)
COACH=$(cookie_of coach1)
echo "| page | path | performance | accessibility | transferred | FCP | LCP | TBT | final URL |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---|"
audit "sign-in" /login
audit "Today (member)" /today "$MEMBER"
audit "Progress (member)" /progress "$MEMBER"
audit "timer (member)" "/routines/$SLUG/run" "$MEMBER"
audit "coach clients (98 clients)" /coach "$COACH"
