package org.pledgetrack.ui.api;

import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** One real answer of the API: status, headers and body as the client received them. */
record ApiReply(int status, HttpHeaders headers, String body) {

    /** GET {@code path} on the server at {@code port}, with the token (if any) and the extra headers. */
    static ApiReply get(int port, String path, String token, Map<String, String> headers) {
        return RestClient.create("http://localhost:" + port).get().uri(path)
                .headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                    headers.forEach(h::set);
                })
                .exchange((request, response) -> new ApiReply(response.getStatusCode().value(),
                        response.getHeaders(), new String(response.getBody().readAllBytes())));
    }

    /** The media type without parameters, e.g. {@code text/csv}; null for an answer without a body. */
    String mediaType() {
        MediaType type = headers.getContentType();
        return type == null ? null : type.getType() + "/" + type.getSubtype();
    }
}
