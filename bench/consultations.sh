#!/usr/bin/env bash
# The consultations benchmark (docs/performance.md, "Consultations"): 200,000 open requests across Canada, 5,000 online
# mechanics, 20,000 customers and 500 workshops in a fresh PostgreSQL database on 127.0.0.1:5432; then the feed query's
# EXPLAIN ANALYZE, GET /api/mechanic/sessions/virtual by 16 concurrent off-shift employees in local exclusion (and by 16
# independent mechanics), and 1,000 concurrent accepts of 100 requests. The database is dropped afterwards.
# Needs Java 17 and the local PostgreSQL server (user postgres, trust authentication). Extra arguments are passed to the
# JVM, e.g. bench/consultations.sh -Dbench.duration=30s -Dbench.rounds=3 -Dbench.keep-database=true (two rounds by
# default: the first warms the JIT up on a busy machine, the target is judged on the last)
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== compiling"
./mvnw -q -o test-compile || ./mvnw -q test-compile
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
	|| ./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath

echo "== machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2}') memory, load average $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx2g -XX:+UseG1GC "$@" \
	-cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
	ca.mechanicplatform.bench.ConsultationBenchmark
echo "== load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
