#!/usr/bin/env bash
# Times the roster import with a generated 20,000-row file in the FBI's agency-list format (NB and GM
# state codes, no city for county, state and tribal agencies, the FBI's type names, 200 bad rows):
# check, import of the valid rows, then the same file again with 67 agencies renamed. Runs
# RosterImportBench against the test database (embedded MariaDB); the file is left in
# batch/target/fbi-roster-20k.csv. Not a test: run it by hand from the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -o -pl batch -am test -Dtest=RosterImportBench -Dsurefire.failIfNoSpecifiedTests=false \
    >target/roster-bench.log 2>&1 || { tail -50 target/roster-bench.log; exit 1; }
grep "Roster bench" target/roster-bench.log
