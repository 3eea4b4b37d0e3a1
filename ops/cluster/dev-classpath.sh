#!/bin/bash
# Compiles the application and writes the class path its development-mode nodes run with (lib.sh,
# DEV_CLASSPATH), for machines where the production jar cannot be built. up.sh uses it when there is no jar.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
./mvnw -B -q -pl ui -am -DskipTests package dependency:build-classpath \
    -DincludeScope=runtime -Dmdep.outputFile=target/cluster-classpath.txt
# the jar's own place on that path is taken by ui/target/classes (lib.sh); a jar without the bundle would not start
rm -f "$JAR"
log "class path for development-mode nodes: $DEV_CLASSPATH ($(tr ':' '\n' <"$DEV_CLASSPATH" | wc -l) entries)"
