#!/usr/bin/env bash
# Issue 7, figures 4 and 5: the agency grids through the real views (Karibu), heap per signed-in
# Vaadin session (100 sessions over HTTP) and the read API's agency status under 50 concurrent
# connections for 60 s (wrk, script bench/api-load.lua), on an already generated dataset. Sessions
# and API load go to a server started here in its own JVM. Prints one tab-separated FIGURE line per
# figure (5b: the live agency list) and exits 1 when a target is missed. Not a
# test: run from anywhere, usually by bench/run.sh.
# Usage: bench/ui-api.sh <jdbc-url>   (e.g. 'jdbc:mysql://127.0.0.1:3306/bench_pledgetrack?connectionTimeZone=UTC')
# Database account: BENCH_DB_USER (default root) / BENCH_DB_PASSWORD (default empty).
# Options as JAVA_OPTS, e.g. JAVA_OPTS='-Dbench.seconds=20 -Dbench.runs=10 -Dbench.sections=api'.
# Server: BENCH_PORT (default 18080), BENCH_JMX_PORT (default 19010), BENCH_JFR=<file.jfr> records a
# flight recording of the server JVM (profile settings) into that file, BENCH_SERVER_OPTS more options
# of the server JVM.
set -euo pipefail
[ $# -eq 1 ] || { echo "Usage: $0 <jdbc-url>" >&2; exit 2; }
cd "$(dirname "$0")/.."
mkdir -p target
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
# Figure 5's load comes from wrk (Debian package wrk), in a process of its own.
if [[ "${JAVA_OPTS:-}" != *bench.sections=* || "${JAVA_OPTS:-}" == *bench.sections=*api* ]] \
    && ! command -v wrk >/dev/null 2>&1; then
    echo "Installing wrk (Debian package) for the API load..." >&2
    { apt-get install -y -qq wrk || { apt-get update -qq && apt-get install -y -qq wrk; }; } >target/ui-api-wrk.log 2>&1 \
        || { cat target/ui-api-wrk.log >&2; echo "wrk is needed for figure 5 and could not be installed:" \
            "install the Debian package wrk (apt-get install wrk), or leave api out of -Dbench.sections." >&2; exit 1; }
fi
# Only the sessions (browsers over HTTP) load the pages' frontend: the production bundle comes with the
# production build (vaadin-maven-plugin), made once. The grids run in this JVM (Karibu) and the API load
# asks the server for JSON, so without sessions the server runs in production mode without a bundle.
if [[ "${JAVA_OPTS:-}" != *bench.sections=* || "${JAVA_OPTS:-}" == *bench.sections=*sessions* ]] \
    && [ ! -f ui/target/classes/META-INF/VAADIN/webapp/index.html ]; then
    ./mvnw -q -Pproduction -DskipTests package >target/ui-api-build.log 2>&1 || { cat target/ui-api-build.log; exit 1; }
fi
./mvnw -q -pl ui -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >target/ui-api-build.log 2>&1 \
    || { cat target/ui-api-build.log; exit 1; }
./mvnw -q -pl ui -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-server.classpath -Dmdep.includeScope=runtime >>target/ui-api-build.log 2>&1 \
    || { cat target/ui-api-build.log; exit 1; }
# Without Vaadin's dev-mode jars the application runs in production mode, as deployed.
without_dev_mode() { tr ':' '\n' <"$1" | grep -v -e '/vaadin-dev/' -e '/vaadin-dev-server/' -e '/vaadin-dev-bundle/' -e '/com/vaadin/copilot/' | paste -sd:; }
MODULES="ui/target/classes:batch/target/classes:core/target/classes:db/target/classes"
CP="ui/target/test-classes:core/target/test-classes:tools/target/classes:$MODULES:$(without_dev_mode ui/target/bench.classpath)"
SERVER_CP="$MODULES:$(without_dev_mode ui/target/bench-server.classpath)"
DB_ACCOUNT=(-Dspring.datasource.username="${BENCH_DB_USER:-root}" -Dspring.datasource.password="${BENCH_DB_PASSWORD:-}")

# The server under test in its own JVM, as deployed (no test classes), so that the load generator and
# the Karibu runs share neither its heap nor its threads; its heap is read over JMX on loopback.
PORT="${BENCH_PORT:-18080}"
JMX_PORT="${BENCH_JMX_PORT:-19010}"
# Another program on the port would answer the readiness check below in the server's place.
for port in "$PORT" "$JMX_PORT"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "Port $port is taken by another program: choose BENCH_PORT / BENCH_JMX_PORT." >&2
        exit 1
    fi
done
read -r -a SERVER_OPTS <<<"${BENCH_SERVER_OPTS:-}"
if [[ -n "${BENCH_JFR:-}" ]]; then
    SERVER_OPTS+=("-XX:StartFlightRecording=filename=$BENCH_JFR,settings=profile")
fi
"$JAVA_HOME/bin/java" -Xmx2g "${SERVER_OPTS[@]}" "${DB_ACCOUNT[@]}" \
    -Dcom.sun.management.jmxremote.port="$JMX_PORT" -Dcom.sun.management.jmxremote.rmi.port="$JMX_PORT" \
    -Dcom.sun.management.jmxremote.host=127.0.0.1 -Djava.rmi.server.hostname=127.0.0.1 \
    -Dcom.sun.management.jmxremote.authenticate=false -Dcom.sun.management.jmxremote.ssl=false \
    -cp "$SERVER_CP" org.pledgetrack.ui.Application \
    --spring.datasource.url="$1" --server.port="$PORT" --pledgetrack.demo-data=false \
    --pledgetrack.reminders.cron=- --pledgetrack.jobs.schedule-enabled=false \
    --pledgetrack.snapshots.refresh.enabled=false \
    --pledgetrack.files.dir=target/bench-files --vaadin.productionMode=true --logging.level.root=WARN \
    >target/ui-api-server.log 2>&1 &
SERVER_PID=$!
# stopped with SIGTERM, so that a flight recording (BENCH_JFR) is written out
trap 'kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true' EXIT
# Ready when the health endpoint answers: it needs no frontend bundle, the sign-in page does.
started=false
for _ in $(seq 1 180); do
    curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health" && { started=true; break; }
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "The server did not start:" >&2; cat target/ui-api-server.log >&2; exit 1; }
    sleep 1
done
$started || { echo "The server did not answer on port $PORT within 180 s:" >&2; cat target/ui-api-server.log >&2; exit 1; }

# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" -Xmx2g ${JAVA_OPTS:-} "${DB_ACCOUNT[@]}" \
    -Dbench.server="http://127.0.0.1:$PORT/" -Dbench.jmx="$JMX_PORT" \
    -cp "$CP" org.pledgetrack.ui.bench.UiApiBench "$1"
