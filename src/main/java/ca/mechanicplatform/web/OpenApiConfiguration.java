package ca.mechanicplatform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI document at {@code /v3/api-docs}: every route requires a bearer token unless its operation declares an
 * empty security requirement (sign-up and token issue).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI platformApi() {
		return new OpenAPI()
			.info(new Info().title("Independent Mechanic Platform API").version("1")
				.description("JSON API of the Independent Mechanic Platform. Amounts are integer cents (CAD). "
						+ "Get a personal access token with POST /api/auth/token (or in the app under API tokens) and send it as "
						+ "'Authorization: Bearer <token>'. Errors are RFC 9457 problem details; invalid fields are listed in 'errors'."))
			.components(new Components().addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
				.scheme("bearer").description("Personal access token (imp_...)")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}
}
