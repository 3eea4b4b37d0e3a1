package org.pledgetrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

/** The running server on a real port: health with the database, the sign-in page and its headers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HealthEndpointTests {

    @LocalServerPort
    int port;

    @Test
    void healthIsUpIncludingTheDatabase() {
        String body = RestClient.create("http://localhost:" + port).get().uri("/actuator/health")
                .retrieve().body(String.class);
        assertThat(body).contains("\"status\":\"UP\"").contains("\"db\":{\"status\":\"UP\"}");
    }

    @Test
    void loginPageIsServedToAnonymousVisitors() {
        var response = RestClient.create("http://localhost:" + port).get().uri("/login")
                .retrieve().toEntity(String.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(response.getBody()).contains("<html");
    }

    @Test
    void pagesCarrySecurityHeaders() {
        var headers = RestClient.create("http://localhost:" + port).get().uri("/login")
                .retrieve().toEntity(String.class).getHeaders();
        assertThat(headers.getFirst("Content-Security-Policy"))
                .contains("frame-ancestors 'none'").contains("object-src 'none'").contains("default-src 'self'");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }
}
