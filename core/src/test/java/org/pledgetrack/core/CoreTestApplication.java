package org.pledgetrack.core;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the core module alone (no web, no batch) for its integration tests. */
@SpringBootApplication
public class CoreTestApplication {
}
