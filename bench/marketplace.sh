#!/usr/bin/env bash
# The partnership marketplace benchmark (docs/performance.md): 2,000 workshops and 100,000 published programs in a
# fresh PostgreSQL database on 127.0.0.1:5432, then GET /api/mechanic/partnerships/browse by 16 concurrent users.
# Needs Java 17 and the local PostgreSQL server (user postgres, trust authentication). Extra arguments are passed to
# the JVM, e.g. bench/marketplace.sh -Dbench.duration=30s -Dbench.rounds=2
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== compiling"
./mvnw -q -o test-compile || ./mvnw -q test-compile
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
	|| ./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath

echo "== machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2}') memory, load average $(cut -d' ' -f1-3 /proc/loadavg)"
exec java -Xmx2g -XX:+UseG1GC "$@" \
	-cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
	ca.mechanicplatform.bench.MarketplaceBenchmark
