package org.pledgetrack.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;

/** Which requests skip the session check: only the static files that are the same for everyone. */
class EndedSessionFilterTests {

    // the account sessions are never asked for a request that is skipped, and these tests only ask whether it is
    private final EndedSessionFilter filter = new EndedSessionFilter(null,
            SecurityContextHolder.getContextHolderStrategy(), null);

    @Test
    void theFrontendBundleStylesAndIconsSkipTheCheck() {
        assertThat(filter.shouldNotFilter(get("/VAADIN/build/indexhtml-ClPNxytR.js"))).isTrue();
        assertThat(filter.shouldNotFilter(get("/VAADIN/static/push/vaadinPush.js"))).isTrue();
        assertThat(filter.shouldNotFilter(get("/styles.css"))).isTrue();
        assertThat(filter.shouldNotFilter(get("/lumo/lumo.css"))).isTrue();
        assertThat(filter.shouldNotFilter(get("/favicon.ico"))).isTrue();
    }

    @Test
    void pagesDownloadsUploadsAndVaadinsOwnRequestsAreChecked() {
        assertThat(filter.shouldNotFilter(get("/my-pledge"))).isFalse();
        assertThat(filter.shouldNotFilter(get("/VAADIN/dynamic/resource/0/5d2c/evidence.pdf"))).isFalse();
        assertThat(filter.shouldNotFilter(get("/files/evidence/12"))).isFalse();
        assertThat(filter.shouldNotFilter(new MockHttpServletRequest("POST", "/styles.css"))).isFalse();
        MockHttpServletRequest uidl = new MockHttpServletRequest("POST", "/");
        uidl.setParameter("v-r", "uidl");
        assertThat(filter.shouldNotFilter(uidl)).isFalse();
    }

    @Test
    void theContextPathIsNotPartOfTheMatch() {
        MockHttpServletRequest request = get("/pledgetrack/styles.css");
        request.setContextPath("/pledgetrack");
        assertThat(filter.shouldNotFilter(request)).isTrue();
        assertThat(filter.shouldNotFilter(get("/pledgetrack/styles.css"))).as("without that context path").isFalse();
    }

    private static MockHttpServletRequest get(String uri) {
        return new MockHttpServletRequest("GET", uri);
    }
}
