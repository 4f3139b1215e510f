#!/usr/bin/env bash
# The analytics benchmark (docs/performance.md, "Analytics"): a mechanic with 5,000 completed sessions and jobs over
# two years (with their sales, ledger postings and CRM visits) and 2,000 clients, among four other mechanics with as
# many, in a fresh PostgreSQL database on 127.0.0.1:5432; then the analytics API (12 months, two years), its CSV export
# and the analytics page (12 months, two years) by 16 concurrent users. Target p95 ≤ 100 ms.
# Needs Java 17 and the local PostgreSQL server (user postgres, trust authentication). Extra arguments are passed to
# the JVM, e.g. bench/analytics.sh -Dbench.duration=30s
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/lib.sh
bench_run AnalyticsBenchmark "$@"
