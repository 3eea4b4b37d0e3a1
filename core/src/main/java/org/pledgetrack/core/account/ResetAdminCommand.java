package org.pledgetrack.core.account;

import java.io.PrintStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code --reset-admin=<username>}: gives that admin account a new random password, unlocked and
 * enabled ({@link AdminAccessReset}), prints the password once and exits 0; 1 when there is no such
 * admin. The entry point runs it without the web server and exits with {@link #getExitCode()}.
 * It runs once the application is ready, after every start-up runner: on the first start of the
 * embedded database the demo data (with its admin) is loaded by then.
 */
@Component
@ConditionalOnProperty("reset-admin")
class ResetAdminCommand implements ExitCodeGenerator {

    private final AdminAccessReset reset;
    private final String username;
    private PrintStream out = System.out;
    private PrintStream err = System.err;
    private int exitCode = 1;

    ResetAdminCommand(AdminAccessReset reset, @Value("${reset-admin}") String username) {
        this.reset = reset;
        this.username = username;
    }

    @EventListener(ApplicationReadyEvent.class)
    void run() {
        try {
            String password = reset.reset(username.strip());
            out.println("Admin account '" + username.strip() + "' is unlocked and enabled; its new password is:");
            out.println(password);
            out.println("Sign in with it and change it at once (the Password button at the top of every page).");
            exitCode = 0;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** Where the password and errors go; tests capture them. */
    void printTo(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }
}
