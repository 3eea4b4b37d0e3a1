package org.pledgetrack.ui;

import java.util.Arrays;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The pledgetrack web application: the Vaadin UI over the core services and batch jobs. */
// core, batch and ui by name: the developers' tools (org.pledgetrack.tools, on the test classpath for the
// benchmarks) carry an application class of their own and must never join this one
@SpringBootApplication(scanBasePackages = {"org.pledgetrack.core", "org.pledgetrack.batch", "org.pledgetrack.ui"})
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Push
public class Application implements AppShellConfigurator {

    /**
     * Starts the web application. With {@code --job=<name> [--asOf=YYYY-MM-DD]} it runs that status
     * job, with {@code --reset-admin=<username>} it gives that admin account a new password, unlocked, and
     * prints it; all without the web server, exiting with 0 on success, 1 otherwise.
     */
    public static void main(String[] args) {
        if (runsWithoutWebServer(args)) {
            System.exit(SpringApplication.exit(commandLine().run(args)));
        }
        SpringApplication.run(Application.class, args);
    }

    static boolean runsWithoutWebServer(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.startsWith("--job=") || arg.startsWith("--reset-admin="));
    }

    /** The application for a command-line run: core and batch, no web server. */
    static SpringApplication commandLine() {
        SpringApplication commandLine = new SpringApplication(JobCommandLine.class);
        commandLine.setWebApplicationType(WebApplicationType.NONE);
        return commandLine;
    }
}
