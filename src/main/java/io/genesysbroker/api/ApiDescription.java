package io.genesysbroker.api;

import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.genesysbroker.caller.CallerCredentials;

/**
 * The broker's REST application, which holds what its OpenAPI document declares once: the two ways a caller
 * authenticates, either of which every /v1 endpoint accepts, and the problem answers the endpoints share.
 */
// @formatter:off: the formatter would put each annotation on one line, far beyond 120 columns
@OpenAPIDefinition(
        info = @Info(title = "Genesys Token Broker", version = "1",
                description = "Genesys Cloud organizations and users for internal callers, through the broker's "
                        + "connections and tokens",
                contact = @Contact(name = "The broker's operators")),
        servers = @Server(url = "http://localhost:8080",
                description = "The broker in dev mode; a deployed broker answers on its own host"),
        tags = {
                @Tag(name = ApiDescription.CONNECTIONS_TAG, description = "The connections the broker holds"),
                @Tag(name = ApiDescription.USERS_TAG, description = "The users of a connection's organization") },
        components = @Components(
                headers = @Header(name = ApiDescription.RETRY_AFTER, description = "Whole seconds to wait before "
                        + "retrying", schema = @Schema(type = SchemaType.INTEGER, minimum = "1")),
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
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDescription.INVALID_REQUEST, responseCode = "400",
                                description = "A parameter or the body is not valid; invalidParameters names each",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDescription.NOT_FOUND, responseCode = "404",
                                description = "No connection of that name, or Genesys has no such entity",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDescription.TOO_MANY_REQUESTS, responseCode = "429",
                                description = "Genesys or the connection's budget asks for a wait; Retry-After says "
                                        + "how long",
                                headers = @Header(name = HttpHeaders.RETRY_AFTER, ref = ApiDescription.RETRY_AFTER),
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDescription.UPSTREAM_FAILURE, responseCode = "502",
                                description = "Genesys refused the connection's credentials or a permission, failed, "
                                        + "or answered unreadably",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDescription.UNAVAILABLE, responseCode = "503",
                                description = "Genesys is unavailable, its circuit breaker is open, or the broker is "
                                        + "busy",
                                headers = @Header(name = HttpHeaders.RETRY_AFTER, ref = ApiDescription.RETRY_AFTER),
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDescription.TIMEOUT, responseCode = "504",
                                description = "Genesys did not answer within the request's deadline",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))) }))
// @formatter:on
public class ApiDescription extends Application {

    static final String API_KEY = "apiKey";
    static final String JWT = "jwt";

    static final String UNAUTHENTICATED = "unauthenticated";
    static final String FORBIDDEN_CONNECTION = "forbidden-connection";
    static final String INVALID_REQUEST = "invalid-request";
    static final String NOT_FOUND = "not-found";
    static final String TOO_MANY_REQUESTS = "too-many-requests";
    static final String UPSTREAM_FAILURE = "upstream-failure";
    static final String UNAVAILABLE = "unavailable";
    static final String TIMEOUT = "timeout";
    static final String RETRY_AFTER = "retry-after";

    static final String CONNECTIONS_TAG = "connections";
    static final String USERS_TAG = "users";
}
