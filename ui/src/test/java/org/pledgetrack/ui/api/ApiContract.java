package org.pledgetrack.ui.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API's OpenAPI document as a contract that real answers are checked against, with an
 * independent JSON Schema validator (networknt, OpenAPI 3.1 dialect, formats asserted, {@code $ref}s
 * resolved within the document). Stricter than the document in one way: an object schema that does
 * not say whether it allows further members allows none, so a member the document does not declare
 * is found too.
 */
final class ApiContract {

    private static final String DOCUMENT = "https://pledgetrack.test/v3/api-docs";
    private static final JsonMapper JSON = JsonMapper.shared();

    private final JsonNode document;
    private final SchemaRegistry schemas;
    private final Map<String, Pattern> paths = new LinkedHashMap<>();

    ApiContract(String openApiJson) {
        this.document = JSON.readTree(openApiJson);
        ObjectNode closed = (ObjectNode) document.deepCopy();
        closeObjects(closed.path("components").path("schemas"));
        this.schemas = SchemaRegistry.withDialect(Dialects.getOpenApi31(), builder -> builder
                .schemas(Map.of(DOCUMENT, closed.toString()))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        document.path("paths").propertyNames().forEach(template -> paths.put(template,
                Pattern.compile(template.replaceAll("\\{[^/]+}", "[^/]+"))));
    }

    /** Every operation the document has, as {@code GET /api/v1/agencies/{agencyId}/pledge}. */
    Set<String> operations() {
        Set<String> operations = new TreeSet<>();
        paths.keySet().forEach(template -> document.path("paths").path(template).propertyNames()
                .forEach(method -> operations.add(method.toUpperCase() + " " + template)));
        return operations;
    }

    /** The document's path template that {@code path} (without its query) falls under; null if none. */
    String templateOf(String path) {
        String withoutQuery = path.replaceFirst("\\?.*", "");
        return paths.entrySet().stream().filter(entry -> entry.getValue().matcher(withoutQuery).matches())
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** What is wrong with the answer to {@code GET path} by the document, each naming the path; empty if nothing. */
    List<String> violations(String path, ApiReply reply) {
        String template = templateOf(path);
        JsonNode operation = template == null ? null : document.path("paths").path(template).get("get");
        if (operation == null) {
            return List.of("GET " + path + ": no such operation in the document");
        }
        JsonNode response = resolve(operation.path("responses").get(String.valueOf(reply.status())));
        if (response == null) {
            return List.of("GET " + path + ": status " + reply.status() + " is not declared");
        }
        JsonNode content = response.get("content");
        if (content == null || content.isEmpty()) {
            return reply.body().isEmpty() ? List.of()
                    : List.of("GET " + path + ": " + reply.status() + " is declared without a body, but has one");
        }
        JsonNode media = content.get(reply.mediaType());
        if (media == null) {
            return List.of("GET " + path + ": " + reply.status() + " answered " + reply.mediaType()
                    + ", declared " + content.propertyNames());
        }
        if (!reply.mediaType().endsWith("json")) {
            return List.of();
        }
        return validate(media.path("schema"), reply.body()).stream()
                .map(error -> "GET " + path + " (" + reply.status() + "): " + error).toList();
    }

    /** Violations of the document's component schema {@code name} by {@code json}. */
    List<String> violationsOfComponent(String name, String json) {
        return validate(JSON.createObjectNode().put("$ref", "#/components/schemas/" + name), json);
    }

    private List<String> validate(JsonNode schemaNode, String json) {
        Schema schema = schemas.getSchema(intoTheDocument(schemaNode.deepCopy()));
        List<String> violations = new ArrayList<>();
        for (Error error : schema.validate(JSON.readTree(json))) {
            violations.add(error.toString());
        }
        return violations;
    }

    /** The schema with its references made absolute, so that they resolve within the document. */
    private static JsonNode intoTheDocument(JsonNode schema) {
        if (schema instanceof ObjectNode object && object.path("$ref").asString("").startsWith("#/")) {
            object.put("$ref", DOCUMENT + object.get("$ref").asString());
        }
        schema.forEach(ApiContract::intoTheDocument);
        return schema;
    }

    /** A response as declared, following a reference to the document's shared responses. */
    private JsonNode resolve(JsonNode response) {
        if (response != null && response.has("$ref")) {
            return document.at(response.get("$ref").asString().substring(1));
        }
        return response;
    }

    private static void closeObjects(JsonNode node) {
        if (node instanceof ObjectNode object && object.has("properties") && !object.has("additionalProperties")) {
            object.put("additionalProperties", false);
        }
        node.forEach(ApiContract::closeObjects);
    }
}
