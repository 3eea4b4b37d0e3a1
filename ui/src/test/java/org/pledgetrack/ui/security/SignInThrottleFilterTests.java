package org.pledgetrack.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.security.LoginThrottle;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SignInThrottleFilterTests {

    private final LoginThrottle throttle = new LoginThrottle(Clock.systemUTC(), 2, Duration.ofMinutes(15));
    private final SignInThrottleFilter filter = new SignInThrottleFilter(throttle);

    @Test
    void signInFromABlockedAddressIsRefusedBeforeThePasswordIsChecked() throws Exception {
        throttle.recordFailure("203.0.113.7");
        throttle.recordFailure("203.0.113.7");

        MockHttpServletResponse blocked = post("203.0.113.7");
        assertThat(blocked.getRedirectedUrl()).isEqualTo("/login?blocked");

        MockHttpServletResponse other = post("203.0.113.8");
        assertThat(other.getRedirectedUrl()).isNull();
    }

    private MockHttpServletResponse post(String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setServletPath("/login");
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        assertThat(chain.getRequest() != null).isEqualTo(response.getRedirectedUrl() == null);
        return response;
    }
}
