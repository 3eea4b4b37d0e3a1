# Shared by up.sh, down.sh, drain.sh and test.sh: where everything of the local cluster lives and how
# one part of it is started, checked or stopped. Sourced, not run.
#
# One machine plays five: three MariaDB Galera nodes, two application nodes, and HAProxy in front of
# both tiers. Every port is on 127.0.0.1; every file is under $CLUSTER_DIR.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CLUSTER_DIR=${PLEDGETRACK_CLUSTER_DIR:-$ROOT/data-cluster}
JAR=${PLEDGETRACK_JAR:-$ROOT/ui/target/ui-0.1.0-SNAPSHOT.jar}
# Where the production jar cannot be built (its front-end bundle needs vaadin-maven-plugin, which a machine
# with only this project's Maven repository lacks), the nodes run the compiled classes in Vaadin's
# development mode instead, from the class path dev-classpath.sh writes here. What the nodes share (the
# database, the files, the leases) is the same in both modes; page times are not.
DEV_CLASSPATH=$ROOT/ui/target/cluster-classpath.txt
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java

DB_NODES=(1 2 3)
APP_NODES=(1 2)
db_port()      { echo $((13305 + $1)); }             # 13306 13307 13308
db_gcomm_port(){ echo $((14557 + 10 * $1)); }        # 14567 14577 14587 (group communication)
db_ist_port()  { echo $((14558 + 10 * $1)); }        # 14568 14578 14588 (incremental state transfer)
db_sst_port()  { echo $((14559 + 10 * $1)); }        # 14569 14579 14589 (full state transfer, rsync)
app_port()     { echo $((18080 + $1)); }             # 18081 18082
HTTP_FRONT=18080
DB_FRONT=13300
STATS_PORT=18404

DB_NAME=pledgetrack
DB_USER=pledgetrack
DB_PASSWORD=${PLEDGETRACK_CLUSTER_DB_PASSWORD:-cluster-Pledge-2026}
# The database the application sees: HAProxy's TCP front, which sends every connection to one synced
# Galera node at a time (see haproxy_config). wsrep_sync_wait=1: a read waits until the node has applied
# every write the cluster committed before it, so a read on the node taken over after a failover still
# sees the last confirmed write.
JDBC_URL="jdbc:mysql://127.0.0.1:$DB_FRONT/$DB_NAME?connectionTimeZone=UTC&sessionVariables=wsrep_sync_wait=1"

# A database node's folder (owned by the mysql account, which mariadbd runs as): data/, socket, pid, log.
db_home() { echo "$CLUSTER_DIR/db$1"; }
db_dir()  { echo "$CLUSTER_DIR/db$1/data"; }
db_sock() { echo "$CLUSTER_DIR/db$1/mysqld.sock"; }
db_pid()  { echo "$CLUSTER_DIR/db$1/mysqld.pid"; }
db_log()  { echo "$CLUSTER_DIR/db$1/error.log"; }
app_pid_file() { echo "$CLUSTER_DIR/app$1.pid"; }

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }

pid_alive() { [[ -n ${1:-} ]] && kill -0 "$1" 2>/dev/null; }
db_running()  { pid_alive "$(cat "$(db_pid "$1")" 2>/dev/null)"; }
app_running() { pid_alive "$(cat "$(app_pid_file "$1")" 2>/dev/null)"; }

# Runs SQL on one node as root through its socket (root has no password and no TCP access).
db_sql() { local n=$1; shift; mariadb --no-defaults -uroot -S "$(db_sock "$n")" -N -B "$@"; }

db_status() { db_sql "$1" -e "SHOW GLOBAL STATUS LIKE '$2'" 2>/dev/null | cut -f2; }

# Synced (wsrep_local_state 4) and part of the primary component: ready for the application.
db_synced() {
    [[ $(db_status "$1" wsrep_local_state) == 4 && $(db_status "$1" wsrep_cluster_status) == Primary ]]
}

wait_for() { # seconds, description, command...
    local seconds=$1 what=$2; shift 2
    local deadline=$((SECONDS + seconds))
    until "$@"; do
        if ((SECONDS >= deadline)); then log "gave up waiting for $what after ${seconds}s"; return 1; fi
        sleep 0.5
    done
}

