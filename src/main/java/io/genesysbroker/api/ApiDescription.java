package io.genesysbroker.api;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

import io.genesysbroker.caller.CallerCredentials;

/**
 * The broker's REST application, which holds what its OpenAPI document declares once: the two ways a caller
 * authenticates, either of which every /v1 endpoint accepts, and the problem answers that refuse a caller.
 */
// @formatter:off: the formatter would put each annotation on one line, far beyond 120 columns
@OpenAPIDefinition(
        info = @Info(title = "Genesys Token Broker", version = "1",
                description = "Genesys Cloud organizations and users for internal callers, through the broker's "
                        + "connections and tokens"),
        components = @Components(
                securitySchemes = {
                        @SecurityScheme(securitySchemeName = ApiDescription.API_KEY,
                                type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
                                apiKeyName = CallerCredentials.API_KEY_HEADER,
                                description = "The caller's API key; the broker keeps only its SHA-256."),
                        @SecurityScheme(securitySchemeName = ApiDescription.JWT,
                                type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
                                description = "A JWT from the trusted issuer, such as a Kubernetes projected "
                                        + "service-account token with the broker as audience, whose subject is a "
                                        + "configured caller.") },
                responses = {
                        @APIResponse(name = ApiDescription.UNAUTHENTICATED, responseCode = "401",
                                description = "No valid API key or JWT of a configured caller",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDescription.FORBIDDEN_CONNECTION, responseCode = "403",
                                description = "The caller may not use this connection, whether or not it exists",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))) }))
// @formatter:on
public class ApiDescription extends Application {

    static final String API_KEY = "apiKey";
    static final String JWT = "jwt";

    static final String UNAUTHENTICATED = "unauthenticated";
    static final String FORBIDDEN_CONNECTION = "forbidden-connection";
}
