package org.pledgetrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The command an operator types when every admin is locked out, run as the entry point runs it:
 * {@code --reset-admin=admin} starts the application without its web server (its own embedded
 * database with the demo data), prints a new password for the admin and exits with 0.
 */
class ResetAdminCommandLineTests {

    @Test
    void resetAdminRunsWithoutTheWebServerPrintsThePasswordAndExitsWithZero() {
        String[] args = {"--reset-admin=" + DemoAccounts.ADMIN};
        assertThat(Application.runsWithoutWebServer(args)).isTrue();

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        ConfigurableApplicationContext run;
        try {
            run = Application.commandLine().run(args);
        } finally {
            System.setOut(console);
        }
        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        int announced = lines.indexOf("Admin account 'admin' is unlocked and enabled; its new password is:");
        assertThat(announced).isNotNegative();
        String password = lines.get(announced + 1);

        UserRepository users = run.getBean(UserRepository.class);
        String hash = users.findPasswordHash(users.findByUsername(DemoAccounts.ADMIN).orElseThrow().id()).orElseThrow();
        assertThat(run.getBean(PasswordEncoder.class).matches(password, hash)).isTrue();
        assertThat(run.containsBean("signInThrottleFilter")).isFalse(); // no web side
        assertThat(SpringApplication.exit(run)).isZero();
    }
}
