package org.pledgetrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

/**
 * The running server on a real port: health (the status only for anonymous callers), the sign-in page, its
 * headers and its session cookie, and redirects without the session id in the address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HealthEndpointTests {

    @LocalServerPort
    int port;

    @Test
    void healthShowsAnonymousCallersTheStatusOnly() {
        String body = RestClient.create("http://localhost:" + port).get().uri("/actuator/health")
                .retrieve().body(String.class);
        assertThat(body).contains("\"status\":\"UP\"").doesNotContain("components", "db", "details");
    }

    /** What the load balancer asks before it sends a node requests (README, "Running on several machines"). */
    @Test
    void readinessAnswersAnonymousCallersForTheLoadBalancer() throws Exception {
        HttpResponse<String> response = send("/actuator/health/readiness");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> response = send("/login");
        String sessionCookie = response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(sessionCookie).contains("; HttpOnly").contains("; SameSite=Lax");
    }

    @Test
    void aRedirectThatStartsASessionCarriesNoSessionIdInTheAddress() throws Exception {
        // Swagger UI needs a signed-in user: the request is kept in a new session and the visitor sent to sign in
        HttpResponse<String> response = send("/swagger-ui.html");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Set-Cookie")).get().asString().startsWith("JSESSIONID=");
        assertThat(response.headers().firstValue("Location")).get().asString()
                .endsWith("/login").doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void loginPageIsServedToAnonymousVisitors() {
        var response = RestClient.create("http://localhost:" + port).get().uri("/login")
                .retrieve().toEntity(String.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(response.getBody()).contains("<html");
    }

    @Test
    void theFaviconIsServedToAnonymousVisitors() throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/favicon.ico")).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            // an ICO file starts with reserved 0, type 1 (icon)
            assertThat(response.body()).startsWith(0, 0, 1, 0);
        }
    }

    private HttpResponse<String> send(String path) throws Exception {
        try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
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
