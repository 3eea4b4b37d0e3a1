#!/usr/bin/env bash
# Streams 20,000 synthetic agency rows into CSV (the baseline), XLSX (POI SXSSF) and PDF under a
# small heap and prints time and peak heap, each also as a ratio of the CSV run in the same JVM.
# Not a test: run it by hand from the repository root. Usage: bench/xlsx-20k.sh [rows] [max-heap]
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
ROWS="${1:-20000}"
HEAP="${2:-128m}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -q -pl batch -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >target/bench-build.log 2>&1 \
    || { cat target/bench-build.log; exit 1; }
CP="batch/target/test-classes:batch/target/classes:core/target/classes:db/target/classes:$(cat batch/target/bench.classpath)"
"$JAVA_HOME/bin/java" -Xmx"$HEAP" -XX:+UseSerialGC -cp "$CP" org.pledgetrack.batch.report.ReportWriterBench "$ROWS"
