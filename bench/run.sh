#!/bin/sh
# Upright bench: generates a member population into PostgreSQL (default: the server at 127.0.0.1:5432,
# database upright_bench, dropped and created again) and measures the application's service methods.
#   bench/run.sh            full size (30 000 members, ~10 M ratings, ~5 M sessions)
#   bench/run.sh --small    600 members (what the default build's BenchSmallTest runs)
#   bench/run.sh --help     all options (sizes, --url=..., --reuse, --calls=..., --report=...)
# The report is written to bench/target/bench-report.md unless --report=FILE is given.
set -eu
cd "$(dirname "$0")/.."
. ./.mvn/wrapper/find-jdk.sh
upright_find_jdk || exit 1
export JAVA_HOME
./mvnw -B -q -pl bench -am -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -DincludeScope=runtime
cd bench
exec "$JAVA_HOME/bin/java" -Xmx4g -XX:+UseParallelGC -cp "target/classes:$(cat target/bench-classpath.txt)" \
    org.upright.bench.BenchMain "$@"
