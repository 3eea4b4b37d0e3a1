#!/usr/bin/env bash
# Write and read MB/s of the database file store (pledgetrack.files.store=database) against the local one,
# as ratios measured in the same run (ContentStoreBench, core test sources). Not a test: run it by hand from
# the repository root. Uses the MariaDB on BENCH_DB_HOST:BENCH_DB_PORT (127.0.0.1:3306, root, no password) and
# a database of its own, BENCH_DB (bench_files), whose two tables it creates from the V145 migration.
# Usage: bench/files.sh [file megabytes, 50] [runs, 5]
set -euo pipefail
cd "$(dirname "$0")/.."
MEGABYTES="${1:-50}"
RUNS="${2:-5}"
HOST="${BENCH_DB_HOST:-127.0.0.1}"
PORT="${BENCH_DB_PORT:-3306}"
DB="${BENCH_DB:-bench_files}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
mariadb -h"$HOST" -P"$PORT" -uroot -e "DROP DATABASE IF EXISTS \`$DB\`; CREATE DATABASE \`$DB\` CHARACTER SET utf8mb4"
mariadb -h"$HOST" -P"$PORT" -uroot "$DB" < db/src/main/resources/db/migration/V145__stored_file.sql
mkdir -p target
./mvnw -q -o -pl core -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >target/bench-build.log 2>&1 \
    || { cat target/bench-build.log; exit 1; }
CP="core/target/test-classes:core/target/classes:db/target/classes:$(cat core/target/bench.classpath)"
"$JAVA_HOME/bin/java" -Xmx256m -cp "$CP" org.pledgetrack.core.files.ContentStoreBench \
    "jdbc:mysql://$HOST:$PORT/$DB?connectionTimeZone=UTC" root "" "$MEGABYTES" "$RUNS"
mariadb -h"$HOST" -P"$PORT" -uroot -e "DROP DATABASE \`$DB\`"
