#!/usr/bin/env bash
# The bay booking benchmark (docs/performance.md, "Bookings"): a workshop with 20 bays and 10,000 bookings in a fresh
# PostgreSQL database on 127.0.0.1:5432; the 30-day calendars and the availability of all bays by 16 concurrent users;
# then 1,000 simultaneous attempts at one slot through two app instances (exactly one booking, the rest 409).
# Needs Java 17 and the local PostgreSQL server (user postgres, trust authentication). Extra arguments are passed to
# the JVM, e.g. bench/bookings.sh -Dbench.duration=30s -Dbench.attempts=2000
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/lib.sh
bench_run BookingsBenchmark "$@"
