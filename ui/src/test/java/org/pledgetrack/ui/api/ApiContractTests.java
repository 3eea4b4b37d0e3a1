package org.pledgetrack.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** The contract check itself finds what breaks a document, so a green contract test means something. */
class ApiContractTests {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0", "paths": {"/api/v1/things/{thingId}": {"get": {"responses": {
              "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
              "404": {"$ref": "#/components/responses/NotFound"}}}}},
             "components": {
              "responses": {"NotFound": {"content": {"application/problem+json": {
                "schema": {"$ref": "#/components/schemas/ProblemDetail"}}}}},
              "schemas": {
               "Thing": {"type": "object", "properties": {
                 "id": {"type": "integer", "format": "int64"},
                 "seenOn": {"type": ["string", "null"], "format": "date"},
                 "name": {"type": "string"}}},
               "ProblemDetail": {"type": "object", "additionalProperties": true, "required": ["status"],
                 "properties": {"status": {"type": "integer"},
                                "instance": {"type": "string", "format": "uri-reference"}}}}}}
            """;

    private final ApiContract contract = new ApiContract(DOCUMENT);

    @Test
    void answerAsDeclaredHasNoViolation() {
        assertThat(contract.violations("/api/v1/things/1", json(200, "{\"id\":1,\"seenOn\":null,\"name\":\"a\"}")))
                .isEmpty();
        assertThat(contract.violations("/api/v1/things/1", problem("{\"status\":404,\"instance\":\"/api/v1/things/1\","
                + "\"reference\":\"ab12cd34\"}"))).isEmpty();
    }

    @Test
    void undeclaredNullUndeclaredMemberAndBadFormatAreFoundWithThePath() {
        assertThat(contract.violations("/api/v1/things/1", json(200, "{\"id\":1,\"name\":null}")))
                .singleElement().asString().startsWith("GET /api/v1/things/1 (200): ").contains("name");
        assertThat(contract.violations("/api/v1/things/1", json(200, "{\"id\":1,\"colour\":\"red\"}")))
                .singleElement().asString().contains("colour");
        assertThat(contract.violations("/api/v1/things/1", json(200, "{\"id\":1,\"seenOn\":\"yesterday\"}")))
                .singleElement().asString().contains("seenOn");
        assertThat(contract.violations("/api/v1/things/1", problem("{\"status\":404,\"instance\":\"not a uri\"}")))
                .singleElement().asString().contains("instance");
    }

    @Test
    void undeclaredStatusMediaTypeOrOperationIsFound() {
        assertThat(contract.violations("/api/v1/things/1", problem("{\"status\":400}")))
                .containsExactly("GET /api/v1/things/1: status 400 is not declared");
        assertThat(contract.violations("/api/v1/things/1", new ApiReply(404, headers("text/html"), "<html>")))
                .containsExactly("GET /api/v1/things/1: 404 answered text/html, declared [application/problem+json]");
        assertThat(contract.violations("/api/v1/other", json(200, "{}")))
                .containsExactly("GET /api/v1/other: no such operation in the document");
        assertThat(contract.operations()).containsExactly("GET /api/v1/things/{thingId}");
    }

    private static ApiReply json(int status, String body) {
        return new ApiReply(status, headers("application/json"), body);
    }

    private static ApiReply problem(String body) {
        int status = Integer.parseInt(body.replaceAll(".*\"status\":(\\d+).*", "$1"));
        return new ApiReply(status, headers("application/problem+json"), body);
    }

    private static HttpHeaders headers(String contentType) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAll(Map.of(HttpHeaders.CONTENT_TYPE, contentType));
        return headers;
    }
}
