# Shared by the scripts in bench/ (sourced, not run): builds the test classes and the runtime classpath once, then
# starts a benchmark's main class with the platform in the same JVM.

# Compiles main and test classes (offline when the local repository has everything) and writes the classpath.
bench_build() {
	echo "== compiling"
	./mvnw -q -o test-compile || ./mvnw -q test-compile
	./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
		|| ./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
}

# bench_run CLASS [JVM options...]: runs ca.mechanicplatform.bench.CLASS with a 2 GB heap (the platform, the load
# client and its recorded latencies share it), printing the machine's load before and after.
bench_run() {
	local class=$1
	shift
	bench_build
	echo "== machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2}') memory, load average $(cut -d' ' -f1-3 /proc/loadavg)"
	java -Xmx2g -XX:+UseG1GC "$@" \
		-cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
		"ca.mechanicplatform.bench.$class"
	echo "== load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
}
