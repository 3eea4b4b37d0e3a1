package org.pledgetrack.batch.lease;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The name of this node in the job runs it records and takes over: {@code pledgetrack.node-id} when
 * set, otherwise host name and HTTP port ({@code app1:8080}); with a random port (0) the process id
 * stands in for it. Two nodes may even share a name: leases are per execution, so a name only tells
 * people where a run ran.
 */
@Component
public class NodeId {

    private final String value;

    NodeId(NodeSettings settings, Environment environment) {
        this.value = settings.nodeId().isBlank() ? hostName() + ":" + port(environment) : settings.nodeId().strip();
    }

    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }

    private static String port(Environment environment) {
        String port = environment.getProperty("server.port", "8080");
        return "0".equals(port) ? "pid" + ProcessHandle.current().pid() : port;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
