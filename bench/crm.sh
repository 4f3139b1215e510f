#!/usr/bin/env bash
# The CRM benchmark (docs/performance.md, "CRM"): a mechanic with 2,000 clients and 5,000 completed sessions and jobs
# over two years, among nine other mechanics with as many, in a fresh PostgreSQL database on 127.0.0.1:5432; then client
# search (first page, name, vehicle, tag with filters) and a client's page by 16 concurrent users. Target p95 ≤ 100 ms.
# Needs Java 17 and the local PostgreSQL server (user postgres, trust authentication). Extra arguments are passed to
# the JVM, e.g. bench/crm.sh -Dbench.duration=30s
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/lib.sh
bench_run CrmBenchmark "$@"
