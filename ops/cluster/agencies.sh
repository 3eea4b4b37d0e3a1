#!/bin/bash
# Adds synthetic agencies to the cluster's database (the generator of bench/README.md, "Synthetic dataset"),
# so that a pledge status run lasts long enough for `test.sh job-kill` to kill it midway: 12 demo agencies
# take under a second, 6,000 about 10 to 20 s on this machine. Needs the tools module compiled
# (./mvnw -pl tools -am compile) and the application jar, whose libraries the generator runs with.
#
#   ops/cluster/agencies.sh [count]      # default 6000; adds them again on every call
set -euo pipefail
source "$(dirname "$0")/lib.sh"
COUNT=${1:-6000}
LIB=$CLUSTER_DIR/generator/BOOT-INF/lib

[[ -d $ROOT/tools/target/classes ]] || { echo "No tools classes: ./mvnw -pl tools -am compile" >&2; exit 1; }
if [[ ! -d $LIB || $JAR -nt $LIB ]]; then
    mkdir -p "$CLUSTER_DIR/generator"
    (cd "$CLUSTER_DIR/generator" && unzip -qo "$JAR" 'BOOT-INF/lib/*')
fi
# the generator is no web application: without Vaadin, whose auto-configuration wants one
CP=$ROOT/tools/target/classes:$(ls "$LIB"/*.jar | grep -v -E '/(vaadin|flow-|copilot|hilla)' | tr '\n' ':')
# straight to the node the database front uses: the dataset is one long transaction, and HAProxy cuts a
# front connection when a check of its node is slow (the node is busy applying that transaction)
port=$(mariadb --no-defaults -h127.0.0.1 -P"$DB_FRONT" -u"$DB_USER" -p"$DB_PASSWORD" -N -B -e "SELECT @@port")
log "adding $COUNT agencies through the database node on port $port"
"$JAVA" -Xmx1g -cp "$CP" org.pledgetrack.tools.bench.BenchApplication --spring.config.name=bench \
    --spring.datasource.url="jdbc:mysql://127.0.0.1:$port/$DB_NAME?connectionTimeZone=UTC" \
    --spring.datasource.username="$DB_USER" --spring.datasource.password="$DB_PASSWORD" \
    --spring.jooq.sql-dialect=mysql --spring.flyway.locations=classpath:db/migration \
    --spring.batch.jdbc.initialize-schema=always --spring.batch.job.enabled=false \
    --pledgetrack.demo-data=false --pledgetrack.demo-data.snapshot-days=-1 \
    --pledgetrack.jobs.schedule-enabled=false --pledgetrack.reminders.cron=- \
    --pledgetrack.snapshots.refresh.enabled=false --pledgetrack.node-id=generator \
    --pledgetrack.reports.dir="$CLUSTER_DIR/generator/out" --pledgetrack.files.dir="$CLUSTER_DIR/generator/out" \
    --logging.level.root=WARN --spring.main.banner-mode=off \
    --generate-dataset --agencies="$COUNT" --seed="$RANDOM" --snapshot-days=0