start_db() { # node, [bootstrap]
    local n=$1 bootstrap=${2:-} dir; dir=$(db_dir "$n")
    # mariadbd runs as mysql, not root: the rsync daemon of a state transfer runs as the server's account,
    # and as nobody when that is root, which cannot write the data directory
    mkdir -p "$(db_home "$n")"
    chown mysql:mysql "$(db_home "$n")"
    if [[ ! -d $dir/mysql ]]; then
        mariadb-install-db --no-defaults --datadir="$dir" --user=mysql --auth-root-authentication-method=socket \
            --skip-test-db >"$(db_home "$n")/install.log" 2>&1
    fi
    local peers="127.0.0.1:$(db_gcomm_port 1),127.0.0.1:$(db_gcomm_port 2),127.0.0.1:$(db_gcomm_port 3)"
    local args=(--no-defaults --datadir="$dir" --port="$(db_port "$n")" --socket="$(db_sock "$n")"
        --pid-file="$(db_pid "$n")" --log-error="$(db_log "$n")" --user=mysql --bind-address=127.0.0.1
        --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --innodb-buffer-pool-size=128M
        --max-connections=300
        --wsrep-on=ON --wsrep-provider=/usr/lib/galera/libgalera_smm.so --wsrep-cluster-name=pledgetrack
        --wsrep-node-name="db$n" --wsrep-node-address="127.0.0.1:$(db_gcomm_port "$n")"
        --wsrep-cluster-address="gcomm://$peers"
        --wsrep-provider-options="base_port=$(db_gcomm_port "$n");gmcast.listen_addr=tcp://127.0.0.1:$(db_gcomm_port "$n");ist.recv_addr=127.0.0.1:$(db_ist_port "$n");gcache.size=256M;gcache.recover=yes"
        --wsrep-sst-method=rsync --wsrep-sst-receive-address="127.0.0.1:$(db_sst_port "$n")"
        # the schema's triggers: Galera logs every write like binary logging, and the migrating account has no SUPER
        --binlog-format=ROW --innodb-autoinc-lock-mode=2 --log-bin-trust-function-creators=1 --default-storage-engine=InnoDB)
    [[ $bootstrap == bootstrap ]] && args+=(--wsrep-new-cluster)
    log "db$n: starting on port $(db_port "$n")${bootstrap:+ (bootstraps the cluster)}"
    setsid mariadbd "${args[@]}" >>"$(db_home "$n")/console.log" 2>&1 < /dev/null &
    local pid=$!
    wait_for 300 "db$n to be synced" db_synced_or_gone "$n" "$pid"
    pid_alive "$pid" || { log "db$n: stopped while starting, see $(db_log "$n")"; return 1; }
}

db_synced_or_gone() { db_synced "$1" || ! pid_alive "$2"; }

