#!/usr/bin/env bash
# Growth: the pledge status job's point-in-time full run for today at several dataset sizes, each
# generated (seed 42, no prior snapshots) into a database of its own on the MariaDB service at
# 127.0.0.1:3306 (root, no password) unless it already holds that many agencies. Prints one line per
# size (agencies, median seconds, ms per agency, the runs, first run of the JVM) and the ratio of the
# largest size's time per agency to 18,000's; target ≤ 1.25. Exits 1 when it misses.
# Usage: bench/growth.sh [--generate-only] [sizes...]     default: 1800 18000 90000
#        --generate-only: only generate the sizes' databases (not timed), e.g. hours before a quiet machine
# Environment: BENCH_GROWTH_RUNS (timed runs per size, default 3), BENCH_DB_PREFIX (default bench_growth_).
set -euo pipefail
cd "$(dirname "$0")/.."
GENERATE_ONLY=false
[[ "${1:-}" == "--generate-only" ]] && { GENERATE_ONLY=true; shift; }
SIZES=("$@")
(( ${#SIZES[@]} )) || SIZES=(1800 18000 90000)
PREFIX="${BENCH_DB_PREFIX:-bench_growth_}"
OUT=target/bench
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
mkdir -p "$OUT"

echo "Building (the tools module and the modules it needs, classpath)..." >&2
# test-compile, not compile: the dependency plugin resolves every scope of each module it runs in, and
# batch's tests use core's test classes, which a reactor build offers only once they are compiled
./mvnw -q -pl tools -am test-compile dependency:build-classpath -Djacoco.skip=true \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=runtime >"$OUT/build.log" 2>&1 \
    || { cat "$OUT/build.log"; exit 1; }
CP="tools/target/classes:batch/target/classes:core/target/classes:db/target/classes"
CP="$CP:$(cat tools/target/bench.classpath)"
# sized as bench/run.sh sizes the local service
mariadb -h127.0.0.1 -uroot -e "SET GLOBAL innodb_buffer_pool_size = 4294967296; SET GLOBAL innodb_log_file_size = 1073741824"

props() {
    echo --spring.config.name=bench --spring.datasource.url="jdbc:mysql://127.0.0.1:3306/$1?connectionTimeZone=UTC" \
        --spring.datasource.username=root --spring.datasource.password= \
        --spring.jooq.sql-dialect=mysql --spring.flyway.locations=classpath:db/migration \
        --spring.batch.jdbc.initialize-schema=always --spring.batch.job.enabled=false \
        --pledgetrack.demo-data=false --pledgetrack.demo-data.snapshot-days=-1 \
        --pledgetrack.jobs.schedule-enabled=false --pledgetrack.reminders.cron=- \
        --pledgetrack.snapshots.refresh.enabled=false \
        --pledgetrack.reports.dir="$OUT/reports" --pledgetrack.files.dir="$OUT/files" \
        --logging.level.root=WARN --spring.main.banner-mode=off
}

LINES="$OUT/growth.tsv"
: >"$LINES"
for n in "${SIZES[@]}"; do
    db="$PREFIX$n"
    have=$(mariadb -h127.0.0.1 -uroot -N -e "SELECT COUNT(*) FROM organization WHERE kind = 'AGENCY'" "$db" 2>/dev/null || echo 0)
    if (( have != n )); then
        mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS \`$db\`;
            CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
        echo "Generating $n agencies into $db ..." >&2
        # shellcheck disable=SC2046
        "$JAVA" -cp "$CP" org.pledgetrack.tools.bench.BenchApplication $(props "$db") \
            --generate-dataset --agencies="$n" --seed=42 --snapshot-days=0 | tee "$OUT/growth-generate-$n.log" >&2
    fi
    $GENERATE_ONLY && continue
    echo "Full run at $n agencies (load average: $(cut -d' ' -f1-3 /proc/loadavg)) ..." >&2
    # shellcheck disable=SC2046
    "$JAVA" -Dbench.growth.runs="${BENCH_GROWTH_RUNS:-3}" -cp "$CP" org.pledgetrack.tools.bench.GrowthBench \
        $(props "$db") | grep '^GROWTH' | tee -a "$LINES"
done
$GENERATE_ONLY && exit 0

# agencies, median s, ms per agency; the ratio of the largest size to 18,000 (or to the second largest)
awk -F'\t' '{ per[$2] = $4 } END {
    n = 0; for (k in per) sizes[++n] = k + 0
    asort(sizes); largest = sizes[n]; base = (18000 in per) ? 18000 : sizes[n > 1 ? n - 1 : 1]
    ratio = per[largest] / per[base]
    printf "Growth: %.4f ms per agency at %d against %.4f at %d: ratio %.3f (target ≤ 1.25) %s\n",
        per[largest], largest, per[base], base, ratio, ratio <= 1.25 ? "PASS" : "FAIL"
    exit ratio <= 1.25 ? 0 : 1 }' "$LINES"
