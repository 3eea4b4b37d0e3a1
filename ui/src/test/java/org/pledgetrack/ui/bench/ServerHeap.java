package org.pledgetrack.ui.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/** The heap of the JVM that serves the sessions: this one, or a server JVM reached over JMX on loopback. */
final class ServerHeap {

    private ServerHeap() {
    }

    /** @param jmxPort the server's JMX port, or null when this JVM is the server */
    static MemoryMXBean of(String jmxPort) {
        if (jmxPort == null) {
            return ManagementFactory.getMemoryMXBean();
        }
        try {
            var connector = JMXConnectorFactory.connect(
                    new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmxPort + "/jmxrmi"));
            return ManagementFactory.newPlatformMXBeanProxy(connector.getMBeanServerConnection(),
                    ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
        } catch (IOException e) {
            throw new IllegalStateException("No JMX connection to the server JVM on port " + jmxPort, e);
        }
    }
}
