package org.pledgetrack.ui.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser does to open a view, over real HTTP: sign in with the login form, start the Vaadin
 * UI, navigate to the route and ask the grid for its first rows. Holds only the session cookie and
 * the UI's keys (no cookie manager, one shared client), so that the heap it leaves in the server is
 * the session's own.
 */
final class BrowserSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern GRID_NODE = Pattern.compile(
            "\"node\":(\\d+),\"type\":\"put\",\"key\":\"tag\",\"feat\":0,\"value\":\"vaadin-grid\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");

    private final HttpClient http;
    private final URI base;
    private String sessionId;
    private String securityKey;
    private int uiId;
    private int syncId;
    private int clientId;
    /** The answer to the navigation, until the grid in it has been asked for rows. */
    private String lastView;

    private BrowserSession(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    /** Signs in through the login form, as a browser would; fails unless the form accepts the password. */
    static BrowserSession signIn(HttpClient http, URI base, String username, String password) {
        BrowserSession session = new BrowserSession(http, base);
        String loginPage = session.send(session.request("login").GET());
        Matcher csrf = CSRF.matcher(loginPage);
        if (!csrf.find()) {
            throw new IllegalStateException("The login page has no CSRF token");
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> reply = session.exchange(session.request("login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = reply.headers().firstValue("Location").orElse("");
        if (reply.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Sign-in of " + username + " refused: " + reply.statusCode() + " " + location);
        }
        return session;
    }

    /** Opens the route in a new UI, as the client does after loading the page. */
    void open(String route) {
        String init = send(request("?v-r=init&location=" + encode(route) + "&query=").GET());
        securityKey = find(SECURITY_KEY, init, "security key");
        uiId = Integer.parseInt(find(UI_ID, init, "UI id"));
        lastView = uidl("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\""
                + route + "\",\"appShellTitle\":\"\",\"query\":\"\",\"trigger\":\"\",\"historyState\":{\"idx\":0}}}");
    }

    /** Asks the open view's agency grid for its first {@code rows} rows, as the client does. */
    void requestAgencyRows(int rows) {
        String grid = find(GRID_NODE, lastView, "grid in the view");
        String page = uidl("{\"type\":\"publishedEventHandler\",\"node\":" + grid
                + ",\"templateEventMethodName\":\"setViewportRange\",\"templateEventMethodArgs\":[0," + rows
                + "],\"promise\":0}");
        // the grid sends its first page with the view already; the client's range request confirms it
        if (!(lastView + page).contains("agencies/")) {
            throw new IllegalStateException("The grid sent no agency rows");
        }
        lastView = null;
    }

    private String uidl(String rpc) {
        String body = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[" + rpc + "],\"syncId\":" + syncId
                + ",\"clientId\":" + clientId + "}";
        String reply = send(request("?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        syncId = Integer.parseInt(find(SYNC_ID, reply, "sync id"));
        clientId++;
        return reply;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path));
        return sessionId == null ? builder : builder.header("Cookie", "JSESSIONID=" + sessionId);
    }

    private String send(HttpRequest.Builder request) {
        HttpResponse<String> reply = exchange(request);
        if (reply.statusCode() != 200) {
            throw new IllegalStateException(reply.request().uri() + " answered " + reply.statusCode());
        }
        return reply.body();
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<String> reply = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            reply.headers().allValues("Set-Cookie").stream().map(SESSION_COOKIE::matcher).filter(Matcher::find)
                    .forEach(cookie -> sessionId = cookie.group(1));
            return reply;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String find(Pattern pattern, String text, String what) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + what + " in the reply: "
                    + text.substring(0, Math.min(300, text.length())));
        }
        return matcher.group(1);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
