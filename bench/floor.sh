#!/usr/bin/env bash
# The platform floor (docs/performance.md, "Platform floor"): the cheapest requests — the liveness probe, GET /api/auth/me
# and GET /api/mechanic/profile — by 16 concurrent users on an empty PostgreSQL database on 127.0.0.1:5432, once per web
# thread pool size (Tomcat's default 200, the database pool's 10, and 4), each on a freshly started platform.
# Needs Java 17 and the local PostgreSQL server (user postgres, trust authentication). Extra arguments are passed to
# the JVM, e.g. bench/floor.sh -Dbench.duration=30s -Dbench.web-threads=200,8
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/lib.sh
bench_run FloorBenchmark "$@"
