package org.pledgetrack.ui.pledge;

import com.vaadin.flow.router.BeforeEnterEvent;
import org.pledgetrack.core.security.AccessDeniedException;

/** Reads a numeric id from the address; anything else is treated like an id the user may not see. */
final class RouteIds {

    private RouteIds() {
    }

    static long require(BeforeEnterEvent event, String name) {
        try {
            return Long.parseLong(event.getRouteParameters().get(name).orElse(""));
        } catch (NumberFormatException notAnId) {
            throw new AccessDeniedException("You do not have access to this information.");
        }
    }
}
