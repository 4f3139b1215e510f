#!/usr/bin/env bash
# The partnership marketplace benchmark (docs/performance.md): 2,000 workshops and 100,000 published programs in a
# fresh PostgreSQL database on 127.0.0.1:5432, then GET /api/mechanic/partnerships/browse by 16 concurrent users.
# Needs Java 17 and the local PostgreSQL server (user postgres, trust authentication). Extra arguments are passed to
# the JVM, e.g. bench/marketplace.sh -Dbench.duration=30s -Dbench.rounds=2
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/lib.sh
bench_run MarketplaceBenchmark "$@"
