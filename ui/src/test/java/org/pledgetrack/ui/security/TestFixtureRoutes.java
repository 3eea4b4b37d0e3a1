package org.pledgetrack.ui.security;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Routes declared in the test sources ({@code FailingView}, {@code FailingApiController}) exist only
 * to provoke unexpected errors in tests; they are not routes of the product, so the route matrices
 * leave them out. Recognized by where their class was loaded from, so a product route can never be
 * left out by mistake.
 */
final class TestFixtureRoutes {

    private TestFixtureRoutes() {
    }

    static boolean isTestFixture(Class<?> type) {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.endsWith("test-classes");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
