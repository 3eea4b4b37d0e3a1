#!/bin/bash
# Stops the local cluster started by up.sh: the application nodes (each finishes its requests), HAProxy,
# then the database nodes one by one, db1 last, so that db1 is the one up.sh bootstraps from next time.
# Keeps the data; delete the cluster directory (data-cluster/ unless PLEDGETRACK_CLUSTER_DIR) to start over.
set -uo pipefail
source "$(dirname "$0")/lib.sh"

stop_pid() { # name, pid, seconds
    local name=$1 pid=$2
    pid_alive "$pid" || return 0
    log "$name: stopping (process $pid)"
    kill -TERM "$pid"
    wait_for "$3" "$name to stop" bash -c "! kill -0 $pid 2>/dev/null" || { log "$name: killing"; kill -KILL "$pid"; }
}

for n in "${APP_NODES[@]}"; do stop_pid "app$n" "$(cat "$(app_pid_file "$n")" 2>/dev/null)" 60; done
stop_pid haproxy "$(cat "$CLUSTER_DIR/haproxy.pid" 2>/dev/null)" 10
for ((i = ${#DB_NODES[@]} - 1; i >= 0; i--)); do
    n=${DB_NODES[i]}
    stop_pid "db$n" "$(cat "$(db_pid "$n")" 2>/dev/null)" 120
done
log "stopped"
