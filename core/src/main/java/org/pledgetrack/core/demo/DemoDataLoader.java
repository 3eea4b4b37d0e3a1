package org.pledgetrack.core.demo;

import java.util.Optional;

import org.pledgetrack.core.database.EmbeddedMariaDb;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data on the first start of the embedded database ({@code pledgetrack.demo-data=auto},
 * the default), or against any database when set to {@code true}; never when {@code false}.
 * "First start" means the database has no accounts yet, so a restart keeps what users entered.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    private final DemoData demoData;
    private final String mode;
    private final boolean embedded;
    private final ApplicationEventPublisher events;

    DemoDataLoader(DemoData demoData, @Value("${pledgetrack.demo-data:auto}") String mode,
                   Optional<EmbeddedMariaDb> embeddedDatabase, ApplicationEventPublisher events) {
        this.demoData = demoData;
        this.events = events;
        this.mode = mode;
        this.embedded = embeddedDatabase.isPresent();
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean wanted = switch (mode) {
            case "true" -> true;
            case "false" -> false;
            case "auto" -> embedded;
            default -> throw new IllegalArgumentException(
                    "pledgetrack.demo-data must be auto, true or false, not '" + mode + "'");
        };
        if (wanted && demoData.loadIfEmpty()) {
            events.publishEvent(new DemoDataLoaded());
        }
    }
}
