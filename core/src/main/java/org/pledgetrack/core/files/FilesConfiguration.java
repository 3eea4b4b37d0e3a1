package org.pledgetrack.core.files;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Makes the configured {@link FileProperties} a bean; a bad value stops start-up naming the key. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FileProperties.class)
class FilesConfiguration {
}
