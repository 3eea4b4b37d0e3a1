package org.pledgetrack.ui.api;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The error answers of every operation in the OpenAPI document, as the API gives them: RFC 9457
 * problem details. 401 where a token is needed; 400 where a parameter can be wrong (a path id that
 * is not a number, a query value out of range); 404 where the path names a record, for an unknown
 * id and one the token's owner may not read alike. A status an operation declares itself (with why
 * it happens there) is kept, and gets the problem content too.
 *
 * <p>Also replaces springdoc's {@code ProblemDetail} schema, which described Spring's class rather
 * than its JSON: a {@code properties} member that never appears, and {@code instance} as an absolute
 * URI where the answers carry the request's path.
 */
@Component
class ProblemResponses implements OpenApiCustomizer {

    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final String SCHEMA = "ProblemDetail";

    @Override
    public void customise(OpenAPI api) {
        api.getComponents().addSchemas(SCHEMA, problemDetail())
                .addResponses("BadRequest", problem("A parameter is not valid; the detail names it and says why."))
                .addResponses("Unauthorized", problem("No token, or one that is unknown, revoked or expired."))
                .addResponses("NotFound", problem("No such record for the token's owner: an unknown id and an id "
                        + "the owner may not read get the same answer."));
        api.getPaths().values().forEach(path -> path.readOperations().forEach(ProblemResponses::declareProblems));
    }

    private static void declareProblems(Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        if (!parameters.isEmpty()) {
            declare(operation, "400", "BadRequest");
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            declare(operation, "401", "Unauthorized");
        }
        if (parameters.stream().anyMatch(parameter -> "path".equals(parameter.getIn()))) {
            declare(operation, "404", "NotFound");
        }
        operation.getResponses().forEach((status, response) -> {
            if (status.startsWith("4") && response.get$ref() == null) {
                response.setContent(problemContent());
            }
        });
    }

    private static void declare(Operation operation, String status, String component) {
        operation.getResponses().putIfAbsent(status, new ApiResponse().$ref(component));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(problemContent());
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new JsonSchema().$ref("#/components/schemas/" + SCHEMA)));
    }

    private static Schema<?> problemDetail() {
        return new JsonSchema().types(Set.of("object"))
                .description("An error as RFC 9457 problem details. Further members may follow, e.g. the "
                        + "reference of an unexpected error, which the server's log has with the details.")
                .addProperty("type", string().format("uri-reference").description("Absent: about:blank"))
                .addProperty("title", string())
                .addProperty("status", new JsonSchema().types(Set.of("integer")).format("int32"))
                .addProperty("detail", string())
                .addProperty("instance", string().format("uri-reference")
                        .description("The request's path, a URI reference relative to the server"))
                .required(List.of("title", "status"))
                .additionalProperties(Boolean.TRUE);
    }

    private static Schema<?> string() {
        return new JsonSchema().types(Set.of("string"));
    }
}
