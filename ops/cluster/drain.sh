#!/bin/bash
# Takes one application node out of service gently: HAProxy sends it no new sessions ("drain": only
# requests whose cookie names this node still go there), then, once it has had no request in progress
# for a while or after the wait, the node is stopped with SIGTERM, which finishes the requests in
# progress (graceful shutdown, up to 30 s) and answers 503 on readiness meanwhile. Users still signed in
# there sign in again on another node at their next click; what they saved is in the database.
#
#   ops/cluster/drain.sh 1 [seconds to wait, default 60]      # then ops/cluster/up.sh starts it again
set -euo pipefail
source "$(dirname "$0")/lib.sh"
n=${1:?which application node}
wait_seconds=${2:-60}

haproxy_cmd "set server app/app$n state drain" >/dev/null
log "app$n: draining (no new sessions), up to ${wait_seconds}s"
idle_since=$SECONDS
deadline=$((SECONDS + wait_seconds))
while ((SECONDS < deadline)); do
    # current connections of the server (stat column 5, scur)
    current=$(haproxy_cmd "show stat" | awk -F, -v s="app$n" '$1 == "app" && $2 == s {print $5}')
    ((current > 0)) && idle_since=$SECONDS
    ((SECONDS - idle_since >= 10)) && break
    sleep 1
done
pid=$(cat "$(app_pid_file "$n")")
log "app$n: stopping (process $pid); requests in progress finish"
kill -TERM "$pid"
wait_for 60 "app$n to stop" bash -c "! kill -0 $pid 2>/dev/null"
log "app$n: stopped"
