#!/usr/bin/env bash
# Revenue benchmark (see docs/performance.md): (a) splits per second in-process on one core, (b) one month's statements
# for 10,000 mechanics and 500 workshops with 1,000,000 sales over a year, in a fresh PostgreSQL database that is
# dropped afterwards. Extra arguments go to the benchmark: --sales=N --mechanics=N --workshops=N --keep.
# Needs PostgreSQL on 127.0.0.1:5432 (TEST_POSTGRES_URL / _USER / _PASSWORD to use another) and Java 17.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -B test-compile
classpath_file=target/bench-classpath.txt
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"

# One core for the calculator's figure is the JIT's thread; the heap is capped to show the statement run streams.
exec java -Xmx"${BENCH_HEAP:-512m}" -XX:+UseSerialGC \
  -cp "target/test-classes:target/classes:$(cat "$classpath_file")" \
  ca.mechanicplatform.bench.RevenueBenchmark "$@"
