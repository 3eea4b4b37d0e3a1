#!/bin/bash
# Failure tests against the local cluster that up.sh started (README, "Running on several machines").
# Not part of ./mvnw verify: it needs the cluster, kills parts of it and takes a few minutes.
#
#   ops/cluster/up.sh && ops/cluster/test.sh [scenario...]      # all scenarios when none is named
#
# Scenarios (each prints PASS or FAIL with what it measured; the script exits 1 when one failed):
#   db-kill      kill -9 of the database node HAProxy uses while 20 clients save item changes through the
#                database front: every confirmed change is on every node afterwards, no change needs more
#                than one retry (write conflicts are retried in place first, as the application's item
#                changes are); an API reader through the HTTP front meanwhile. The node is started again.
#   lockout      ten wrong passwords spread over both application nodes lock the account on both.
#   token        a token revoked on node A is refused on node B within 5 s.
#   app-kill     kill -9 of the application node holding a user's session: the user signs in again on the
#                other node and finds what was saved. The node is started again.
#   evidence     a file uploaded as evidence in the browser on node A downloads in the browser on node B with
#                the same SHA-256; a report generated in the browser on A downloads through B's API, the same
#                bytes as through A's and as the SHA-256 the report job recorded.
#   job-kill     kill -9 of the node running an on-demand pledge status run (launched in the browser, Status
#                jobs); the other node takes the run over once the lease expires and completes it, and its
#                snapshot rows equal an uninterrupted run's for the same date. The node is started again.
#                Needs thousands of agencies to kill a run midway: ops/cluster/agencies.sh.
# The browser steps need Playwright once: (cd ops/cluster/client && npm install).
set -uo pipefail
source "$(dirname "$0")/lib.sh"
CLIENT=$ROOT/ops/cluster/client
WORK=$CLUSTER_DIR/test
mkdir -p "$WORK"
FRONT=http://127.0.0.1:$HTTP_FRONT
APP1=http://127.0.0.1:$(app_port 1)
APP2=http://127.0.0.1:$(app_port 2)
PASSWORD=Demo-Pledge-2026
failures=0

pass() { log "PASS $1"; }
fail() { log "FAIL $1"; failures=$((failures + 1)); }
sql() { db_sql "$(any_db)" "$DB_NAME" -e "$1"; }
any_db() { for n in "${DB_NODES[@]}"; do db_running "$n" && { echo "$n"; return; }; done; }
http() { python3 "$CLIENT/cluster_http.py" "$@"; }
browser() { SCREENSHOTS=$WORK node "$CLIENT/browser.mjs" "$@"; }
sha256() { sha256sum "$1" | cut -d' ' -f1; }

# The node HAProxy sends the application's connections to.
active_db() {
    mariadb --no-defaults -h127.0.0.1 -P"$DB_FRONT" -u"$DB_USER" -p"$DB_PASSWORD" -N -B \
        -e "SELECT @@wsrep_node_name" | tr -dc '0-9'
}

# A token of the user, made as ApiTokenService.create stores it (the secret's SHA-256); prints the secret.
token_for() {
    local secret="pt_test$RANDOM""_$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
    local hash; hash=$(printf %s "$secret" | sha256sum | cut -d' ' -f1)
    sql "INSERT INTO api_token (user_id, name, token_prefix, token_hash, created_at, expires_at)
         SELECT id, 'cluster test', LEFT(SUBSTRING('$secret', 4), 8), '$hash', UTC_TIMESTAMP(6),
                UTC_TIMESTAMP(6) + INTERVAL 1 DAY FROM app_user WHERE username = '$1'"
    echo "$secret"
}

unlock() {
    sql "UPDATE app_user SET failed_login_count = 0, lockout_streak = 0, locked_until = NULL WHERE username = '$1';
         DELETE FROM sign_in_failure WHERE address = '127.0.0.1'"
}

