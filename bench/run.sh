#!/usr/bin/env bash
# The benchmark harness of issue 7: one command that builds what it needs, generates the
# 18,000-agency dataset into a fresh database, runs every figure with its baseline measured in the
# same run and prints one table. Exits 1 when a figure misses its target (or a section fails).
#
# Usage: bench/run.sh [--reuse | --generate-only]
#        --reuse: keep the database if it already holds the dataset; --generate-only: stop after generating
# Environment: BENCH_DB (default bench_pledgetrack, on the MariaDB service at 127.0.0.1:3306 as
# root without password), BENCH_JDBC_URL (another server: an existing empty database, or the
# dataset with --reuse), BENCH_AGENCIES (default 18000), BENCH_SEED (default 42).
set -euo pipefail
cd "$(dirname "$0")/.."

REUSE=false
GENERATE_ONLY=false
[[ "${1:-}" == "--reuse" ]] && REUSE=true
[[ "${1:-}" == "--generate-only" ]] && GENERATE_ONLY=true
DB="${BENCH_DB:-bench_pledgetrack}"
URL="${BENCH_JDBC_URL:-jdbc:mysql://127.0.0.1:3306/$DB?connectionTimeZone=UTC}"
AGENCIES="${BENCH_AGENCIES:-18000}"
SEED="${BENCH_SEED:-42}"
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

# Spring properties of every bench JVM: the application's database settings for the bench database,
# no demo data, no schedules. No application.properties is read (spring.config.name): the test
# classpath's one sets tiny chunks for the tests; the jobs run with their defaults here.
PROPS=(--spring.config.name=bench --spring.datasource.url="$URL" --spring.datasource.username=root --spring.datasource.password=
    --spring.jooq.sql-dialect=mysql --spring.flyway.locations=classpath:db/migration
    --spring.batch.jdbc.initialize-schema=always --spring.batch.job.enabled=false
    --pledgetrack.demo-data=false --pledgetrack.demo-data.snapshot-days=-1
    --pledgetrack.jobs.schedule-enabled=false --pledgetrack.reminders.cron=-
    --pledgetrack.snapshots.refresh.enabled=false
    --pledgetrack.reports.dir="$OUT/reports" --pledgetrack.files.dir="$OUT/files"
    --logging.level.root=WARN --spring.main.banner-mode=off)

# The service's defaults (128 MB buffer pool, 96 MB redo log) are a developer's: with 11 million
# snapshot rows every insert missed the buffer pool and generation took 38 minutes instead of 10. A
# server holding this dataset is sized for it; the bench sizes the local service so (both settings are
# dynamic and last until the service restarts). BENCH_JDBC_URL's server is left as it is.
if [[ -z "${BENCH_JDBC_URL:-}" ]]; then
    mariadb -h127.0.0.1 -uroot -e "SET GLOBAL innodb_buffer_pool_size = 4294967296;
        SET GLOBAL innodb_log_file_size = 1073741824"
fi

agencies_in_database() {
    mariadb -h127.0.0.1 -uroot -N -e "SELECT COUNT(*) FROM organization WHERE kind = 'AGENCY'" "$DB" 2>/dev/null || echo 0
}

if $REUSE && { [[ -n "${BENCH_JDBC_URL:-}" ]] || (( $(agencies_in_database) >= AGENCIES )); }; then
    echo "Reusing the dataset in $URL" >&2
else
    if [[ -z "${BENCH_JDBC_URL:-}" ]]; then
        mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS \`$DB\`;
            CREATE DATABASE \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    fi
    echo "Generating $AGENCIES agencies (seed $SEED) into $URL ..." >&2
    "$JAVA" -cp "$CP" org.pledgetrack.tools.bench.BenchApplication "${PROPS[@]}" \
        --generate-dataset --agencies="$AGENCIES" --seed="$SEED" | tee "$OUT/generate.log" >&2
fi
$GENERATE_ONLY && exit 0

FIGURES="$OUT/figures.tsv"
: >"$FIGURES"
status=0
run_section() {
    "$@" | tee -a "$OUT/sections.log" | grep '^FIGURE' >>"$FIGURES" || status=1
}
echo "Figure 1: pledge status job, full run against plain SQL..." >&2
run_section "$JAVA" -cp "$CP" org.pledgetrack.tools.bench.PledgeStatusBench "${PROPS[@]}"
echo "Figure 3: XLSX export under -Xmx256m..." >&2
run_section "$JAVA" -Xmx256m -cp "$CP" org.pledgetrack.tools.bench.ReportExportBench "${PROPS[@]}"
if [[ -x bench/ui-api.sh ]]; then
    echo "Figures 4-5: UI and API (bench/ui-api.sh)..." >&2
    run_section bench/ui-api.sh "$URL"
fi
echo "Figure 6: from an item's change to today's dashboard numbers (automatic refresh at its defaults)..." >&2
run_section "$JAVA" -cp "$CP" org.pledgetrack.tools.bench.FreshnessBench "${PROPS[@]}"

echo
column -t -s $'\t' -N "",Figure,Name,Value,Baseline,"Baseline value",Ratio,Target,Result "$FIGURES" 2>/dev/null \
    || cat "$FIGURES"
if grep -q $'\tFAIL$' "$FIGURES"; then
    status=1
fi
exit $status
