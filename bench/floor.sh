#!/usr/bin/env bash
# The platform floor (docs/performance.md, "Platform floor"): the cheapest requests — the liveness probe, GET /api/auth/me
# and GET /api/mechanic/profile — by 16 concurrent users on an empty PostgreSQL database on 127.0.0.1:5432, once per web
# thread pool size (Tomcat's default 200, the database pool's 10, and 4), each on a freshly started platform.
# Needs Java 17 and the local PostgreSQL server (user postgres, trust authentication). Extra arguments are passed to
# the JVM, e.g. bench/floor.sh -Dbench.duration=30s -Dbench.web-threads=200,8
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== compiling"
./mvnw -q -o test-compile || ./mvnw -q test-compile
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
	|| ./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath

echo "== machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2}') memory, load average $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx2g -XX:+UseG1GC "$@" \
	-cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
	ca.mechanicplatform.bench.FloorBenchmark
echo "== load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
