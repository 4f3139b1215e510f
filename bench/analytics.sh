#!/usr/bin/env bash
# The analytics benchmark (docs/performance.md, "Analytics"): a mechanic with 5,000 completed sessions and jobs over
# two years (with their sales, ledger postings and CRM visits) and 2,000 clients, among four other mechanics with as
# many, in a fresh PostgreSQL database on 127.0.0.1:5432; then the analytics API (12 months, two years), its CSV export
# and the analytics page (12 months, two years) by 16 concurrent users. Target p95 ≤ 100 ms.
# Needs Java 17 and the local PostgreSQL server (user postgres, trust authentication). Extra arguments are passed to
# the JVM, e.g. bench/analytics.sh -Dbench.duration=30s
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== compiling"
./mvnw -q -o test-compile || ./mvnw -q test-compile
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
	|| ./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath

echo "== machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2}') memory, load average $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx2g -XX:+UseG1GC "$@" \
	-cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
	ca.mechanicplatform.bench.AnalyticsBenchmark
echo "== load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