# HAProxy in front of both tiers. Database: one node takes every connection (a single writer: Galera
# would otherwise fail one of two concurrent transactions on the same row at commit, as a deadlock);
# the stick table keeps it there until it is down, so a node that comes back does not split the
# writers. The check asks the node itself whether it is synced (galera-check.sh), not only whether it
# accepts connections: a joining or donor node does that too but refuses queries.
# Application: round robin for new sessions, a cookie (PTNODE) sticks a Vaadin session to its node,
# readiness decides who is up, and "drain" (drain.sh) keeps a node's sessions while it takes no new ones.
haproxy_config() {
    cat <<CFG
global
    maxconn 4000
    pidfile $CLUSTER_DIR/haproxy.pid
    stats socket $CLUSTER_DIR/haproxy.sock mode 600 level admin
    external-check
    insecure-fork-wanted
    log stdout format raw local0 notice

defaults
    log global
    timeout connect 3s
    timeout client 120s
    timeout server 120s
    timeout check 5s
    retries 2

frontend db_front
    mode tcp
    bind 127.0.0.1:$DB_FRONT
    default_backend galera

backend galera
    mode tcp
    option external-check
    external-check path "/usr/bin:/bin"
    external-check command $ROOT/ops/cluster/galera-check.sh
    stick-table type integer size 1 expire 24d
    stick on int(1)
    option redispatch
    # a check fails slowly on a busy machine: three in a row mark a node down, a refused connection at once
    default-server inter 1s fall 3 rise 2 on-marked-down shutdown-sessions observe layer4 error-limit 1 on-error mark-down
    server db1 127.0.0.1:$(db_port 1) check
    server db2 127.0.0.1:$(db_port 2) check backup
    server db3 127.0.0.1:$(db_port 3) check backup

frontend http_front
    mode http
    bind 127.0.0.1:$HTTP_FRONT
    option forwardfor
    default_backend app

backend app
    mode http
    balance roundrobin
    cookie PTNODE insert indirect nocache httponly
    option redispatch
    retry-on conn-failure empty-response response-timeout
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    default-server inter 1s fall 3 rise 2 observe layer4 error-limit 1 on-error mark-down
    server app1 127.0.0.1:$(app_port 1) check cookie app1
    server app2 127.0.0.1:$(app_port 2) check cookie app2

listen stats
    mode http
    bind 127.0.0.1:$STATS_PORT
    stats enable
    stats uri /
    stats refresh 5s
CFG
}

start_haproxy() {
    haproxy_config >"$CLUSTER_DIR/haproxy.cfg"
    haproxy -c -q -f "$CLUSTER_DIR/haproxy.cfg"
    log "haproxy: http $HTTP_FRONT, database $DB_FRONT, stats http://127.0.0.1:$STATS_PORT/"
    setsid haproxy -D -f "$CLUSTER_DIR/haproxy.cfg" >>"$CLUSTER_DIR/haproxy.log" 2>&1 < /dev/null
}

haproxy_running() { pid_alive "$(cat "$CLUSTER_DIR/haproxy.pid" 2>/dev/null)"; }

haproxy_cmd() { echo "$*" | socat stdio "unix-connect:$CLUSTER_DIR/haproxy.sock"; }

app_ready() { curl -fs -o /dev/null "http://127.0.0.1:$(app_port "$1")/actuator/health/readiness"; }

# The production jar when there is one, else the development-mode class path (see DEV_CLASSPATH).
app_launch() {
    if [[ -f $JAR ]]; then
        echo "-jar $JAR"
    else
        echo "-Dvaadin.project.basedir=$ROOT/ui -cp $ROOT/ui/target/classes:$(cat "$DEV_CLASSPATH") org.pledgetrack.ui.Application"
    fi
}

start_app() { # node, demo data (true/false)
    local n=$1 demo=${2:-false}
    mkdir -p "$CLUSTER_DIR/app$n-files" "$CLUSTER_DIR/app$n-reports"
    log "app$n: starting on port $(app_port "$n") (demo data: $demo)"
    (
        cd "$CLUSTER_DIR" || exit 1
        export PORT=$(app_port "$n") SPRING_DATASOURCE_URL=$JDBC_URL SPRING_DATASOURCE_USERNAME=$DB_USER \
            SPRING_DATASOURCE_PASSWORD=$DB_PASSWORD PLEDGETRACK_DEMO_DATA=$demo \
            PLEDGETRACK_FILES_DIR="$CLUSTER_DIR/app$n-files" PLEDGETRACK_REPORTS_DIR="$CLUSTER_DIR/app$n-reports" \
            PLEDGETRACK_BASE_URL="http://127.0.0.1:$HTTP_FRONT/" PLEDGETRACK_NODE_ID="app$n" \
            PLEDGETRACK_FILES_STORE=database  # evidence, attachments and report files every node can read
        setsid "$JAVA" -Xmx768m -XX:+UseSerialGC -Dpledgetrack.node=app$n $(app_launch) \
            >>"$CLUSTER_DIR/app$n.log" 2>&1 < /dev/null &
        echo $! >"$(app_pid_file "$n")"
    )
    wait_for 600 "app$n to be ready" app_ready "$n"
    # back in service after drain.sh (a no-op otherwise)
    haproxy_running && haproxy_cmd "set server app/app$n state ready" >/dev/null
}