scenario_db_kill() {
    local connector; connector=$(ls "$WORK"/mysql-connector-j-*.jar 2>/dev/null | head -1)
    if [[ -z $connector ]]; then
        (cd "$WORK" && unzip -qjo "$JAR" 'BOOT-INF/lib/mysql-connector-j-*.jar')
        connector=$(ls "$WORK"/mysql-connector-j-*.jar | head -1)
    fi
    # 20 items, spread over the pledges (the first item of each pledge, then the second, ...)
    local items; items=$(sql "SELECT id FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY pledge_id ORDER BY id) AS n
        FROM pledge_item) AS spread ORDER BY n, id LIMIT 20" | tr '\n' ' ')
    local token; token=$(token_for overseer)
    local victim; victim=$(active_db)
    log "db-kill: 20 clients save changes of items $items for 30 s; db$victim (the one in use) is killed after 8 s"
    "$JAVA" -cp "$connector" "$CLIENT/ItemWriters.java" \
        "jdbc:mysql://127.0.0.1:$DB_FRONT/$DB_NAME?connectionTimeZone=UTC&connectTimeout=3000&socketTimeout=15000" \
        "$DB_USER" "$DB_PASSWORD" 30 $items >"$WORK/writers.out" 2>"$WORK/writers.err" &
    local writers=$!
    http reader "$FRONT" "$token" "/api/v1/agencies?page=0&size=20" 30 >"$WORK/reader.out" &
    local reader=$!
    sleep 8
    local killed_at=$(date +%s.%N)
    kill -9 "$(cat "$(db_pid "$victim")")"
    log "db-kill: killed db$victim"
    wait "$writers" "$reader"
    cat "$WORK/reader.out"
    log "db-kill: the database front now uses db$(active_db); starting db$victim again"
    local rejoin_start=$SECONDS
    start_db "$victim" && log "db-kill: db$victim synced again after $((SECONDS - rejoin_start)) s (incremental state transfer)"

    local ok=yes
    while read -r _ item _ confirmed _ attempted _ retries _ failed _ gap _ _; do
        ((failed == 0)) || { log "item $item: $failed changes failed even after their retry"; ok=no; }
        for n in "${DB_NODES[@]}"; do
            local notes; notes=$(db_sql "$n" "$DB_NAME" -e "SELECT notes FROM pledge_item WHERE id = $item")
            # the last change may have been committed without its confirmation arriving (in doubt)
            if [[ $notes != "cluster test change $confirmed" && $notes != "cluster test change $attempted" ]]; then
                log "item $item on db$n: '$notes', but change $confirmed was confirmed"; ok=no
            fi
        done
    done <"$WORK/writers.out"
    local total retried longest
    total=$(awk '{s += $4} END {print s}' "$WORK/writers.out")
    retried=$(awk '{s += $8} END {print s}' "$WORK/writers.out")
    longest=$(awk '{if ($12 > m) m = $12} END {print m}' "$WORK/writers.out")
    local conflicts; conflicts=$(awk '{s += $14} END {print s}' "$WORK/writers.out")
    log "db-kill: $total changes confirmed, $retried retried once, longest pause of a client ${longest} ms; $conflicts write conflicts retried in place (as the application's services do)"
    [[ $ok == yes ]] && pass "db-kill: every confirmed change is on db1, db2 and db3" || fail db-kill
}

scenario_lockout() {
    unlock dayton.agency
    if http wrong-passwords dayton.agency 10 "$PASSWORD" "$APP1" "$APP2"; then
        pass "lockout: $(sql "SELECT CONCAT('locked until ', locked_until) FROM app_user WHERE username = 'dayton.agency'")"
    else
        fail lockout
    fi
    unlock dayton.agency
}

scenario_token() {
    local token; token=$(token_for ta.staff)
    http api "$APP2" "$token" /api/v1/grants 200 >/dev/null && http api "$APP1" "$token" /api/v1/grants 200 >/dev/null \
        || { fail "token: a new token is not accepted by both nodes"; return; }
    # known to both nodes now; revoked with the statement ApiTokenService.revoke runs on node A (a Vaadin
    # page calls it there, which this script cannot click), over node A's own database connection path
    local hash; hash=$(printf %s "$token" | sha256sum | cut -d' ' -f1)
    mariadb --no-defaults -h127.0.0.1 -P"$DB_FRONT" -u"$DB_USER" -p"$DB_PASSWORD" "$DB_NAME" \
        -e "UPDATE api_token SET revoked_at = UTC_TIMESTAMP(6) WHERE token_hash = '$hash' AND revoked_at IS NULL"
    local seen; seen=$(http until-refused "$APP2" "$token" /api/v1/grants 5) \
        && pass "token: node B $seen" || fail "token: node B $seen"
}

