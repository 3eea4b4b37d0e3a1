#!/usr/bin/env bash
# Issue 7, figures 4 and 5: the agency grids through the real views (Karibu), heap per signed-in
# Vaadin session (100 sessions over HTTP) and the read API under 50 concurrent clients for 60 s, on
# an already generated dataset. Prints one tab-separated FIGURE line per figure and exits 1 when a
# target is missed. Not a test: run from anywhere, usually by bench/run.sh.
# Usage: bench/ui-api.sh <jdbc-url>   (e.g. 'jdbc:mysql://127.0.0.1:3306/bench_pledgetrack?connectionTimeZone=UTC')
# Database account: BENCH_DB_USER (default root) / BENCH_DB_PASSWORD (default empty).
# Options as JAVA_OPTS, e.g. JAVA_OPTS='-Dbench.seconds=20 -Dbench.runs=10'.
set -euo pipefail
[ $# -eq 1 ] || { echo "Usage: $0 <jdbc-url>" >&2; exit 2; }
cd "$(dirname "$0")/.."
mkdir -p target
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
# The production bundle (Vaadin's precompiled one) comes with the production build; make it once.
if [ ! -f ui/target/classes/META-INF/VAADIN/webapp/index.html ]; then
    ./mvnw -q -Pproduction -DskipTests package >target/ui-api-build.log 2>&1 || { cat target/ui-api-build.log; exit 1; }
fi
./mvnw -q -pl ui -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >target/ui-api-build.log 2>&1 \
    || { cat target/ui-api-build.log; exit 1; }
# Without Vaadin's dev-mode jars the application runs in production mode, as deployed.
DEPS="$(tr ':' '\n' <ui/target/bench.classpath | grep -v -e '/vaadin-dev/' -e '/vaadin-dev-server/' -e '/vaadin-dev-bundle/' -e '/com/vaadin/copilot/' | paste -sd:)"
CP="ui/target/test-classes:ui/target/classes:batch/target/classes:core/target/test-classes:core/target/classes:db/target/classes:$DEPS"
# shellcheck disable=SC2086
exec "$JAVA_HOME/bin/java" -Xmx2g ${JAVA_OPTS:-} \
    -Dspring.datasource.username="${BENCH_DB_USER:-root}" -Dspring.datasource.password="${BENCH_DB_PASSWORD:-}" \
    -cp "$CP" org.pledgetrack.ui.bench.UiApiBench "$1"
