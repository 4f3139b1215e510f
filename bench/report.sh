#!/usr/bin/env bash
# The whole platform's performance report (docs/performance.md, "Performance report"), in one run on one machine:
#   1. the machine, described;
#   2. the raw database limit: pgbench -S (select-only, prepared statements, 16 clients) on the same PostgreSQL server;
#   3. the platform's floor (the cheapest requests), then every capability's benchmark with its full data set, each endpoint
#      scenario at 16 concurrent users after the JVM is warmed up (warm-up rounds until the JIT compiler is done);
#   4. the revenue benchmark (split calculator, 1,000,000 sales, statements for 10,500 parties: batch work, no endpoint);
#   5. one table of every endpoint's throughput and p50/p95/p99, with its throughput as a share of the pgbench figure.
# Output: target/report/report.md (the table), target/report/*.log (each benchmark's own output).
# Needs Java 17, pgbench and the local PostgreSQL server on 127.0.0.1:5432 (user postgres, trust authentication).
# Environment: BENCH_DURATION (each scenario's measurement, default 15s), PGBENCH_SECONDS (default 30),
# PGBENCH_SCALE (default 10), SKIP_REVENUE=1 to leave out step 4. Extra arguments go to every benchmark's JVM.
set -euo pipefail
cd "$(dirname "$0")/.."

out=target/report
rm -rf "$out"
mkdir -p "$out"
results="$PWD/$out/results.tsv"
: > "$results"

. bench/lib.sh
bench_build

{
	echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //') — $(nproc) cores available"
	echo "- Memory: $(free -h | awk '/^Mem:/ {print $2}')"
	echo "- OS: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
	echo "- Java: $(java -version 2>&1 | head -n 1)"
	echo "- PostgreSQL: $(psql -h 127.0.0.1 -U postgres -Atc 'SHOW server_version' postgres) on the same machine (127.0.0.1)"
	echo "- Load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
	echo "- Command: \`bench/report.sh $*\` (BENCH_DURATION=${BENCH_DURATION:-15s}, PGBENCH_SECONDS=${PGBENCH_SECONDS:-30}), $(date -u '+%Y-%m-%d %H:%M UTC')"
} > "$out/machine.txt"
cat "$out/machine.txt"

echo "== raw database limit: pgbench -S"
db="imp_pgbench_$(date +%s)"
psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $db" postgres
trap 'psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" postgres >/dev/null 2>&1 || true' EXIT
pgbench -h 127.0.0.1 -U postgres -i -q -s "${PGBENCH_SCALE:-10}" "$db" > "$out/pgbench-init.txt" 2>&1
pgbench -h 127.0.0.1 -U postgres -S -M prepared -n -c 16 -j 2 -T "${PGBENCH_SECONDS:-30}" "$db" 2>&1 | tee "$out/pgbench.txt"
# How the limit moves with the number of connections: what the connection pool size is chosen from.
{
	echo "| clients | transactions/s |"
	echo "|---:|---:|"
	for clients in 1 2 4 8 16 32; do
		tps=$(pgbench -h 127.0.0.1 -U postgres -S -M prepared -n -c "$clients" -j "$(( clients < 2 ? 1 : 2 ))" -T 5 "$db" 2>&1 \
			| sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p')
		echo "| $clients | ${tps%.*} |"
	done
} | tee "$out/pgbench-sweep.md"
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" postgres

for benchmark in floor marketplace consultations bookings crm analytics; do
	[ -f "bench/$benchmark.sh" ] || continue
	echo "== $benchmark"
	extra=()
	# The floor at Tomcat's default pool only; bench/floor.sh alone compares pool sizes.
	[ "$benchmark" = floor ] && extra=(-Dbench.web-threads="${FLOOR_WEB_THREADS:-200}")
	if ! bash "bench/$benchmark.sh" -Dbench.name="$benchmark" -Dbench.results-file="$results" -Dbench.users=16 \
		-Dbench.duration="${BENCH_DURATION:-15s}" -Dbench.warmup=3s "${extra[@]}" "$@" 2>&1 | tee "$out/$benchmark.log"; then
		echo "$benchmark failed: see $out/$benchmark.log" | tee -a "$out/failures.txt"
	fi
done

if [ "${SKIP_REVENUE:-}" != 1 ]; then
	echo "== revenue (batch: calculator, 1,000,000 sales, statements)"
	if ! bash bench/revenue.sh 2>&1 | tee "$out/revenue.log"; then
		echo "revenue failed: see $out/revenue.log" | tee -a "$out/failures.txt"
	fi
fi

java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" ca.mechanicplatform.bench.PerformanceReport \
	"$results" "$out/pgbench.txt" "$out/machine.txt" "$out/report.md" "$out/pgbench-sweep.md"
echo "== load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Report written to $out/report.md"
if [ -s "$out/failures.txt" ]; then
	cat "$out/failures.txt"
	exit 1
fi