scenario_app_kill() {
    local jar=$WORK/cookies.txt; rm -f "$jar"
    http sign-in "$jar" "$FRONT" wichita.agency "$PASSWORD" | tee "$WORK/sign-in.out"
    local node; node=$(sed -n 's/.*node: app\([0-9]\)/\1/p' "$WORK/sign-in.out")
    [[ -n $node ]] || { fail "app-kill: no node cookie after signing in"; return; }
    # what the user saved through their node before it died: a change of one of their items
    local item; item=$(sql "SELECT i.id FROM pledge_item i JOIN pledge p ON p.id = i.pledge_id
        JOIN app_user u ON u.organization_id = p.agency_id WHERE u.username = 'wichita.agency' ORDER BY i.id LIMIT 1")
    local saved="saved before app$node died $(date +%s)"
    sql "UPDATE pledge_item SET notes = '$saved', version = version + 1, updated_at = UTC_TIMESTAMP(6) WHERE id = $item"
    local token; token=$(token_for wichita.agency)
    http reader "$FRONT" "$token" "/api/v1/grants" 20 >"$WORK/app-reader.out" &
    local reader=$!
    sleep 3
    kill -9 "$(cat "$(app_pid_file "$node")")"
    log "app-kill: killed app$node, which held the session"
    http page "$jar" "$FRONT" / | tee "$WORK/after-kill.out"
    local ok=yes
    grep -q "login" "$WORK/after-kill.out" || { log "app-kill: not sent to sign in again"; ok=no; }
    http sign-in "$jar" "$FRONT" wichita.agency "$PASSWORD" | tee "$WORK/sign-in-again.out"
    grep -q "signed in: True, node: app" "$WORK/sign-in-again.out" && ! grep -q "node: app$node" "$WORK/sign-in-again.out" \
        || { log "app-kill: not signed in on the other node"; ok=no; }
    local notes; notes=$(sql "SELECT notes FROM pledge_item WHERE id = $item")
    [[ $notes == "$saved" ]] || { log "app-kill: item $item has '$notes'"; ok=no; }
    wait "$reader"; cat "$WORK/app-reader.out"
    local restart=$SECONDS
    start_app "$node" false && log "app-kill: app$node ready again after $((SECONDS - restart)) s"
    [[ $ok == yes ]] && pass "app-kill: signed in again on the other node, item change kept" || fail app-kill
}

scenario_evidence() {
    local user=wichita.agency
    local item; item=$(sql "SELECT i.id FROM pledge_item i JOIN pledge p ON p.id = i.pledge_id
        JOIN app_user u ON u.organization_id = p.agency_id WHERE u.username = '$user'
        AND i.status IN ('NOT_STARTED', 'IN_PROGRESS', 'RETURNED') ORDER BY i.id DESC LIMIT 1")
    [[ -n $item ]] || { fail "evidence: $user has no item that takes evidence"; return; }
    # 1.5 MiB: more than one of the database store's 1 MiB chunks
    local name; name="cluster-evidence-$(date +%s).pdf"
    { printf '%%PDF-1.4\n%% '; head -c 1572864 /dev/urandom; printf '\n%%%%EOF\n'; } >"$WORK/$name"
    local ok=yes start=$SECONDS
    browser upload-evidence "$APP1" "$user" "$PASSWORD" "$item" "$WORK/$name" || ok=no
    local uploaded=$((SECONDS - start)); start=$SECONDS
    browser download-evidence "$APP2" "$user" "$PASSWORD" "$item" "$name" "$WORK/from-b-$name" || ok=no
    local sent got; sent=$(sha256 "$WORK/$name"); got=$(sha256 "$WORK/from-b-$name" 2>/dev/null)
    log "evidence: $(stat -c %s "$WORK/$name") bytes uploaded through A in ${uploaded} s, SHA-256 $sent;" \
        "downloaded through B in $((SECONDS - start)) s, SHA-256 ${got:-none}"
    [[ $sent == "$got" ]] || ok=no

    local before; before=$(sql "SELECT COALESCE(MAX(id), 0) FROM report_file")
    start=$SECONDS
    browser generate-report "$APP1" "$user" "$PASSWORD" || ok=no
    local report; report=$(sql "SELECT id FROM report_file WHERE id > $before AND status = 'READY' ORDER BY id LIMIT 1")
    if [[ -n $report ]]; then
        local token; token=$(token_for "$user")
        local recorded; recorded=$(sql "SELECT CONCAT(report_type, ' ', format, ', ', size_bytes, ' bytes, SHA-256 ', sha256)
            FROM report_file WHERE id = $report")
        http download "$APP2" "$token" "/api/v1/reports/$report/file" "$WORK/report-b" || ok=no
        http download "$APP1" "$token" "/api/v1/reports/$report/file" "$WORK/report-a" || ok=no
        local from_b from_a; from_b=$(sha256 "$WORK/report-b"); from_a=$(sha256 "$WORK/report-a")
        log "evidence: report $report generated through A in $((SECONDS - start)) s: $recorded;" \
            "through B SHA-256 $from_b, through A $from_a"
        [[ $recorded == *"$from_b" && $from_b == "$from_a" ]] || ok=no
    else
        log "evidence: no ready report file after the browser's Generate on A"; ok=no
    fi
    [[ $ok == yes ]] && pass "evidence: the file uploaded on A and the report generated on A download on B, same bytes" \
        || fail evidence
}

# The pledge status runs of an as-of date after execution $2, one line each: execution, status, node,
# whether another node took it over, rows written, and the execution it resumed (- for none).
status_runs() {
    sql "SELECT e.JOB_EXECUTION_ID, e.STATUS, COALESCE(l.node_id, '-'), COALESCE(l.taken_over_by, '-'),
            (SELECT COALESCE(SUM(s.WRITE_COUNT), 0) FROM BATCH_STEP_EXECUTION s WHERE s.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID),
            COALESCE((SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p
                      WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'resumedFrom'), '-')
         FROM BATCH_JOB_EXECUTION e
         JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID AND i.JOB_NAME = 'pledgeStatus'
         JOIN BATCH_JOB_EXECUTION_PARAMS a ON a.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
              AND a.PARAMETER_NAME = 'asOf' AND a.PARAMETER_VALUE = '$1'
         LEFT JOIN job_run_lease l ON l.job_execution_id = e.JOB_EXECUTION_ID
         WHERE e.JOB_EXECUTION_ID > $2 ORDER BY e.JOB_EXECUTION_ID"
}

last_execution() { sql "SELECT COALESCE(MAX(JOB_EXECUTION_ID), 0) FROM BATCH_JOB_EXECUTION"; }

# Every snapshot row the pledge status job writes for the date, all columns but when it was computed,
# in key order (read after every write committed in the cluster).
snapshot_rows() {
    local table key columns
    for table in agency_snapshot:agency_id agency_area_snapshot:agency_id,focus_area_id \
        rollup_snapshot:scope_type,scope_key,focus_area_position; do
        key=${table#*:} table=${table%%:*}
        columns=$(sql "SELECT GROUP_CONCAT(column_name ORDER BY ordinal_position) FROM information_schema.columns
            WHERE table_schema = '$DB_NAME' AND table_name = '$table' AND column_name <> 'computed_at'")
        sql "SET SESSION wsrep_sync_wait = 1; SELECT '$table', $columns FROM $table WHERE as_of = '$1' ORDER BY $key"
    done
}

scenario_job_kill() {
    local as_of; as_of=$(date -u -d yesterday +%F)
    local agencies; agencies=$(sql "SELECT COUNT(*) FROM organization WHERE kind = 'AGENCY'")
    local before start
    before=$(last_execution) start=$SECONDS
    log "job-kill: an uninterrupted run for $as_of ($agencies agencies) through app2"
    browser run-job "$APP2" overseer "$PASSWORD" "$as_of" || { fail "job-kill: no run started on app2"; return; }
    until [[ $(status_runs "$as_of" "$before" | tail -1 | cut -f2) =~ ^(COMPLETED|FAILED|STOPPED|ABANDONED)$ ]]; do
        ((SECONDS - start < 900)) || break
        sleep 1
    done
    local uninterrupted; uninterrupted=$(status_runs "$as_of" "$before" | tail -1)
    log "job-kill: uninterrupted run: $uninterrupted ($((SECONDS - start)) s)"
    [[ $(cut -f2 <<<"$uninterrupted") == COMPLETED ]] || { fail "job-kill: the uninterrupted run did not complete"; return; }
    snapshot_rows "$as_of" >"$WORK/snapshot-uninterrupted.tsv"

    # the same date again through app1, killed once it has committed some of its rows
    before=$(last_execution)
    browser run-job "$APP1" overseer "$PASSWORD" "$as_of" >"$WORK/run-job-app1.out" 2>&1 &
    local launcher=$! run="" killed_at="" deadline=$((SECONDS + 600))
    while ((SECONDS < deadline)); do
        run=$(status_runs "$as_of" "$before" | head -1)
        [[ $(cut -f2 <<<"$run") =~ ^(COMPLETED|FAILED|STOPPED|ABANDONED)$ ]] && break
        if [[ $(cut -f3 <<<"$run") == app1 ]] && (($(cut -f5 <<<"$run") > 0)); then
            kill -9 "$(cat "$(app_pid_file 1)")"
            killed_at=$(date +%s.%N)
            break
        fi
        sleep 0.1
    done
    wait "$launcher"
    cat "$WORK/run-job-app1.out"
    if [[ -z $killed_at ]]; then
        fail "job-kill: the run on app1 was not caught midway ($run): it needs more agencies than $agencies"
        return
    fi
    local killed; killed=$(cut -f1 <<<"$run")
    log "job-kill: killed app1 while it ran execution $killed, $(cut -f5 <<<"$run") of $agencies agencies written"

    local claimed="" resumed="" line
    deadline=$((SECONDS + 600))
    while ((SECONDS < deadline)); do
        line=$(status_runs "$as_of" "$((killed - 1))")
        [[ -z $claimed && $(head -1 <<<"$line" | cut -f4) != - ]] \
            && claimed=$(date +%s.%N) && log "job-kill: $(head -1 <<<"$line" | cut -f4) took execution $killed over"
        resumed=$(awk -F'\t' -v k="$killed" '$6 == k' <<<"$line")
        [[ $(cut -f2 <<<"$resumed") =~ ^(COMPLETED|FAILED|STOPPED)$ ]] && break
        sleep 0.2
    done
    local done_at; done_at=$(date +%s.%N)
    log "job-kill: killed run: $(head -1 <<<"$line")"
    log "job-kill: resumed run: ${resumed:-none}"
    snapshot_rows "$as_of" >"$WORK/snapshot-resumed.tsv"
    local restart=$SECONDS
    start_app 1 false && log "job-kill: app1 ready again after $((SECONDS - restart)) s"

    local ok=yes
    [[ $(cut -f2 <<<"$resumed") == COMPLETED && $(cut -f3 <<<"$resumed") == app2 ]] \
        || { log "job-kill: the run was not completed on app2"; ok=no; }
    if cmp -s "$WORK/snapshot-uninterrupted.tsv" "$WORK/snapshot-resumed.tsv"; then
        log "job-kill: the resumed run's $(wc -l <"$WORK/snapshot-resumed.tsv") snapshot rows equal the uninterrupted run's" \
            "(SHA-256 $(sha256 "$WORK/snapshot-resumed.tsv"))"
    else
        log "job-kill: the snapshot rows differ: diff $WORK/snapshot-uninterrupted.tsv $WORK/snapshot-resumed.tsv"; ok=no
    fi
    [[ -n $claimed ]] && log "job-kill: taken over $(bc <<<"$claimed - $killed_at" | cut -c1-5) s after the kill," \
        "completed $(bc <<<"$done_at - $killed_at" | cut -c1-5) s after it (load average $(uptime | sed 's/.*average: //'))"
    [[ $ok == yes ]] && pass "job-kill: app2 completed app1's run, rows equal an uninterrupted run's" || fail job-kill
}

scenarios=("$@")
((${#scenarios[@]})) || scenarios=(db-kill lockout token app-kill evidence job-kill)
for s in "${scenarios[@]}"; do
    log "---- $s"
    "scenario_${s//-/_}"
done
log "$failures scenario(s) failed"
((failures == 0))
