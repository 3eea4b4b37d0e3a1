#!/bin/bash
# Starts the local cluster: three MariaDB Galera nodes, HAProxy, two application nodes (README,
# "Running on several machines"). Starts only what is not running, so it also brings back a node that
# was stopped or killed. Needs the production jar (./mvnw -Pproduction -DskipTests package) or the
# development-mode class path (ops/cluster/dev-classpath.sh).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

[[ -f $JAR || -f $DEV_CLASSPATH ]] || {
    echo "No $JAR: build it with ./mvnw -Pproduction -DskipTests package, or, where that cannot be built," >&2
    echo "run ops/cluster/dev-classpath.sh for development-mode nodes" >&2
    exit 1
}
mkdir -p "$CLUSTER_DIR"

# Database. With no node running, one must bootstrap the cluster: the one Galera marked safe to
# (the last to stop cleanly: down.sh stops db1 last), or db1 on a new cluster.
running=()
for n in "${DB_NODES[@]}"; do db_running "$n" && running+=("$n"); done
if ((${#running[@]} == 0)); then
    first=1
    for n in "${DB_NODES[@]}"; do
        grep -qs '^safe_to_bootstrap: 1' "$(db_dir "$n")/grastate.dat" && first=$n
    done
    if [[ -f $(db_dir "$first")/grastate.dat ]] && ! grep -qs '^safe_to_bootstrap: 1' "$(db_dir "$first")/grastate.dat"; then
        # every node crashed: Galera cannot tell which is newest on its own; db1 is the choice made here
        log "no node stopped cleanly; bootstrapping from db$first (see README before doing this with real data)"
        sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$(db_dir "$first")/grastate.dat"
    fi
    new=$([[ -d $(db_dir "$first")/mysql ]] || echo yes)
    start_db "$first" bootstrap
    if [[ $new == yes ]]; then db_sql "$first" <<SQL
CREATE DATABASE $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL ON $DB_NAME.* TO '$DB_USER'@'127.0.0.1';
CREATE USER 'haproxy_check'@'127.0.0.1';
SQL
    fi
fi
# the others join it; a new or far-behind node gets a full copy by rsync, a node that was down a short
# while only what it missed (incremental state transfer from another node's write-set cache)
for n in "${DB_NODES[@]}"; do db_running "$n" || start_db "$n"; done
log "database: $(db_status "${DB_NODES[0]}" wsrep_cluster_size) nodes in the cluster"

haproxy_running || start_haproxy

# Application. The first node to start migrates the schema and loads the demo data when the database
# has no accounts yet; the others start after it, so they find both done.
for n in "${APP_NODES[@]}"; do
    app_running "$n" || start_app "$n" "$([[ $n == "${APP_NODES[0]}" ]] && echo true || echo false)"
done
log "ready: http://127.0.0.1:$HTTP_FRONT/ (stats http://127.0.0.1:$STATS_PORT/)"
