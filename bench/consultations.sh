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

. bench/lib.sh
bench_run ConsultationBenchmark "$@"
