package org.pledgetrack.ui;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * The application without its web side, for {@code --job=...} and {@code --reset-admin=...} runs:
 * core and batch only, and none
 * of Vaadin's auto-configuration (it needs a servlet context that a command-line run does not have).
 * Deliberately not a {@code @Configuration}, so the web application's component scan ignores it.
 */
@EnableAutoConfiguration(excludeName = {"com.vaadin.flow.spring.SpringBootAutoConfiguration",
        "com.vaadin.flow.spring.SpringSecurityAutoConfiguration", "com.vaadin.flow.spring.VaadinScopesConfig"})
@ComponentScan({"org.pledgetrack.core", "org.pledgetrack.batch"})
class JobCommandLine {
}
