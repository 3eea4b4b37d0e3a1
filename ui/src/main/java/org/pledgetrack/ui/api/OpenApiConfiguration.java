package org.pledgetrack.ui.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at /v3/api-docs and shown by Swagger UI at /swagger-ui.html. */
@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI pledgetrackApi() {
        return new OpenAPI()
                .info(new Info().title("pledgetrack read-only API").version("v1")
                        .description("Agencies, pledges and grants, with the same access rules as the web UI. "
                                + "Authenticate with a personal API token: Authorization: Bearer <token>."))
                .components(new Components().addSecuritySchemes("apiToken",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
    }
}
