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
@SpringBootApplication(scanBasePackages = "org.pledgetrack")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Push
public class Application implements AppShellConfigurator {

    /**
     * Starts the web application, or with {@code --job=<name> [--asOf=YYYY-MM-DD]} runs that status
     * job without the web server and exits with 0 when it completed, 1 otherwise.
     */
    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(Application.class);
        if (Arrays.stream(args).anyMatch(arg -> arg.startsWith("--job="))) {
            application.setWebApplicationType(WebApplicationType.NONE);
            System.exit(SpringApplication.exit(application.run(args)));
        }
        application.run(args);
    }
}
