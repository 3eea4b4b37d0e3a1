package org.pledgetrack.core.input;

import java.net.URI;
import java.net.URISyntaxException;

/** A web address typed into a form: absolute http(s) only, so javascript:, data: and the like never become links. */
public final class WebAddress {

    public static final String NOT_A_WEB_ADDRESS = "Enter a web address that starts with http:// or https://.";

    private WebAddress() {
    }

    /** The address without surrounding blanks; anything but an absolute http(s) address is refused. */
    public static String required(String url, int maxLength, String field) {
        String text = TextInput.required(url, maxLength, field, NOT_A_WEB_ADDRESS);
        if (!valid(text)) {
            throw new IllegalArgumentException(NOT_A_WEB_ADDRESS);
        }
        return text;
    }

    /** Whether {@link #required} accepts it, for the forms' validators. */
    public static boolean valid(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
