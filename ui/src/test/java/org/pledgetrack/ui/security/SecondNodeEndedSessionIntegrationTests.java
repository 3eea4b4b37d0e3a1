package org.pledgetrack.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.AccountAdminService;
import org.pledgetrack.core.account.NewUser;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.account.UserService;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.testsupport.Users;
import org.pledgetrack.ui.Application;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes on one database, as behind the load balancer: this test's context is node A, where the
 * admin disables an account; node B is a second application started beside it on a port of its own, with a browser
 * session of that account signed in over HTTP. B hears nothing from A: its session is refused at its next request
 * because the database says so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class SecondNodeEndedSessionIntegrationTests {

    private static final String PASSWORD = "harbor-quartz-meadow-4";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired DataSource dataSource;
    @Autowired UserService userService;
    @Autowired AccountAdminService accounts;
    @Autowired UserRepository users;

    @Test
    void aSessionOnNodeBEndsAtItsNextRequestWhenTheAccountIsDisabledOnNodeA() throws Exception {
        CurrentUser admin = Users.signedIn(users, DemoAccounts.ADMIN);
        userService.createAccount(admin, new NewUser("two.nodes", PASSWORD, "Two Nodes", "two.nodes@example.org",
                Role.OVERSEER, admin.organizationId()));
        long id = Users.signedIn(users, "two.nodes").id();
        try (ConfigurableApplicationContext nodeB = startNodeB()) {
            URI b = URI.create("http://localhost:"
                    + ((WebServerApplicationContext) nodeB).getWebServer().getPort() + "/");
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            signIn(browser, b, "two.nodes");
            assertThat(get(browser, b, "swagger-ui/index.html").statusCode()).as("signed in on B").isEqualTo(200);

            accounts.disable(admin, List.of(id));

            HttpResponse<String> next = get(browser, b, "swagger-ui/index.html");
            assertThat(next.statusCode()).isEqualTo(302);
            assertThat(next.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith(EndedSessionResponse.SIGN_IN_AGAIN));
        }
    }

    /** The whole application again, on this test's database (so no embedded database of its own) and any port. */
    private ConfigurableApplicationContext startNodeB() throws Exception {
        String url;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        }
        return new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--spring.datasource.url=" + url, "--spring.datasource.username=root",
                "--spring.datasource.password=");
    }

    private static void signIn(HttpClient browser, URI node, String username) throws Exception {
        Matcher csrf = CSRF.matcher(get(browser, node, "login").body());
        assertThat(csrf.find()).as("the login page's CSRF token").isTrue();
        String form = "username=" + encode(username) + "&password=" + encode(PASSWORD) + "&_csrf="
                + encode(csrf.group(1));
        HttpResponse<String> reply = browser.send(HttpRequest.newBuilder(node.resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).isEqualTo(302);
        assertThat(reply.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private static HttpResponse<String> get(HttpClient browser, URI node, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(node.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
