package io.genesysbroker.api;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.genesysbroker.observability.Audited;
import io.genesysbroker.validation.ConnectionValidator;
import io.genesysbroker.validation.ValidationReport;
import io.smallrye.mutiny.Uni;

/** The checks a person makes when setting up or troubleshooting a connection, as one report. */
@SecurityRequirement(name = ApiDescription.API_KEY)
@SecurityRequirement(name = ApiDescription.JWT)
@APIResponse(responseCode = "401", ref = ApiDescription.UNAUTHENTICATED)
@APIResponse(responseCode = "403", ref = ApiDescription.FORBIDDEN_CONNECTION)
@Tag(name = ApiDescription.CONNECTIONS_TAG)
@Path("/v1/connections/{connection}/validation")
public class ValidationResource {

    private final ConnectionValidator validator;
    private final CallContexts contexts;

    ValidationResource(ConnectionValidator validator, CallContexts contexts) {
        this.validator = validator;
        this.contexts = contexts;
    }

    /** Validates a connection: 200 when no check fails, 503 when one does, the report either way. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "validateConnection", summary = "Validate a connection", description = "Checks the "
            + "connection's configuration, token, organization, users, search permission, single sign-on and limits; "
            + "each check passes, warns or fails with a detail and a hint. Accept text/plain for lines a person reads.")
    @APIResponse(responseCode = "400", ref = ApiDescription.INVALID_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    @APIResponse(responseCode = "200", description = "No check failed; some may warn", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ValidationReport.class)),
            @Content(mediaType = MediaType.TEXT_PLAIN) })
    @APIResponse(responseCode = "503", description = "A check failed", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ValidationReport.class)),
            @Content(mediaType = MediaType.TEXT_PLAIN) })
    @Audited("validation")
    public Uni<RestResponse<ValidationReport>> validate(@PathParam("connection") String connection,
            @Valid @BeanParam RequestOptions options) {
        return report(connection, options).map(report -> answer(report, report));
    }

    /** The same report as lines for a terminal: status, check and detail, the hint indented below. */
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    @Audited("validation")
    public Uni<RestResponse<String>> validateAsText(@PathParam("connection") String connection,
            @Valid @BeanParam RequestOptions options) {
        return report(connection, options).map(report -> answer(report, report.toText()));
    }

    private Uni<ValidationReport> report(String connection, RequestOptions options) {
        return contexts.of(options).chain(context -> validator.validate(connection, context));
    }

    private static <T> RestResponse<T> answer(ValidationReport report, T body) {
        return RestResponse.status(report.failed() ? RestResponse.Status.SERVICE_UNAVAILABLE : RestResponse.Status.OK,
                body);
    }
}
