package org.pledgetrack.batch.lease;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param nodeId {@code pledgetrack.node-id}: the name this node goes by in the job runs it records;
 *               empty means host name and HTTP port ({@link NodeId})
 */
@ConfigurationProperties("pledgetrack")
public record NodeSettings(@DefaultValue("") String nodeId) {
}
