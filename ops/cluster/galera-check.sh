#!/bin/bash
# HAProxy's check of one Galera node (option external-check; HAProxy passes the server's address and
# port as $3 and $4): healthy only while the node is synced with the cluster's primary component. A
# node that is joining, donating a full state transfer or cut off from the others still accepts
# connections, so HAProxy's built-in MySQL check would send the application there.
# The account haproxy_check may only connect (up.sh creates it, without a password, for 127.0.0.1).
state=$(timeout 4 mariadb --no-defaults -h "$3" -P "$4" -u haproxy_check -N -B \
    -e "SHOW GLOBAL STATUS WHERE Variable_name IN ('wsrep_local_state', 'wsrep_cluster_status', 'wsrep_ready')" \
    2>/dev/null | sort | cut -f2 | tr '\n' ' ')
# sorted by name: wsrep_cluster_status, wsrep_local_state, wsrep_ready
[[ $state == "Primary 4 ON " ]]
