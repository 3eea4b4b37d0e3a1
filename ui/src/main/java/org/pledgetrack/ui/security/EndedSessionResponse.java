package org.pledgetrack.ui.security;

import java.io.IOException;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;

/**
 * What a request of an ended session gets (password changed, account disabled or its rights changed): the sign-in
 * page saying why. A page load is redirected there; a Vaadin request from an open page would only show a redirect's
 * HTML as an "invalid JSON" error, so it gets Vaadin's own answer that sends the browser there.
 */
class EndedSessionResponse {

    static final String SIGN_IN_AGAIN = "/login?expired";

    private final RequestUtil vaadinRequests;
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    EndedSessionResponse(RequestUtil vaadinRequests) {
        this.vaadinRequests = vaadinRequests;
    }

    void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (vaadinRequests.isFrameworkInternalRequest(request)) {
            response.setContentType("application/json; charset=UTF-8");
            // no caption and no message: Vaadin's client goes straight to the address
            response.getWriter().write(VaadinService.createCriticalNotificationJSON(null, null, null,
                    request.getContextPath() + SIGN_IN_AGAIN));
        } else {
            redirects.sendRedirect(request, response, SIGN_IN_AGAIN);
        }
    }
}
