package org.pledgetrack.ui.security;

import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

/**
 * The account's session generation a browser session belongs to ({@code AccountSessions}), kept in the session:
 * set at sign-in, renewed when the person changes their own password in it, checked by {@link EndedSessionFilter}.
 */
final class SessionGeneration {

    private static final String ATTRIBUTE = SessionGeneration.class.getName();

    private SessionGeneration() {
    }

    static void set(HttpSession session, long generation) {
        session.setAttribute(ATTRIBUTE, generation);
    }

    /** From a Vaadin request, which sees the same HTTP session through its own wrapper. */
    static void set(WrappedSession session, long generation) {
        session.setAttribute(ATTRIBUTE, generation);
    }

    /** Empty for a session that was never given one, which no sign-in leaves behind. */
    static @Nullable Long of(HttpSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof Long generation ? generation : null;
    }
}
